// Node's legacy public module names for the pieces of http:
// _http_agent, _http_client, _http_common, _http_incoming, _http_outgoing,
// _http_server. Each object is what require() of that name returns.
import { Agent, ClientRequest, globalAgent, setGlobalAgent } from "ext:host/internal/http/client.js";
import { Buffer } from "ext:host/buffer.js";
import { HTTPParser as HostParser } from "ext:host/internal/http/parser.js";
import { IncomingMessage } from "ext:host/internal/http/incoming.js";
import { OutgoingMessage } from "ext:host/internal/http/outgoing.js";
import {
  checkIsHttpToken,
  kIncomingMessage,
  kServerResponse,
  METHODS,
  STATUS_CODES,
  validateHeaderName,
  validateHeaderValue,
} from "ext:host/internal/http/common.js";
import {
  connectionListener,
  httpServerPreClose,
  kConnectionsCheckingInterval,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
} from "ext:host/internal/http/server.js";

export const httpAgent = {
  Agent,
  get globalAgent() {
    return globalAgent;
  },
  set globalAgent(value) {
    setGlobalAgent(value);
  },
};

export const httpClient = { ClientRequest };

const INVALID_HEADER_CHAR = /[^\t\x20-\x7e\x80-\xff]/;

// A parser as Node's binding builds it: `new HTTPParser()`, then
// initialize(type, ...). Constants match llhttp's.
class HTTPParser {
  static REQUEST = 1;
  static RESPONSE = 2;
  static kOnMessageBegin = 0;
  static kOnHeaders = 1;
  static kOnHeadersComplete = 2;
  static kOnBody = 3;
  static kOnMessageComplete = 4;
  static kOnExecute = 5;
  static kOnTimeout = 6;
  static kLenientNone = 0;
  static kLenientHeaders = 1;
  static kLenientChunkedLength = 2;
  static kLenientKeepAlive = 4;
  static kLenientTransferEncoding = 8;
  static kLenientVersion = 16;
  static kLenientDataAfterClose = 32;
  static kLenientOptionalLFAfterCR = 64;
  static kLenientOptionalCRLFAfterChunk = 128;
  static kLenientOptionalCRBeforeLF = 256;
  static kLenientSpacesAfterChunkSize = 512;
  static kLenientHeaderValueRelaxed = 1024;
  static kLenientAll = 1023;

  constructor() {
    this.type = null;
    this.impl = null;
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.maxHeaderPairs = 2000;
    this._consumed = false;
  }

  initialize(type, resource, maxHeaderSize = 16384) {
    this.type = type;
    void resource;
    const self = this;
    this.impl = new HostParser(type === HTTPParser.REQUEST ? "request" : "response", {
      maxHeaderSize: maxHeaderSize || 16384,
      onHeaders(info) {
        const cb = self[HTTPParser.kOnHeadersComplete];
        if (typeof cb !== "function") return false;
        return cb.call(self, info.versionMajor, info.versionMinor, info.rawHeaders, undefined, info.url,
          info.statusCode, info.statusMessage, info.upgrade, info.shouldKeepAlive) === 1;
      },
      onBody(chunk) {
        const cb = self[HTTPParser.kOnBody];
        if (typeof cb === "function") cb.call(self, chunk);
      },
      onComplete(trailers) {
        if (trailers && trailers.length) {
          const onHeaders = self[HTTPParser.kOnHeaders];
          if (typeof onHeaders === "function") onHeaders.call(self, trailers, "");
        }
        const cb = self[HTTPParser.kOnMessageComplete];
        if (typeof cb === "function") cb.call(self);
      },
      onError(err) {
        self._error = err;
      },
    });
  }

  execute(data) {
    this._error = undefined;
    this.impl.execute(data);
    if (this._error) return this._error;
    return data.length;
  }

  finish() {
    this._error = undefined;
    this.impl.finish();
    return this._error;
  }

  close() {}
  free() {}
  remove() {}
  pause() {}
  resume() {}
  consume() {
    this._consumed = true;
  }
  unconsume() {
    this._consumed = false;
  }
  getCurrentBuffer() {
    return Buffer.alloc(0);
  }
}

// Node's FreeList of parsers: alloc() reuses a freed parser or builds one.
const parsers = {
  name: "parsers",
  ctor: function parsersCb() {
    return new HTTPParser();
  },
  max: 1000,
  list: [],
  alloc() {
    return this.list.length > 0 ? this.list.pop() : Reflect.apply(this.ctor, this, arguments);
  },
  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  },
};
Object.defineProperty(parsers, "alloc", { enumerable: false });
Object.defineProperty(parsers, "free", { enumerable: false });

function freeParser(parser, req, socket) {
  if (parser) {
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser.impl = null;
    if (parsers.free(parser) === false) parser.close();
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser?.getCurrentBuffer?.();
  if (typeof err.reason === "string") err.message = `Parse Error: ${err.reason}`;
}

function calculateLenientFlags(insecureHTTPParser, lenientFlags) {
  if (insecureHTTPParser) return HTTPParser.kLenientAll;
  return lenientFlags ?? HTTPParser.kLenientNone;
}

export const httpCommon = {
  _checkInvalidHeaderChar(val) {
    return INVALID_HEADER_CHAR.test(val);
  },
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: "\r\n",
  freeParser,
  methods: METHODS,
  parsers,
  kIncomingMessage,
  HTTPParser,
  isLenient() {
    return false;
  },
  calculateLenientFlags,
  prepareError,
  kSkipPendingData: Symbol("SkipPendingData"),
};

export const httpIncoming = {
  IncomingMessage,
  kDetachAbortSignal: Symbol("kDetachAbortSignal"),
  readStart(socket) {
    if (socket && !socket._paused && socket.readable) socket.resume();
  },
  readStop(socket) {
    if (socket) socket.pause();
  },
};

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (const name of headers) unique.add(String(name).toLowerCase());
  return unique;
}

export const httpOutgoing = {
  kHighWaterMark: Symbol("kHighWaterMark"),
  kUniqueHeaders: Symbol("kUniqueHeaders"),
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};

export const httpServer = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  httpServerPreClose,
  kConnectionsCheckingInterval,
};

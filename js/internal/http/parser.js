// An incremental HTTP/1.x parser for requests (server) and responses
// (client): heads, Content-Length and chunked bodies, close-delimited
// bodies, trailers, upgrades. Errors carry llhttp's codes (HPE_*).
import { Buffer } from "ext:host/buffer.js";

const CRLF2 = Buffer.from("\r\n\r\n");
const LF2 = Buffer.from("\n\n");
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HTTP_VERSION = /^HTTP\/(\d)\.(\d)$/;

function parseError(code, message, rawPacket) {
  const err = new Error(`Parse Error: ${message}`);
  err.code = code;
  err.bytesParsed = 0;
  if (rawPacket) err.rawPacket = rawPacket;
  return err;
}

export const kOnHeaders = 1;

export class HTTPParser {
  // kind: "request" | "response"
  constructor(kind, { maxHeaderSize = 16384, onHeaders, onBody, onComplete, onError }) {
    this.kind = kind;
    this.maxHeaderSize = maxHeaderSize;
    // More header lines than this (when > 0) is a header overflow.
    this.maxHeadersCount = 0;
    this.onHeaders = onHeaders;
    this.onBody = onBody;
    this.onComplete = onComplete;
    this.onError = onError;
    this.reset();
    this.pending = null;
    this.failed = false;
    this.paused = false;
    // For responses: the method of the request this answers (HEAD has no body).
    this.requestMethods = [];
  }

  reset() {
    this.state = "head";
    this.remaining = 0;
    this.chunkState = null;
    this.trailerLines = null;
  }

  // Feed bytes; returns the unconsumed rest when an upgrade took over.
  execute(chunk) {
    if (this.failed) return null;
    let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    let offset = 0;
    while (offset < data.length && !this.failed) {
      if (this.state === "head") {
        let end = data.indexOf(CRLF2, offset);
        let sepLen = 4;
        if (end === -1) {
          const lf = data.indexOf(LF2, offset);
          if (lf !== -1) {
            end = lf;
            sepLen = 2;
          }
        }
        if (end === -1) {
          if (data.length - offset > this.maxHeaderSize) {
            this.fail(parseError("HPE_HEADER_OVERFLOW", "Header overflow", data.subarray(offset)));
            return null;
          }
          this.pending = data.subarray(offset);
          return null;
        }
        if (end - offset > this.maxHeaderSize) {
          this.fail(parseError("HPE_HEADER_OVERFLOW", "Header overflow", data.subarray(offset)));
          return null;
        }
        // Leading empty lines between pipelined messages are allowed.
        const head = data.latin1Slice ? data.latin1Slice(offset, end) : data.toString("latin1", offset, end);
        const headStart = offset;
        offset = end + sepLen;
        const info = this.parseHead(head.replace(/^(\r?\n)+/, ""), data.subarray(headStart, offset));
        if (info === null) return null;
        const maxCount = this.maxHeadersCount;
        if (maxCount > 0 && info.rawHeaders.length > maxCount * 2) {
          this.fail(parseError("HPE_HEADER_OVERFLOW", "Header overflow", data.subarray(headStart, offset)));
          return null;
        }
        const skipBody = this.onHeaders(info);
        if (info.upgrade) {
          this.reset();
          return data.subarray(offset);
        }
        this.startBody(info, skipBody === true);
        continue;
      }
      if (this.state === "length") {
        const n = Math.min(this.remaining, data.length - offset);
        const piece = data.subarray(offset, offset + n);
        offset += n;
        this.remaining -= n;
        if (n > 0) this.onBody(piece);
        if (this.remaining === 0) this.finishMessage();
        continue;
      }
      if (this.state === "eof") {
        this.onBody(data.subarray(offset));
        offset = data.length;
        continue;
      }
      if (this.state === "chunked") {
        offset = this.parseChunked(data, offset);
        continue;
      }
      break;
    }
    return null;
  }

  // The peer closed: a close-delimited body ends; anything else is an error.
  finish() {
    if (this.state === "eof") {
      this.finishMessage();
      return;
    }
    if (this.state !== "head" || (this.pending && this.pending.length > 0)) {
      if (this.state === "head" && this.kind === "request") return;
      this.fail(parseError("HPE_INVALID_EOF_STATE", "Invalid EOF state"));
    }
  }

  fail(err) {
    this.failed = true;
    this.onError(err);
  }

  parseHead(head, raw) {
    const lines = head.split(/\r?\n/);
    const first = lines[0];
    const info = {
      method: undefined,
      url: undefined,
      statusCode: undefined,
      statusMessage: undefined,
      versionMajor: 1,
      versionMinor: 1,
      rawHeaders: [],
      upgrade: false,
      shouldKeepAlive: true,
    };
    if (this.kind === "request") {
      const sp1 = first.indexOf(" ");
      const sp2 = first.lastIndexOf(" ");
      if (sp1 <= 0 || sp2 === sp1) {
        this.fail(parseError("HPE_INVALID_METHOD", "Invalid method encountered", raw));
        return null;
      }
      info.method = first.slice(0, sp1);
      info.url = first.slice(sp1 + 1, sp2);
      const version = HTTP_VERSION.exec(first.slice(sp2 + 1));
      if (!TOKEN.test(info.method)) {
        this.fail(parseError("HPE_INVALID_METHOD", "Invalid method encountered", raw));
        return null;
      }
      if (!version) {
        this.fail(parseError("HPE_INVALID_VERSION", "Invalid HTTP version", raw));
        return null;
      }
      if (info.url.length === 0 || /\s/.test(info.url)) {
        this.fail(parseError("HPE_INVALID_URL", "Invalid URL", raw));
        return null;
      }
      info.versionMajor = Number(version[1]);
      info.versionMinor = Number(version[2]);
    } else {
      const m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
      if (!m) {
        this.fail(parseError("HPE_INVALID_CONSTANT", "Expected HTTP/", raw));
        return null;
      }
      info.versionMajor = Number(m[1]);
      info.versionMinor = Number(m[2]);
      info.statusCode = Number(m[3]);
      info.statusMessage = m[4] ?? "";
    }
    let contentLength = null;
    let chunked = false;
    let connection = "";
    let upgradeHeader = false;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (line.length === 0) continue;
      if (line[0] === " " || line[0] === "\t") {
        // obsolete line folding: continue the previous value
        const n = info.rawHeaders.length;
        if (n > 0) info.rawHeaders[n - 1] += " " + line.trim();
        continue;
      }
      const colon = line.indexOf(":");
      if (colon <= 0) {
        this.fail(parseError("HPE_INVALID_HEADER_TOKEN", "Invalid header token", raw));
        return null;
      }
      const name = line.slice(0, colon);
      if (!TOKEN.test(name)) {
        this.fail(parseError("HPE_INVALID_HEADER_TOKEN", "Invalid header token", raw));
        return null;
      }
      const value = line.slice(colon + 1).trim();
      info.rawHeaders.push(name, value);
      const lower = name.toLowerCase();
      if (lower === "content-length") {
        const n = Number(value);
        if (!/^\d+$/.test(value) || (contentLength !== null && contentLength !== n)) {
          this.fail(parseError("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", raw));
          return null;
        }
        contentLength = n;
      } else if (lower === "transfer-encoding") {
        if (value.toLowerCase().split(",").map((s) => s.trim()).includes("chunked")) chunked = true;
      } else if (lower === "connection") {
        connection += (connection ? "," : "") + value.toLowerCase();
      } else if (lower === "upgrade") {
        upgradeHeader = true;
      }
    }
    if (chunked && contentLength !== null) {
      this.fail(parseError("HPE_UNEXPECTED_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding", raw));
      return null;
    }
    const tokens = connection.split(",").map((s) => s.trim());
    if (info.versionMajor === 1 && info.versionMinor === 0) {
      info.shouldKeepAlive = tokens.includes("keep-alive");
    } else {
      info.shouldKeepAlive = !tokens.includes("close");
    }
    if (this.kind === "request") {
      info.upgrade = (upgradeHeader && tokens.includes("upgrade")) || info.method === "CONNECT";
    } else {
      info.upgrade = info.statusCode === 101;
    }
    this.contentLength = contentLength;
    this.chunked = chunked;
    return info;
  }

  startBody(info, skipBody) {
    if (this.kind === "response") {
      const method = this.requestMethods.shift();
      const noBody = skipBody || method === "HEAD" || info.statusCode === 204 || info.statusCode === 304 ||
        (info.statusCode >= 100 && info.statusCode < 200);
      if (noBody) {
        this.finishMessage();
        return;
      }
      if (this.chunked) {
        this.state = "chunked";
        this.chunkState = "size";
      } else if (this.contentLength !== null) {
        this.state = "length";
        this.remaining = this.contentLength;
        if (this.remaining === 0) this.finishMessage();
      } else {
        this.state = "eof";
      }
      return;
    }
    if (this.chunked) {
      this.state = "chunked";
      this.chunkState = "size";
    } else if (this.contentLength) {
      this.state = "length";
      this.remaining = this.contentLength;
    } else {
      this.finishMessage();
    }
  }

  finishMessage() {
    this.reset();
    this.onComplete(this.trailers ?? []);
    this.trailers = null;
  }

  parseChunked(data, offset) {
    while (offset < data.length && this.state === "chunked" && !this.failed) {
      if (this.chunkState === "size" || this.chunkState === "crlf" || this.chunkState === "trailer") {
        const nl = data.indexOf(10, offset);
        if (nl === -1) {
          this.pending = data.subarray(offset);
          if (this.pending.length > this.maxHeaderSize) {
            this.fail(parseError("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow"));
          }
          return data.length;
        }
        const line = data.toString("latin1", offset, nl).replace(/\r$/, "");
        offset = nl + 1;
        if (this.chunkState === "crlf") {
          if (line.length !== 0) {
            this.fail(parseError("HPE_STRICT", "Expected LF after chunk data"));
            return data.length;
          }
          this.chunkState = "size";
          continue;
        }
        if (this.chunkState === "trailer") {
          if (line.length === 0) {
            this.finishMessage();
            return offset;
          }
          const colon = line.indexOf(":");
          if (colon > 0) {
            this.trailers ??= [];
            this.trailers.push(line.slice(0, colon), line.slice(colon + 1).trim());
          }
          continue;
        }
        const sizeText = line.split(";")[0].trim();
        if (!/^[0-9a-fA-F]+$/.test(sizeText)) {
          this.fail(parseError("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size"));
          return data.length;
        }
        const size = parseInt(sizeText, 16);
        if (size === 0) {
          this.chunkState = "trailer";
        } else {
          this.remaining = size;
          this.chunkState = "data";
        }
        continue;
      }
      // chunk data
      const n = Math.min(this.remaining, data.length - offset);
      if (n > 0) this.onBody(data.subarray(offset, offset + n));
      offset += n;
      this.remaining -= n;
      if (this.remaining === 0) this.chunkState = "crlf";
    }
    return offset;
  }
}

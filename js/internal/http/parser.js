// An incremental HTTP/1.x parser for requests (server) and responses
// (client): heads, Content-Length and chunked bodies, close-delimited
// bodies, trailers, upgrades. Errors carry llhttp's codes (HPE_*).
import { Buffer } from "ext:host/buffer.js";
import { METHODS } from "ext:host/internal/http/common.js";

const CRLF2 = Buffer.from("\r\n\r\n");
const LF2 = Buffer.from("\n\n");
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HTTP_VERSION = /^HTTP\/(\d)\.(\d)$/;
const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const BAD_VALUE_CHAR = /[\x00-\x08\x0a-\x1f\x7f]/;
const KNOWN_METHODS = new Set(METHODS);
// The versions llhttp accepts.
const VERSIONS = new Set(["0.9", "1.0", "1.1", "2.0"]);

function parseError(code, message, rawPacket) {
  const err = new Error(`Parse Error: ${message}`);
  err.code = code;
  err.reason = message;
  err.bytesParsed = 0;
  if (rawPacket) err.rawPacket = rawPacket;
  return err;
}

// How far llhttp gets into a bad method: the longest prefix of a known one.
function methodPrefixLength(text) {
  let best = 0;
  for (const m of METHODS) {
    let i = 0;
    while (i < m.length && i < text.length && m[i] === text[i]) i++;
    if (i > best) best = i;
  }
  return best;
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
    // Errors report the chunk being parsed and the offset into it.
    this.chunk = chunk;
    this.prefixLength = this.pending ? this.pending.length : 0;
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
        const trimmed = head.replace(/^(\r?\n)+/, "");
        this.headBase = headStart + head.length - trimmed.length;
        const info = this.parseHead(trimmed, data.subarray(headStart, offset));
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
  // quiet: the caller ignores a truncated message (Node's client does).
  finish(quiet = false) {
    if (this.state === "eof") {
      this.finishMessage();
      return;
    }
    if (this.state !== "head" || (this.pending && this.pending.length > 0)) {
      if (quiet || (this.state === "head" && this.kind === "request")) return;
      this.fail(parseError("HPE_INVALID_EOF_STATE", "Invalid EOF state"));
    }
  }

  // pos: where in the parsed bytes (pending + chunk) the error is.
  fail(err, pos) {
    this.failed = true;
    if (pos !== undefined) err.bytesParsed = Math.max(0, pos - (this.prefixLength ?? 0));
    if (this.chunk) err.rawPacket = this.chunk;
    this.onError(err);
  }

  parseHead(head, raw) {
    // Lines with their offsets in the head (positions for errors).
    const lines = [];
    const starts = [];
    for (let pos = 0; pos <= head.length;) {
      let nl = head.indexOf("\n", pos);
      if (nl === -1) nl = head.length;
      const end = nl > pos && head.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      lines.push(head.slice(pos, end));
      starts.push(pos);
      pos = nl + 1;
    }
    const base = this.headBase ?? 0;
    const at = (line, col) => base + starts[line] + col;
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
      const method = sp1 === -1 ? first : first.slice(0, sp1);
      if (sp1 <= 0 || !KNOWN_METHODS.has(method)) {
        this.fail(parseError("HPE_INVALID_METHOD", "Invalid method encountered", raw), at(0, methodPrefixLength(method)));
        return null;
      }
      info.method = method;
      let urlStart = sp1 + 1;
      while (first[urlStart] === " ") urlStart++;
      let urlEnd = first.indexOf(" ", urlStart);
      if (urlEnd === -1) urlEnd = first.length;
      info.url = first.slice(urlStart, urlEnd);
      if (info.url.length === 0 || /[\x00-\x1f\x7f]/.test(info.url)) {
        this.fail(parseError("HPE_INVALID_URL", "Invalid URL", raw), at(0, urlStart));
        return null;
      }
      let versionStart = urlEnd;
      while (first[versionStart] === " ") versionStart++;
      if (versionStart >= first.length) {
        // A request line without a version is HTTP/0.9.
        info.versionMajor = 0;
        info.versionMinor = 9;
      } else {
        const versionText = first.slice(versionStart);
        if (!versionText.startsWith("HTTP/")) {
          this.fail(parseError("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", raw), at(0, versionStart));
          return null;
        }
        const version = HTTP_VERSION.exec(versionText);
        if (!version || !VERSIONS.has(`${version[1]}.${version[2]}`)) {
          this.fail(parseError("HPE_INVALID_VERSION", "Invalid HTTP version", raw), at(0, first.length));
          return null;
        }
        info.versionMajor = Number(version[1]);
        info.versionMinor = Number(version[2]);
      }
    } else {
      if (!first.startsWith("HTTP/")) {
        let i = 0;
        while (i < 5 && first[i] === "HTTP/"[i]) i++;
        this.fail(parseError("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", raw), at(0, i));
        return null;
      }
      const m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
      if (!m) {
        this.fail(parseError("HPE_INVALID_VERSION", "Invalid HTTP version", raw), at(0, 5));
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
    let transferEncoding = false;
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
      const name = colon === -1 ? line : line.slice(0, colon);
      const bad = NOT_TOKEN.exec(name);
      if (colon <= 0 || bad) {
        this.fail(parseError("HPE_INVALID_HEADER_TOKEN", "Invalid header token", raw), at(i, bad ? bad.index : colon === 0 ? 0 : line.length));
        return null;
      }
      let valueStart = colon + 1;
      while (line[valueStart] === " " || line[valueStart] === "\t") valueStart++;
      const badChar = BAD_VALUE_CHAR.exec(line.slice(valueStart));
      if (badChar) {
        this.fail(parseError("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", raw), at(i, valueStart + badChar.index));
        return null;
      }
      const value = line.slice(valueStart).trim();
      info.rawHeaders.push(name, value);
      const lower = name.toLowerCase();
      if (lower === "content-length") {
        if (transferEncoding) {
          this.fail(parseError("HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding", raw), at(i, colon + 1));
          return null;
        }
        if (contentLength !== null) {
          this.fail(parseError("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", raw), at(i, valueStart));
          return null;
        }
        const nonDigit = /[^0-9]/.exec(value);
        if (nonDigit || value.length === 0) {
          this.fail(parseError("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", raw), at(i, valueStart + (nonDigit ? nonDigit.index : 0)));
          return null;
        }
        contentLength = Number(value);
      } else if (lower === "transfer-encoding") {
        if (contentLength !== null) {
          this.fail(parseError("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", raw), at(i, colon + 1));
          return null;
        }
        transferEncoding = true;
        if (value.toLowerCase().split(",").map((s) => s.trim()).includes("chunked")) chunked = true;
      } else if (lower === "connection") {
        connection += (connection ? "," : "") + value.toLowerCase();
      } else if (lower === "upgrade") {
        upgradeHeader = true;
      }
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
      // Any answer to CONNECT hands the socket over, as in Node.
      info.upgrade = info.statusCode === 101 || (this.requestMethods[0] === "CONNECT" && info.statusCode >= 200);
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
          const badAt = /[^0-9a-fA-F]/.exec(line);
          this.fail(parseError("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size"), nl - line.length - (data[nl - 1] === 13 ? 1 : 0) + (badAt ? badAt.index : 0));
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

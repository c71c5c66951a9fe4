// ANSI cursor helpers shared by readline and tty.WriteStream.
import { codes } from "ext:host/internal/errors.js";
import { nextTick } from "ext:host/internal/timers.js";

const CSI = "\x1b[";

function checkCallback(callback) {
  if (callback !== undefined && typeof callback !== "function") {
    throw new codes.ERR_INVALID_ARG_TYPE("callback", "Function", callback);
  }
}

function done(callback) {
  if (typeof callback === "function") nextTick(callback, null);
  return true;
}

export function cursorTo(stream, x, y, callback) {
  checkCallback(callback);
  if (typeof y === "function") {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new codes.ERR_INVALID_ARG_VALUE("x", x);
  if (Number.isNaN(y)) throw new codes.ERR_INVALID_ARG_VALUE("y", y);
  if (stream == null || (typeof x !== "number" && typeof y !== "number")) return done(callback);
  if (typeof x !== "number") throw new codes.ERR_INVALID_CURSOR_POS();
  const data = typeof y !== "number" ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

export function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  if (stream == null || !(dx || dy)) return done(callback);
  let data = "";
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return stream.write(data, callback);
}

export function clearLine(stream, dir, callback) {
  checkCallback(callback);
  if (stream == null) return done(callback);
  const type = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return stream.write(type, callback);
}

export function clearScreenDown(stream, callback) {
  checkCallback(callback);
  if (stream == null) return done(callback);
  return stream.write(`${CSI}0J`, callback);
}

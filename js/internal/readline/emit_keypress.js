// readline.emitKeypressEvents: turn terminal input into 'keypress' events.
import { newStringDecoder } from "ext:host/internal/streams/utils.js";

const kDecoder = Symbol("keypressDecoder");
const kParser = Symbol("keypressParser");
const ESCAPE_CODE_TIMEOUT = 500;

const CSI_KEYS = {
  A: "up",
  B: "down",
  C: "right",
  D: "left",
  E: "clear",
  F: "end",
  H: "home",
  P: "f1",
  Q: "f2",
  R: "f3",
  S: "f4",
  Z: "tab",
  "1~": "home",
  "2~": "insert",
  "3~": "delete",
  "4~": "end",
  "5~": "pageup",
  "6~": "pagedown",
  "7~": "home",
  "8~": "end",
  "11~": "f1",
  "12~": "f2",
  "13~": "f3",
  "14~": "f4",
  "15~": "f5",
  "17~": "f6",
  "18~": "f7",
  "19~": "f8",
  "20~": "f9",
  "21~": "f10",
  "23~": "f11",
  "24~": "f12",
};

function makeKey(sequence) {
  return { sequence, name: undefined, ctrl: false, meta: false, shift: false };
}

// Key for one plain character (no escape sequence).
function plainKey(ch, meta) {
  const key = makeKey(meta ? "\x1b" + ch : ch);
  key.meta = !!meta;
  if (ch === "\r") key.name = "return";
  else if (ch === "\n") key.name = "enter";
  else if (ch === "\t") key.name = "tab";
  else if (ch === "\b" || ch === "\x7f") key.name = "backspace";
  else if (ch === "\x1b") key.name = "escape";
  else if (ch === " ") key.name = "space";
  else if (ch <= "\x1a" && ch !== "\0") {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = /^[A-Z]$/.test(ch);
  }
  return key;
}

// Parse a chunk of decoded text into [string|undefined, key] pairs. `state`
// carries an incomplete escape sequence between chunks.
function parseKeys(state, text, out) {
  let s = state.pending + text;
  state.pending = "";
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch !== "\x1b") {
      const cp = s.codePointAt(i);
      const c = String.fromCodePoint(cp);
      out.push([c, plainKey(c, false)]);
      i += c.length;
      continue;
    }
    // Escape sequence.
    if (i + 1 >= s.length) {
      state.pending = s.slice(i);
      return;
    }
    const next = s[i + 1];
    if (next === "[" || next === "O") {
      let j = i + 2;
      while (j < s.length && /[0-9;]/.test(s[j])) j++;
      if (j >= s.length) {
        state.pending = s.slice(i);
        return;
      }
      const seq = s.slice(i, j + 1);
      const params = s.slice(i + 2, j);
      const final = s[j];
      const key = makeKey(seq);
      key.code = (next === "[" ? "[" : "O") + params.replace(/;\d+$/, "") + final;
      let modifier = 0;
      const m = /;(\d+)$/.exec(params) || (final !== "~" && /^1;(\d+)$/.exec(params));
      if (m) modifier = Number(m[1]) - 1;
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      const base = final === "~" ? params.split(";")[0] + "~" : final;
      key.name = CSI_KEYS[base] ?? "undefined";
      if (final === "Z") key.shift = true;
      out.push([undefined, key]);
      i = j + 1;
      continue;
    }
    if (next === "\x1b") {
      out.push([undefined, plainKey("\x1b", true)]);
      i += 2;
      continue;
    }
    // Meta + character.
    out.push([undefined, plainKey(next, true)]);
    i += 2;
  }
}

export function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  stream[kDecoder] = newStringDecoder("utf8");
  const state = { pending: "" };
  stream[kParser] = state;
  const timeout = iface.escapeCodeTimeout ?? ESCAPE_CODE_TIMEOUT;
  let timer = null;

  function emitAll(text) {
    const keys = [];
    parseKeys(state, text, keys);
    for (const [s, key] of keys) stream.emit("keypress", s, key);
    if (state.pending === "\x1b") {
      timer = setTimeout(() => {
        timer = null;
        if (state.pending === "\x1b") {
          state.pending = "";
          stream.emit("keypress", undefined, plainKey("\x1b", false));
        }
      }, timeout);
    }
  }

  function onData(input) {
    if (stream.listenerCount("keypress") > 0) {
      const string = stream[kDecoder].write(input);
      if (string) {
        if (timer) {
          clearTimeout(timer);
          timer = null;
        }
        iface.isCompletionEnabled = true;
        emitAll(string);
      }
    } else {
      stream.removeListener("data", onData);
      stream.on("newListener", onNewListener);
    }
  }

  function onNewListener(event) {
    if (event === "keypress") {
      stream.on("data", onData);
      stream.removeListener("newListener", onNewListener);
    }
  }

  if (stream.listenerCount("keypress") > 0) stream.on("data", onData);
  else stream.on("newListener", onNewListener);
}

// Web and Node globals that V8 lacks, installed at build time from the
// modules that implement them (a module not written yet is skipped).
import { core } from "ext:core/mod.js";
import * as buffer from "ext:host/buffer.js";
import * as url from "ext:host/url.js";
import * as util from "ext:host/util.js";
import * as encoding from "ext:host/internal/encoding.js";
import * as events from "ext:host/events.js";
import * as perf from "ext:host/perf_hooks.js";
import * as workers from "ext:host/worker_threads.js";
import * as cryptoMod from "ext:host/crypto.js";
import * as webstreams from "ext:host/internal/streams/webstreams.js";

function pick(ns, name) {
  return ns[name] ?? ns.default?.[name];
}

export function installWebGlobals(defineGlobal) {
  const sources = [
    [buffer, ["Buffer", "atob", "btoa", "Blob", "File"]],
    [url, ["URL", "URLSearchParams", "URLPattern"]],
    [encoding, ["TextEncoder", "TextDecoder"]],
    [events, ["EventTarget", "Event", "CustomEvent", "AbortController", "AbortSignal", "DOMException"]],
    [perf, ["performance", "PerformanceObserver", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure"]],
    [workers, ["MessageChannel", "MessagePort", "BroadcastChannel", "MessageEvent"]],
    [cryptoMod, ["crypto", "Crypto", "CryptoKey", "SubtleCrypto"]],
    [webstreams, [
      "TransformStream", "TransformStreamDefaultController", "WritableStream", "WritableStreamDefaultController",
      "WritableStreamDefaultWriter", "ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader",
      "ReadableStreamBYOBRequest", "ReadableByteStreamController", "ReadableStreamDefaultController",
      "ByteLengthQueuingStrategy", "CountQueuingStrategy", "TextEncoderStream", "TextDecoderStream",
      "CompressionStream", "DecompressionStream",
    ]],
  ];
  for (const [ns, names] of sources) {
    for (const name of names) {
      const value = pick(ns, name);
      if (value !== undefined) defineGlobal(name, value);
    }
  }
  const clone = pick(workers, "structuredClone");
  defineGlobal("structuredClone", clone ?? ((value) => core.structuredClone(value)));
  if (globalThis.TextEncoder === undefined) {
    defineGlobal("TextEncoder", class TextEncoder {
      get encoding() {
        return "utf-8";
      }
      encode(s = "") {
        return core.encode(String(s));
      }
    });
    defineGlobal("TextDecoder", class TextDecoder {
      get encoding() {
        return "utf-8";
      }
      decode(b) {
        return b === undefined ? "" : core.decode(ArrayBuffer.isView(b) ? b : new Uint8Array(b));
      }
    });
  }
}

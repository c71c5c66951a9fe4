// stream.addAbortSignal
import { AbortError, codes } from "ext:host/internal/errors.js";
import { isNodeStream, isWebStream, kControllerErrorFunction } from "ext:host/internal/streams/utils.js";
import { eos } from "ext:host/internal/streams/end-of-stream.js";

export function addAbortSignal(signal, stream) {
  if (!signal || typeof signal !== "object" || !("aborted" in signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE("signal", "AbortSignal", signal);
  }
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE("stream", ["ReadableStream", "WritableStream", "Stream"], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

export function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== "object" || !("aborted" in signal)) return stream;
  const onAbort = isNodeStream(stream)
    ? () => {
        stream.destroy(new AbortError(undefined, { cause: signal.reason }));
      }
    : () => {
        stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason }));
      };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener("abort", onAbort, { once: true });
    eos(stream, () => signal.removeEventListener("abort", onAbort));
  }
  return stream;
}

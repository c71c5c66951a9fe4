// stream/promises: pipeline and finished returning promises.
import { pipelineImpl } from "ext:host/internal/streams/pipeline.js";
import { finished } from "ext:host/internal/streams/end-of-stream.js";
import { isIterable, isNodeStream, isWebStream } from "ext:host/internal/streams/utils.js";
import { validateAbortSignal } from "ext:host/internal/validators.js";

export function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === "object" && !isNodeStream(lastArg) && !isIterable(lastArg) && !isWebStream(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
      validateAbortSignal(signal, "options.signal");
    }
    pipelineImpl(
      streams,
      (err, value) => {
        if (err) reject(err);
        else resolve(value);
      },
      { signal, end },
    );
  });
}

export { finished };

export default { pipeline, finished };

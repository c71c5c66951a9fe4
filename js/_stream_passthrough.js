// node:_stream_passthrough -- legacy alias of stream.PassThrough.
import { PassThrough } from "ext:host/internal/streams/duplex.js";

export default PassThrough;

// node:_stream_readable -- legacy alias of stream.Readable.
import { Readable } from "ext:host/internal/streams/readable.js";

export default Readable;

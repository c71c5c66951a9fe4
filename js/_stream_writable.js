// node:_stream_writable -- legacy alias of stream.Writable.
import { Writable } from "ext:host/internal/streams/writable.js";

export default Writable;

// node:_stream_transform -- legacy alias of stream.Transform.
import { Transform } from "ext:host/internal/streams/duplex.js";

export default Transform;

// node:_stream_duplex -- legacy alias of stream.Duplex.
import { Duplex } from "ext:host/internal/streams/duplex.js";

export default Duplex;

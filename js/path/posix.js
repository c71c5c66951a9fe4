// require("path/posix") is path.posix.
import { posix } from "ext:host/path.js";

export default posix;

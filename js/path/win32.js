// node:path/win32
import path from "ext:host/path.js";

export default path.win32;

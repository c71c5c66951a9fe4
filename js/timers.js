// node:timers
import {
  clearImmediate, clearInterval, clearTimeout, setImmediate, setInterval, setTimeout,
} from "ext:host/internal/timers.js";
import promises from "ext:host/timers/promises.js";


const timers = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate, promises,
};
export default timers;

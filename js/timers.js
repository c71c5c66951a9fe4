// node:timers
import {
  clearImmediate, clearInterval, clearTimeout, setImmediate, setInterval, setTimeout,
} from "ext:host/internal/timers.js";
import promises from "ext:host/timers/promises.js";

function active(timer) {
  timer?.refresh?.();
}
function unenroll(timer) {
  clearTimeout(timer);
}

const timers = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
  _unrefActive: active, active, unenroll, promises,
};
export default timers;

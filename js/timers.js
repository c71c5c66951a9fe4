// node:timers
import {
  clearImmediate, clearInterval, clearTimeout, setImmediate, setInterval, setTimeout,
} from "ext:host/internal/timers.js";
import promises from "ext:host/timers/promises.js";


// util.promisify(setTimeout) and (setImmediate) are the promise forms.
const kCustomPromisify = Symbol.for("nodejs.util.promisify.custom");
Object.defineProperty(setTimeout, kCustomPromisify, { enumerable: true, configurable: true, get: () => promises.setTimeout });
Object.defineProperty(setImmediate, kCustomPromisify, { enumerable: true, configurable: true, get: () => promises.setImmediate });

const timers = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate, promises,
};
export default timers;

// node:readline
import {
  Interface,
  clearLine,
  clearScreenDown,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
} from "ext:host/internal/readline/interface.js";
import promises from "ext:host/readline/promises.js";

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const readline = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(readline, "promises", {
  configurable: true,
  enumerable: true,
  get() {
    return promises;
  },
});

export default readline;

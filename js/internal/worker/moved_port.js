// worker_threads.moveMessagePortToContext(): a port whose messages are
// created in a vm context, handed out as an object of that context that
// has only onmessage (no EventTarget), postMessage, start, close, ref,
// unref and hasRef, as in Node.
import { codes } from "ext:host/internal/errors.js";
import { MessageEvent, MessagePort, kInternal, takeOverPort } from "ext:host/internal/worker/io.js";
import { getContextGlobal, isContext, runInContextUnchecked } from "ext:host/vm.js";

// Runs inside the target context: the MessagePort class seen there. Its
// methods forward to `call` (a main-realm function) with the object.
const PORT_CLASS_SOURCE = `(function (call) {
  const base = {
    close() { return call("close", this, arguments); },
    ref() { return call("ref", this, arguments); },
    unref() { return call("unref", this, arguments); },
    hasRef() { return call("hasRef", this, arguments); },
  };
  const proto = Object.create(base);
  proto.postMessage = function postMessage() { return call("postMessage", this, arguments); };
  proto.start = function start() { return call("start", this, arguments); };
  function MessagePort() { throw new TypeError("Illegal constructor"); }
  Object.defineProperty(proto, "constructor", { value: MessagePort, writable: true, configurable: true });
  MessagePort.prototype = proto;
  return () => Object.create(proto);
})`;

// facade (object of the target context) -> the main-realm port behind it
const shadows = new WeakMap();
// sandbox -> function making a facade in its context
const makers = new WeakMap();

function call(method, self, args) {
  const shadow = shadows.get(self);
  if (shadow === undefined) throw new codes.ERR_INVALID_THIS("MessagePort");
  return Reflect.apply(MessagePort.prototype[method], shadow, args);
}

function makerFor(sandbox) {
  let make = makers.get(sandbox);
  if (make === undefined) {
    make = runInContextUnchecked(PORT_CLASS_SOURCE, sandbox, "node:internal/worker/io")(call);
    makers.set(sandbox, make);
  }
  return make;
}

/** moveMessagePortToContext(port, contextifiedSandbox) */
export function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!(port instanceof MessagePort)) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = "ERR_INVALID_ARG_TYPE";
    throw err;
  }
  const invalidContext = () => {
    const err = new TypeError("Invalid context argument");
    err.code = "ERR_INVALID_ARG_TYPE";
    return err;
  };
  if (contextifiedSandbox === null || typeof contextifiedSandbox !== "object" || !isContext(contextifiedSandbox)) {
    throw invalidContext();
  }
  const make = makerFor(contextifiedSandbox);
  const shadow = takeOverPort(port, contextifiedSandbox);
  if (shadow === undefined || getContextGlobal(contextifiedSandbox) === undefined) throw invalidContext();
  const facade = make();
  shadows.set(facade, shadow);
  // Messages reach only `onmessage` / `onmessageerror` of the facade.
  shadow[kInternal] = (data) => {
    const handler = facade.onmessage;
    if (typeof handler === "function") Reflect.apply(handler, facade, [new MessageEvent("message", { data })]);
  };
  shadow.addEventListener("messageerror", (event) => {
    const handler = facade.onmessageerror;
    if (typeof handler === "function") Reflect.apply(handler, facade, [event]);
  });
  return facade;
}

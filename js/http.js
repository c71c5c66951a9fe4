// node:http
import { Server, ServerResponse, connectionListener, createServer } from "ext:host/internal/http/server.js";
import { IncomingMessage } from "ext:host/internal/http/incoming.js";
import { OutgoingMessage } from "ext:host/internal/http/outgoing.js";
import { Agent, ClientRequest, get, globalAgent, request, setGlobalAgent } from "ext:host/internal/http/client.js";
import { METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue } from "ext:host/internal/http/common.js";
import { validateObject } from "ext:host/internal/validators.js";

const http = {
  _connectionListener: connectionListener,
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers() {},
  // Proxy support is not implemented: the environment is validated and
  // nothing changes; the returned function restores nothing.
  setGlobalProxyFromEnv(env = globalThis.process?.env) {
    validateObject(env, "proxyEnv");
    return () => {};
  },
  maxHeaderSize: 16384,
  get globalAgent() {
    return globalAgent;
  },
  set globalAgent(value) {
    setGlobalAgent(value);
  },
  get WebSocket() {
    return globalThis.WebSocket;
  },
  get CloseEvent() {
    return globalThis.CloseEvent;
  },
  get MessageEvent() {
    return globalThis.MessageEvent;
  },
};
export default http;

// node:http
import { Server, ServerResponse, createServer } from "ext:host/internal/http/server.js";
import { IncomingMessage } from "ext:host/internal/http/incoming.js";
import { OutgoingMessage } from "ext:host/internal/http/outgoing.js";
import { Agent, ClientRequest, get, globalAgent, request } from "ext:host/internal/http/client.js";
import { METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue } from "ext:host/internal/http/common.js";

const http = {
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
  maxHeaderSize: 16384,
  globalAgent,
};
export default http;

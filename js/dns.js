// node:dns - lookup/lookupService through getaddrinfo/getnameinfo (as
// libuv does), resolve* through a small DNS client over UDP.
import {
  installQueryMethods,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  errorCodes,
  getDefaultResultOrder,
  setDefaultResultOrder,
  lookupOptions,
  lookupPromise,
  lookupServicePromise,
  queryPromise,
  reversePromise,
  ResolverBase,
  validateFunction,
  validateLookupService,
  validateResolveArgs,
  validateReverse,
} from "ext:host/internal/dns/utils.js";
import { validateString } from "ext:host/internal/validators.js";
import { codes } from "ext:host/internal/errors.js";
import dnsPromises from "ext:host/dns/promises.js";

function nextTick(fn, ...args) {
  globalThis.process.nextTick(fn, ...args);
}

export function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, "hostname");
  else if (hostname !== undefined && hostname !== null && hostname !== "" && hostname !== false && hostname !== 0) {
    validateString(hostname, "hostname");
  }
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, "callback");
  const opts = lookupOptions(options);
  lookupPromise(hostname, opts).then(
    (res) => {
      if (opts.all) callback(null, res);
      else callback(null, res.address, res.family);
    },
    (err) => callback(err),
  );
  return {};
}

// util.promisify(dns.lookup) resolves { address, family }, and
// lookupService { hostname, service }, as in Node.
const customPromisifyArgs = Symbol.for("host.util.promisify.customArgs");
Object.defineProperty(lookup, customPromisifyArgs, { value: ["address", "family"], enumerable: false });

export function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new codes.ERR_MISSING_ARGS("address", "port", "callback");
  const p = validateLookupService(address, port);
  validateFunction(callback, "callback");
  lookupServicePromise(address, p).then(
    (r) => callback(null, r.hostname, r.service),
    (err) => callback(err),
  );
  return {};
}

Object.defineProperty(lookupService, customPromisifyArgs, { value: ["hostname", "service"], enumerable: false });

function bindQuery(rrtype) {
  return function query(hostname, options, callback) {
    validateResolveArgs(hostname);
    if (typeof options === "function") {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, "callback");
    const ttl = !!(options && options.ttl);
    queryPromise(this, hostname, rrtype, ttl).then((r) => callback(null, r), (err) => callback(err));
    return {};
  };
}

export class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === "function") {
      callback = rrtype;
      rrtype = undefined;
    }
    validateResolveArgs(hostname, rrtype);
    validateFunction(callback, "callback");
    queryPromise(this, hostname, rrtype ?? "A", false).then((r) => callback(null, r), (err) => callback(err));
    return {};
  }

  reverse(ip, callback) {
    validateReverse(ip);
    validateFunction(callback, "callback");
    reversePromise(this, ip).then((r) => callback(null, r), (err) => callback(err));
    return {};
  }
}

installQueryMethods(Resolver.prototype, bindQuery);

// The default resolver, behind the module-level functions.
let defaultResolver = null;
function getDefault() {
  if (defaultResolver === null) defaultResolver = new Resolver();
  return defaultResolver;
}

export function getServers() {
  return getDefault().getServers();
}

export function setServers(servers) {
  getDefault().setServers(servers);
  dnsPromises.setServers(servers);
}

const dns = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  getServers,
};
const kModuleOrder = [
  "resolve", "resolve4", "resolve6", "resolveAny", "resolveCaa", "resolveCname", "resolveMx",
  "resolveNaptr", "resolveNs", "resolvePtr", "resolveSoa", "resolveSrv", "resolveTlsa", "resolveTxt", "reverse",
];
for (const name of kModuleOrder) {
  dns[name] = function (...args) {
    return getDefault()[name](...args);
  };
  Object.defineProperty(dns[name], "name", { value: name });
}
dns.promises = dnsPromises;

export function _getDefaultResolver() {
  return getDefault();
}

export default dns;

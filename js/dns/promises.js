// node:dns/promises - the promise form of dns.
import {
  installQueryMethods,
  errorCodes,
  getDefaultResultOrder,
  setDefaultResultOrder,
  lookupOptions,
  lookupPromise,
  lookupServicePromise,
  queryPromise,
  reversePromise,
  ResolverBase,
  validateLookupService,
  validateResolveArgs,
  validateReverse,
} from "ext:host/internal/dns/utils.js";
import { validateString } from "ext:host/internal/validators.js";
import { codes } from "ext:host/internal/errors.js";

export function lookup(hostname, options) {
  if (hostname) validateString(hostname, "hostname");
  else if (hostname !== undefined && hostname !== null && hostname !== "" && hostname !== false && hostname !== 0) {
    validateString(hostname, "hostname");
  }
  return lookupPromise(hostname, lookupOptions(options));
}

export function lookupService(address, port) {
  if (arguments.length !== 2) throw new codes.ERR_MISSING_ARGS("address", "port");
  const p = validateLookupService(address, port);
  return lookupServicePromise(address, p);
}

function bindQuery(rrtype) {
  return function query(hostname, options) {
    validateResolveArgs(hostname);
    return queryPromise(this, hostname, rrtype, !!(options && options.ttl));
  };
}

export class Resolver extends ResolverBase {
  resolve(hostname, rrtype) {
    validateResolveArgs(hostname, rrtype);
    return queryPromise(this, hostname, rrtype ?? "A", false);
  }

  reverse(ip) {
    validateReverse(ip);
    return reversePromise(this, ip);
  }
}

installQueryMethods(Resolver.prototype, bindQuery);

let defaultResolver = null;
function getDefault() {
  if (defaultResolver === null) defaultResolver = new Resolver();
  return defaultResolver;
}

const promises = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: (servers) => getDefault().setServers(servers),
  ...errorCodes,
  getServers: () => getDefault().getServers(),
};
const kModuleOrder = [
  "resolve", "resolve4", "resolve6", "resolveAny", "resolveCaa", "resolveCname", "resolveMx",
  "resolveNaptr", "resolveNs", "resolvePtr", "resolveSoa", "resolveSrv", "resolveTlsa", "resolveTxt", "reverse",
];
for (const name of kModuleOrder) {
  promises[name] = function (...args) {
    return getDefault()[name](...args);
  };
  Object.defineProperty(promises[name], "name", { value: name });
}

export default promises;

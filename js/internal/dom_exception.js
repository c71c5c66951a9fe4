// DOMException as browsers have it: name, message and the legacy numeric
// code read from prototype getters, instances inherit from Error.prototype.
const legacyNames = [
  ["IndexSizeError", "INDEX_SIZE_ERR"],
  ["DOMStringSizeError", "DOMSTRING_SIZE_ERR"],
  ["HierarchyRequestError", "HIERARCHY_REQUEST_ERR"],
  ["WrongDocumentError", "WRONG_DOCUMENT_ERR"],
  ["InvalidCharacterError", "INVALID_CHARACTER_ERR"],
  ["NoDataAllowedError", "NO_DATA_ALLOWED_ERR"],
  ["NoModificationAllowedError", "NO_MODIFICATION_ALLOWED_ERR"],
  ["NotFoundError", "NOT_FOUND_ERR"],
  ["NotSupportedError", "NOT_SUPPORTED_ERR"],
  ["InUseAttributeError", "INUSE_ATTRIBUTE_ERR"],
  ["InvalidStateError", "INVALID_STATE_ERR"],
  ["SyntaxError", "SYNTAX_ERR"],
  ["InvalidModificationError", "INVALID_MODIFICATION_ERR"],
  ["NamespaceError", "NAMESPACE_ERR"],
  ["InvalidAccessError", "INVALID_ACCESS_ERR"],
  ["ValidationError", "VALIDATION_ERR"],
  ["TypeMismatchError", "TYPE_MISMATCH_ERR"],
  ["SecurityError", "SECURITY_ERR"],
  ["NetworkError", "NETWORK_ERR"],
  ["AbortError", "ABORT_ERR"],
  ["URLMismatchError", "URL_MISMATCH_ERR"],
  ["QuotaExceededError", "QUOTA_EXCEEDED_ERR"],
  ["TimeoutError", "TIMEOUT_ERR"],
  ["InvalidNodeTypeError", "INVALID_NODE_TYPE_ERR"],
  ["DataCloneError", "DATA_CLONE_ERR"],
];
const codeByName = new Map(legacyNames.map(([name], i) => [name, i + 1]));

function invalidThis() {
  const err = new TypeError('Value of "this" must be of type DOMException');
  err.code = "ERR_INVALID_THIS";
  return err;
}

export class DOMException {
  #name;
  #message;
  constructor(message = "", options = "Error") {
    this.#message = `${message}`;
    if (options !== null && typeof options === "object") {
      this.#name = "name" in options ? `${options.name}` : "Error";
      if ("cause" in options) {
        Object.defineProperty(this, "cause", {
          value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    Error.captureStackTrace(this);
  }
  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }
  get message() {
    if (!(#name in this)) throw invalidThis();
    return this.#message;
  }
  get code() {
    if (!(#name in this)) throw invalidThis();
    return codeByName.get(this.#name) ?? 0;
  }
}
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: "DOMException", configurable: true });
for (const [i, [, constant]] of legacyNames.entries()) {
  const desc = { value: i + 1, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}
for (const key of ["name", "message", "code"]) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  d.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, d);
}

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
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = "ERR_INVALID_THIS";
  return err;
}

// Instances are made by Error itself, so they are native errors with a
// stack; name and message live in a side table.
const state = new WeakMap();

function stateOf(self) {
  const st = state.get(self);
  if (st === undefined) throw invalidThis();
  return st;
}

export function DOMException(message = "", options = "Error") {
  if (new.target === undefined) {
    const err = new TypeError("Class constructor DOMException cannot be invoked without 'new'");
    throw err;
  }
  const self = Reflect.construct(Error, [], new.target);
  let name;
  if (options !== null && typeof options === "object") {
    name = "name" in options ? `${options.name}` : "Error";
    if ("cause" in options) {
      Object.defineProperty(self, "cause", {
        value: options.cause, configurable: true, writable: true, enumerable: false,
      });
    }
  } else {
    name = `${options}`;
  }
  state.set(self, { name, message: `${message}` });
  return self;
}
Object.defineProperties(DOMException.prototype, {
  name: {
    get() {
      return stateOf(this).name;
    },
    enumerable: true,
    configurable: true,
  },
  message: {
    get() {
      return stateOf(this).message;
    },
    enumerable: true,
    configurable: true,
  },
  code: {
    get() {
      return codeByName.get(stateOf(this).name) ?? 0;
    },
    enumerable: true,
    configurable: true,
  },
});
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: "DOMException", configurable: true });
for (const [i, [, constant]] of legacyNames.entries()) {
  const desc = { value: i + 1, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

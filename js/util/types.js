// util.types: what require('util/types') and util.types return.
import { core } from "ext:core/mod.js";
import { cryptoKeySlots, keyObjectBytes } from "ext:host/internal/crypto/keys.js";

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag,
).get;

function tagIs(name) {
  return (value) => typedArrayTag.call(value) === name;
}

const types = {
  isArgumentsObject: (value) => core.isArgumentsObject(value),
  isArrayBuffer: (value) => core.isArrayBuffer(value),
  isAsyncFunction: (value) => core.isAsyncFunction(value),
  isBigIntObject: (value) => core.isBigIntObject(value),
  isBooleanObject: (value) => core.isBooleanObject(value),
  isDate: (value) => core.isDate(value),
  isExternal: (value) => false,
  isGeneratorFunction: (value) => core.isGeneratorFunction(value),
  isGeneratorObject: (value) => core.isGeneratorObject(value),
  isMap: (value) => core.isMap(value),
  isMapIterator: (value) => core.isMapIterator(value),
  isModuleNamespaceObject: (value) => core.isModuleNamespaceObject(value),
  isNativeError: (value) => core.isNativeError(value),
  isNumberObject: (value) => core.isNumberObject(value),
  isPromise: (value) => core.isPromise(value),
  isProxy: (value) => core.isProxy(value),
  isRegExp: (value) => core.isRegExp(value),
  isSet: (value) => core.isSet(value),
  isSetIterator: (value) => core.isSetIterator(value),
  isSharedArrayBuffer: (value) => core.isSharedArrayBuffer(value),
  isStringObject: (value) => core.isStringObject(value),
  isSymbolObject: (value) => core.isSymbolObject(value),
  isWeakMap: (value) => core.isWeakMap(value),
  isWeakSet: (value) => core.isWeakSet(value),
  isAnyArrayBuffer: (value) => core.isAnyArrayBuffer(value),
  isBoxedPrimitive: (value) => core.isBoxedPrimitive(value),
  isArrayBufferView: ArrayBuffer.isView,
  isDataView: (value) => core.isDataView(value),
  isTypedArray: (value) => typedArrayTag.call(value) !== undefined,
  isUint8Array: tagIs("Uint8Array"),
  isUint8ClampedArray: tagIs("Uint8ClampedArray"),
  isUint16Array: tagIs("Uint16Array"),
  isUint32Array: tagIs("Uint32Array"),
  isInt8Array: tagIs("Int8Array"),
  isInt16Array: tagIs("Int16Array"),
  isInt32Array: tagIs("Int32Array"),
  isFloat16Array: tagIs("Float16Array"),
  isFloat32Array: tagIs("Float32Array"),
  isFloat64Array: tagIs("Float64Array"),
  isBigInt64Array: tagIs("BigInt64Array"),
  isBigUint64Array: tagIs("BigUint64Array"),
  isKeyObject: (value) => keyObjectBytes.has(value),
  isCryptoKey: (value) => cryptoKeySlots.has(value),
};

// Node's checks that come from its C++ binding have no name and length 0;
// the JS ones have their own names.
for (const key of Object.keys(types)) {
  if (key === "isBoxedPrimitive") break;
  Object.defineProperty(types[key], "name", { value: "" });
  Object.defineProperty(types[key], "length", { value: 0 });
}
Object.defineProperty(types.isBoxedPrimitive, "name", { value: "" });
Object.defineProperty(types.isBoxedPrimitive, "length", { value: 0 });
for (const key of Object.keys(types)) {
  if (types[key].name === "" && key.endsWith("Array") && key !== "isTypedArray") {
    Object.defineProperty(types[key], "name", { value: key });
  }
}

export default types;

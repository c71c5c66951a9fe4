// process.getgroups/setuid/setgid/seteuid/setegid/setgroups/initgroups
// over ops/src/credentials.rs, with Node's argument checks.
import {
  op_credentials_getgroups,
  op_credentials_gid_of,
  op_credentials_initgroups,
  op_credentials_set_id,
  op_credentials_setgroups,
  op_credentials_uid_of,
  op_os_user_info,
} from "ext:core/ops";
import { E, codes, fromOpError } from "ext:host/internal/errors.js";
import { validateArray, validateUint32 } from "ext:host/internal/validators.js";

E("ERR_UNKNOWN_CREDENTIAL", "%s identifier does not exist: %s", Error);

const SET_UID = 0;
const SET_GID = 1;
const SET_EUID = 2;
const SET_EGID = 3;

function call(fn, ...args) {
  try {
    return fn(...args);
  } catch (e) {
    throw fromOpError(e);
  }
}

// A uid or gid from a number or a name (`kind` "User" or "Group").
function resolveId(id, name, kind) {
  if (typeof id === "number") {
    validateUint32(id, name);
    return id;
  }
  if (typeof id !== "string") throw new codes.ERR_INVALID_ARG_TYPE(name, ["number", "string"], id);
  const found = kind === "User" ? op_credentials_uid_of(id) : op_credentials_gid_of(id);
  if (found < 0) throw new codes.ERR_UNKNOWN_CREDENTIAL(kind, id);
  return found;
}

function setter(which, kind) {
  return function (id) {
    call(op_credentials_set_id, which, resolveId(id, "id", kind));
  };
}

/** The credential methods Node has on a POSIX main thread. */
export const credentials = {
  // Includes the effective group id, as Node makes sure it does.
  getgroups() {
    const groups = call(op_credentials_getgroups);
    const egid = globalThis.process.getegid();
    if (!groups.includes(egid)) groups.push(egid);
    return groups;
  },
  setuid: setter(SET_UID, "User"),
  setgid: setter(SET_GID, "Group"),
  seteuid: setter(SET_EUID, "User"),
  setegid: setter(SET_EGID, "Group"),
  setgroups(groups) {
    validateArray(groups, "groups");
    const ids = groups.map((g, i) => resolveId(g, `groups[${i}]`, "Group"));
    call(op_credentials_setgroups, ids);
  },
  initgroups(user, extraGroup) {
    if (typeof user !== "number" && typeof user !== "string") {
      throw new codes.ERR_INVALID_ARG_TYPE("user", ["number", "string"], user);
    }
    if (typeof extraGroup !== "number" && typeof extraGroup !== "string") {
      throw new codes.ERR_INVALID_ARG_TYPE("extraGroup", ["number", "string"], extraGroup);
    }
    const gid = resolveId(extraGroup, "extraGroup", "Group");
    let name = user;
    if (typeof user === "number") {
      validateUint32(user, "user");
      const [errno, , , username] = op_os_user_info(user);
      if (errno !== 0) throw new codes.ERR_UNKNOWN_CREDENTIAL("User", user);
      name = username;
    }
    call(op_credentials_initgroups, name, gid);
  },
};

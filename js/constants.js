// node:constants (deprecated alias) -- os.constants' dlopen, errno, priority
// and signals tables, fs.constants and crypto.constants in one flat object.
import os from "ext:host/os.js";
import fs from "ext:host/fs.js";
import crypto from "ext:host/crypto.js";

const constants = {};
Object.assign(
  constants,
  os.constants.dlopen,
  os.constants.errno,
  os.constants.priority,
  os.constants.signals,
  fs.constants,
  crypto.constants,
);
Object.freeze(constants);

export default constants;

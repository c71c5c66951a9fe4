// node:module
import { Module } from "ext:host/internal/modules/cjs/loader.js";
export default Module;

// codeGeneration: { strings, wasm } of createContext.
const vm = require('vm');
const bytes = new Uint8Array([0,97,115,109,1,0,0,0]);
const ctx = vm.createContext({ bytes }, { codeGeneration: { wasm: false } });
try { vm.runInContext('new WebAssembly.Module(bytes)', ctx); console.log('compiled'); } catch (e) { console.log(e.name, e.message); }
vm.runInContext('WebAssembly.compile(bytes)', ctx).then(() => console.log('async compiled'), (e) => console.log('async', e.name, e.message));
const ok = vm.createContext({ bytes });
console.log(typeof vm.runInContext('new WebAssembly.Module(bytes)', ok));
try { vm.runInContext('eval("1")', vm.createContext({}, { codeGeneration: { strings: false } })) } catch (e) { console.log(e.name, e.message) }

// node:vm from an ES module, default and named imports.
import vm, { runInNewContext, Script, createContext, isContext, constants } from 'node:vm';

console.log(typeof vm.runInNewContext, runInNewContext('x * 3', { x: 5 }));
const ctx = createContext({ list: [] });
new Script('list.push(typeof list)').runInContext(ctx);
console.log(ctx.list, isContext(ctx), typeof constants.USE_MAIN_CONTEXT_DEFAULT_LOADER);

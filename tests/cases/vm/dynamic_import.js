// import() inside vm code: rejected without an importModuleDynamically
// option, Node's experimental-flag error for a callback, and the main
// context's loader on request.
const vm = require('vm');

async function main() {
  try {
    await vm.runInThisContext('import("node:path")');
  } catch (e) {
    console.log('no option:', e.name, e.code, e.message);
  }
  try {
    await vm.runInNewContext('import("node:path")');
  } catch (e) {
    console.log('new context:', e.code);
  }
  const script = new vm.Script('import("node:path")', {
    importModuleDynamically: () => {
      console.log('callback called');
      return import('node:path');
    },
  });
  try {
    await script.runInThisContext();
  } catch (e) {
    console.log('callback:', e.name, e.code, e.message);
  }
  const ns = await vm.runInThisContext('import("node:path")', {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  console.log('main loader:', typeof ns.join, ns.join('a', 'b'));
}
main();

// Options that are not objects: ignored by runInNewContext/runInContext, rejected elsewhere.
const vm = require('vm');
for (const f of [() => vm.runInNewContext('1', {}, 5), () => vm.runInContext('1', vm.createContext(), 5), () => vm.runInThisContext('1', 5), () => vm.runInNewContext('1', {}, null), () => new vm.Script('1').runInNewContext({}, 5), () => vm.runInNewContext('1', {}, {contextName: 5})]) {
  try { console.log(f()) } catch (e) { console.log(e.code, e.message) }
}

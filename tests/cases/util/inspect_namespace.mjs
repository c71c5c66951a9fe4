// Module namespace objects and ESM access to node:util.
import * as ns from './fixtures/ns_mod.mjs';
import util, { inspect, format, types } from 'node:util';
console.log(ns);
console.log(util.inspect(ns, { showHidden: true }));
console.log(types.isModuleNamespaceObject(ns), inspect === util.inspect, format('%s=%d', 'x', 1));
console.log(inspect(ns, { depth: 0 }), inspect({ ns }, { depth: 0 }));

// Errors from node:vm: argument validation, syntax errors and exceptions
// thrown by the code, with the file name given.
const vm = require('vm');

function show(fn) {
  try {
    console.log('returned', fn());
  } catch (e) {
    console.log(`${e.name} | ${e.code} | ${e.message}`);
  }
}

show(() => vm.runInContext('1', {}));
show(() => vm.runInContext('1', 5));
show(() => vm.createContext(1));
show(() => vm.runInNewContext('1', 5));
show(() => vm.isContext(1));
show(() => vm.isContext(null));
show(() => new vm.Script('1', { filename: 1 }));
show(() => new vm.Script('1', { lineOffset: 'x' }));
show(() => new vm.Script('1', { cachedData: 'x' }));
show(() => new vm.Script('1', { produceCachedData: 1 }));
show(() => new vm.Script('1', 5));
show(() => new vm.Script('1').runInContext({}));
show(() => vm.runInThisContext('1', { timeout: 0 }));
show(() => vm.runInThisContext('1', { timeout: -1 }));
show(() => vm.runInThisContext('1', { timeout: 1.5 }));
show(() => vm.runInThisContext('1', { timeout: 'x' }));
show(() => vm.runInThisContext('1', { displayErrors: 1 }));
show(() => vm.createContext({}, { name: 1 }));
show(() => vm.createContext({}, { microtaskMode: 'x' }));
show(() => vm.createContext({}, { codeGeneration: 1 }));
show(() => vm.compileFunction(1));
show(() => vm.compileFunction('a', 'x'));
show(() => vm.compileFunction('a', [1]));
show(() => vm.compileFunction('a', [], { parsingContext: {} }));
show(() => vm.compileFunction('a', [], { contextExtensions: 1 }));
show(() => new vm.Script('1', { importModuleDynamically: 1 }));

// A code argument that is not a string is converted.
show(() => new vm.Script(123).runInThisContext());
show(() => vm.runInNewContext({ toString() { return '"converted"'; } }));

// Syntax errors, with Node's arrow on top of the stack.
function syntax(fn) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, '|', e.message, '|', e instanceof SyntaxError);
    console.log(e.stack.split('\n').filter((l) => !l.includes('node:')));
  }
}
syntax(() => new vm.Script('('));
syntax(() => vm.runInThisContext('\n\n  x y', { filename: 'foo.js' }));
syntax(() => vm.runInNewContext('\n\nlet let = 1', {}, { filename: 'syn.js', lineOffset: 10 }));
syntax(() => new vm.Script('x(', { filename: 'o.js', lineOffset: 5, columnOffset: 3 }));
syntax(() => vm.runInThisContext('1 +', 'string-filename.js'));
syntax(() => vm.compileFunction('return (', [], { filename: 'cf.js' }));

// Exceptions thrown by the code.
function thrown(fn) {
  try {
    fn();
  } catch (e) {
    if (e !== null && typeof e === "object") {
      console.log(typeof e, e.name, '|', e.message, '|', e instanceof Error);
      if (typeof e.stack === 'string') {
        console.log(e.stack.split('\n').filter((l) => !l.includes('node:') && !l.includes('errors.js')));
      } else {
        console.log('no stack', e);
      }
    } else {
      console.log('thrown primitive', e);
    }
  }
}
thrown(() => vm.runInThisContext('throw new Error("boom")', { filename: 'boom.js' }));
thrown(() => vm.runInNewContext('function f() { throw new TypeError("bad") }\nf()', {}, { filename: 'my-file.js' }));
thrown(() => vm.runInNewContext('nope', {}, 'ref.js'));
thrown(() => vm.runInNewContext('null.x', {}, { filename: 'nullfile.js', displayErrors: false }));
thrown(() => vm.runInNewContext('throw 42'));
thrown(() => vm.runInNewContext('throw { a: 1 }'));
thrown(() => vm.compileFunction('throw new Error("inner")', [], { filename: 'cf2.js' })());
thrown(() => vm.runInNewContext('thrower()', { thrower() { throw new RangeError('outside'); } }, 'calls.js'));

// The error classes belong to the context that threw.
try {
  vm.runInNewContext('undefinedThing');
} catch (e) {
  console.log(e instanceof ReferenceError, e.constructor.name);
}
try {
  vm.runInThisContext('undefinedThing');
} catch (e) {
  console.log(e instanceof ReferenceError, e.constructor.name);
}

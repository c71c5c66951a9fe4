// An uncaught error with a cause: Node folds the frames both stacks share.
function inner() {
  return new TypeError('inner');
}
const e = new Error('outer', { cause: inner() });
throw e;

// An uncaught error is printed without its custom inspect method, as Node does.
class E extends Error { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }
const e = new E('boom'); e.extra = { deep: { er: { x: 1 } } };
throw e;

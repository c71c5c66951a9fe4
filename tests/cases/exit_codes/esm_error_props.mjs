// An ES module's uncaught error with extra properties and a cause.
const e = new Error('with props', { cause: new TypeError('root') });
e.code = 'E_PROPS';
e.info = { list: [1, 2] };
throw e;

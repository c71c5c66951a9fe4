process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled', reason.message, p instanceof Promise);
});
Promise.reject(new Error('nope'));
setTimeout(() => console.log('done'), 5);

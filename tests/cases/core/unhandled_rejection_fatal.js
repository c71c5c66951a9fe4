console.log('start');
Promise.reject(new Error('fatal rejection'));
setTimeout(() => console.log('never'), 50);

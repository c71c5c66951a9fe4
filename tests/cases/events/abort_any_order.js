// AbortSignal.any: dependents are aborted before any abort event fires; nested any() follows the sources.
const ac = new AbortController();
const any = AbortSignal.any([ac.signal]);
const any2 = AbortSignal.any([any]);
ac.signal.addEventListener('abort', () => console.log('source listener; any.aborted =', any.aborted, any2.aborted));
any.addEventListener('abort', () => console.log('any listener', any2.aborted));
any2.addEventListener('abort', () => console.log('any2 listener'));
ac.abort('r');
console.log(any2.reason);
const t = AbortSignal.timeout(10);
const a3 = AbortSignal.any([t]);
a3.onabort = () => console.log('a3 timeout', a3.reason.name);
setTimeout(() => {}, 50);

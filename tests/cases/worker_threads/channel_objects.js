// MessageChannel, MessagePort and BroadcastChannel as objects: string tags,
// own properties, what inspect shows, which API each has.
const { MessageChannel, BroadcastChannel } = require('worker_threads');
const mc = new MessageChannel();
const bc = new BroadcastChannel('x');
console.log(String(mc.port1), String(mc), String(bc), Object.prototype.toString.call(new MessageEvent('message')));
console.log(Object.keys(mc), Object.getOwnPropertyNames(MessageChannel.prototype));
console.log(bc);
console.log(typeof bc.on, typeof bc.addEventListener, typeof bc.ref, typeof bc.unref, typeof mc.port1.on);
bc.close();
console.log(bc);
mc.port1.close();

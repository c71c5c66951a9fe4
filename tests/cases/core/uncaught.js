function thrower() {
  throw new TypeError('bad thing');
}
console.log('start');
thrower();

// util.inspect of functions and classes, via console.log.
const util = require('util');
const L = (...a) => console.log(...a);
L(function f() {}, () => {}, async function af() {}, function* g() {}, async function* ag() {}, async () => {});
L(class A {}, class B extends Array {}, class {}, class C extends (class Inner {}) {});
const fn = function withProps() {}; fn.x = 1; fn.y = 'z'; L(fn, [fn], { fn });
class S { static x = 1; static m() {} } L(S);
const bound = function orig() {}.bind(null); L(bound);
L(Math.max, Array.prototype.push, Function.prototype, Object, Symbol);
const noName = (() => () => {})(); L(noName, [noName]);
const renamed = function () {}; Object.defineProperty(renamed, 'name', { value: 'renamed!' }); L(renamed);
const np = function npf() {}; Object.setPrototypeOf(np, null); L(np);
L(util.inspect(() => {}, { showHidden: true }));
class WithTag { static get [Symbol.toStringTag]() { return 'Tg'; } } L(WithTag);
L(Object.assign(() => {}, { a: 1 }));
L([function a() {}, function b() {}, function c() {}, function d() {}, function e() {}, function f() {}, function g() {}]);

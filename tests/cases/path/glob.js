const path = require('path');
const c = [['a/b/c.js', '**/*.js'], ['c.js', '**/*.js'], ['a/b/c.js', '*.js'], ['a/.b/c.js', '**/*.js'], ['.x.js', '*.js'], ['a.js', 'a.{js,ts}'], ['a.ts', 'a.{js,ts}'], ['a.md', 'a.{js,ts}'], ['abc', 'a?c'], ['ac', 'a?c'], ['a1', 'a[0-9]'], ['ab', 'a[!0-9]'], ['a/b', 'a/*'], ['a/b/c', 'a/*'], ['a/b/c', 'a/**'], ['a', 'a/**'], ['x/y/z', 'x/**/z'], ['x/z', 'x/**/z'], ['/abs/p', '/abs/*']];
for (const [p, g] of c) console.log(p, g, path.matchesGlob(p, g), path.win32.matchesGlob(p.replace(/\//g, '\\'), g));
const more = [['a/', '*'], ['a//', '{a,b}'], ['a', '**/'], ['a/', '**/'], ['/', '**/'], ['/', '[!a]'], ['.', '[!a]'], ['.h', '?h'], ['a/.h', 'a/?h'], ['x.js/', '*.js'], ['b', '[!a]'], ['.x', '.*']];
for (const [p, g] of more) console.log(p, g, path.matchesGlob(p, g));

#!/usr/bin/env node
// work.js
console.log('123');

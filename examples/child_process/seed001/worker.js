#!/usr/bin/env node
console.log('worker running, argv0:', require('path').basename(process.argv[1]))

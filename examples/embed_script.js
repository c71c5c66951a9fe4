// Run by examples/embed.rs: uses the embedder's built-in module.
const app = require('app');
console.log(app.name, process.argv.slice(2));
console.log('answer from Rust:', app.answer());

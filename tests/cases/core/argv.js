// args: one two --three
console.log(process.argv.slice(2));
console.log(process.argv[1] === __filename);

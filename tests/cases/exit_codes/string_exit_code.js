process.exitCode = "4";
console.log(typeof process.exitCode);

console.log("a");
await new Promise(() => {});
console.log("b");

process.on("exit", (c) => { console.log("exit", c, process.exitCode); process.exitCode = 9; });
throw new Error("x");

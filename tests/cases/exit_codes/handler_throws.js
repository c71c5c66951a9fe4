process.on("exit", (c) => console.log("exit", c));
process.on("uncaughtException", () => { throw new Error("inner"); });
throw new Error("outer");

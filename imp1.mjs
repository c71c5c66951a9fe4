for (const s of ['./nope.mjs', './dir', './broken.mjs', 'nopkg', './x.txt', 'node:nope']) {
  try { await import(s); } catch (e) { console.log(s, e.constructor.name, e.code, e.message.replaceAll(process.cwd(), '$CWD')); }
}

// stdin: one\ntwo\nthree\n
(async () => {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  console.log(JSON.stringify(text), process.stdin.destroyed);
  const lines = text.split('\n').filter(Boolean);
  console.log(lines.length, lines.reverse().join(','));
})();

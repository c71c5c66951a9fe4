// file.js
process.on('message', msg => {
  process.send('data')
})

// Seed 002's child (verbatim, typo included): `socker.on('handle by child!')`
// passes no listener, so the first connection a child accepts throws
// ERR_INVALID_ARG_TYPE there, exactly as in Node.
process.on('message',function(m,server) {
  if (m=='server'){
      server.on('connection',function(socker) {
        socker.on('handle by child!')
      })
  } 
})

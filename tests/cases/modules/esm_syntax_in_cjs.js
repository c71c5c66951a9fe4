require('./fixtures/esmsyntax.cjs')

require('./fixtures/syntax')

import { a, zz as renamed } from '../fixtures/cjs_lexer/c.cjs';
console.log(a, renamed);

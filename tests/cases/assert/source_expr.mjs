import assert from 'node:assert';
import { ok, strict } from 'node:assert';
const tries = [
  () => assert(false),
  () => ok(0 > 1),
  () => strict.ok(null, undefined),
  () => assert.equal(typeof ok, 'function') || assert(!ok),
  () => { const value = ''; assert.ok(value.length, undefined); },
  () => assert((() => 0)()),
  () => assert(
    false,
  ),
];
for (const f of tries) {
  try { f(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected); }
}

// Imports the built package through `import` and `require`, as users do, and tags a sentence with each.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const esm = await import('newstag');
const cjs = require('newstag');

for (const [label, api] of [['import', esm], ['require', cjs]]) {
  assert.equal(typeof api.tag, 'function', `${label}: tag`);
  assert.equal(typeof api.createTagger, 'function', `${label}: createTagger`);
  assert.equal(typeof api.tokenize, 'function', `${label}: tokenize`);
  const text = 'ISLAMABAD: The Tehreek-i-Taliban Pakistan claimed the attack in Bannu.';
  const result = api.tag(text);
  for (const span of result.spans) assert.equal(text.slice(span.start, span.end), span.text);
  console.log(`smoke ${label}: ${result.spans.map((s) => `${s.type}:${s.text}`).join(', ') || '(no spans)'}`);
}
console.log('2 passed, 0 failed');

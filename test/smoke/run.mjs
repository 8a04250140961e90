// Imports the built package through `import` and `require`, as users do, and tags a sentence with each; starts a
// worker pool from each build (both must find dist/worker.js); runs the built `newstag` command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const esm = await import('newstag');
const cjs = require('newstag');
const text = 'ISLAMABAD: The Tehreek-i-Taliban Pakistan claimed the attack in Bannu.';

for (const [label, api] of [['import', esm], ['require', cjs]]) {
  for (const name of ['tag', 'createTagger', 'tokenize', 'createPool', 'createTagStream', 'tagManyAsync', 'renderHtml']) {
    assert.equal(typeof api[name], 'function', `${label}: ${name}`);
  }
  const result = api.tag(text);
  for (const span of result.spans) assert.equal(text.slice(span.start, span.end), span.text);
  const pool = api.createPool({ workers: 1 });
  assert.deepEqual(JSON.parse(JSON.stringify(await pool.tag(text))), JSON.parse(JSON.stringify(result)), `${label}: pool`);
  await pool.close();
  console.log(`smoke ${label}: ${result.spans.map((s) => `${s.type}:${s.text}`).join(', ') || '(no spans)'}; pool ok`);
}

const bin = new URL('../../dist/cli.js', import.meta.url).pathname;
accessSync(bin, constants.X_OK);
assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
const input = `${JSON.stringify({ id: 'a', text })}\n{"id": "b", "text": 7}\n`;
const run = spawnSync(bin, ['tag', '--jsonl', '-', '--workers', '2', '--quiet'], { input, encoding: 'utf8' });
assert.equal(run.status, 3, run.stderr);
assert.deepEqual(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id), ['a', 'b']);
console.log('smoke bin: newstag tag --jsonl exits 3 with an error record for the bad line');
console.log('3 passed, 0 failed');

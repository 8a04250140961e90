import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTagger } from '../src/index.js';
import { RULES } from '../src/rules/propose.js';

// Rules run with the bundled word lists but no dictionary entries, so each rule is seen on its own.
const tagger = createTagger({ bundledDictionaries: false });

for (const rule of RULES) {
  test(`${rule.id}: tags its examples`, () => {
    for (const { text, span } of rule.examples) {
      const proposed = tagger.explain(text).candidates.filter((c) => c.sourceId === rule.id).map((c) => c.text);
      assert.ok(proposed.includes(span), `"${text}": expected "${span}" from ${rule.id}, got ${JSON.stringify(proposed)}`);
    }
  });
  test(`${rule.id}: leaves its counter-examples alone`, () => {
    for (const text of rule.counterExamples) {
      const proposed = tagger.explain(text).candidates.filter((c) => c.sourceId === rule.id).map((c) => c.text);
      assert.equal(proposed, [], `"${text}": ${rule.id} should propose nothing`);
    }
  });
}

test('regression: a rule head that is also a listed common word does not stall the rules', () => {
  const text = 'He met Masjid Wazir Khan officials. Won Kim and Sun Li spoke. Then Masjid.';
  assert.ok(tagger.tag(text).spans.every((s) => text.slice(s.start, s.end) === s.text));
});

test('every rule has an id, a description, examples and counter-examples', () => {
  const ids = RULES.map((r) => r.id);
  assert.is(new Set(ids).size, ids.length);
  for (const rule of RULES) {
    assert.ok(rule.id.startsWith(`${rule.type}/`) && rule.description.length > 20, rule.id);
    assert.ok(rule.examples.length > 0 && rule.counterExamples.length > 0, rule.id);
    assert.ok(rule.confidence > 0 && rule.confidence < 1, rule.id);
  }
});

test.run();

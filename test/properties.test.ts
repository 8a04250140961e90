import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tag, tokenize, type TagResult } from '../src/index.js';
import { testTagger } from './helpers.js';

/** Strings rich in what breaks offsets: names, joiners, emoji, combining marks, CRLF, invisible marks, surrogates. */
const PIECES = [
  'Pakistan', 'TTP', 'Tehreek-i-Taliban', ' Pakistan', 'Hyderabad', 'Dawn', 'Lt Gen ', 'Asim Munir', "'s", '’s', ' ',
  '\r\n', '\n', '\\n', '\u00ad', '\u200b', '\u00a0', 'e\u0301', '😀', '👩‍👩‍👧', '\ud800', '\udfff', '.', ',', ':', '(', ')', '-',
  'U.S.', 'KABUL', 'İ', 'ß', 'ﬁ', '"', '—', 'in ', 'the ', 'Islamic State', 'Ministry of Interior',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
);

function checkResult(input: string, result: TagResult): void {
  let previousEnd = 0;
  for (const span of result.spans) {
    assert.is(input.slice(span.start, span.end), span.text);
    assert.ok(span.start < span.end);
    assert.ok(span.start >= previousEnd, 'spans are sorted and do not overlap');
    previousEnd = span.end;
    assert.ok(span.confidence > 0 && span.confidence <= 1);
  }
  const indices = result.entities.flatMap((e) => e.spans).sort((a, b) => a - b);
  assert.equal(indices, result.spans.map((_, i) => i), 'every span belongs to exactly one entity');
}

test('tokens are lossless and slice exactly', () => {
  fc.assert(fc.property(text, (input) => {
    let rebuilt = '';
    let at = 0;
    for (const token of tokenize(input)) {
      assert.is(input.slice(token.start, token.end), token.text);
      assert.ok(token.start >= at && token.end > token.start);
      rebuilt += input.slice(at, token.start) + token.text;
      at = token.end;
    }
    assert.is(rebuilt + input.slice(at), input);
  }), { numRuns: 400 });
});

test('spans slice exactly, are sorted, do not overlap, and link to entities (bundled and test dictionaries)', () => {
  fc.assert(fc.property(text, (input) => {
    checkResult(input, tag(input));
    checkResult(input, testTagger.tag(input));
  }), { numRuns: 400 });
});

test('output is deterministic', () => {
  fc.assert(fc.property(text, (input) => {
    assert.equal(testTagger.tag(input), testTagger.tag(input));
  }), { numRuns: 100 });
});

test('edge inputs do not throw: empty, punctuation only, CRLF only, 1 MB', () => {
  for (const input of ['', '...!!!???', '\r\n\r\n', ' '.repeat(1000), '\ud800\udbff', '-'.repeat(5000)]) checkResult(input, tag(input));
  const big = 'ISLAMABAD: The TTP attacked a Pakistan Army post in Bannu, officials said. '.repeat(14000);
  assert.ok(big.length > 1_000_000);
  checkResult(big, tag(big));
});

test.run();

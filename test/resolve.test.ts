import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Candidate } from '../src/match/candidate.js';
import { preferenceOrder, resolveOverlaps } from '../src/resolve/resolve.js';

// Five tokens of four characters each, one space apart: token i spans [5i, 5i + 4).
const starts = [0, 5, 10, 15, 20];
const ends = [4, 9, 14, 19, 24];
const order = preferenceOrder(starts, ends);

const candidate = (first: number, last: number, priority: number, sourceId: string, confidence = 0.8): Candidate => ({
  first, last, priority, sourceId, confidence, type: 'place', source: 'dictionary',
});

const ruleSpan = (first: number, last: number, sourceId: string, type: Candidate['type'] = 'place'): Candidate => ({
  first, last, priority: 1, sourceId, confidence: 0.75, type, source: 'rule',
});

const CASES: readonly { name: string; input: Candidate[]; kept: string[] }[] = [
  { name: 'longest wins', input: [candidate(0, 0, 3, 'short'), candidate(0, 1, 1, 'long')], kept: ['long'] },
  { name: 'same length: higher priority wins', input: [candidate(1, 2, 1, 'rule'), candidate(1, 2, 3, 'dict')], kept: ['dict'] },
  { name: 'same length and priority: more confident wins', input: [candidate(1, 2, 1, 'low', 0.5), candidate(1, 2, 1, 'high', 0.9)], kept: ['high'] },
  { name: 'all equal: leftmost wins', input: [candidate(1, 2, 1, 'right'), candidate(0, 1, 1, 'left')], kept: ['left'] },
  { name: 'disjoint candidates all stay, sorted by position', input: [candidate(3, 4, 1, 'b'), candidate(0, 1, 1, 'a')], kept: ['a', 'b'] },
  { name: 'empty in, empty out', input: [], kept: [] },
  {
    name: 'a rule span that dictionary names of its type tile end to end gives way to them',
    input: [ruleSpan(0, 3, 'merge'), candidate(0, 1, 3, 'first'), candidate(2, 3, 3, 'second')],
    kept: ['first', 'second'],
  },
  {
    name: 'a rule span tiled by names of other types stays ("Iran | Foreign Ministry")',
    input: [ruleSpan(0, 2, 'name', 'organization'), candidate(0, 0, 3, 'country'), candidate(1, 2, 3, 'ministry')],
    kept: ['name'],
  },
  {
    name: 'a rule span one dictionary name covers only in part stays',
    input: [ruleSpan(0, 3, 'name'), candidate(0, 1, 3, 'part')],
    kept: ['name'],
  },
];

for (const { name, input, kept } of CASES) {
  test(`resolveOverlaps: ${name}`, () => {
    const result = resolveOverlaps(input, 5, order);
    assert.equal(result.kept.map((c) => c.sourceId), kept);
    assert.is(result.lost.length, input.length - kept.length);
  });
}

test('resolveOverlaps does not mutate its input', () => {
  const input = [candidate(0, 0, 3, 'short'), candidate(0, 1, 1, 'long')];
  const copy = [...input];
  resolveOverlaps(input, 5, order);
  assert.equal(input, copy);
});

test('every loser records what beat it', () => {
  const { lost } = resolveOverlaps([candidate(0, 0, 3, 'short'), candidate(0, 1, 1, 'long')], 5, order);
  assert.is(lost[0]!.candidate.sourceId, 'short');
  assert.is(lost[0]!.to.sourceId, 'long');
});

test.run();

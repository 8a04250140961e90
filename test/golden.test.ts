/**
 * The golden articles (test/fixtures/golden/*.txt): news articles the project wrote and annotated by hand,
 * following ../shared/datasets/pk_news/GUIDELINES.md. Run `npx tsx scripts/golden-report.ts` for the full report.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tag } from '../src/index.js';
import { formatErrors, formatFacetProblems, formatKinds, formatTable, prf, scoreGolden } from '../scripts/golden-report.js';
import { readGoldenFiles } from './golden/markup.js';

const MIN_F1 = 0.95;
const score = scoreGolden(readGoldenFiles(), tag);
const table = () => formatTable(score).join('\n');

test('the golden articles are all scored', () => {
  assert.ok(score.articles.length >= 8, `expected at least 8 golden articles, found ${score.articles.length}`);
});

test(`exact-match F1 over all golden articles is at least ${MIN_F1}`, () => {
  const { p, r, f } = prf(score.total);
  if (f >= MIN_F1) return;
  const details = score.articles.flatMap((a) => {
    const errors = formatErrors(a);
    return errors.length === 0 ? [] : ['', `${a.name}  F1 ${(100 * prf(a.counts).f).toFixed(1)}`, ...errors];
  });
  assert.unreachable(
    `exact F1 ${(100 * f).toFixed(1)} (P ${(100 * p).toFixed(1)}, R ${(100 * r).toFixed(1)}) is below ${100 * MIN_F1}\n\n` +
      `${table()}\n${details.join('\n')}\n\nError kinds:\n${formatKinds(score, 15).join('\n')}`,
  );
});

test('every gold entity maps to exactly one predicted entity id across its matched mentions', () => {
  const problems = score.articles.flatMap((a) => {
    const lines = formatFacetProblems(a);
    return lines.length === 0 ? [] : ['', `${a.name}  F1 ${(100 * prf(a.counts).f).toFixed(1)}`, ...lines];
  });
  if (problems.length === 0) return;
  const count = score.articles.reduce((n, a) => n + a.facetProblems.length, 0);
  assert.unreachable(`${count} gold entities are not on exactly one predicted entity id\n\n${table()}\n${problems.join('\n')}`);
});

test.run();

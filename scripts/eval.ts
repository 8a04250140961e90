/**
 * Scores newstag (and compromise, side by side) on annotated JSON Lines files:
 *   npm run eval -- FILE.jsonl... [--no-peers] [--rules] [--errors N] [--ceiling]
 * --ceiling adds the score of a perfect tagger of non-overlapping names (eval/ceiling.ts): the most any name tagger
 * can reach on a set whose gold also marks pronouns, common nouns or nested spans.
 * Without files, scores every dev.jsonl under ../shared/datasets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createTagger } from '../src/tagger.js';
import { ceilingSpans } from './eval/ceiling.js';
import { compromiseSpans } from './eval/peers.js';
import { addCounts, prf, scorableGold, scoreDocument, SCORED_TYPES, type Counts, type GoldSpan, type PredictedSpan } from './eval/score.js';

interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly GoldSpan[];
  readonly eval_mode?: string;
}

interface Totals {
  readonly exact: Map<string, Counts>;
  readonly overlap: Map<string, Counts>;
  readonly anyType: Counts;
  readonly facet: Counts;
  hasFacet: boolean;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'no-peers': { type: 'boolean', default: false },
    rules: { type: 'boolean', default: false },
    errors: { type: 'string', default: '0' },
    ceiling: { type: 'boolean', default: false },
  },
});

const SHARED = new URL('../../shared/datasets/', import.meta.url).pathname;
const files = positionals.length > 0 ? positionals : defaultFiles();
if (files.length === 0) {
  console.error('newstag eval: no files given and no ../shared/datasets/*/dev.jsonl found. Usage: npm run eval -- FILE.jsonl...');
  process.exit(2);
}

function defaultFiles(): string[] {
  if (!existsSync(SHARED)) return [];
  return readdirSync(SHARED).map((d) => join(SHARED, d, 'dev.jsonl')).filter(existsSync).sort();
}

const tagger = createTagger();
const systems: Record<string, (text: string, doc: GoldDoc) => PredictedSpan[]> = {
  newstag: (text) => tagger.tag(text).spans.map((s) => ({
    start: s.start, end: s.end, type: s.type, entity: s.entityId, producer: s.source === 'dictionary' ? 'dictionary' : s.sourceId,
  })),
  ...(values['no-peers'] ? {} : { compromise: compromiseSpans }),
  ...(values.ceiling ? { ceiling: (text: string, doc: GoldDoc) => ceilingSpans(text, doc.entities) } : {}),
};
const errorLimit = Number(values.errors);

const newTotals = (): Totals => ({ exact: new Map(), overlap: new Map(), anyType: { tp: 0, fp: 0, fn: 0 }, facet: { tp: 0, fp: 0, fn: 0 }, hasFacet: false });
const fmt = (x: number) => x.toFixed(3);

for (const file of files) {
  const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as GoldDoc);
  const hasMilitant = docs.some((d) => d.entities.some((e) => e.type === 'militant_group'));
  const recallOnly = docs.some((d) => d.eval_mode === 'silver_recall_only');
  console.log(`\n${relative(process.cwd(), file)}: ${docs.length} docs${recallOnly ? ' (silver: recall only)' : ''}${hasMilitant ? '' : ' (militant_group scored as organization)'}`);
  const ruleStats = new Map<string, { fired: number; right: number }>();
  // Sets whose gold carries annotator confidence are also scored on the confident gold only, as their notes advise.
  const views = docs.some((d) => d.entities.some((e) => e.confidence !== undefined)) ? [0, 0.5] : [0];
  for (const [system, run] of Object.entries(systems)) {
    const started = performance.now();
    const predictions = docs.map((doc) => run(doc.text, doc).map((p) => (hasMilitant || p.type !== 'militant_group' ? p : { ...p, type: 'organization' })));
    const ms = performance.now() - started;
    for (const minConfidence of views) {
      const totals = newTotals();
      let shown = 0;
      docs.forEach((doc, d) => {
        const predicted = predictions[d]!;
        const gold = scorableGold(doc.entities, minConfidence);
        const score = scoreDocument(gold, predicted, doc.eval_mode === 'silver_recall_only');
        for (const [type, c] of score.exact) addCounts(counts(totals.exact, type), c);
        for (const [type, c] of score.overlap) addCounts(counts(totals.overlap, type), c);
        addCounts(totals.anyType, score.anyType);
        if (score.facet !== undefined) {
          addCounts(totals.facet, score.facet);
          totals.hasFacet = true;
        }
        if (system === 'newstag' && minConfidence === 0) {
          if (values.rules) collectRuleStats(ruleStats, doc, predicted);
          if (shown < errorLimit) shown += printErrors({ ...doc, entities: gold }, predicted, errorLimit - shown);
        }
      });
      if (minConfidence > 0) console.log(`  (gold of confidence >= ${minConfidence} only)`);
      printTotals(system, totals, ms);
    }
  }
  if (values.rules) printRuleStats(ruleStats);
}

function counts(map: Map<string, Counts>, type: string): Counts {
  let c = map.get(type);
  if (c === undefined) map.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
  return c;
}

function printTotals(system: string, totals: Totals, ms: number): void {
  const all = (map: Map<string, Counts>) => [...map.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const row = (label: string, exact: Counts, overlap: Counts) => {
    const e = prf(exact);
    const o = prf(overlap);
    return `  ${system.padEnd(10)} ${label.padEnd(14)} exact P ${fmt(e.p)} R ${fmt(e.r)} F1 ${fmt(e.f)} | overlap P ${fmt(o.p)} R ${fmt(o.r)} F1 ${fmt(o.f)}  (gold ${exact.tp + exact.fn})`;
  };
  for (const type of SCORED_TYPES) {
    const e = totals.exact.get(type);
    if (e !== undefined && e.tp + e.fn > 0) console.log(row(type, e, counts(totals.overlap, type)));
  }
  console.log(row('ALL', all(totals.exact), all(totals.overlap)));
  const a = prf(totals.anyType);
  console.log(`  ${system.padEnd(10)} ${'any type'.padEnd(14)} overlap P ${fmt(a.p)} R ${fmt(a.r)} F1 ${fmt(a.f)} (a prediction of any type covering the gold span)`);
  if (totals.hasFacet) {
    const f = prf(totals.facet);
    console.log(`  ${system.padEnd(10)} ${'facets'.padEnd(14)} P ${fmt(f.p)} R ${fmt(f.r)} F1 ${fmt(f.f)}`);
  }
  console.log(`  ${system.padEnd(10)} ${'time'.padEnd(14)} ${(ms / 1000).toFixed(2)} s`);
}

/** Per producer (a rule id, or "dictionary"): how often it made a span, and how often that span was exactly right. */
function collectRuleStats(stats: Map<string, { fired: number; right: number }>, doc: GoldDoc, predicted: readonly (PredictedSpan & { producer?: string })[]): void {
  const gold = new Set(doc.entities.map((g) => `${g.start}:${g.end}:${g.type}`));
  for (const p of predicted) {
    const key = p.producer ?? 'dictionary';
    const s = stats.get(key) ?? { fired: 0, right: 0 };
    s.fired++;
    if (gold.has(`${p.start}:${p.end}:${p.type}`)) s.right++;
    stats.set(key, s);
  }
}

function printRuleStats(stats: Map<string, { fired: number; right: number }>): void {
  console.log('  per source (exact precision):');
  for (const [id, s] of [...stats].sort((a, b) => b[1].fired - a[1].fired)) {
    console.log(`    ${id.padEnd(34)} fired ${String(s.fired).padStart(5)}  right ${String(s.right).padStart(5)}  precision ${fmt(s.right / s.fired)}`);
  }
}

/** Prints misses and extras; predictions inside neutral (`other`) spans are neither, so they are not shown. */
function printErrors(doc: GoldDoc, allPredicted: readonly PredictedSpan[], limit: number): number {
  const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
  const gold = doc.entities.filter((g) => g.type !== 'other');
  const neutral = doc.entities.filter((g) => g.type === 'other');
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const predicted = allPredicted.filter((p) => gold.some((g) => overlaps(g, p)) || !neutral.some((n) => overlaps(n, p)));
  const predKeys = new Set(predicted.map(key));
  const goldKeys = new Set(gold.map(key));
  let shown = 0;
  for (const g of gold) if (!predKeys.has(key(g)) && shown < limit) { console.log(`    miss ${g.type} ${JSON.stringify(doc.text.slice(g.start, g.end))}`); shown++; }
  for (const p of predicted) if (!goldKeys.has(key(p)) && shown < limit) { console.log(`    extra ${p.type} ${JSON.stringify(doc.text.slice(p.start, p.end))}`); shown++; }
  return shown;
}

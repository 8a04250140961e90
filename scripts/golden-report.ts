/**
 * Scores newstag on the golden articles (test/fixtures/golden/*.txt, hand-annotated inline markup):
 *   npx tsx scripts/golden-report.ts [--summary] [NAME...]
 * Prints per-article exact precision/recall/F1 (span start, end and type), misses and extras with context, gold
 * entities whose mentions were given more than one entity id, and a tally of error kinds. NAME filters articles
 * by a part of their file name; --summary leaves out the per-mention lines.
 *
 * The scoring is exported for test/golden.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { tag } from '../src/index.js';
import type { EntitySpan, EntityType, TagResult } from '../src/types.js';
import { readGoldenFiles, type GoldEntity, type GoldenFile } from '../test/golden/markup.js';
import { prf, type Counts } from './eval/score.js';

export { prf };

export interface Miss {
  readonly gold: GoldEntity;
  /** Predicted spans overlapping the gold mention (wrong boundaries or type). */
  readonly overlapping: readonly EntitySpan[];
  readonly kind: string;
}

export interface Extra {
  readonly span: EntitySpan;
  /** Gold mentions the extra overlaps (empty: nothing there in the gold). */
  readonly overlapping: readonly GoldEntity[];
  readonly kind: string;
}

export interface FacetProblem {
  readonly type: EntityType;
  readonly canonical: string;
  /** Distinct predicted entity ids over the exactly matched mentions (empty: no mention matched). */
  readonly ids: readonly string[];
  readonly mentions: readonly string[];
}

export interface ArticleScore {
  readonly name: string;
  readonly text: string;
  readonly gold: number;
  readonly predicted: number;
  readonly counts: Counts;
  readonly misses: readonly Miss[];
  readonly extras: readonly Extra[];
  /** Gold entities whose exactly matched mentions carry more than one predicted id (unmatched mentions count as misses). */
  readonly facetProblems: readonly FacetProblem[];
  /** Gold entities (type and canonical) in the article. */
  readonly goldEntities: number;
}

export interface GoldenScore {
  readonly articles: readonly ArticleScore[];
  readonly total: Counts;
}

const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function missKind(gold: GoldEntity, overlapping: readonly EntitySpan[], golds: readonly GoldEntity[]): string {
  if (overlapping.length === 0) return `missed ${gold.type}`;
  if (overlapping.length > 1) return `split ${gold.type} (${overlapping.length} predicted spans)`;
  const pred = overlapping[0]!;
  const covered = golds.filter((g) => overlaps(g, pred)).length;
  if (covered > 1) return `merged: ${covered} gold mentions in one predicted ${pred.type}`;
  const typePart = pred.type === gold.type ? gold.type : `${gold.type} tagged ${pred.type}`;
  if (pred.start === gold.start && pred.end === gold.end) return `wrong type: ${typePart}`;
  const wider = pred.start <= gold.start && pred.end >= gold.end;
  const narrower = pred.start >= gold.start && pred.end <= gold.end;
  const shape = wider ? (pred.start < gold.start ? (pred.end > gold.end ? 'wider both sides' : 'wider left') : 'wider right') : narrower ? 'narrower' : 'shifted';
  return `boundary ${shape}: ${typePart}`;
}

function extraKind(span: EntitySpan, overlapping: readonly GoldEntity[]): string {
  if (overlapping.length === 0) return `spurious ${span.type}`;
  return overlapping.every((g) => g.type === span.type) ? `boundary (extra side): ${span.type}` : `wrong type (extra side): ${span.type}`;
}

/** Scores one golden article against a tag result: exact matches on start, end and type, plus facet consistency. */
export function scoreArticle(file: GoldenFile, result: TagResult): ArticleScore {
  const spans = result.spans;
  const predByKey = new Map(spans.map((s) => [key(s), s]));
  const goldKeys = new Set(file.entities.map(key));
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: Miss[] = [];
  for (const gold of file.entities) {
    if (predByKey.has(key(gold))) {
      counts.tp++;
      continue;
    }
    counts.fn++;
    const overlapping = spans.filter((s) => overlaps(s, gold));
    misses.push({ gold, overlapping, kind: missKind(gold, overlapping, file.entities) });
  }
  const extras: Extra[] = [];
  for (const span of spans) {
    if (goldKeys.has(key(span))) continue;
    counts.fp++;
    const overlapping = file.entities.filter((g) => overlaps(g, span));
    extras.push({ span, overlapping, kind: extraKind(span, overlapping) });
  }
  const byEntity = new Map<string, { type: EntityType; canonical: string; ids: Set<string>; mentions: Set<string> }>();
  for (const gold of file.entities) {
    const entityKey = `${gold.type}|${gold.canonical}`;
    let entry = byEntity.get(entityKey);
    if (entry === undefined) byEntity.set(entityKey, (entry = { type: gold.type, canonical: gold.canonical, ids: new Set(), mentions: new Set() }));
    entry.mentions.add(gold.text);
    const pred = predByKey.get(key(gold));
    if (pred !== undefined) entry.ids.add(pred.entityId);
  }
  const facetProblems = [...byEntity.values()]
    .filter((e) => e.ids.size > 1)
    .map((e) => ({ type: e.type, canonical: e.canonical, ids: [...e.ids], mentions: [...e.mentions] }));
  return {
    name: file.name,
    text: file.text,
    gold: file.entities.length,
    predicted: spans.length,
    counts,
    misses,
    extras,
    facetProblems,
    goldEntities: byEntity.size,
  };
}

/** Tags and scores every golden article (or the given ones) with `tagText` (default: the bundled `tag`). */
export function scoreGolden(files: readonly GoldenFile[] = readGoldenFiles(), tagText: (text: string) => TagResult = tag): GoldenScore {
  const articles = files.map((file) => scoreArticle(file, tagText(file.text)));
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const a of articles) {
    total.tp += a.counts.tp;
    total.fp += a.counts.fp;
    total.fn += a.counts.fn;
  }
  return { articles, total };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').replace(/\u00ad/g, '\u2010');

function context(text: string, start: number, end: number, width = 28): string {
  const before = oneLine(text.slice(Math.max(0, start - width), start));
  const after = oneLine(text.slice(end, end + width));
  return `…${before}⟦${oneLine(text.slice(start, end))}⟧${after}…`;
}

const describeSpan = (s: EntitySpan) => `${s.type} "${oneLine(s.text)}" ${s.start}-${s.end} [${s.source}:${s.sourceId}]`;

/** The per-article table: one line per article and a combined line. */
export function formatTable(score: GoldenScore): string[] {
  const width = Math.max(...score.articles.map((a) => a.name.length), 8);
  const lines = [`${'article'.padEnd(width)}  gold  pred    tp    fp    fn      P      R     F1`];
  const row = (name: string, gold: number, pred: number, c: Counts) => {
    const { p, r, f } = prf(c);
    return `${name.padEnd(width)} ${String(gold).padStart(5)} ${String(pred).padStart(5)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}  ${pct(p)}  ${pct(r)}  ${pct(f)}`;
  };
  for (const a of score.articles) lines.push(row(a.name, a.gold, a.predicted, a.counts));
  const gold = score.articles.reduce((n, a) => n + a.gold, 0);
  const pred = score.articles.reduce((n, a) => n + a.predicted, 0);
  lines.push(row('ALL (micro)', gold, pred, score.total));
  return lines;
}

/** Misses and extras of one article, each with its context and the overlapping spans. */
export function formatErrors(a: ArticleScore): string[] {
  const lines: string[] = [];
  for (const m of a.misses) {
    const over = m.overlapping.length === 0 ? '' : `  got: ${m.overlapping.map(describeSpan).join('; ')}`;
    lines.push(`  MISS  ${m.gold.type} "${oneLine(m.gold.text)}" ${m.gold.start}-${m.gold.end} (${m.gold.canonical})  ${context(a.text, m.gold.start, m.gold.end)}${over}`);
  }
  for (const e of a.extras) {
    const over = e.overlapping.length === 0 ? '' : `  gold: ${e.overlapping.map((g) => `${g.type} "${oneLine(g.text)}" ${g.start}-${g.end}`).join('; ')}`;
    lines.push(`  EXTRA ${describeSpan(e.span)}  ${context(a.text, e.span.start, e.span.end)}${over}`);
  }
  return lines;
}

export function formatFacetProblems(a: ArticleScore): string[] {
  return a.facetProblems.map((p) =>
    `  FACET ${p.type} "${p.canonical}": ${p.ids.length} entity ids ${p.ids.join(', ')} (${p.mentions.join(' | ')})`,
  );
}

/** Error kinds over all articles, most frequent first, with a few example texts each. */
export function formatKinds(score: GoldenScore, limit = 25): string[] {
  const kinds = new Map<string, { n: number; examples: Map<string, number> }>();
  const add = (kind: string, example: string) => {
    let k = kinds.get(kind);
    if (k === undefined) kinds.set(kind, (k = { n: 0, examples: new Map() }));
    k.n++;
    k.examples.set(example, (k.examples.get(example) ?? 0) + 1);
  };
  for (const a of score.articles) {
    for (const m of a.misses) {
      const got = m.overlapping.map((s) => `${oneLine(s.text)}`).join('+');
      add(m.kind, m.overlapping.length === 0 ? oneLine(m.gold.text) : `${oneLine(m.gold.text)}→${got}`);
    }
    // Extras overlapping a gold mention are the other side of a miss, tallied above.
    for (const e of a.extras) if (e.overlapping.length === 0) add(e.kind, oneLine(e.span.text));
  }
  return [...kinds.entries()]
    .sort((x, y) => y[1].n - x[1].n || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([kind, { n, examples }]) => {
      const top = [...examples.entries()].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([t, c]) => (c > 1 ? `${t} ×${c}` : t));
      return `${String(n).padStart(4)}  ${kind}: ${top.join(', ')}`;
    });
}

/** The whole report: table, then per article its errors and facet problems, then the tally of error kinds. */
export function formatReport(score: GoldenScore, details = true): string {
  const lines = ['Exact match (start, end, type) on the golden articles', '', ...formatTable(score)];
  if (details) {
    for (const a of score.articles) {
      const errors = [...formatErrors(a), ...formatFacetProblems(a)];
      if (errors.length === 0) continue;
      const { f } = prf(a.counts);
      lines.push('', `${a.name}  F1 ${pct(f).trim()}  (${a.misses.length} misses, ${a.extras.length} extras, ${a.facetProblems.length}/${a.goldEntities} entities not on one id)`, ...errors);
    }
  }
  const facets = score.articles.reduce((n, a) => n + a.facetProblems.length, 0);
  const entities = score.articles.reduce((n, a) => n + a.goldEntities, 0);
  lines.push('', `Gold entities not mapped to exactly one predicted entity id: ${facets} of ${entities}`);
  lines.push('', 'Error kinds (misses by what was predicted there; extras where the gold has nothing):', ...formatKinds(score));
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const details = !args.includes('--summary');
  const names = args.filter((a) => !a.startsWith('--'));
  const files = readGoldenFiles().filter((f) => names.length === 0 || names.some((n) => f.name.includes(n)));
  if (files.length === 0) {
    console.error(`no golden article matches ${names.join(', ')}`);
    process.exit(1);
  }
  console.log(formatReport(scoreGolden(files), details));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();

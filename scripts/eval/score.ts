/** Scoring of predicted spans against gold annotations: exact, overlap-lenient and facet (entity-level). */

export type ScoredType = 'person' | 'organization' | 'place' | 'militant_group';
export const SCORED_TYPES: readonly ScoredType[] = ['person', 'organization', 'place', 'militant_group'];

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly canonical?: string;
  /** Annotators' agreement (0..1), on sets that give it (re3d). */
  readonly confidence?: number;
}

export interface PredictedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  /** Entity the span belongs to (for facet scoring). */
  readonly entity?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocScore {
  readonly exact: Map<string, Counts>;
  readonly overlap: Map<string, Counts>;
  /** Overlap ignoring type: does a prediction cover each gold span at all (for sets whose types follow another scheme). */
  readonly anyType: Counts;
  readonly facet?: Counts;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function counts(map: Map<string, Counts>, type: string): Counts {
  let c = map.get(type);
  if (c === undefined) map.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
  return c;
}

/**
 * Scores one document. `other` gold spans are neutral: predictions overlapping them are ignored. With
 * `recallOnly`, false positives are not counted (silver sets mark only some entities).
 */
export function scoreDocument(gold: readonly GoldSpan[], predicted: readonly PredictedSpan[], recallOnly: boolean): DocScore {
  const neutral = gold.filter((g) => g.type === 'other');
  const golds = gold.filter((g) => g.type !== 'other');
  const preds = predicted.filter((p) => !neutral.some((n) => overlaps(n, p) && !golds.some((g) => overlaps(g, p))));
  const exact = new Map<string, Counts>();
  const overlap = new Map<string, Counts>();
  const exactKey = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(golds.map(exactKey));
  const predKeys = new Set(preds.map(exactKey));
  for (const g of golds) counts(exact, g.type)[predKeys.has(exactKey(g)) ? 'tp' : 'fn']++;
  if (!recallOnly) for (const p of preds) if (!goldKeys.has(exactKey(p))) counts(exact, p.type).fp++;
  const used = new Set<number>();
  for (const g of golds) {
    const index = preds.findIndex((p, i) => !used.has(i) && p.type === g.type && overlaps(p, g));
    if (index >= 0) used.add(index);
    counts(overlap, g.type)[index >= 0 ? 'tp' : 'fn']++;
  }
  if (!recallOnly) preds.forEach((p, i) => { if (!used.has(i)) counts(overlap, p.type).fp++; });
  const anyType = typelessOverlap(golds, preds, recallOnly);
  const facet = golds.some((g) => g.canonical !== undefined) ? facetScore(golds, preds) : undefined;
  return facet === undefined ? { exact, overlap, anyType } : { exact, overlap, anyType, facet };
}

function typelessOverlap(golds: readonly GoldSpan[], preds: readonly PredictedSpan[], recallOnly: boolean): Counts {
  const used = new Set<number>();
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const g of golds) {
    const index = preds.findIndex((p, i) => !used.has(i) && overlaps(p, g));
    if (index >= 0) used.add(index);
    c[index >= 0 ? 'tp' : 'fn']++;
  }
  if (!recallOnly) c.fp = preds.filter((_, i) => !used.has(i)).length;
  return c;
}

/**
 * Facet scoring: a gold entity (mentions sharing a canonical) is found when its mentions are overlapped by
 * predictions of its type that all belong to one predicted entity; a predicted entity is right when the gold
 * mentions it overlaps all belong to one gold entity of its type.
 */
export function facetScore(golds: readonly GoldSpan[], preds: readonly PredictedSpan[]): Counts {
  const goldEntity = (g: GoldSpan) => `${g.type}|${g.canonical ?? ''}`;
  const predEntity = (p: PredictedSpan, i: number) => `${p.type}|${p.entity ?? `span${i}`}`;
  const goldLinks = new Map<string, Set<string>>();
  const predLinks = new Map<string, Set<string>>();
  for (const g of golds) goldLinks.set(goldEntity(g), goldLinks.get(goldEntity(g)) ?? new Set());
  preds.forEach((p, i) => predLinks.set(predEntity(p, i), predLinks.get(predEntity(p, i)) ?? new Set()));
  preds.forEach((p, i) => {
    for (const g of golds) {
      if (g.type !== p.type || !overlaps(g, p)) continue;
      goldLinks.get(goldEntity(g))!.add(predEntity(p, i));
      predLinks.get(predEntity(p, i))!.add(goldEntity(g));
    }
  });
  let tp = 0;
  let fn = 0;
  for (const links of goldLinks.values()) links.size === 1 ? tp++ : fn++;
  let fp = 0;
  for (const links of predLinks.values()) if (links.size !== 1) fp++;
  return { tp, fp, fn };
}

/**
 * The gold a tagger of non-overlapping spans can be scored on, as the notes of sets with nested or doubly typed
 * spans advise (re3d: "de-duplicate by highest confidence first"): where gold spans overlap, the most confident
 * (then the longest) is kept and the others become neutral, like `other` spans; so are spans below `minConfidence`.
 * Sets without overlapping gold are unchanged.
 */
export function scorableGold(gold: readonly GoldSpan[], minConfidence = 0): GoldSpan[] {
  const neutral = (g: GoldSpan): GoldSpan => ({ ...g, type: 'other' });
  const ranked = gold
    .map((g, index) => ({ g, index }))
    .filter(({ g }) => g.type !== 'other' && (g.confidence ?? 1) >= minConfidence)
    .sort((a, b) => (b.g.confidence ?? 1) - (a.g.confidence ?? 1) || b.g.end - b.g.start - (a.g.end - a.g.start) || a.g.start - b.g.start);
  const kept = new Set<number>();
  const keptSpans: GoldSpan[] = [];
  for (const { g, index } of ranked) {
    if (keptSpans.some((k) => overlaps(k, g))) continue;
    kept.add(index);
    keptSpans.push(g);
  }
  return gold.map((g, index) => (g.type === 'other' || kept.has(index) ? g : neutral(g)));
}

export function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

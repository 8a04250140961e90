import type { EntitySpan } from '../types.js';

/** Mentions in the first sentences (headline, lede) weigh more than later ones. */
function positionWeight(sentence: number): number {
  if (sentence === 0) return 2;
  if (sentence <= 2) return 1.5;
  return 1;
}

/** Salience of each group of spans: weighted mention count over the article's most salient entity, rounded to 0.001. */
export function salience(spans: readonly EntitySpan[], groups: readonly (readonly number[])[]): number[] {
  const raw = groups.map((indices) => indices.reduce((sum, i) => sum + positionWeight(spans[i]!.sentence), 0));
  const max = Math.max(1, ...raw);
  return raw.map((w) => Math.round((w / max) * 1000) / 1000);
}

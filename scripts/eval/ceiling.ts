import type { GoldSpan, PredictedSpan } from './score.js';

const PRONOUN = /^(?:i|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their)$/i;

/**
 * What a perfect name tagger would output for a document, read from its gold: every gold span written as a name
 * (a capital letter, not a pronoun), with its gold type, keeping the longest where gold spans nest or overlap, as
 * a tagger's non-overlapping spans must. Its score is the ceiling of a name tagger on the set's convention.
 */
export function ceilingSpans(text: string, gold: readonly GoldSpan[]): PredictedSpan[] {
  const names = gold
    .filter((g) => g.type !== 'other')
    .filter((g) => /\p{Lu}/u.test(text.slice(g.start, g.end)) && !PRONOUN.test(text.slice(g.start, g.end)))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PredictedSpan[] = [];
  for (const g of names) if (!kept.some((k) => k.start < g.end && g.start < k.end)) kept.push({ start: g.start, end: g.end, type: g.type });
  return kept.sort((a, b) => a.start - b.start);
}

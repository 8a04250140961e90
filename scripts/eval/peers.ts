/** The peers scored side by side with newstag: compromise (people, places, organizations). */
import nlp from 'compromise';
import type { PredictedSpan } from './score.js';

interface CompromiseMatch {
  readonly offset: { readonly start: number; readonly length: number };
}

const VIEWS = [['people', 'person'], ['places', 'place'], ['organizations', 'organization']] as const;

export function compromiseSpans(text: string): PredictedSpan[] {
  const doc = nlp(text);
  const spans: PredictedSpan[] = [];
  for (const [view, type] of VIEWS) {
    const matches = (doc[view]() as { json(o: object): CompromiseMatch[] }).json({ offset: true });
    for (const m of matches) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?'’")]/.test(text[end - 1]!)) end--;
      while (start < end && /[\s"'(“‘]/.test(text[start]!)) start++;
      if (text.slice(end - 2, end) === "'s" || text.slice(end - 2, end) === '’s') end -= 2;
      if (end > start) spans.push({ start, end, type, entity: `${type}:${text.slice(start, end).toLowerCase()}` });
    }
  }
  return spans;
}

import type { CompiledEntry } from '../dictionary/compiled.js';
import type { Candidate } from '../match/candidate.js';
import type { Document } from '../tokenize/document.js';

const PLACE_PART = 'place/compass-part';

const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'centre', 'center', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Places whose parts are named by a compass word after them: cities, districts, counties, not countries. */
const DIVIDED_KINDS = new Set(['city', 'town', 'county', 'district', 'division']);

/**
 * Reads "<city> <compass word>" as the place it names, a constituency or district ("Vancouver South", "Karachi
 * East", "Galway North-East"), not the city: a span of its own, with no dictionary entry of the city behind it.
 * The compass word must be capitalised and end the name ("Hamilton West", not "Hamilton West Indies").
 */
export function readPlaceParts(doc: Document, kept: readonly Candidate[], entries: readonly CompiledEntry[]): Candidate[] {
  const starts = new Set(kept.map((c) => c.first));
  return kept.map((c) => {
    if (c.type !== 'place' || c.entry === undefined || !DIVIDED_KINDS.has(entries[c.entry]!.meta.kind ?? '')) return c;
    const last = compassAfter(doc, c.last);
    if (last < 0 || starts.has(c.last + 1)) return c;
    const { entry, ...rest } = c;
    const name = doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[last]!.end);
    return { ...rest, last, source: 'rule', sourceId: PLACE_PART, name, confidence: 0.7 };
  });
}

/** The last token of a capitalised compass word right after `last` ("South", "North-East") that ends the name, or -1. */
function compassAfter(doc: Document, last: number): number {
  const word = last + 1;
  if (!isCompass(doc, word) || doc.tokens[word]!.lineBefore) return -1;
  const end = doc.tokens[word + 1]?.text === '-' && isCompass(doc, word + 2) ? word + 2 : word;
  return doc.capitalised[end + 1] === true && !doc.tokens[end + 1]!.lineBefore ? -1 : end;
}

function isCompass(doc: Document, i: number): boolean {
  return doc.capitalised[i] === true && COMPASS.has(doc.key[i] ?? '');
}

import type { CompiledEntry } from '../dictionary/compiled.js';
import type { Candidate } from '../match/candidate.js';
import type { Document } from '../tokenize/document.js';

const CALLED = 'coreference/called';
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'term', 'terms', 'termed', 'label', 'labels', 'labelled', 'labeled', 'brand', 'brands', 'branded']);
const MAX_GAP = 12;

/**
 * Reads "the ISKP, which they call Daesh" and "Fitna al-Hindustan, as the state calls the BLA": when a naming verb
 * joins two names of one type and the dictionary relates them (parent group, umbrella label), every mention written
 * like the broader name is linked to the narrower group for the rest of the article.
 */
export function linkCalledNames(doc: Document, kept: readonly Candidate[], entries: readonly CompiledEntry[]): Candidate[] {
  const renamed = new Map<string, Candidate>();
  for (let a = 0; a + 1 < kept.length; a++) {
    const left = kept[a]!;
    const right = kept[a + 1]!;
    if (left.entry === undefined || right.entry === undefined || left.type !== right.type || left.entry === right.entry) continue;
    if (right.first - left.last > MAX_GAP || doc.sentence[left.first] !== doc.sentence[right.first]) continue;
    if (!hasNamingVerb(doc, left.last + 1, right.first)) continue;
    const broader = broaderOf(entries[left.entry]!, entries[right.entry]!);
    if (broader === undefined) continue;
    const [wide, narrow] = broader === 'left' ? [left, right] : [right, left];
    renamed.set(surface(doc, wide), narrow);
  }
  if (renamed.size === 0) return [...kept];
  return kept.map((c) => {
    const narrow = c.entry !== undefined ? renamed.get(surface(doc, c)) : undefined;
    if (narrow === undefined || narrow.entry === c.entry) return c;
    return { ...c, entry: narrow.entry!, type: narrow.type, source: 'coreference', sourceId: CALLED };
  });
}

function surface(doc: Document, c: Candidate): string {
  let text = '';
  for (let t = c.first; t <= c.last; t++) text += doc.key[t];
  return text;
}

function hasNamingVerb(doc: Document, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (NAMING_VERBS.has(doc.key[t]!)) return true;
  return false;
}

/** Which of two related entries is the broader: a parent group, or an umbrella label listing the other as affiliate. */
function broaderOf(left: CompiledEntry, right: CompiledEntry): 'left' | 'right' | undefined {
  const covers = (wide: CompiledEntry, narrow: CompiledEntry) => narrow.meta.parent === wide.id || (wide.meta.affiliates ?? []).includes(narrow.id);
  if (covers(left, right)) return 'left';
  if (covers(right, left)) return 'right';
  return undefined;
}

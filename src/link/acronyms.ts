import type { Candidate } from '../match/candidate.js';
import type { Document } from '../tokenize/document.js';

const DEFINED = 'acronym/defined-in-text';

/** An acronym in capitals: two to eight letters, at least two capitals ("TTP", "ISKP", "PML-N" is a dictionary matter). */
function isAcronymToken(doc: Document, i: number): boolean {
  const text = doc.tokens[i]?.text;
  return text !== undefined && doc.tokens[i]!.kind === 'word' && /^[A-Z][A-Za-z]{0,6}[A-Z]$/.test(text);
}

/**
 * Learns acronyms the article defines, "Counter Terrorism Department (CTD)", and tags every occurrence of the
 * acronym as the long form's entity, replacing a dictionary reading of the same letters.
 */
export function linkDefinedAcronyms(doc: Document, kept: readonly Candidate[]): Candidate[] {
  const learned = new Map<string, Candidate>();
  for (const c of kept) {
    const open = c.last + 1;
    if (c.source === 'acronym' || doc.tokens[open]?.text !== '(' || !isAcronymToken(doc, open + 1) || doc.tokens[open + 2]?.text !== ')') continue;
    if (c.first === c.last) continue;
    const acronym = doc.tokens[open + 1]!.text;
    if (!learned.has(acronym)) learned.set(acronym, c);
  }
  if (learned.size === 0) return [...kept];
  const covered = new Map<number, Candidate>();
  for (const c of kept) for (let t = c.first; t <= c.last; t++) covered.set(t, c);
  const replaced = new Set<Candidate>();
  const added: Candidate[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const long = learned.get(doc.tokens[i]!.text);
    if (long === undefined || !isAcronymToken(doc, i)) continue;
    const existing = covered.get(i);
    if (existing !== undefined && (existing.first !== i || existing.last !== i)) continue;
    if (existing !== undefined && sameEntity(existing, long)) continue;
    if (existing !== undefined) replaced.add(existing);
    added.push({
      first: i, last: i, type: long.type, source: 'acronym', sourceId: DEFINED, confidence: Math.min(long.confidence, 0.9), priority: 2,
      ...(long.entry !== undefined ? { entry: long.entry } : {}),
      ...(long.name !== undefined ? { name: long.name } : {}),
      ...(long.entry === undefined && long.name === undefined ? { name: doc.text.slice(doc.tokens[long.first]!.start, doc.tokens[long.last]!.end) } : {}),
    });
  }
  return [...kept.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.first - b.first);
}

function sameEntity(a: Candidate, b: Candidate): boolean {
  return a.entry !== undefined ? a.entry === b.entry : a.type === b.type && a.name !== undefined && a.name === b.name;
}

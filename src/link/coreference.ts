import type { CompiledEntry } from '../dictionary/compiled.js';
import type { Candidate } from '../match/candidate.js';
import { SKIP } from '../normalize/keys.js';
import type { RuleContext } from '../rules/context.js';
import type { Document } from '../tokenize/document.js';

const SURNAME = 'coreference/surname';

interface Antecedent {
  readonly candidate: Candidate;
  readonly name: string;
}

/** The entity a candidate denotes, for comparing antecedents. */
function entityKey(c: Candidate, doc: Document): string {
  return c.entry !== undefined ? `#${c.entry}` : `${c.type}|${c.name ?? spanText(doc, c)}`;
}

function spanText(doc: Document, c: Candidate): string {
  return doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.last]!.end);
}

/**
 * Links a surname ("Jilani", "Mr Naqvi") to the one person of the article whose full name ends with it; a surname
 * two people share stays unlinked.
 */
export function linkSurnames(doc: Document, kept: readonly Candidate[], entries: readonly CompiledEntry[], context: RuleContext): Candidate[] {
  const bySurname = new Map<string, Map<string, Antecedent>>();
  for (const c of kept) {
    if (c.type !== 'person' || c.last === c.first) continue;
    const surname = lastNameKey(doc, c, context);
    if (surname === undefined) continue;
    const people = bySurname.get(surname) ?? new Map<string, Antecedent>();
    people.set(entityKey(c, doc), { candidate: c, name: c.entry !== undefined ? entries[c.entry]!.name : c.name ?? spanText(doc, c) });
    bySurname.set(surname, people);
  }
  if (bySurname.size === 0) return [...kept];
  const covered = new Int8Array(doc.tokens.length);
  for (const c of kept) covered.fill(1, c.first, c.last + 1);
  const out: Candidate[] = [];
  for (const c of kept) {
    const antecedent = c.type === 'person' && c.first === c.last && c.source !== 'dictionary' ? uniqueAntecedent(bySurname, doc.key[c.first]!) : undefined;
    out.push(antecedent === undefined ? c : relink(c, antecedent));
  }
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] === 1 || !doc.capitalised[i] || doc.capsLine[i]) continue;
    const antecedent = uniqueAntecedent(bySurname, doc.key[i]!);
    if (antecedent === undefined) continue;
    out.push(relink({ first: i, last: i, type: 'person', source: 'coreference', sourceId: SURNAME, confidence: 0.8, priority: 1 }, antecedent));
  }
  return out.sort((a, b) => a.first - b.first);
}

function lastNameKey(doc: Document, c: Candidate, context: RuleContext): string | undefined {
  for (let t = c.last; t > c.first; t--) {
    const key = doc.key[t]!;
    if (key === SKIP || !doc.capitalised[t]) continue;
    return context.particles.has(key) ? undefined : key;
  }
  return undefined;
}

function uniqueAntecedent(bySurname: ReadonlyMap<string, ReadonlyMap<string, Antecedent>>, key: string): Antecedent | undefined {
  const people = bySurname.get(key);
  return people?.size === 1 ? people.values().next().value : undefined;
}

function relink(c: Candidate, antecedent: Antecedent): Candidate {
  const { entry, name: _name, ...rest } = c;
  const a = antecedent.candidate;
  return {
    ...rest,
    source: 'coreference',
    sourceId: SURNAME,
    ...(a.entry !== undefined ? { entry: a.entry } : { name: antecedent.name }),
  };
}

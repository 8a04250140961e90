import type { CompiledEntry } from '../dictionary/compiled.js';
import type { Candidate } from '../match/candidate.js';
import { SKIP } from '../normalize/keys.js';
import type { RuleContext } from '../rules/context.js';
import { isNameWord } from '../rules/runs.js';
import type { Document } from '../tokenize/document.js';

const SURNAME = 'coreference/name-part';

interface Antecedent {
  readonly candidate: Candidate;
  readonly name: string;
}

/** The people whose full names hold a name part, and where each full name is written. */
interface Holders {
  readonly people: Map<string, Antecedent>;
  readonly mentions: { readonly at: number; readonly key: string }[];
}

/** How many sentences back a shared name part still reaches a person named in full ("Imran Khan ... Mr Khan"). */
const RECENT_SENTENCES = 1;

/** The entity a candidate denotes, for comparing antecedents. */
function entityKey(c: Candidate, doc: Document): string {
  return c.entry !== undefined ? `#${c.entry}` : `${c.type}|${c.name ?? spanText(doc, c)}`;
}

function spanText(doc: Document, c: Candidate): string {
  return doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.last]!.end);
}

/**
 * Links a surname or given name ("Jilani", "Mr Naqvi", "Imran") to the one person of the article whose full name
 * begins or ends with it. A name part several people share goes to the one the article names in full most often,
 * or else to the only one of them named in the previous sentence; otherwise it stays unlinked.
 */
export function linkSurnames(doc: Document, kept: readonly Candidate[], entries: readonly CompiledEntry[], context: RuleContext): Candidate[] {
  const bySurname = new Map<string, Holders>();
  for (const c of kept) {
    if (c.type !== 'person' || c.last === c.first) continue;
    const antecedent = { candidate: c, name: c.entry !== undefined ? entries[c.entry]!.name : c.name ?? spanText(doc, c) };
    for (const part of nameParts(doc, c, context)) {
      let holders = bySurname.get(part);
      if (holders === undefined) bySurname.set(part, (holders = { people: new Map(), mentions: [] }));
      holders.people.set(entityKey(c, doc), antecedent);
      holders.mentions.push({ at: c.first, key: entityKey(c, doc) });
    }
  }
  if (bySurname.size === 0) return [...kept];
  const covered = new Int8Array(doc.tokens.length);
  for (const c of kept) covered.fill(1, c.first, c.last + 1);
  const out: Candidate[] = [];
  for (const c of kept) {
    const antecedent = mayBeSurname(doc, c, context) ? antecedentOf(doc, bySurname, c.first) : undefined;
    out.push(antecedent === undefined ? c : relink(c, antecedent));
  }
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] === 1 || doc.capsLine[i] || !isNameWord(doc, i, context, 'person')) continue;
    const antecedent = antecedentOf(doc, bySurname, i);
    if (antecedent === undefined) continue;
    out.push(relink({ first: i, last: i, type: 'person', source: 'coreference', sourceId: SURNAME, confidence: 0.8, priority: 1 }, antecedent));
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * A one-word span a surname can take over: a person found by rules, or a dictionary name of another type used as
 * a noun ("Haqqani said"), not as a modifier ("a Haqqani commander").
 */
function mayBeSurname(doc: Document, c: Candidate, context: RuleContext): boolean {
  if (c.first !== c.last) return false;
  if (c.type === 'person') return c.source !== 'dictionary';
  if (c.source !== 'dictionary') return false;
  const next = doc.tokens[c.last + 1];
  return next === undefined || next.kind !== 'word' || doc.capitalised[c.last + 1] === true || context.reportingVerbs.has(doc.key[c.last + 1]!);
}

/** The given name and the surname of a full name, as keys: "Imran" and "Khan" of "Imran Khan". */
function nameParts(doc: Document, c: Candidate, context: RuleContext): string[] {
  const parts: string[] = [];
  for (let t = c.first; t <= c.last; t++) {
    const key = doc.key[t]!;
    if (key !== SKIP && doc.capitalised[t] && !context.particles.has(key) && !context.titleWords.has(key)) parts.push(key);
  }
  return parts.length < 2 ? [] : [...new Set([parts[0]!, parts[parts.length - 1]!])];
}

function antecedentOf(doc: Document, bySurname: ReadonlyMap<string, Holders>, at: number): Antecedent | undefined {
  const holders = bySurname.get(doc.key[at]!);
  if (holders === undefined) return undefined;
  if (holders.people.size === 1) return holders.people.values().next().value;
  return mostNamed(holders) ?? onlyRecent(doc, holders, at);
}

/** The holder named in full more often than any other, if one is. */
function mostNamed(holders: Holders): Antecedent | undefined {
  const counts = new Map<Antecedent, number>();
  for (const { key } of holders.mentions) counts.set(holders.people.get(key)!, (counts.get(holders.people.get(key)!) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : undefined;
}

/**
 * The one holder named in full in the sentence before, if only one is. Not in the same sentence: there a shared
 * name right after another holder's full name is rarely that holder ("His sister, Aleema Khan, said Khan ...").
 */
function onlyRecent(doc: Document, holders: Holders, at: number): Antecedent | undefined {
  const recent = new Set<string>();
  for (const { at: mention, key } of holders.mentions) {
    const back = doc.sentence[at]! - doc.sentence[mention]!;
    if (back >= 1 && back <= RECENT_SENTENCES) recent.add(key);
  }
  return recent.size === 1 ? holders.people.get([...recent][0]!) : undefined;
}

function relink(c: Candidate, antecedent: Antecedent): Candidate {
  const { entry, name: _name, ...rest } = c;
  const a = antecedent.candidate;
  return {
    ...rest,
    type: 'person',
    source: 'coreference',
    sourceId: SURNAME,
    ...(a.entry !== undefined ? { entry: a.entry } : { name: antecedent.name }),
  };
}

import type { CompiledEntry } from '../dictionary/compiled.js';
import { SKIP } from '../normalize/keys.js';
import type { Document } from '../tokenize/document.js';
import type { EntityType } from '../types.js';
import type { Candidate } from './candidate.js';
import type { DictionaryHit } from './match.js';

/** Words before a name that make it a place ("in Reading", "from Jordan"). */
const PLACE_CUES = new Set([
  'in', 'at', 'from', 'near', 'to', 'into', 'across', 'outside', 'inside', 'towards', 'toward', 'via', 'around',
  'throughout', 'visited', 'visit', 'visiting', 'reached', 'entered', 'left', 'between', 'border', 'capital',
]);

const TYPE_RANK: Record<EntityType, number> = { militant_group: 4, organization: 3, person: 2, place: 1 };

/**
 * Turns dictionary hits into candidates: picks one entry per hit (an entry of a country the article mentions,
 * then unambiguous, curated, populous), and drops hits of ambiguous entries that lack context.
 */
export function chooseEntries(
  doc: Document,
  hits: readonly DictionaryHit[],
  entries: readonly CompiledEntry[],
  descriptors: Descriptors,
): Candidate[] {
  const countries = mentionedCountries(hits, entries);
  const chosen = hits.map((hit) => ({ hit, entry: bestEntry(hit, entries, countries) }));
  const confirmed = new Set<number>();
  for (const { hit, entry } of chosen) {
    if (entries[entry]!.ambiguous === undefined || hasContext(doc, hit, entries[entry]!)) confirmed.add(entry);
  }
  const candidates: Candidate[] = [];
  for (const { hit, entry } of chosen) {
    const compiled = entries[entry]!;
    if (!confirmed.has(entry)) continue;
    if (compiled.ambiguous === 'common-word' && doc.sentenceInitial[hit.first] && !hasContext(doc, hit, compiled)) continue;
    if (isShoutedShortAcronym(doc, hit)) continue;
    const last = withoutDescriptors(doc, hit, compiled.type, descriptors);
    candidates.push({
      first: hit.first,
      last,
      type: compiled.type,
      source: 'dictionary',
      sourceId: compiled.id,
      entry,
      confidence: entryConfidence(compiled),
      priority: 3,
    });
  }
  return candidates;
}

/** Curated entries are surer than generated ones, ambiguous ones least sure. */
function entryConfidence(entry: CompiledEntry): number {
  return entry.ambiguous !== undefined ? 0.7 : entry.generated === true ? 0.85 : 0.95;
}

function mentionedCountries(hits: readonly DictionaryHit[], entries: readonly CompiledEntry[]): Set<string> {
  const countries = new Set<string>();
  for (const hit of hits) {
    const first = hit.entries[0]!;
    if (!hit.entries.every((entry) => entry === first)) continue;
    const entry = entries[first]!;
    if (entry.ambiguous !== undefined) continue;
    if (entry.meta.country !== undefined) countries.add(entry.meta.country);
  }
  return countries;
}

function bestEntry(hit: DictionaryHit, entries: readonly CompiledEntry[], countries: ReadonlySet<string>): number {
  let best = hit.entries[0]!;
  let bestScore = -Infinity;
  for (const index of hit.entries) {
    const score = entryScore(entries[index]!, countries);
    if (score > bestScore || (score === bestScore && index < best)) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}

function entryScore(entry: CompiledEntry, countries: ReadonlySet<string>): number {
  let score = TYPE_RANK[entry.type] / 10;
  if (entry.meta.country !== undefined && countries.has(entry.meta.country)) score += 4;
  if (entry.ambiguous !== undefined) score -= 3;
  if (entry.generated === true) score -= 1;
  if (entry.meta.population !== undefined && entry.meta.population > 0) score += Math.log10(entry.meta.population) / 10;
  return score;
}

/** An ambiguous name counts only mid-sentence in normal text, and a place only after a place cue. */
function hasContext(doc: Document, hit: DictionaryHit, entry: CompiledEntry): boolean {
  if (doc.sentenceInitial[hit.first] || doc.capsLine[hit.first]) return false;
  if (entry.type !== 'place') return true;
  return PLACE_CUES.has(previousWord(doc, hit.first)) || isFollowedByPlaceAfterComma(doc, hit.last);
}

function previousWord(doc: Document, i: number): string {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const token = doc.tokens[j]!;
    if (token.kind === 'word') return doc.key[j]!;
    if (token.text !== 'the') return '';
  }
  return '';
}

function isFollowedByPlaceAfterComma(doc: Document, last: number): boolean {
  return doc.tokens[last + 1]?.text === ',' && doc.capitalised[last + 2] === true;
}

/** Two-letter acronyms ("IS", "US") in a line written in capitals are ordinary words. */
function isShoutedShortAcronym(doc: Document, hit: DictionaryHit): boolean {
  return hit.first === hit.last && doc.capsLine[hit.first] === true && doc.tokens[hit.first]!.text.length <= 2;
}

/**
 * Classifier words after a name, which stay outside its span: after a place in any case ("Ghazni Province"), after
 * any name in lowercase ("IRNA news agency"); "Islamic State Khorasan Province" keeps its Province.
 */
export interface Descriptors {
  readonly anyCase: ReadonlySet<string>;
  readonly lowercase: ReadonlySet<string>;
}

/** The hit's last token once trailing classifiers are set aside ("IRNA news agency" -> IRNA). */
function withoutDescriptors(doc: Document, hit: DictionaryHit, type: EntityType, descriptors: Descriptors): number {
  let last = hit.last;
  while (last > hit.first) {
    const key = doc.key[last]!;
    const anyCase = type === 'place' && descriptors.anyCase.has(key);
    const trimmed = key === SKIP || anyCase || (descriptors.lowercase.has(key) && !doc.capitalised[last]);
    if (!trimmed) break;
    last--;
  }
  return last;
}

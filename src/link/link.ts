import type { CompiledEntry } from '../dictionary/compiled.js';
import type { Candidate } from '../match/candidate.js';
import type { Document } from '../tokenize/document.js';
import type { Entity, EntitySpan } from '../types.js';
import { salience } from './salience.js';

export interface Linked {
  readonly spans: readonly EntitySpan[];
  readonly entities: readonly Entity[];
}

/** Document-local id for an entity no dictionary holds. */
export function localId(type: string, name: string): string {
  const slug = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `local:${type}/${slug}`;
}

/** Builds the spans and the entities that link them. */
export function link(doc: Document, kept: readonly Candidate[], entries: readonly CompiledEntry[]): Linked {
  const spans: EntitySpan[] = kept.map((c) => toSpan(doc, c, entries));
  const groups = new Map<string, number[]>();
  spans.forEach((span, i) => {
    const group = groups.get(span.entityId);
    if (group === undefined) groups.set(span.entityId, [i]);
    else group.push(i);
  });
  const weights = salience(spans, [...groups.values()]);
  const entities: Entity[] = [];
  let g = 0;
  for (const [id, indices] of groups) {
    const first = spans[indices[0]!]!;
    const entry = kept[indices[0]!]!.entry;
    const compiled = entry !== undefined ? entries[entry] : undefined;
    entities.push(Object.freeze({
      id,
      type: first.type,
      name: first.name,
      mentions: Object.freeze([...new Set(indices.map((i) => spans[i]!.text))]),
      spans: Object.freeze(indices),
      count: indices.length,
      salience: weights[g++]!,
      aliases: compiled?.aliases ?? [],
      meta: compiled?.meta ?? {},
    }));
  }
  return { spans, entities };
}

function toSpan(doc: Document, c: Candidate, entries: readonly CompiledEntry[]): EntitySpan {
  const start = doc.tokens[c.first]!.start;
  const end = doc.tokens[c.last]!.end;
  const text = doc.text.slice(start, end);
  const compiled = c.entry !== undefined ? entries[c.entry] : undefined;
  const name = compiled?.name ?? c.name ?? displayName(text);
  const span: EntitySpan = {
    type: c.type,
    start,
    end,
    text,
    entityId: compiled?.id ?? localId(c.type, name),
    name,
    source: c.source,
    sourceId: c.sourceId,
    confidence: c.confidence,
    sentence: doc.sentence[c.first]!,
    ...(c.role !== undefined ? { role: c.role } : {}),
    ...(c.cues !== undefined ? { cues: c.cues } : {}),
  };
  return Object.freeze(span);
}

/** A name found in capitals ("PESHAWAR") is shown in title case. */
function displayName(text: string): string {
  if (text !== text.toUpperCase() || text.length <= 4) return text;
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

import { invalidArgument } from '../errors.js';
import { ENTITY_TYPES, type TagResult } from '../types.js';

/** A flat document for a search index: canonical names and ids per entity type, topic labels, codes and tree. */
export interface SearchDocument {
  readonly person: string[];
  readonly person_ids: string[];
  readonly organization: string[];
  readonly organization_ids: string[];
  readonly place: string[];
  readonly place_ids: string[];
  readonly militant_group: string[];
  readonly militant_group_ids: string[];
  /** Topic labels, best first. */
  readonly topic: string[];
  /** IPTC codes of the topics, best first. */
  readonly topic_codes: string[];
  /** IPTC codes of the topics and all their ancestors, to filter on a branch ("medtop:16000000" for all conflict). */
  readonly topic_tree: string[];
}

/** A field of the search document, to pick with `toSearchDocument(result, fields)`. */
export type SearchField = keyof SearchDocument;

const FIELDS: readonly SearchField[] = Object.freeze([
  ...ENTITY_TYPES.flatMap((type) => [type, `${type}_ids`] as SearchField[]), 'topic', 'topic_codes', 'topic_tree',
]);

function isTagResult(value: unknown): value is TagResult {
  const result = value as TagResult | null;
  return typeof result === 'object' && result !== null && Array.isArray(result.topics) && typeof result.facets === 'object' && result.facets !== null;
}

function allFields(result: TagResult): SearchDocument {
  const doc: Record<string, string[]> = {};
  for (const type of ENTITY_TYPES) {
    const values = result.facets[type];
    doc[type] = [...new Set(values.map((v) => v.name))];
    doc[`${type}_ids`] = values.map((v) => v.id);
  }
  doc.topic = result.topics.map((t) => t.label);
  doc.topic_codes = result.topics.map((t) => t.code);
  doc.topic_tree = [...new Set(result.topics.flatMap((t) => [...t.ancestors, t.code]))];
  return doc as unknown as SearchDocument;
}

/**
 * A flat document for a search index, from a tag result: arrays of distinct canonical names and ids per entity
 * type (most salient first), topic labels and codes, and the topic tree. Pass `fields` to keep only some.
 * Mappings for Orama, Elasticsearch/OpenSearch and Meilisearch: docs/search.md.
 *
 * @example
 * const doc = { id: '1', body: text, ...toSearchDocument(tag(text), ['militant_group', 'place', 'topic']) };
 */
export function toSearchDocument<F extends SearchField = SearchField>(result: TagResult, fields?: readonly F[]): Pick<SearchDocument, F> {
  if (!isTagResult(result)) throw invalidArgument('toSearchDocument(result): result', 'a result of tag()', result);
  if (fields !== undefined && !Array.isArray(fields)) {
    throw invalidArgument('toSearchDocument(result, fields): fields', `an array of ${FIELDS.join(', ')}`, fields);
  }
  const unknown = fields?.find((f) => !FIELDS.includes(f));
  if (unknown !== undefined) throw invalidArgument('toSearchDocument(result, fields): each field', `one of ${FIELDS.join(', ')}`, unknown);
  const doc = allFields(result);
  if (fields === undefined) return doc;
  return Object.fromEntries(fields.map((field: SearchField) => [field, doc[field]])) as Pick<SearchDocument, F>;
}

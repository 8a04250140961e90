/**
 * newstag: people, organizations, places and militant groups in English news, with exact offsets, canonical ids
 * and an explanation for every span.
 */
import { defaultTagger } from './default-tagger.js';
import type { TagResult } from './types.js';

export { createTagger } from './tagger.js';
export { tokenize } from './tokenize/tokenize.js';
export { ENTITY_TYPES } from './types.js';
export { toSearchDocument } from './output/search.js';
export { renderHtml } from './output/html.js';
export { createPool } from './pipeline/pool.js';
export { createTagStream } from './pipeline/stream.js';
export { tagManyAsync } from './pipeline/async.js';
export type {
  Ambiguity, AliasInput, CasePolicy, Dictionary, DictionaryEntry, Entity, EntityMeta, EntitySpan, EntityType,
  ExplainedCandidate, Explanation, FacetValue, Facets, SpanSource, TagError, TagResult, Tagger, TaggerOptions, Token,
  TokenKind, Topic, TopicCueEvidence, TopicEntityEvidence, TopicOptions,
} from './types.js';
export type { HtmlOptions } from './output/html.js';
export type { SearchDocument, SearchField } from './output/search.js';
export type { Pool, PoolOptions } from './pipeline/pool.js';
export type { TagStream, TagStreamOptions, TagStreamStats } from './pipeline/stream.js';
export type { TagManyAsyncOptions } from './pipeline/async.js';

/**
 * Tags one article with the default tagger (bundled dictionaries, all types), created on first use.
 *
 * @example tag('ISLAMABAD: The TTP claimed the attack.').spans.map((s) => [s.type, s.text]);
 * // [['place', 'ISLAMABAD'], ['militant_group', 'TTP']]
 */
export function tag(text: string): TagResult {
  return defaultTagger().tag(text);
}

/**
 * newstag: people, organizations, places and militant groups in English news, with exact offsets, canonical ids
 * and an explanation for every span.
 */
import { createTagger } from './tagger.js';
import type { TagResult, Tagger } from './types.js';

export { createTagger } from './tagger.js';
export { tokenize } from './tokenize/tokenize.js';
export { ENTITY_TYPES } from './types.js';
export type {
  Ambiguity, AliasInput, CasePolicy, Dictionary, DictionaryEntry, Entity, EntityMeta, EntitySpan, EntityType,
  ExplainedCandidate, Explanation, SpanSource, TagError, TagResult, Tagger, TaggerOptions, Token, TokenKind, Topic,
} from './types.js';

let defaultTagger: Tagger | undefined;

/**
 * Tags one article with the default tagger (bundled dictionaries, all types), created on first use.
 *
 * @example tag('ISLAMABAD: The TTP claimed the attack.').spans.map((s) => [s.type, s.text]);
 * // [['place', 'ISLAMABAD'], ['militant_group', 'TTP']]
 */
export function tag(text: string): TagResult {
  defaultTagger ??= createTagger();
  return defaultTagger.tag(text);
}

import type { EntityMeta, EntityType } from '../types.js';
import type { CompiledEntityRule, CompiledTopic, CompiledTopics } from './compiled.js';

/** A cue phrase ready to match: its keys, whether case counts, and the topics it is evidence for. */
export interface IndexedCue {
  readonly keys: readonly string[];
  readonly cased: boolean;
  /** Flattened [topic, weight, topic, weight, ...]; empty for a neutral phrase. */
  readonly hits: readonly number[];
  /** Position in `TopicModel.cues`, to count repeats of the same cue. */
  readonly id: number;
}

/** A node of the cue trie: the cues whose (lowercase) keys end here, and the nodes one key further. */
export interface CueNode {
  readonly next: Map<string, CueNode>;
  /** Cues ending here: the case-blind one first, then those whose letter case must match. */
  readonly cues: IndexedCue[];
}

/** The entity fields whose words rules look for. */
export type PhraseField = 'role' | 'name' | 'ideology';

const PHRASE_FIELDS: readonly PhraseField[] = ['role', 'name', 'ideology'];

/** The entity rules a dictionary entry meets on its own, and the role rules a role written in an article could meet. */
export interface EntryRules {
  /** [rule index, factor, reason]: every condition holds (roles from meta.role count at a reduced factor). */
  readonly met: readonly (readonly [number, number, string])[];
  /** Role rules whose other conditions hold. */
  readonly roleRules: readonly number[];
}

/** The compiled topic data in the form the scorer walks: cue phrases in a token trie, entity rules by phrase. */
export interface TopicModel {
  readonly topics: readonly CompiledTopic[];
  readonly cues: readonly IndexedCue[];
  readonly trie: CueNode;
  readonly entityRules: readonly CompiledEntityRule[];
  /** Indices of the entity rules of each type. */
  readonly rulesByType: ReadonlyMap<EntityType, readonly number[]>;
  /** The fields whose phrases some rule of each type looks for. */
  readonly fieldsByType: ReadonlyMap<EntityType, ReadonlySet<PhraseField>>;
  /** Per field, each rule phrase (words joined by spaces) -> indices of the rules that name it. */
  readonly rulesByPhrase: Readonly<Record<PhraseField, ReadonlyMap<string, readonly number[]>>>;
  /** Words in the longest rule phrase. */
  readonly longestPhrase: number;
  /** EntryRules by a dictionary entry's meta object and name: a cache of a pure function of the entry, filled on use. */
  readonly entryRules: WeakMap<EntityMeta, Map<string, EntryRules>>;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** Lowercase words of a text, split at anything that is not a letter or digit: "Lt-Gen (retd)" -> ["lt", "gen", "retd"]. */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inWord = i < lower.length && isWordChar(lower, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  return words;
}

function buildTrie(cues: readonly IndexedCue[]): CueNode {
  const trie: CueNode = { next: new Map(), cues: [] };
  for (const cue of cues) {
    let node = trie;
    for (const key of cue.keys) {
      const lower = key.toLowerCase();
      let child = node.next.get(lower);
      if (child === undefined) node.next.set(lower, (child = { next: new Map(), cues: [] }));
      node = child;
    }
    if (cue.cased) node.cues.push(cue);
    else node.cues.unshift(cue);
  }
  return trie;
}

/** Indexes compiled topic data for scoring. */
export function buildTopicModel(data: CompiledTopics): TopicModel {
  const cues = data.cues.map(([joined, cased, hits], id): IndexedCue => ({
    keys: joined.split(' '), cased: cased === 1, hits: hits.flat(), id,
  }));
  const rulesByPhrase = { role: new Map<string, number[]>(), name: new Map<string, number[]>(), ideology: new Map<string, number[]>() };
  const rulesByType = new Map<EntityType, number[]>();
  const fieldsByType = new Map<EntityType, Set<PhraseField>>();
  let longestPhrase = 1;
  data.entityRules.forEach((rule, index) => {
    rulesByType.set(rule.type, [...(rulesByType.get(rule.type) ?? []), index]);
    const fields = fieldsByType.get(rule.type) ?? new Set<PhraseField>();
    fieldsByType.set(rule.type, fields);
    for (const field of PHRASE_FIELDS) {
      for (const phrase of rule[field] ?? []) {
        const words = wordsOf(phrase);
        longestPhrase = Math.max(longestPhrase, words.length);
        const key = words.join(' ');
        rulesByPhrase[field].set(key, [...(rulesByPhrase[field].get(key) ?? []), index]);
        fields.add(field);
      }
    }
  });
  const topics = data.topics.map((t) => Object.freeze({ ...t, ancestors: Object.freeze([...t.ancestors]) }));
  return {
    topics, cues, trie: buildTrie(cues), entityRules: data.entityRules,
    rulesByType, fieldsByType, rulesByPhrase, longestPhrase, entryRules: new WeakMap(),
  };
}

import type { EntityType } from '../types.js';

/** A topic as the scorer loads it: its IPTC identity and place in the tree. */
export interface CompiledTopic {
  readonly code: string;
  readonly label: string;
  readonly parent?: string;
  readonly level: number;
  /** Codes from the top level down to the parent. */
  readonly ancestors: readonly string[];
}

/**
 * One cue phrase in matcher form: [match keys joined by spaces (case kept when cased), cased (1: letter case must
 * match), hits as [topic index, weight] pairs (none for a neutral phrase)].
 */
export type CompiledCue = readonly [keys: string, cased: 0 | 1, hits: readonly (readonly [topic: number, weight: number])[]];

/** Entity evidence for one topic: entities of `type` that meet every condition given add `weight`. */
export interface CompiledEntityRule {
  readonly topic: number;
  readonly type: EntityType;
  readonly weight: number;
  readonly kind?: readonly string[];
  readonly role?: readonly string[];
  readonly name?: readonly string[];
  readonly ideology?: readonly string[];
  readonly stateAffiliated?: boolean;
}

/** What the build writes to src/generated/topics.ts. */
export interface CompiledTopics {
  readonly topics: readonly CompiledTopic[];
  readonly cues: readonly CompiledCue[];
  readonly entityRules: readonly CompiledEntityRule[];
}

import type { EntitySpan, EntityType, SpanSource } from '../types.js';

/** A proposed span, in token indices, before resolution. */
export interface Candidate {
  /** First token. */
  readonly first: number;
  /** Last token (inclusive). */
  readonly last: number;
  readonly type: EntityType;
  readonly source: SpanSource;
  /** Dictionary entry id or rule id. */
  readonly sourceId: string;
  /** Index of the compiled dictionary entry, when the candidate names one. */
  readonly entry?: number;
  /** Canonical name, for candidates that have no entry. */
  readonly name?: string;
  readonly confidence: number;
  /** Breaks ties between candidates of the same length: dictionary 3, acronym 2, rule 1. */
  readonly priority: number;
  readonly role?: string;
  readonly cues?: EntitySpan['cues'];
}

import type { Candidate } from '../match/candidate.js';
import type { Document } from '../tokenize/document.js';
import type { EntityType } from '../types.js';
import type { RuleContext } from './context.js';

/**
 * A rule: a record with an id, the type it proposes, what it looks for, and sentences it must and must not tag
 * (`examples` name the span text it must produce). Generic code runs `propose` over the prepared document.
 */
export interface Rule {
  readonly id: string;
  readonly type: EntityType;
  readonly description: string;
  readonly confidence: number;
  readonly examples: readonly { readonly text: string; readonly span: string }[];
  readonly counterExamples: readonly string[];
  readonly propose: (doc: Document, context: RuleContext, emit: (first: number, last: number, extra?: Partial<Candidate>) => void) => void;
}

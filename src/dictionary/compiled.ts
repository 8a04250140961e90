import type { Ambiguity, EntityMeta, EntityType } from '../types.js';

/** Letter-case policy codes in compiled aliases. */
export const enum CaseCode {
  Exact = 0,
  Name = 1,
  Any = 2,
}

/** An entry as the matcher and linker use it. */
export interface CompiledEntry {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Display forms: aliases then acronyms. */
  readonly aliases: readonly string[];
  readonly meta: EntityMeta;
  readonly ambiguous?: Ambiguity;
  /** Entries from generated files yield to curated ones. */
  readonly generated?: boolean;
}

/**
 * One alias in matcher form: [match key (token keys joined by spaces), entry index, case policy, capitalisation
 * mask (bit i: token i must be capitalised; bit 16 + i: token i may be written in capitals, as "ISIS" in "ISIS-Libya"),
 * cased key (exact policy only)].
 */
export type CompiledAlias = readonly [key: string, entry: number, policy: CaseCode, mask: number, cased?: string];

/** Bit of the capitalisation mask saying alias token `i` is written in capitals. */
export const CAPS_BIT = 16;

/**
 * A lexicon's match keys by kind (for name lists the kind is the origin, "east-asian"); words with no kind are
 * under "". Arrays of strings, which load several times faster than a pair per word.
 */
export type CompiledLexicon = Readonly<Record<string, readonly string[]>>;

export interface CompiledDictionaries {
  readonly entries: readonly CompiledEntry[];
  readonly aliases: readonly CompiledAlias[];
}

/** What the build writes for the default tagger: dictionaries plus the rules' word lists by lexicon name. */
export interface CompiledData extends CompiledDictionaries {
  readonly lexicons: Readonly<Record<string, CompiledLexicon>>;
}

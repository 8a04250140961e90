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
 * One alias as the compiler makes it: [match key (token keys joined by spaces), entry index, case policy,
 * capitalisation mask (bit i: token i must be capitalised; bit 16 + i: token i may be written in capitals, as
 * "ISIS" in "ISIS-Libya"), cased key (exact policy only)].
 */
export type CompiledAlias = readonly [key: string, entry: number, policy: CaseCode, mask: number, cased?: string];

/**
 * The aliases in matcher form, as columns: alias `a` has the match key `keyText` from `keyStarts[a]` to
 * `keyStarts[a + 1]`, and, for the exact policy, the cased key likewise in `casedText`. Columns, not one tuple per
 * alias: tens of thousands of small arrays and strings were most of what loading the dictionaries cost.
 */
export interface AliasTable {
  readonly size: number;
  readonly keyText: string;
  readonly keyStarts: Uint32Array;
  readonly entries: Uint32Array;
  readonly policies: Uint8Array;
  readonly masks: Int32Array;
  readonly casedText: string;
  readonly casedStarts: Uint32Array;
}

/** Bit of the capitalisation mask saying alias token `i` is written in capitals. */
export const CAPS_BIT = 16;

/**
 * A lexicon's match keys by kind (for name lists the kind is the origin, "east-asian"); words with no kind are
 * under "". Arrays of strings, which load several times faster than a pair per word.
 */
export type CompiledLexicon = Readonly<Record<string, readonly string[]>>;

export interface CompiledDictionaries {
  readonly entries: readonly CompiledEntry[];
  readonly aliases: AliasTable;
}

/** What the build writes for the default tagger: dictionaries plus the rules' word lists by lexicon name. */
export interface CompiledData extends CompiledDictionaries {
  readonly lexicons: Readonly<Record<string, CompiledLexicon>>;
}

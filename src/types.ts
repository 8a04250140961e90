/** The four entity types newstag tags. */
export type EntityType = 'person' | 'organization' | 'place' | 'militant_group';

export const ENTITY_TYPES: readonly EntityType[] = Object.freeze(['person', 'organization', 'place', 'militant_group']);

/** What produced a span: a dictionary entry, a rule, an acronym defined in the text, or a link to an earlier mention. */
export type SpanSource = 'dictionary' | 'rule' | 'acronym' | 'coreference';

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

/** A token of the input text: `text.slice(start, end) === token.text`. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  readonly sentence: number;
}

/** One mention of an entity in the text, with UTF-16 half-open offsets. */
export interface EntitySpan {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Id of the entity this mention belongs to (see `Entity.id`). */
  readonly entityId: string;
  /** Canonical name of the entity. */
  readonly name: string;
  readonly source: SpanSource;
  /** The dictionary entry id or rule id that produced the span. */
  readonly sourceId: string;
  readonly confidence: number;
  /** Index of the sentence the span starts in. */
  readonly sentence: number;
  /** Title or role written next to a person ("Lt Gen", "Foreign Minister"). */
  readonly role?: string;
  /** Context cues noted for the span ("banned", "proscribed"). */
  readonly cues?: readonly string[];
}

/** Curated metadata of a dictionary entry. */
export interface EntityMeta {
  readonly kind?: string;
  readonly country?: string;
  readonly countries?: readonly string[];
  readonly parent?: string;
  readonly affiliates?: readonly string[];
  readonly region?: string;
  readonly population?: number;
  readonly demonyms?: readonly string[];
  readonly iso?: string;
  readonly role?: string;
  readonly description?: string;
  readonly formerNames?: readonly string[];
  readonly designations?: readonly string[];
  readonly stateAffiliated?: boolean;
  readonly ideology?: string;
  readonly founded?: string;
  readonly status?: string;
  readonly externalIds?: { readonly wikidata?: string; readonly geonames?: number; readonly unListing?: string };
  readonly note?: string;
}

/** One distinct entity of the article, linking all its mentions. */
export interface Entity {
  /** The dictionary id (`militant_group/ttp`) or a document-local id (`local:person/jalil-abbas-jilani`). */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Distinct surface forms seen in the text, in order of first appearance. */
  readonly mentions: readonly string[];
  /** Indices into `TagResult.spans`. */
  readonly spans: readonly number[];
  readonly count: number;
  /** 0..1: how central the entity is to the article (frequency and position). */
  readonly salience: number;
  /** Aliases and acronyms of the dictionary entry (empty for entities found by rules). */
  readonly aliases: readonly string[];
  readonly meta: EntityMeta;
}

/** A topic of the article (filled by the topic scorer). */
export interface Topic {
  readonly code: string;
  readonly label: string;
  readonly parent?: string;
  readonly score: number;
}

/** What `tag()` returns: plain, frozen, JSON-serialisable. */
export interface TagResult {
  readonly spans: readonly EntitySpan[];
  readonly entities: readonly Entity[];
  readonly topics: readonly Topic[];
}

/** An alias as written in a dictionary file. */
export type AliasInput = string | { readonly text: string; readonly case?: CasePolicy };

/**
 * How letter case must agree: `exact` (acronyms), `name` (capitalised words stay capitalised, or the text is in
 * capitals), `any`.
 */
export type CasePolicy = 'exact' | 'name' | 'any';

export type Ambiguity = 'common-word' | 'person-name' | 'place-name' | 'organization-name' | 'other';

/** A dictionary entry, as in the files of `dictionaries/`. */
export interface DictionaryEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly AliasInput[];
  readonly acronyms?: readonly string[];
  readonly ambiguous?: Ambiguity;
  readonly meta?: EntityMeta;
}

/** A dictionary: a set of entries of one type. */
export interface Dictionary {
  readonly type: EntityType;
  /** Name used in errors and explanations, e.g. the file name. */
  readonly name?: string;
  readonly entries: readonly DictionaryEntry[];
}

export interface TaggerOptions {
  /** Extra dictionaries, added to the bundled ones (or used alone with `bundledDictionaries: false`). */
  readonly dictionaries?: readonly Dictionary[];
  /** Use the bundled dictionaries (default true). */
  readonly bundledDictionaries?: boolean;
  /** Tag only these types (default: all four). */
  readonly types?: readonly EntityType[];
}

/** An independent, immutable tagger. */
export interface Tagger {
  /** Tag one article. */
  tag(text: string): TagResult;
  /** Tag one article and tell which dictionary entries and rules proposed spans, which won and which lost, and why. */
  explain(text: string): Explanation;
  /** Tag many articles lazily, in order. A bad record yields a `TagError` in its place. */
  tagMany(texts: Iterable<unknown>): IterableIterator<TagResult | TagError>;
  readonly options: Readonly<Required<Pick<TaggerOptions, 'types' | 'bundledDictionaries'>>>;
}

/** The record `tagMany` yields for an input it could not tag. */
export interface TagError {
  readonly error: string;
  readonly index: number;
}

/** One proposal made while tagging, and what became of it. */
export interface ExplainedCandidate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly source: SpanSource;
  readonly sourceId: string;
  readonly confidence: number;
  readonly status: 'kept' | 'lost';
  /** Why it lost: the span that overlapped it and won, and the reason that one was preferred. */
  readonly lostTo?: { readonly text: string; readonly sourceId: string; readonly reason: string };
}

/** What `explain()` returns: the result, and every candidate in text order. */
export interface Explanation {
  readonly result: TagResult;
  readonly candidates: readonly ExplainedCandidate[];
}

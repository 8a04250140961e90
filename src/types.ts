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

/** A cue phrase that counted for a topic: where it stands and what it added to the topic's raw evidence. */
export interface TopicCueEvidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly weight: number;
}

/** An entity that counted for a topic, what it added, and the fact that matched ("kind: military"). */
export interface TopicEntityEvidence {
  readonly entityId: string;
  readonly weight: number;
  readonly reason: string;
}

/** A topic of the article: an IPTC Media Topic (`medtop:20000103` terrorism), scored from evidence in the text. */
export interface Topic {
  /** IPTC Media Topic code. */
  readonly code: string;
  /** IPTC label (en-GB). */
  readonly label: string;
  /** Code of the IPTC parent topic (absent for the 17 top-level topics). */
  readonly parent?: string;
  /** 0..1: how strongly the evidence supports the topic. */
  readonly score: number;
  /** Depth in the IPTC tree, 1 for top-level topics. */
  readonly level: number;
  /** Codes from the top level down to the parent: the topics this one implies. */
  readonly ancestors: readonly string[];
  /** What earned the score. */
  readonly evidence: { readonly cues: readonly TopicCueEvidence[]; readonly entities: readonly TopicEntityEvidence[] };
}

/** One value of a facet: a distinct entity (or topic) with how often and how centrally the article names it. */
export interface FacetValue {
  /** Entity id, or IPTC code for topics. */
  readonly id: string;
  /** Canonical name, or IPTC label for topics. */
  readonly name: string;
  /** Mentions of the entity; pieces of evidence for a topic. */
  readonly count: number;
  /** Entity salience, or topic score. */
  readonly salience: number;
}

/** Search facets: per entity type and for topics, the distinct values, most salient first. */
export type Facets = { readonly [K in EntityType | 'topic']: readonly FacetValue[] };

/** What `tag()` returns: plain, frozen, JSON-serialisable. */
export interface TagResult {
  readonly spans: readonly EntitySpan[];
  readonly entities: readonly Entity[];
  readonly topics: readonly Topic[];
  readonly facets: Facets;
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
  /** Topic scoring: `false` turns it off (default: `{ threshold: 0.35, limit: 5 }`). */
  readonly topics?: TopicOptions | false;
}

/** How many topics `tag()` returns: those scoring at least `threshold` (0..1), at most `limit` of them. */
export interface TopicOptions {
  readonly threshold?: number;
  readonly limit?: number;
}

/** An independent, immutable tagger. */
export interface Tagger {
  /** Tag one article. */
  tag(text: string): TagResult;
  /** Tag one article and tell which dictionary entries and rules proposed spans, which won and which lost, and why. */
  explain(text: string): Explanation;
  /** Tag many articles lazily, in order. A bad record yields a `TagError` in its place. */
  tagMany(texts: Iterable<unknown>): IterableIterator<TagResult | TagError>;
  readonly options: Readonly<Required<Pick<TaggerOptions, 'types' | 'bundledDictionaries'>>> & {
    readonly topics: Readonly<Required<TopicOptions>> | false;
  };
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

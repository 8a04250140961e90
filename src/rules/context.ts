import type { CompiledData } from '../dictionary/compiled.js';
import type { Descriptors } from '../match/choose.js';

/** A multi-word phrase lexicon as a map from first key to the key sequences starting with it (longest first). */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** The word lists the rules read, folded with the same normalizer as the text. */
export interface RuleContext {
  readonly givenNames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  /** Surnames written first ("Wang Donghai", "Kim Jong Un"). */
  readonly surnameFirst: ReadonlySet<string>;
  /** Verbs after a name that make it a person speaking ("Dole said"). */
  readonly reportingVerbs: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  /** Lineage words written before a given name as part of the name, and never as a title ("Khwaja", "Syed"). */
  readonly namePrefixes: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  /** Function and calendar words: never inside any name. */
  readonly closedWords: ReadonlySet<string>;
  readonly demonyms: ReadonlySet<string>;
  readonly orgSuffixes: ReadonlySet<string>;
  readonly orgPrefixes: ReadonlySet<string>;
  /** Words of built places and routes that close a place name after it ("Street", "Dam", "Airbase"). */
  readonly placeFacilities: ReadonlySet<string>;
  /** Administrative and settlement words that make the word before them a place, in any case ("Kurram district"). */
  readonly placeClassifiers: ReadonlySet<string>;
  readonly placePrefixes: ReadonlySet<string>;
  /** Words that open a militant group's name (Lashkar, Jaish); the cue-needing ones also open party names (Tehreek). */
  readonly militantPrefixes: ReadonlySet<string>;
  readonly militantCuePrefixes: ReadonlySet<string>;
  /** Words and phrases that close a militant group's name (Brigade, Liberation Army). */
  readonly militantSuffixes: ReadonlySet<string>;
  readonly militantCues: PhraseIndex;
  readonly titles: PhraseIndex;
  /** One-word titles that are never name parts ("Mr", "Justice", "Gen"; not "Khan", "Chaudhry" or "Mian"). */
  readonly titleWords: ReadonlySet<string>;
  /** Party labels among the titles ("Liberal", "Democrat"): they also open party names ("Liberal Party"). */
  readonly partyLabels: ReadonlySet<string>;
  /** Organisation and place head words, single keys: inside a name they count as name words. */
  readonly headWords: ReadonlySet<string>;
  /** Head words that are nobody's name ("Airbase", "Ministry"; not "Park" or "Hill"): they end a person's name. */
  readonly nonPersonHeads: ReadonlySet<string>;
  /** Classifier words after names that stay outside spans ("province", "news agency"). */
  readonly descriptors: Descriptors;
  /** Words that widen a title before it ("Caretaker", "Former", "Acting"), and demonyms ("Afghan"). */
  readonly roleModifiers: ReadonlySet<string>;
}

/** Match keys of a lexicon's words (multi-word phrases joined by spaces), of the given kinds or all. */
function keys(data: CompiledData, lexicon: string, kinds?: readonly string[]): string[] {
  const byKind = data.lexicons[lexicon] ?? {};
  return (kinds ?? Object.keys(byKind)).flatMap((kind) => byKind[kind] ?? []);
}

function phraseIndex(keys: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const joined of keys) {
    const key = joined.split(' ');
    const list = index.get(key[0]!) ?? [];
    list.push(key);
    index.set(key[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const TITLE_KINDS = ['civil', 'military', 'police', 'judicial', 'religious', 'honorific', 'diplomatic', 'royal', 'political', 'party-label'];

/** Builds the rules' view of the lexicons once per tagger. */
export function compileRuleContext(data: CompiledData): RuleContext {
  const demonyms = keys(data, 'demonyms');
  const givenNames = new Set(keys(data, 'given-names'));
  const surnames = new Set(keys(data, 'surnames'));
  const particleWords = new Set(keys(data, 'name-particles'));
  const isNamePart = (key: string) => givenNames.has(key) || surnames.has(key) || particleWords.has(key);
  const headWords = new Set([...keys(data, 'org-heads'), ...keys(data, 'place-heads')].filter((k) => !k.includes(' ')));
  return {
    givenNames,
    surnames,
    surnameFirst: new Set(keys(data, 'surnames', ['east-asian'])),
    reportingVerbs: new Set(keys(data, 'reporting-verbs')),
    particles: new Set(keys(data, 'name-particles', ['particle'])),
    namePrefixes: namePrefixesOf(data),
    notNames: new Set([...keys(data, 'not-names'), ...demonyms]),
    closedWords: new Set(keys(data, 'not-names', ['function', 'calendar'])),
    demonyms: new Set(demonyms),
    orgSuffixes: new Set(keys(data, 'org-heads', ['suffix', 'both'])),
    orgPrefixes: new Set(keys(data, 'org-heads', ['prefix', 'both'])),
    placeFacilities: new Set(keys(data, 'place-heads', ['facility'])),
    placeClassifiers: new Set(keys(data, 'place-heads', ['classifier'])),
    placePrefixes: new Set(keys(data, 'place-heads', ['prefix', 'both'])),
    militantPrefixes: new Set(keys(data, 'militant-cues', ['shape-prefix'])),
    militantCuePrefixes: new Set(keys(data, 'militant-cues', ['shape-prefix-cue'])),
    militantSuffixes: new Set(keys(data, 'militant-cues', ['shape-suffix'])),
    militantCues: phraseIndex(keys(data, 'militant-cues', ['cue-before', 'cue-after', 'context'])),
    titles: phraseIndex(keys(data, 'titles', TITLE_KINDS)),
    descriptors: {
      anyCase: new Set(keys(data, 'descriptors', ['any-case'])),
      lowercase: new Set(keys(data, 'descriptors', ['lowercase'])),
    },
    headWords,
    titleWords: new Set(keys(data, 'titles', TITLE_KINDS).filter((k) => !k.includes(' ') && !isNamePart(k))),
    nonPersonHeads: new Set([...headWords].filter((k) => !isNamePart(k))),
    partyLabels: new Set(keys(data, 'titles', ['party-label'])),
    roleModifiers: new Set([...new Set(keys(data, 'titles', ['modifier'])), ...new Set(demonyms)]),
  };
}

function namePrefixesOf(data: CompiledData): Set<string> {
  const titles = new Set(keys(data, 'titles'));
  return new Set(keys(data, 'name-particles', ['prefix-part']).filter((k) => !titles.has(k)));
}


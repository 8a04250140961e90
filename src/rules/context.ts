import type { CompiledData } from '../dictionary/compiled.js';
import { aliasKeys } from '../dictionary/compile.js';
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
  readonly notNames: ReadonlySet<string>;
  /** Function and calendar words: never inside any name. */
  readonly closedWords: ReadonlySet<string>;
  readonly demonyms: ReadonlySet<string>;
  readonly orgSuffixes: ReadonlySet<string>;
  readonly orgPrefixes: ReadonlySet<string>;
  readonly placeSuffixes: ReadonlySet<string>;
  readonly placePrefixes: ReadonlySet<string>;
  /** Words that open a militant group's name (Lashkar, Jaish); the cue-needing ones also open party names (Tehreek). */
  readonly militantPrefixes: ReadonlySet<string>;
  readonly militantCuePrefixes: ReadonlySet<string>;
  /** Words and phrases that close a militant group's name (Brigade, Liberation Army). */
  readonly militantSuffixes: ReadonlySet<string>;
  readonly militantCues: PhraseIndex;
  readonly titles: PhraseIndex;
  /** One-word titles ("Mr", "Justice", "Gen"): never part of a person's name. */
  readonly titleWords: ReadonlySet<string>;
  /** Organisation and place head words, single keys: inside a name they count as name words. */
  readonly headWords: ReadonlySet<string>;
  /** Classifier words after names that stay outside spans ("province", "news agency"). */
  readonly descriptors: Descriptors;
  /** Words that widen a title before it ("Caretaker", "Former", "Acting"), and demonyms ("Afghan"). */
  readonly roleModifiers: ReadonlySet<string>;
}

function words(data: CompiledData, lexicon: string, kinds?: readonly string[]): string[] {
  return (data.lexicons[lexicon] ?? [])
    .filter(([, kind]) => kinds === undefined || (kind !== undefined && kinds.includes(kind)))
    .map(([text]) => text);
}

/** Keys of single words and multi-word phrases (their keys joined by spaces). */
function keySet(texts: readonly string[]): Set<string> {
  return new Set(texts.map((t) => aliasKeys(t).key.join(' ')).filter((k) => k !== ''));
}

function phraseIndex(texts: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const text of texts) {
    const { key } = aliasKeys(text);
    if (key.length === 0) continue;
    const list = index.get(key[0]!) ?? [];
    list.push(key);
    index.set(key[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const TITLE_KINDS = ['civil', 'military', 'police', 'judicial', 'religious', 'honorific', 'diplomatic', 'royal', 'political'];

/** Builds the rules' view of the lexicons once per tagger. */
export function compileRuleContext(data: CompiledData): RuleContext {
  const demonyms = words(data, 'demonyms');
  return {
    givenNames: keySet(words(data, 'given-names')),
    surnames: keySet(words(data, 'surnames')),
    surnameFirst: keySet(words(data, 'surnames', ['east-asian'])),
    reportingVerbs: keySet(words(data, 'reporting-verbs')),
    particles: keySet(words(data, 'name-particles', ['particle'])),
    notNames: keySet([...words(data, 'not-names'), ...demonyms]),
    closedWords: keySet(words(data, 'not-names', ['function', 'calendar'])),
    demonyms: keySet(demonyms),
    orgSuffixes: keySet(words(data, 'org-heads', ['suffix', 'both'])),
    orgPrefixes: keySet(words(data, 'org-heads', ['prefix', 'both'])),
    placeSuffixes: keySet(words(data, 'place-heads', ['suffix', 'both'])),
    placePrefixes: keySet(words(data, 'place-heads', ['prefix', 'both'])),
    militantPrefixes: keySet(words(data, 'militant-cues', ['shape-prefix'])),
    militantCuePrefixes: keySet(words(data, 'militant-cues', ['shape-prefix-cue'])),
    militantSuffixes: keySet(words(data, 'militant-cues', ['shape-suffix'])),
    militantCues: phraseIndex(words(data, 'militant-cues', ['cue-before', 'cue-after', 'context'])),
    titles: phraseIndex(words(data, 'titles', TITLE_KINDS)),
    descriptors: {
      anyCase: keySet(words(data, 'descriptors', ['any-case'])),
      lowercase: keySet(words(data, 'descriptors', ['lowercase'])),
    },
    headWords: new Set([...keySet(words(data, 'org-heads')), ...keySet(words(data, 'place-heads'))].filter((k) => !k.includes(' '))),
    titleWords: titleWordsOf(data),
    roleModifiers: new Set([...keySet(words(data, 'titles', ['modifier'])), ...keySet(demonyms)]),
  };
}

/** One-word titles that are never name parts: "Mr" and "Gen", but not "Khan", "Chaudhry" or "Mian". */
function titleWordsOf(data: CompiledData): Set<string> {
  const nameParts = keySet([...words(data, 'given-names'), ...words(data, 'surnames'), ...words(data, 'name-particles')]);
  return new Set([...keySet(words(data, 'titles', TITLE_KINDS))].filter((k) => !k.includes(' ') && !nameParts.has(k)));
}

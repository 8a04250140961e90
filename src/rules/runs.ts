import { SKIP } from '../normalize/keys.js';
import type { Document } from '../tokenize/document.js';
import type { PhraseIndex, RuleContext } from './context.js';

/**
 * Lowercase words allowed inside a capitalised name ("Ministry of Foreign Affairs", "Osama bin Laden"). "and" is
 * allowed too ("Social Democratic and Labour Party"), but not after an acronym ("BNP and Awami League" is two).
 */
const CONNECTORS = new Set(['of', 'for', 'the', 'on', 'de', '&']);

/** Next token index after `i` that is not a stepped-over joiner, or -1 at a line break or the end. */
export function nextKeyed(doc: Document, i: number): number {
  for (let j = i + 1; j < doc.tokens.length; j++) {
    if (doc.tokens[j]!.lineBefore) return -1;
    if (doc.key[j] !== SKIP) return j;
  }
  return -1;
}

export function previousKeyed(doc: Document, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    if (doc.tokens[j + 1]!.lineBefore) return -1;
    if (doc.key[j] !== SKIP) return j;
  }
  return -1;
}

/**
 * What a run is for: person names leave out titles and listed common words; place names leave out listed common
 * words; other names (organisations, groups) take common words and the connectors "of", "for".
 */
export type RunKind = 'person' | 'place' | 'other';

/**
 * A capitalised word that could be part of a name. People's names take no listed common word ("The", "Monday",
 * "Pakistani"), no title ("Mr") and no head word that is nobody's name ("Airbase"); other names take common words ("Water and Power Development Authority") but
 * no function or calendar word.
 */
export function isNameWord(doc: Document, i: number, context: RuleContext, kind: RunKind = 'other'): boolean {
  if (doc.capitalised[i] !== true) return false;
  const key = doc.key[i]!;
  if (kind === 'person') return !context.notNames.has(key) && !context.titleWords.has(key) && !context.nonPersonHeads.has(key);
  if (kind === 'place') return !context.notNames.has(key);
  return !context.closedWords.has(key) || context.headWords.has(key);
}

/**
 * A word that may open an organisation or place name: a name word, but not a common word that closes names
 * ("Police", "Party") nor a title ("Chairman"); words that open them ("National", "Ministry") may.
 */
export function isNameStart(doc: Document, i: number, context: RuleContext): boolean {
  const key = doc.key[i]!;
  const closer = context.headWords.has(key) && !context.orgPrefixes.has(key) && !context.placePrefixes.has(key);
  // A title opens no organisation's name: "Chairman | Joint Chiefs of Staff Committee"
  const title = context.titleWords.has(key) && !context.headWords.has(key) && !context.partyLabels.has(key);
  return isNameWord(doc, i, context) && !(closer && context.notNames.has(key)) && !title;
}

/**
 * The capitalised run starting at `first`: name words, particles ("bin", "al", "ul") and, outside person names,
 * lowercase connectors followed by a name word. Returns the last token, or -1 if `first` starts no run.
 */
export function capitalisedRun(doc: Document, first: number, context: RuleContext, maxWords: number, kind: RunKind): number {
  if (!isNameWord(doc, first, context, kind)) return -1;
  let last = first;
  let words = 1;
  for (let j = nextKeyed(doc, first); j >= 0 && words < maxWords; j = nextKeyed(doc, j)) {
    if (isNameWord(doc, j, context, kind)) {
      last = j;
      words++;
      continue;
    }
    const key = doc.key[j]!;
    const joiner = context.particles.has(key) || (kind === 'other' && (CONNECTORS.has(key) || (key === 'and' && mayJoinWithAnd(doc, first, last, context))));
    let after = nextKeyed(doc, j);
    // "of the" continues a name only after a head word: "Association of the Automotive Industry", not "Ross of the UUP"
    if (joiner && (key === 'of' || key === 'for') && after >= 0 && doc.key[after] === 'the' && context.headWords.has(doc.key[last]!)) {
      after = nextKeyed(doc, after);
    }
    if (joiner && !doc.capitalised[j] && after >= 0 && isNameWord(doc, after, context, kind)) {
      j = previousKeyed(doc, after);
      continue;
    }
    break;
  }
  return last;
}

/**
 * "and" may join the words of one name ("Social Democratic and Labour Party"), but not after an acronym ("BNP and
 * Awami League"), a person ("President Donald Trump and European Commission") or a complete name ("Reform Party of
 * Canada and Canadian Alliance").
 */
function mayJoinWithAnd(doc: Document, first: number, last: number, context: RuleContext): boolean {
  const text = doc.tokens[last]!.text;
  if (text.length > 1 && text === text.toUpperCase()) return false;
  for (let t = first; t <= last; t++) {
    const key = doc.key[t]!;
    if (context.titleWords.has(key) || context.givenNames.has(key) || (t > first && context.orgSuffixes.has(key))) return false;
  }
  return true;
}

/** Length in tokens of the phrase of `index` matching at `i` (stepping over periods: "Lt. Gen."), or 0. */
export function phraseAt(doc: Document, i: number, index: PhraseIndex): { last: number } | undefined {
  const options = index.get(doc.key[i]!);
  if (options === undefined) return undefined;
  for (const phrase of options) {
    let j = i;
    let ok = true;
    for (let p = 1; p < phrase.length && ok; p++) {
      let next = nextKeyed(doc, j);
      if (next >= 0 && doc.key[next] === '.') next = nextKeyed(doc, next);
      ok = next >= 0 && doc.key[next] === phrase[p];
      j = next;
    }
    if (ok) {
      const dot = nextKeyed(doc, j);
      return { last: dot >= 0 && doc.key[dot] === '.' && doc.tokens[dot]!.start === doc.tokens[j]!.end ? dot : j };
    }
  }
  return undefined;
}

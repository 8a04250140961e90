import { isHyphen } from '../tokenize/chars.js';
import type { RawToken } from '../tokenize/scan.js';
import { foldCased } from './fold.js';

/** Key of a token the matcher steps over (joining hyphens, the -i-/-e- joiners). */
export const SKIP = '';

/**
 * The -i-/-e- joiners of Persian and Urdu names: "Tehreek-i-Taliban" and "Tehreek e Taliban" read as "Tehreek
 * Taliban". A joiner follows its word: hyphened to it, or written apart in lowercase between two words ("I" is
 * the pronoun, and "E-35" is a road).
 */
const JOINERS = new Set(['i', 'e']);

/** Arabic article forms, assimilated or not: "Jamaat-ud-Dawa", "Harkat-ul-Ansar", "Jaish al-Adl" all read "al". */
const HYPHENED_ARTICLES = new Set(['al', 'el', 'ul', 'ud', 'ur', 'us', 'ut', 'un', 'uz', 'ush', 'ad', 'ar', 'as', 'at', 'an', 'az', 'ash', 'adh']);
const FREE_ARTICLES = new Set(['al', 'el', 'ul', 'ud', 'ur', 'ut', 'uz']);

/** Per-token keys for matching, one normalizer for dictionary aliases and article text. */
export interface TokenKeys {
  /** Case-folded key; `SKIP` for tokens that matching steps over. */
  readonly key: readonly string[];
  /** Same key with letter case kept, for acronyms that must match exactly. */
  readonly cased: readonly string[];
}

/** Computes the match keys of a token sequence. */
export function tokenKeys(tokens: readonly RawToken[]): TokenKeys {
  const key: string[] = new Array(tokens.length);
  const cased: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isJoiningHyphen(tokens, i)) {
      key[i] = cased[i] = SKIP;
      continue;
    }
    if (token.kind !== 'word' && token.kind !== 'number') {
      key[i] = cased[i] = token.text;
      continue;
    }
    const folded = foldCased(token.text);
    const lower = folded.toLowerCase();
    const hyphened = isJoiningHyphen(tokens, i - 1) || isJoiningHyphen(tokens, i + 1);
    if (isJoiningHyphen(tokens, i - 1) ? JOINERS.has(lower) : !hyphened && JOINERS.has(folded) && isBetweenWords(tokens, i)) {
      key[i] = cased[i] = SKIP;
    } else if ((hyphened ? HYPHENED_ARTICLES.has(lower) : FREE_ARTICLES.has(lower)) && !isAcronym(tokens, i)) {
      key[i] = cased[i] = 'al';
    } else {
      key[i] = lower;
      cased[i] = folded;
    }
  }
  return { key, cased };
}

/**
 * "US", "UN", "U.S." where an article could stand ("Pakistan-US ties", "UN-backed talks"): an acronym in capitals
 * among words that are not, or written with periods. In a line in capitals ("JAMAAT-UD-DAWA") it is the article.
 */
function isAcronym(tokens: readonly RawToken[], i: number): boolean {
  const text = tokens[i]!.text;
  if (text.includes('.')) return true;
  if (text.length < 2 || text !== text.toUpperCase()) return false;
  const neighbour = [tokens[i - 2], tokens[i + 2]].find((t) => t?.kind === 'word');
  return neighbour === undefined || neighbour.text !== neighbour.text.toUpperCase();
}

function isBetweenWords(tokens: readonly RawToken[], i: number): boolean {
  return tokens[i - 1]?.kind === 'word' && tokens[i + 1]?.kind === 'word';
}

/** A hyphen with a word directly on both sides. */
function isJoiningHyphen(tokens: readonly RawToken[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined || token.kind !== 'punctuation' || token.text.length !== 1) return false;
  if (!isHyphen(token.text.charCodeAt(0))) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && next !== undefined && !token.spaceBefore && !next.spaceBefore &&
    prev.kind !== 'punctuation' && next.kind !== 'punctuation';
}

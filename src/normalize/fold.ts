import { isApostrophe, isInvisible } from '../tokenize/chars.js';

const MARKS = /\p{M}/gu;

/**
 * Folds a word for matching, keeping letter case: drops diacritics, invisible marks (soft hyphens, zero-width
 * characters), apostrophes and the periods of dotted initials. "Qa'ida" -> "Qaida", "U.S." -> "US",
 * "Erdoğan" -> "Erdogan", "Pakis\u00adtan" -> "Pakistan".
 */
export function foldCased(word: string): string {
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || c === 0x2e || isApostrophe(c)) {
      plain = false;
      break;
    }
  }
  if (plain) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isInvisible(c) || isApostrophe(c) || c === 0x2e) continue;
    out += word[i];
  }
  return out.normalize('NFD').replace(MARKS, '');
}

/** The case-insensitive match key of a word. */
export function foldKey(word: string): string {
  return foldCased(word).toLowerCase();
}

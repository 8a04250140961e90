import type { TokenKind } from '../types.js';
import {
  codePointLength, isApostrophe, isAsciiDigit, isInvisible, isLetterChar, isLineBreak, isPunctuation,
  isWhitespace, isWordChar,
} from './chars.js';

/** A token as the pipeline sees it: the public fields plus what the gap before it held. */
export interface RawToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Whitespace (or an invisible character) separates it from the previous token. */
  readonly spaceBefore: boolean;
  /** A line break separates it from the previous token. */
  readonly lineBefore: boolean;
}

/** Scans `text` once into tokens; the characters between tokens (the gaps) are whitespace or invisible marks. */
export function scan(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  const n = text.length;
  let i = 0;
  let spaceBefore = false;
  let lineBefore = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c) || isInvisible(c)) {
      spaceBefore = true;
      if (isLineBreak(c)) lineBefore = true;
      i++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    if (isWordChar(text, i)) {
      end = scanWord(text, i);
      kind = isNumber(text, i, end) ? 'number' : 'word';
    } else if (isEscapedLineBreak(text, i)) {
      end = i + 2;
      kind = 'punctuation';
    } else if (isApostrophe(c) && (text[i + 1] === 's' || text[i + 1] === 'S') && tokens.length > 0 && !spaceBefore &&
      !isWordContinuation(text, i + 2)) {
      end = i + 2;
      kind = 'word';
    } else {
      end = i + codePointLength(text, i);
      kind = isPunctuation(text, i) ? 'punctuation' : 'symbol';
    }
    tokens.push({ text: text.slice(i, end), start: i, end, kind, spaceBefore, lineBefore });
    lineBefore = kind === 'punctuation' && isEscapedLineBreak(text, i);
    spaceBefore = false;
    i = end;
  }
  return tokens;
}

/** Scraped text often holds a literal "\\n" (backslash, n) where a line break was. */
export function isEscapedLineBreak(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x5c && (text[i + 1] === 'n' || text[i + 1] === 'r');
}

function isWordContinuation(text: string, i: number): boolean {
  return i < text.length && isWordChar(text, i);
}

/** End of the word starting at `start`: letters, digits, marks, invisible marks between them, inner apostrophes, dotted initials. */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let i = start;
  for (;;) {
    while (i < n && (isWordChar(text, i) || (isInvisible(text.charCodeAt(i)) && isWordContinuation(text, i + 1)))) {
      i += codePointLength(text, i);
      while (i < n && isInvisible(text.charCodeAt(i)) && hasWordAfterInvisibles(text, i)) i++;
    }
    if (i >= n) return i;
    const c = text.charCodeAt(i);
    if (isApostrophe(c) && isWordContinuation(text, i + 1) && !isPossessiveAt(text, i)) {
      i++;
      continue;
    }
    if (c === 0x2e && !isAfterHyphen(text, start) && isDottedInitial(text, start, i)) {
      i++;
      if (i < n && isLetterChar(text, i) && !isWordContinuation(text, i + 1)) continue;
      return i;
    }
    if ((c === 0x2e || c === 0x2c) && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)) &&
      isNumber(text, start, i)) {
      i++;
      continue;
    }
    return i;
  }
}

function hasWordAfterInvisibles(text: string, i: number): boolean {
  while (i < text.length && isInvisible(text.charCodeAt(i))) i++;
  return isWordContinuation(text, i);
}

/** "'s" closing a word ("Iran's") is split off, so names never take the possessive. */
function isPossessiveAt(text: string, i: number): boolean {
  const s = text[i + 1];
  return (s === 's' || s === 'S') && !isWordContinuation(text, i + 2);
}

/** "JUI-F." ends a sentence: a letter hyphened to a word is a suffix, not an initial. */
function isAfterHyphen(text: string, start: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 0x2d && start > 1 && isWordChar(text, start - 2);
}

/** "U.S.", "D.I. Khan": single letters each followed by a period. */
function isDottedInitial(text: string, start: number, dot: number): boolean {
  for (let j = start; j < dot; j += 2) {
    if (!isLetterChar(text, j)) return false;
    const next = j + 1;
    if (next === dot) return true;
    if (text.charCodeAt(next) !== 0x2e) return false;
  }
  return false;
}

function isNumber(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (!isAsciiDigit(c) && c !== 0x2c && c !== 0x2e) return false;
  }
  return true;
}

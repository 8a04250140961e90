/** Character classes for the tokenizer, by UTF-16 code unit. */

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const PUNCTUATION = /\p{P}/u;

export const SOFT_HYPHEN = 0xad;

/** Characters that scraped text leaves inside words and that carry nothing: soft hyphen, zero-width marks. */
export function isInvisible(c: number): boolean {
  return c === SOFT_HYPHEN || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Length in code units of the code point at `i` (2 for a well-formed surrogate pair). */
export function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Letters (any script), combining marks and digits: what words are made of. */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || isAsciiDigit(c);
  if (c >= 0xd800 && c <= 0xdfff) {
    const n = codePointLength(text, i);
    return n === 2 && LETTER_OR_MARK.test(text.slice(i, i + 2));
  }
  const ch = text[i]!;
  return LETTER_OR_MARK.test(ch) || DIGIT.test(ch);
}

export function isLetterChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c);
  return isWordChar(text, i) && !DIGIT.test(text[i]!);
}

export function isPunctuation(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return '!"\'(),-.:;?[]{}_`'.includes(text[i]!);
  return PUNCTUATION.test(text[i]!);
}

export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0x60 || c === 0xb4;
}

/** Hyphens that join the parts of a word ("Tehreek-i-Taliban", "al-Qaeda"). */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2212;
}

export function isUpperInitial(text: string): boolean {
  const ch = text[0];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

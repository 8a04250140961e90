import { isUpperInitial } from './chars.js';
import type { RawToken } from './scan.js';

/** Words after which a period does not end a sentence ("Lt. Gen.", "Jan. 25", "No. 3"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'brig', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cdr',
  'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'st', 'mt', 'ft', 'jr', 'sr', 'vs', 'etc', 'no', 'nos', 'inc', 'ltd', 'co',
  'corp', 'govt', 'dept', 'est', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'fig', 'vol', 'pp', 'ed', 'eds',
]);

const TERMINATORS = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[']);

/**
 * Sentence index of every token: a sentence ends at a line break, or at . ! ? … followed by a capitalised word,
 * a digit or an opening quote, unless the period closes a known abbreviation.
 */
export function assignSentences(tokens: readonly RawToken[]): Uint32Array {
  const sentence = new Uint32Array(tokens.length);
  let current = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && startsSentence(tokens, i)) current++;
    sentence[i] = current;
  }
  return sentence;
}

function startsSentence(tokens: readonly RawToken[], i: number): boolean {
  const token = tokens[i]!;
  if (token.lineBefore) return true;
  const prev = tokens[i - 1]!;
  if (prev.kind !== 'punctuation') return false;
  let terminator = i - 1;
  while (terminator > 0 && isCloser(tokens[terminator]!.text)) terminator--;
  if (!TERMINATORS.has(tokens[terminator]!.text)) return false;
  if (!token.spaceBefore) return false;
  const first = token.text;
  if (!(isUpperInitial(first) || token.kind === 'number' || OPENERS.has(first))) return false;
  if (tokens[terminator]!.text !== '.') return true;
  const before = tokens[terminator - 1];
  if (before === undefined || before.kind !== 'word' || before.end !== tokens[terminator]!.start) return true;
  const word = before.text.toLowerCase();
  return !(ABBREVIATIONS.has(word) || (word.length === 1 && isUpperInitial(before.text)));
}

function isCloser(text: string): boolean {
  return text === '"' || text === '”' || text === '’' || text === "'" || text === ')' || text === ']';
}

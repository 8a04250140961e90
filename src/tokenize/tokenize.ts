import { assertString } from '../errors.js';
import type { Token } from '../types.js';
import { scan } from './scan.js';
import { assignSentences } from './sentences.js';

/**
 * Splits text into tokens with UTF-16 offsets, kinds and sentence indices. Lossless: the tokens and the
 * whitespace between them rebuild the input.
 *
 * @example tokenize('ISLAMABAD: The TTP said.')[0] // { text: 'ISLAMABAD', start: 0, end: 9, kind: 'word', sentence: 0 }
 */
export function tokenize(text: string): Token[] {
  assertString('tokenize(text): text', text);
  const raw = scan(text);
  const sentences = assignSentences(raw);
  return raw.map((t, i) => ({ text: t.text, start: t.start, end: t.end, kind: t.kind, sentence: sentences[i]! }));
}

import { tokenKeys } from '../normalize/keys.js';
import { isUpperInitial } from './chars.js';
import { scan, type RawToken } from './scan.js';
import { assignSentences } from './sentences.js';

/** The text with everything the stages after tokenization read: tokens, sentences, match keys, shape flags. */
export interface Document {
  readonly text: string;
  readonly tokens: readonly RawToken[];
  readonly sentence: Uint32Array;
  readonly key: readonly string[];
  readonly cased: readonly string[];
  /** Token begins with a capital letter. */
  readonly capitalised: readonly boolean[];
  /** First word of its sentence. */
  readonly sentenceInitial: readonly boolean[];
  /** The token's line has no lowercase word: a headline, dateline or shouted line. */
  readonly capsLine: readonly boolean[];
  /** The token is in the run of capitalised words that opens its line ("DERA ISMAIL KHAN: ..."). */
  readonly capsLineStart: readonly boolean[];
}

export function prepare(text: string): Document {
  const tokens = scan(text);
  const sentence = assignSentences(tokens);
  const { key, cased } = tokenKeys(tokens);
  const capitalised = tokens.map((t) => t.kind === 'word' && isUpperInitial(t.text));
  return {
    text, tokens, sentence, key, cased, capitalised,
    sentenceInitial: markSentenceInitial(tokens, sentence),
    capsLine: markCapsLines(tokens),
    capsLineStart: markCapsLineStarts(tokens),
  };
}

function markSentenceInitial(tokens: readonly RawToken[], sentence: Uint32Array): boolean[] {
  const initial = new Array<boolean>(tokens.length).fill(false);
  let seen = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    if (sentence[i]! !== seen) {
      initial[i] = true;
      seen = sentence[i]!;
    }
  }
  return initial;
}

function markCapsLines(tokens: readonly RawToken[]): boolean[] {
  const caps = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !(i > lineStart && tokens[i]!.lineBefore)) continue;
    let letters = 0;
    let lower = false;
    for (let j = lineStart; j < i && !lower; j++) {
      const t = tokens[j]!;
      if (t.kind !== 'word') continue;
      letters++;
      if (t.text !== t.text.toUpperCase()) lower = true;
    }
    if (!lower && letters > 0) caps.fill(true, lineStart, i);
    lineStart = i;
  }
  return caps;
}

function markCapsLineStarts(tokens: readonly RawToken[]): boolean[] {
  const marks = new Array<boolean>(tokens.length).fill(false);
  let open = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i === 0 || t.lineBefore) open = true;
    open = open && (t.kind !== 'word' || t.text === t.text.toUpperCase()) && t.text !== ':' && t.text !== ',';
    marks[i] = open && t.kind === 'word';
  }
  return marks;
}

import type { Document } from '../tokenize/document.js';

/** How much a cue counts by where it stands: the headline most, then the lede, then the body. */
const POSITION_WEIGHT = Object.freeze({ headline: 2, lede: 1.5, body: 1 });

/** Sentences after the headline that make the lede, at most. */
const LEDE_SENTENCES = 3;

/** A blank line between two tokens ends a paragraph. */
function paragraphBreakBefore(doc: Document, i: number): boolean {
  const token = doc.tokens[i]!;
  if (!token.lineBefore) return false;
  const gap = doc.text.slice(doc.tokens[i - 1]!.end, token.start);
  return gap.indexOf('\n') !== gap.lastIndexOf('\n');
}

/**
 * The last sentence of the lede: the headline is sentence 0 (the first line, or the first sentence of text with no
 * line breaks), and the lede runs from sentence 1 to the end of its paragraph, for at most three sentences.
 */
export function ledeEnd(doc: Document): number {
  let i = 0;
  while (i < doc.tokens.length && doc.sentence[i]! === 0) i++;
  let last = 0;
  for (; i < doc.tokens.length; i++) {
    const sentence = doc.sentence[i]!;
    if (sentence > LEDE_SENTENCES || (last > 0 && paragraphBreakBefore(doc, i))) break;
    last = sentence;
  }
  return last;
}

/** Weight of a cue found in `sentence`, given the last sentence of the lede. */
export function positionWeight(sentence: number, lastLedeSentence: number): number {
  if (sentence === 0) return POSITION_WEIGHT.headline;
  return sentence <= lastLedeSentence ? POSITION_WEIGHT.lede : POSITION_WEIGHT.body;
}

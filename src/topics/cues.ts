import { SKIP } from '../normalize/keys.js';
import type { Document } from '../tokenize/document.js';
import type { CueNode, IndexedCue, TopicModel } from './model.js';

/**
 * Cues found in the text as flat triples [cue id, first token, last token (inclusive), ...]: plain numbers, so
 * scoring an article allocates next to nothing for the cues it reads.
 */
export type CueHits = number[];

/** The next token after `i` that matching does not step over (joining hyphens, -i-/-e- joiners). */
function nextKey(key: readonly string[], i: number): number {
  let j = i + 1;
  while (j < key.length && key[j] === SKIP) j++;
  return j;
}

/** Letter case of the tokens from `first` agrees with a cased cue ("Test", not "test"). */
function caseAgrees(doc: Document, cue: IndexedCue, first: number): boolean {
  let i = first;
  for (let k = 0; k < cue.keys.length; k++, i = nextKey(doc.key, i)) if (doc.cased[i] !== cue.keys[k]) return false;
  return true;
}

/** The first cue ending at `node` that holds for the tokens from `first`. */
function cueAt(doc: Document, node: CueNode, first: number): IndexedCue | undefined {
  for (const cue of node.cues) if (!cue.cased || caseAgrees(doc, cue, first)) return cue;
  return undefined;
}

/**
 * Cue phrases in the text, left to right, walking the cue trie on the tokens' match keys. At each token the
 * longest phrase wins and its tokens are used up, so "bowling attack" (sport) leaves no "attack" for terrorism,
 * and a neutral phrase such as "told reporters" counts for nothing.
 */
export function findCues(doc: Document, model: TopicModel): CueHits {
  const hits: CueHits = [];
  const { key } = doc;
  for (let i = 0; i < key.length; i++) {
    const start = model.trie.next.get(key[i]!);
    if (start === undefined) continue;
    let node: CueNode = start;
    let best: IndexedCue | undefined;
    let bestLast = i;
    for (let last = i; ;) {
      const cue = node.cues.length > 0 ? cueAt(doc, node, i) : undefined;
      if (cue !== undefined) {
        best = cue;
        bestLast = last;
      }
      const next = nextKey(key, last);
      const child: CueNode | undefined = next < key.length ? node.next.get(key[next]!) : undefined;
      if (child === undefined) break;
      node = child;
      last = next;
    }
    if (best === undefined) continue;
    if (best.hits.length > 0) hits.push(best.id, i, bestLast);
    i = bestLast;
  }
  return hits;
}

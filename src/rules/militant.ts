import { SKIP } from '../normalize/keys.js';
import type { Document } from '../tokenize/document.js';
import type { PhraseIndex } from './context.js';
import { capitalisedRun, phraseAt } from './runs.js';
import type { Rule } from './rule.js';

/** Militant groups by the shape of their names: Lashkar-e-*, Jaish-e-*, ... Liberation Army, ... Brigade. */
export const militantRules: readonly Rule[] = [
  {
    id: 'militant_group/name-shape',
    type: 'militant_group',
    description: 'A capitalised name opened by a militant naming word (Lashkar, Jaish, Harkat; Tehreek or Jamaat only with a militant cue in the sentence) or closed by one (Brigade, Liberation Army).',
    confidence: 0.75,
    examples: [
      { text: 'Police blamed Lashkar-e-Zil for the attack.', span: 'Lashkar-e-Zil' },
      { text: 'The banned Tehreek-e-Nafaz Zarb claimed the blast.', span: 'Tehreek-e-Nafaz Zarb' },
      { text: 'The Kohistan Liberation Army said it planted the bomb.', span: 'Kohistan Liberation Army' },
    ],
    counterExamples: ['The lashkar of local elders met.', 'Tehreek-e-Nizam Adl held a rally for reforms.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !doc.capitalised[i] || doc.key[i] === SKIP) continue;
        const last = capitalisedRun(doc, i, context, 6, 'other');
        if (last <= i) continue;
        const first = doc.key[i]!;
        const opens = context.militantPrefixes.has(first) || (context.militantCuePrefixes.has(first) && hasCue(doc, i, context.militantCues));
        const closes = context.militantSuffixes.has(doc.key[last]!) || context.militantSuffixes.has(`${previousKey(doc.key, last)} ${doc.key[last]}`);
        if (opens || closes) emit(i, last);
        i = last;
      }
    },
  },
];

function previousKey(keys: readonly string[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (keys[j] !== SKIP) return keys[j];
  return undefined;
}

/** A militant cue ("banned", "claimed responsibility", "militant group") in the sentence of token `i`. */
function hasCue(doc: Document, i: number, cues: PhraseIndex): boolean {
  const sentence = doc.sentence[i];
  for (let j = i; j >= 0 && doc.sentence[j] === sentence; j--) if (phraseAt(doc, j, cues) !== undefined) return true;
  for (let j = i + 1; j < doc.tokens.length && doc.sentence[j] === sentence; j++) if (phraseAt(doc, j, cues) !== undefined) return true;
  return false;
}

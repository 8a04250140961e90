import { SKIP } from '../normalize/keys.js';
import { capitalisedRun, nextKeyed } from './runs.js';
import type { Rule } from './rule.js';

/** Militant groups by the shape of their names: Lashkar-e-*, Jaish-e-*, ... Liberation Army. */
export const militantRules: readonly Rule[] = [
  {
    id: 'militant_group/name-shape',
    type: 'militant_group',
    description: 'A capitalised name headed by a militant naming word (Lashkar, Jaish, Harkat ...) or ending in one (Liberation Army, Brigade).',
    confidence: 0.75,
    examples: [{ text: 'Police blamed Lashkar-e-Zil for the attack.', span: 'Lashkar-e-Zil' }],
    counterExamples: ['The lashkar of local elders met.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !doc.capitalised[i] || doc.key[i] === SKIP) continue;
        const last = capitalisedRun(doc, i, context, 6, 'other');
        if (last <= i) continue;
        const before = doc.key[last - 1] === SKIP ? nextKeyedBefore(doc.key, last) : doc.key[last - 1];
        const tail2 = `${before ?? ''} ${doc.key[last]}`;
        if (context.militantHeads.has(doc.key[i]!) || context.militantHeads.has(doc.key[last]!) || context.militantHeads.has(tail2)) {
          if (nextKeyed(doc, i) >= 0) emit(i, last);
        }
        i = last;
      }
    },
  },
];

function nextKeyedBefore(keys: readonly string[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (keys[j] !== SKIP) return keys[j];
  return undefined;
}

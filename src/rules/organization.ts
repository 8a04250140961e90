import { capitalisedRun, isNameStart, nextKeyed } from './runs.js';
import type { Rule } from './rule.js';

/** Organisations by shape: a capitalised name ending in or headed by an organisation word. */
export const organizationRules: readonly Rule[] = [
  {
    id: 'organization/head-suffix',
    type: 'organization',
    description: 'A capitalised name of two or more words ending in an organisation word (Department, Authority, Party ...).',
    confidence: 0.75,
    examples: [{ text: 'The Gilgit Water Authority issued a notice.', span: 'Gilgit Water Authority' }],
    counterExamples: ['The authority issued a notice.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !isNameStart(doc, i, context)) continue;
        const last = capitalisedRun(doc, i, context, 7, 'other');
        if (last <= i) continue;
        if (context.orgSuffixes.has(doc.key[last]!)) emit(i, last);
        i = last;
      }
    },
  },
  {
    id: 'organization/head-prefix',
    type: 'organization',
    description: 'An organisation word followed by "of" and a capitalised name (Ministry of ..., University of ...).',
    confidence: 0.75,
    examples: [{ text: 'He spoke at the University of Swabi yesterday.', span: 'University of Swabi' }],
    counterExamples: ['The ministry of the interior said nothing.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !doc.capitalised[i] || !context.orgPrefixes.has(doc.key[i]!)) continue;
        const of = nextKeyed(doc, i);
        if (of < 0 || doc.key[of] !== 'of') continue;
        const last = capitalisedRun(doc, i, context, 7, 'other');
        if (last > of) {
          emit(i, last);
          i = last;
        }
      }
    },
  },
];

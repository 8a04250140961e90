import type { Document } from '../tokenize/document.js';
import type { RuleContext } from './context.js';
import { capitalisedRun, isNameStart, isNameWord, nextKeyed, previousKeyed } from './runs.js';
import type { Rule } from './rule.js';

/** Organisations by shape: a capitalised name ending in or headed by an organisation word. */
export const organizationRules: readonly Rule[] = [
  {
    id: 'organization/head-suffix',
    type: 'organization',
    description: 'A capitalised name of two or more words closed by an organisation word (Department, Authority, Party), with the "of ..." that may follow it.',
    confidence: 0.75,
    examples: [
      { text: 'The Gilgit Water Authority issued a notice.', span: 'Gilgit Water Authority' },
      { text: 'She joined the Progressive Reform Party of Zarkhan in 1990.', span: 'Progressive Reform Party of Zarkhan' },
      { text: 'The Ontario Reform Party Joe Dickson said.', span: 'Ontario Reform Party' },
      { text: 'The Social Democratic and Labour Party stood.', span: 'Social Democratic and Labour Party' },
    ],
    counterExamples: ['The authority issued a notice.', 'Ties between the BNP and Awami Workers soured.', 'The tranche comes under the Extended Fund Facility.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !isNameStart(doc, i, context)) continue;
        const last = capitalisedRun(doc, i, context, 8, 'other');
        if (last <= i) continue;
        const end = nameEnd(doc, i, last, context);
        if (end > i) emit(i, end);
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
    // A head word right after a name word is inside that name ("Reform Party of Canada"), which the head-suffix
    // rule reads whole; starting there would join the next name ("Party of Canada and Canadian Alliance").
    counterExamples: ['The ministry of the interior said nothing.', 'Members of the Reform Party of Canada and Canadian Alliance met.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !doc.capitalised[i] || !context.orgPrefixes.has(doc.key[i]!)) continue;
        const before = previousKeyed(doc, i);
        if (before >= 0 && isNameWord(doc, before, context, 'other')) continue;
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

/**
 * Where an organisation name inside the run first..last ends: at its last head word, or at the run's end when an
 * "of"/"for" phrase follows that head ("Communist Party of Greece"); -1 when the run has no head after its first word.
 */
function nameEnd(doc: Document, first: number, last: number, context: RuleContext): number {
  for (let t = last; t > first; t--) {
    if (!context.orgSuffixes.has(doc.key[t]!)) continue;
    const next = nextKeyed(doc, t);
    if (next >= 0 && next <= last && (doc.key[next] === 'of' || doc.key[next] === 'for')) return last;
    // A common word after the head makes the run the name of something else ("Extended Fund Facility"); a person's
    // name or title may follow an organisation ("Ontario Reform Party Joe Dickson").
    if (next < 0 || next > last || !doc.capitalised[next] || !/^\p{L}+$/u.test(doc.tokens[next]!.text)) return t;
    const key = doc.key[next]!;
    const personNext = context.givenNames.has(key) || context.surnames.has(key) || context.titleWords.has(key) || context.namePrefixes.has(key);
    return personNext ? t : -1;
  }
  return -1;
}

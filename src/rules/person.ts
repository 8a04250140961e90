import type { Document } from '../tokenize/document.js';
import type { RuleContext } from './context.js';
import type { Rule } from './rule.js';
import { capitalisedRun, isNameWord, nextKeyed, phraseAt, previousKeyed } from './runs.js';

/** One to three initials written with periods: "A.", "M.A.", "J.R.R.". */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const COMPASS_INITIALS = new Set(['N.', 'S.', 'E.', 'W.']);

/** People: a title before a capitalised name, or a known given name before a capitalised surname. */
export const personRules: readonly Rule[] = [
  {
    id: 'person/title-name',
    type: 'person',
    description: 'A title, rank or honorific followed by a capitalised name (the linker gives the title to the role).',
    confidence: 0.85,
    examples: [
      { text: 'Lt Gen Ahmed Sharif Chaudhry briefed reporters.', span: 'Ahmed Sharif Chaudhry' },
      { text: 'The court ordered Mr Khan to appear.', span: 'Khan' },
      { text: 'The briefing was led by Maulana Zarif Qaderi on Monday.', span: 'Zarif Qaderi' },
    ],
    counterExamples: ['The president said on Monday that talks would go on.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (!doc.capitalised[i] || doc.capsLine[i]) continue;
        const title = phraseAt(doc, i, context.titles);
        if (title === undefined) continue;
        const first = nextKeyed(doc, title.last);
        if (first < 0 || isStackedTitle(doc, first, context)) continue;
        const last = capitalisedRun(doc, first, context, 4, 'person');
        if (last >= 0) emit(first, last);
        i = title.last;
      }
    },
  },
  {
    id: 'person/given-name',
    type: 'person',
    description: 'A known given name followed by one to three capitalised words, with the lineage words before it.',
    confidence: 0.75,
    examples: [
      { text: 'Talks were held with Farhan Yusufzai in the capital.', span: 'Farhan Yusufzai' },
      { text: 'The counsel, Khwaja Ahmad Hussain, argued.', span: 'Khwaja Ahmad Hussain' },
    ],
    counterExamples: ['Monday Talks were held in the capital.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (!doc.capitalised[i] || doc.capsLine[i] || !context.givenNames.has(doc.key[i]!)) continue;
        const next = nextKeyed(doc, i);
        if (next < 0 || !isNameWord(doc, next, context, 'person') && !context.particles.has(doc.key[next]!)) continue;
        const last = capitalisedRun(doc, i, context, 4, 'person');
        if (last > i) {
          emit(lineageStart(doc, i, context), last);
          i = last;
        }
      }
    },
  },
  {
    id: 'person/known-surname',
    type: 'person',
    description: 'A capitalised word, not at the start of a sentence, followed by a known surname (not as a hyphened pair alone).',
    confidence: 0.65,
    examples: [{ text: 'The report was signed by Zarlasht Wardak and others.', span: 'Zarlasht Wardak' }],
    counterExamples: ['The Khan family left.', 'They praised the Sino-Pak friendship.', 'The Saudi Crown Prince Mohammed bin Salman spoke.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.sentenceInitial[i] || doc.capsLine[i] || !isNameWord(doc, i, context, 'person')) continue;
        // A title that ends in a surname-like word ("Crown Prince") is the title rule's to read
        if (phraseAt(doc, i, context.titles) !== undefined) continue;
        const next = nextKeyed(doc, i);
        if (next < 0 || !isNameWord(doc, next, context, 'person') || !context.surnames.has(doc.key[next]!)) continue;
        const last = capitalisedRun(doc, i, context, 4, 'person');
        // A hyphened pair that is the whole name is a compound word ("Sino-Pak"), not a name ("Shamsud-Din Jabbar")
        if (next !== i + 1 && last === next) continue;
        emit(i, last);
        i = last;
      }
    },
  },
  {
    id: 'person/speaker',
    type: 'person',
    description: 'A known surname alone right before a reporting verb ("Durrani said").',
    confidence: 0.6,
    examples: [
      { text: 'Earlier, Durrani said the talks had failed.', span: 'Durrani' },
      { text: 'Durrani said the talks had failed.', span: 'Durrani' },
    ],
    counterExamples: ['Earlier, Tanjug said the talks had failed.', 'Monday said nothing.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !isNameWord(doc, i, context, 'person')) continue;
        const next = nextKeyed(doc, i);
        const before = doc.tokens[i - 1];
        if (next < 0 || !context.reportingVerbs.has(doc.key[next]!) || (before?.kind === 'word' && doc.capitalised[i - 1])) continue;
        if (!context.surnames.has(doc.key[i]!)) continue;
        if (doc.tokens[i]!.text === doc.tokens[i]!.text.toUpperCase()) continue;
        emit(i, i);
      }
    },
  },
  {
    id: 'person/initials-surname',
    type: 'person',
    description: 'Initials followed by a capitalised surname ("A. Dale", "M.A. Butcher"), as scorecards and bylines write names.',
    confidence: 0.7,
    examples: [
      { text: 'Surrey: A. Dale 45, D. Blenkiron 12.', span: 'A. Dale' },
      { text: 'The memo was signed by Robert J. E. Kirwan on Monday.', span: 'Robert J. E. Kirwan' },
    ],
    counterExamples: ['I. Introduction', 'He chose Plan B. Then he left.', 'He advised the U.S. Council on Trade.', 'N. Korea urges talks.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (!isInitials(doc, i, context)) continue;
        let end = i;
        for (let next = nextKeyed(doc, end); next >= 0 && !doc.tokens[next]!.lineBefore && isInitials(doc, next, context); next = nextKeyed(doc, next)) end = next;
        const first = nextKeyed(doc, end);
        if (first < 0 || doc.tokens[first]!.lineBefore || !isNameWord(doc, first, context, 'person')) continue;
        // "N. Korea", "S. African": a compass letter before a place; only a known surname makes it a name ("S. Warne")
        if (end === i && COMPASS_INITIALS.has(doc.tokens[i]!.text) && !context.surnames.has(doc.key[first]!)) continue;
        const last = capitalisedRun(doc, first, context, 2, 'person');
        emit(namesBefore(doc, i, context), last);
        i = last;
      }
    },
  },
  {
    id: 'person/surname-first',
    type: 'person',
    description: 'A surname written first (Chinese, Korean, Vietnamese names) followed by one or two capitalised given names.',
    confidence: 0.7,
    examples: [{ text: 'Officials said Wang Donghai arrived on Monday.', span: 'Wang Donghai' }],
    counterExamples: ['Officials said Wang arrived on Monday.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !doc.capitalised[i] || !context.surnameFirst.has(doc.key[i]!)) continue;
        const next = nextKeyed(doc, i);
        if (next < 0 || !isNameWord(doc, next, context, 'person')) continue;
        const last = capitalisedRun(doc, i, context, 3, 'person');
        if (last <= i) continue;
        emit(i, last);
        i = last;
      }
    },
  },
];

/** Where a name starting at `first` really starts: before the capitalised lineage words written ahead of it. */
function lineageStart(doc: Document, first: number, context: RuleContext): number {
  let start = first;
  for (let p = previousKeyed(doc, start); p >= 0 && first - p <= 4 && doc.capitalised[p] && !doc.capsLine[p] && context.namePrefixes.has(doc.key[p]!); p = previousKeyed(doc, p)) {
    start = p;
  }
  return start;
}

/**
 * A second title after the first ("Lt Gen"): the name starts after it. A title word that is also a surname and
 * ends the run is the name itself ("Mr Khan").
 */
function isStackedTitle(doc: Document, i: number, context: RuleContext): boolean {
  if (!context.titles.has(doc.key[i]!) || phraseAt(doc, i, context.titles) === undefined) return false;
  const next = nextKeyed(doc, i);
  return !context.surnames.has(doc.key[i]!) || (next >= 0 && isNameWord(doc, next, context, 'person'));
}

/** Initials ("A.", "M.A."), not the roman numeral "I." nor an abbreviation written like initials ("U.S."). */
function isInitials(doc: Document, i: number, context: RuleContext): boolean {
  const text = doc.tokens[i]?.text ?? '';
  return !doc.capsLine[i] && INITIALS.test(text) && text !== 'I.' && (text.length === 2 || !context.notNames.has(text.replaceAll('.', '').toLowerCase()));
}

/** Where a name with initials starts: at earlier initials, or at a known given name right before them ("Paul A. Freund"). */
function namesBefore(doc: Document, first: number, context: RuleContext): number {
  let start = first;
  for (let p = previousKeyed(doc, start); p >= 0 && isInitials(doc, p, context); p = previousKeyed(doc, p)) start = p;
  const given = start - 1;
  return given >= 0 && !doc.tokens[start]!.lineBefore && context.givenNames.has(doc.key[given]!) && isNameWord(doc, given, context, 'person') ? given : start;
}

import type { Document } from '../tokenize/document.js';
import { capitalisedRun, isNameWord, nextKeyed, previousKeyed } from './runs.js';
import type { Rule } from './rule.js';

/** Places by context: a place word after the name, or a dateline. */
export const placeRules: readonly Rule[] = [
  {
    id: 'place/head-word',
    type: 'place',
    description: 'A capitalised name before a lowercase administrative or settlement word ("Kurram district", "Tirah valley"), not an adjective ("English county").',
    confidence: 0.75,
    examples: [{ text: 'Clashes were reported in the Spinwam tehsil overnight.', span: 'Spinwam' }],
    counterExamples: ['The district was quiet.', 'He visited the central Transylvanian town of Bistrita.', 'A bomber struck the Police Lines area.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capitalised[i] || !context.placeClassifiers.has(doc.key[i]!)) continue;
        const last = previousKeyed(doc, i);
        if (last < 0 || !isNameWord(doc, last, context, 'place') || isAdjective(doc.key[last]!)) continue;
        let first = last;
        for (let p = previousKeyed(doc, first); p >= 0 && last - p < 4 && isNameWord(doc, p, context, 'place') && !doc.sentenceInitial[p]; p = previousKeyed(doc, p)) first = p;
        if (doc.sentenceInitial[first] && first === last && context.givenNames.has(doc.key[first]!)) continue;
        // A capitalised word right before that cannot be part of a place name leaves the name's start unknown
        // ("Police Lines area"): better nothing than half a name.
        const before = first - 1;
        if (before >= 0 && doc.tokens[before]!.kind === 'word' && doc.capitalised[before] && !doc.sentenceInitial[before] && !context.closedWords.has(doc.key[before]!)) continue;
        emit(first, last);
      }
    },
  },
  {
    id: 'place/dateline',
    type: 'place',
    description: 'A name in capitals opening one of the first lines and followed by a colon or comma (a dateline: "PESHAWAR:").',
    confidence: 0.8,
    examples: [{ text: 'MASTUJ: Officials said the road reopened.', span: 'MASTUJ' }],
    counterExamples: ['Officials: the road reopened.'],
    propose(doc, context, emit) {
      for (let i = 0, line = 0; i < doc.tokens.length; i++) {
        if (i > 0 && doc.tokens[i]!.lineBefore) line++;
        if (line > MAX_DATELINE_LINE) break;
        if (!(i === 0 || doc.tokens[i]!.lineBefore) || doc.tokens[i]!.kind !== 'word') continue;
        const text = doc.tokens[i]!.text;
        if (text.length < 3 || text !== text.toUpperCase()) continue;
        let last = i;
        for (let j = nextKeyed(doc, i); j >= 0 && j - i < 4 && doc.tokens[j]!.kind === 'word' && doc.tokens[j]!.text === doc.tokens[j]!.text.toUpperCase(); j = nextKeyed(doc, j)) last = j;
        const after = doc.tokens[last + 1]?.text;
        if ((after === ':' || after === ',') && !context.notNames.has(doc.key[i]!)) emit(i, last);
      }
    },
  },
  {
    id: 'place/facility',
    type: 'place',
    description: 'Capitalised name words closed by the capitalised word of a built place or route ("Bourbon Street", "Tarbela Dam", "Mehran Airbase").',
    confidence: 0.75,
    examples: [{ text: 'Protesters gathered on Zarghun Road near the Kasi Stadium.', span: 'Zarghun Road' }],
    counterExamples: ['Protesters gathered on the road near the stadium.', 'The Road to Peace was published.'],
    propose(doc, context, emit) {
      for (let i = 1; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !doc.capitalised[i] || !context.placeFacilities.has(doc.key[i]!)) continue;
        let first = -1;
        for (let p = previousKeyed(doc, i); p >= 0 && i - p <= 4 && !doc.tokens[p + 1]!.lineBefore && isNameWord(doc, p, context, 'place') && !context.closedWords.has(doc.key[p]!); p = previousKeyed(doc, p)) {
          first = p;
        }
        if (first >= 0) emit(first, i);
      }
    },
  },
  {
    id: 'place/road-code',
    type: 'place',
    description: 'A road number before the word for its kind of road ("the N-40 highway", "M-2 motorway"), or a hyphened N or M number after "the" ("on the N-25").',
    confidence: 0.8,
    examples: [
      { text: 'Passengers were offloaded on the N-40 highway near the town.', span: 'N-40' },
      { text: 'Travel by night was banned on the N-25 after the attack.', span: 'N-25' },
    ],
    counterExamples: ['He bought an M-2 rifle on the road.', 'Its N2 rating fell.'],
    propose(doc, _context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        const code = roadCodeAt(doc, i);
        if (code < 0) continue;
        const next = nextKeyed(doc, code);
        const before = previousKeyed(doc, i);
        // "on the N-25 and the N-40": a hyphened national or motorway number after "the" is a road by itself
        const namedRoad = code === i + 2 && /^[NM]$/.test(doc.tokens[i]!.text) && before >= 0 && doc.key[before] === 'the';
        if ((next >= 0 && ROAD_KINDS.has(doc.key[next]!)) || namedRoad) emit(i, code);
        i = code;
      }
    },
  },
  {
    id: 'place/head-prefix',
    type: 'place',
    description: 'A capitalised place word that heads a name ("Lake Saiful Muluk", "Mount Tirich").',
    confidence: 0.7,
    examples: [{ text: 'Tourists reached Lake Saiful Muluk by jeep.', span: 'Lake Saiful Muluk' }],
    counterExamples: ['They reached the lake by jeep.'],
    propose(doc, context, emit) {
      for (let i = 0; i < doc.tokens.length; i++) {
        if (doc.capsLine[i] || !doc.capitalised[i] || !context.placePrefixes.has(doc.key[i]!)) continue;
        const next = nextKeyed(doc, i);
        if (next < 0 || !isNameWord(doc, next, context, 'place')) continue;
        const last = capitalisedRun(doc, i, context, 5, 'place');
        if (last <= i) continue;
        emit(i, last);
        i = last;
      }
    },
  },
];

/** Words for numbered roads: Pakistan's N (national highway), M (motorway) and E (expressway) roads and the like. */
const ROAD_KINDS = new Set(['highway', 'motorway', 'expressway', 'road', 'freeway']);

/** The last token of a road number starting at `i` ("N-40", "M2", "E-35"), or -1. */
function roadCodeAt(doc: Document, i: number): number {
  const text = doc.tokens[i]!.text;
  if (/^[NMEA]\d{1,3}$/.test(text)) return i;
  if (!/^[NMEA]$/.test(text) || doc.tokens[i + 1]?.text !== '-' || !/^\d{1,3}$/.test(doc.tokens[i + 2]?.text ?? '')) return -1;
  return doc.tokens[i + 1]!.start === doc.tokens[i]!.end && doc.tokens[i + 2]!.start === doc.tokens[i + 1]!.end ? i + 2 : -1;
}

/** Datelines open an article: its first few lines (headline, byline, dateline). */
const MAX_DATELINE_LINE = 3;

/** Adjectives of origin the demonym list lacks ("English", "Transylvanian") are not place names. */
function isAdjective(key: string): boolean {
  return /(?:ian|ish|ese|ean|ern)$/.test(key) && key.length > 4;
}

import { createTagger, type Dictionary, type TagResult } from '../src/index.js';

/** Small dictionaries written for the tests, so matcher behaviour is pinned apart from the bundled data. */
export const TEST_DICTIONARIES: readonly Dictionary[] = [
  {
    type: 'militant_group',
    entries: [
      { id: 'militant_group/ttp', name: 'Tehreek-i-Taliban Pakistan', aliases: ['Tehrik-i-Taliban Pakistan', 'Pakistani Taliban', 'Fitna al-Khawarij'], acronyms: ['TTP'] },
      { id: 'militant_group/taliban', name: 'Taliban' },
      { id: 'militant_group/is', name: 'Islamic State', acronyms: ['IS'] },
    ],
  },
  {
    type: 'place',
    entries: [
      { id: 'place/pakistan', name: 'Pakistan', meta: { kind: 'country', country: 'PK' } },
      { id: 'place/india', name: 'India', meta: { kind: 'country', country: 'IN' } },
      { id: 'place/pk/hyderabad', name: 'Hyderabad', meta: { kind: 'city', country: 'PK' } },
      { id: 'place/in/hyderabad', name: 'Hyderabad', meta: { kind: 'city', country: 'IN', population: 7000000 } },
      { id: 'place/gb/reading', name: 'Reading', ambiguous: 'common-word', meta: { kind: 'city', country: 'GB' } },
    ],
  },
  {
    type: 'organization',
    entries: [
      { id: 'organization/pk/pakistan-army', name: 'Pakistan Army' },
      { id: 'organization/dawn', name: 'Dawn', ambiguous: 'common-word', meta: { kind: 'media' } },
    ],
  },
];

export const testTagger = createTagger({ dictionaries: TEST_DICTIONARIES, bundledDictionaries: false });

export const spansOf = (result: TagResult) => result.spans.map((s) => [s.type, s.text, s.entityId] as const);

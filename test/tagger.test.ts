import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTagger, tag } from '../src/index.js';
import { spansOf, TEST_DICTIONARIES, testTagger } from './helpers.js';

const dictionaryTypes = (text: string) => spansOf(testTagger.tag(text)).filter(([, , id]) => !id.startsWith('local:'));

test('spellings, joiners, case and soft hyphens of one group are one entity', () => {
  const text = 'The TTP, or Tehrik-e-Taliban Pakistan, is what officials call Fitna al Khawarij; TEHREEK-I-TALIBAN PAKISTAN is banned in Pakis\u00adtan.';
  const result = testTagger.tag(text);
  const ttp = result.entities.filter((e) => e.id === 'militant_group/ttp');
  assert.is(ttp.length, 1);
  assert.is(ttp[0]!.count, 4);
  for (const span of result.spans) assert.is(text.slice(span.start, span.end), span.text);
  assert.ok(result.spans.some((s) => s.text === 'Pakis\u00adtan' && s.entityId === 'place/pakistan'));
});

test('a group named five ways (acronym, two spellings, the government\'s name, a descriptive name) is one entity', () => {
  const text = 'PESHAWAR: The banned Tehreek-i-Taliban Pakistan claimed the attack on a checkpost in Lakki Marwat. Officials said ' +
    'the TTP had crossed from Afghanistan. The Pakistani Taliban, as the group is also known, split from the Afghan Taliban ' +
    'in 2007. The government calls the Tehrik-e-Taliban Pakistan Fitna al-Khawarij.';
  const groups = tag(text).entities.filter((e) => e.type === 'militant_group');
  const ttp = groups.find((e) => e.id === 'militant_group/ttp')!;
  assert.equal(ttp.mentions, ['Tehreek-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban', 'Tehrik-e-Taliban Pakistan', 'Fitna al-Khawarij']);
  assert.equal(groups.map((e) => e.id).sort(), ['militant_group/taliban', 'militant_group/ttp']);
});

test('a result cannot change the dictionaries behind later results', () => {
  const entity = () => tag('The TTP attacked Bannu.').entities.find((e) => e.id === 'militant_group/ttp')!;
  const first = entity();
  assert.throws(() => ((first.meta as { country?: string }).country = 'XX'), TypeError);
  assert.throws(() => (first.aliases as string[]).push('Extra'), TypeError);
  assert.is(entity().meta.country, 'PK');
  const meta = { country: 'PK' };
  const custom = createTagger({ bundledDictionaries: false, dictionaries: [{ type: 'place', entries: [{ id: 'place/zarkhan', name: 'Zarkhan', meta }] }] });
  meta.country = 'XX';
  assert.is(custom.tag('Rain fell in Zarkhan.').entities[0]!.meta.country, 'PK');
});

test('acronyms match only in capitals', () => {
  assert.equal(dictionaryTypes('He said ttp and Ttp but not the TTP.'), [['militant_group', 'TTP', 'militant_group/ttp']]);
});

test('an acronym that opens with a digit matches in its own case', () => {
  const tagger = createTagger({
    bundledDictionaries: false,
    dictionaries: [{ type: 'organization', entries: [{ id: 'organization/9zx', name: 'Ninth Zone Exchange', acronyms: ['9ZX'] }] }],
  });
  assert.equal(tagger.tag('Shares of 9ZX fell, while 9zx did not.').spans.map((s) => s.text), ['9ZX']);
});

test('names need their capitals unless the line is in capitals', () => {
  assert.equal(dictionaryTypes('pakistan beat india'), []);
  assert.equal(dictionaryTypes('PAKISTAN BEAT INDIA'), [['place', 'PAKISTAN', 'place/pakistan'], ['place', 'INDIA', 'place/india']]);
});

test('the longest name wins and no leading "the" or possessive is taken', () => {
  assert.equal(dictionaryTypes("the Pakistan Army's chief"), [['organization', 'Pakistan Army', 'organization/pk/pakistan-army']]);
});

test('a two-letter acronym in a headline in capitals is a word', () => {
  assert.equal(dictionaryTypes('TALIBAN SAY PEACE IS NEAR'), [['militant_group', 'TALIBAN', 'militant_group/taliban']]);
  assert.equal(dictionaryTypes('Officials said IS claimed it.'), [['militant_group', 'IS', 'militant_group/is']]);
});

test('a shared name goes to the entry of a country the article mentions', () => {
  assert.equal(dictionaryTypes('Floods hit Hyderabad in Pakistan.')[0], ['place', 'Hyderabad', 'place/pk/hyderabad']);
  assert.equal(dictionaryTypes('Floods hit Hyderabad in India.')[0], ['place', 'Hyderabad', 'place/in/hyderabad']);
});

test('ambiguous names need context', () => {
  assert.equal(dictionaryTypes('Reading is popular. He moved to Reading last year.'), [['place', 'Reading', 'place/gb/reading']]);
  assert.equal(dictionaryTypes('Dawn broke over the hills.'), []);
  assert.equal(dictionaryTypes('He told Dawn on Monday.'), [['organization', 'Dawn', 'organization/dawn']]);
});

test('types restrict the output', () => {
  const tagger = createTagger({ dictionaries: TEST_DICTIONARIES, bundledDictionaries: false, types: ['place'] });
  assert.equal(spansOf(tagger.tag('The TTP attacked in Pakistan.')).map(([type]) => type), ['place']);
});

test('a later dictionary entry replaces an earlier one with the same id', () => {
  const tagger = createTagger({
    bundledDictionaries: false,
    dictionaries: [...TEST_DICTIONARIES, { type: 'militant_group', entries: [{ id: 'militant_group/ttp', name: 'TTP (renamed)', acronyms: ['TTP'] }] }],
  });
  const spans = tagger.tag('The TTP, or Tehrik-i-Taliban Pakistan.').spans.filter((s) => s.entityId === 'militant_group/ttp');
  assert.equal(spans.map((s) => [s.text, s.name]), [['TTP', 'TTP (renamed)']]);
});

test('spans carry source, id, confidence and sentence', () => {
  const span = testTagger.tag('First one.\nThe TTP said.').spans.find((s) => s.text === 'TTP')!;
  assert.is(span.source, 'dictionary');
  assert.is(span.sourceId, 'militant_group/ttp');
  assert.is(span.sentence, 1);
  assert.ok(span.confidence > 0 && span.confidence <= 1);
});

test('entities list mentions, span indices, salience and curated metadata', () => {
  const result = testTagger.tag('Pakistan said. Later, Pakistan and India met.');
  const pakistan = result.entities.find((e) => e.id === 'place/pakistan')!;
  assert.equal(pakistan.mentions, ['Pakistan']);
  assert.is(pakistan.count, 2);
  assert.equal(pakistan.spans.map((i) => result.spans[i]!.entityId), ['place/pakistan', 'place/pakistan']);
  assert.is(pakistan.salience, 1);
  assert.is(pakistan.meta.country, 'PK');
  assert.ok(result.entities.find((e) => e.id === 'place/india')!.salience < 1);
});

test.run();

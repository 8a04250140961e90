import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTagger } from '../src/index.js';
import { TEST_DICTIONARIES, testTagger } from './helpers.js';

const tagger = createTagger({ bundledDictionaries: false, dictionaries: TEST_DICTIONARIES });

test('an acronym defined in the text is learnt and linked to its long form', () => {
  const text = 'The Zhobwal Reconstruction Authority (ZRA) met on Monday. Later the ZRA said funds had arrived.';
  const result = tagger.tag(text);
  const zra = result.spans.filter((s) => s.text === 'ZRA');
  assert.is(zra.length, 2);
  const long = result.spans.find((s) => s.text === 'Zhobwal Reconstruction Authority')!;
  for (const span of zra) {
    assert.is(span.entityId, long.entityId);
    assert.is(span.source, 'acronym');
    assert.is(span.type, 'organization');
  }
  assert.is(result.entities.find((e) => e.id === long.entityId)!.count, 3);
});

test('a text definition outranks a dictionary reading of the same letters', () => {
  const text = 'The Islamabad Shooting Society (IS) held its meeting. IS members attended.';
  const spans = tagger.tag(text).spans.filter((s) => s.text === 'IS');
  assert.ok(spans.length === 2 && spans.every((s) => s.source === 'acronym' && s.type === 'organization'));
});

test('a surname after the full name links to the same person, with its title as role', () => {
  const text = 'Caretaker Foreign Minister Jalil Abbas Jilani met envoys. Later, Mr Jilani said talks went well. Jilani left.';
  const result = tagger.tag(text);
  const people = result.spans.filter((s) => s.type === 'person');
  assert.equal(people.map((s) => s.text), ['Jalil Abbas Jilani', 'Jilani', 'Jilani']);
  assert.is(new Set(people.map((s) => s.entityId)).size, 1);
  assert.is(people[0]!.role, 'Caretaker Foreign Minister');
  assert.is(people[1]!.role, 'Mr');
  assert.is(people[2]!.source, 'coreference');
});

test('a surname two people share is not merged blindly', () => {
  const text = 'Imran Durrani and Sadia Durrani spoke. Durrani said the plan was sound.';
  const people = tagger.tag(text).spans.filter((s) => s.type === 'person');
  const full = people.filter((s) => s.text !== 'Durrani').map((s) => s.entityId);
  assert.is(new Set(full).size, 2);
  const alone = people.find((s) => s.text === 'Durrani');
  assert.ok(alone === undefined || (alone.source !== 'coreference' && !full.includes(alone.entityId)));
});

test('a name the text says a group is called links to that group, when the dictionary relates them', () => {
  const tagger = createTagger({
    bundledDictionaries: false,
    dictionaries: [{ type: 'militant_group', entries: [
      { id: 'militant_group/is', name: 'Islamic State', aliases: ['Daesh'], meta: { status: 'active' } },
      { id: 'militant_group/iskp', name: 'Islamic State Khorasan Province', acronyms: ['ISKP'], meta: { parent: 'militant_group/is' } },
      { id: 'militant_group/hamas', name: 'Hamas', meta: { status: 'active' } },
    ] }],
  });
  const linked = tagger.tag('Fighters died in attacks by the ISKP, which they call Daesh. Daesh denied it.').spans;
  assert.equal(linked.map((s) => [s.text, s.entityId]), [['ISKP', 'militant_group/iskp'], ['Daesh', 'militant_group/iskp'], ['Daesh', 'militant_group/iskp']]);
  const unrelated = tagger.tag('Hamas, which they call Daesh, denied it.').spans;
  assert.equal(unrelated.map((s) => s.entityId), ['militant_group/hamas', 'militant_group/is']);
});

test('explain lists every candidate, and each loser names the winner and why', () => {
  const { result, candidates } = testTagger.explain('The Pakistan Army said.');
  assert.ok(result.spans.some((s) => s.text === 'Pakistan Army'));
  const lost = candidates.find((c) => c.text === 'Pakistan' && c.status === 'lost')!;
  assert.equal(lost.lostTo, { text: 'Pakistan Army', sourceId: 'organization/pk/pakistan-army', reason: 'longer' });
  assert.throws(() => testTagger.explain(null as never), (e: unknown) => e instanceof TypeError && /explain\(text\)/.test((e as Error).message));
});

test('a surname people share goes to the one named in full most often', () => {
  const text = 'Imran Durrani opened the meeting. Sadia Durrani spoke next. Imran Durrani closed it. Voters cheered. Later Durrani said the plan was sound.';
  const spans = tagger.tag(text).spans.filter((s) => s.type === 'person');
  const imran = spans.find((s) => s.text === 'Imran Durrani')!;
  assert.is(spans.find((s) => s.text === 'Durrani')!.entityId, imran.entityId);
});

test('a surname people share, named as often, goes to the one named in the sentence before', () => {
  const text = 'Imran Durrani opened the meeting. Voters cheered. Sadia Durrani spoke next. Durrani said the plan was sound.';
  const spans = tagger.tag(text).spans.filter((s) => s.type === 'person');
  const sadia = spans.find((s) => s.text === 'Sadia Durrani')!;
  assert.is(spans.find((s) => s.text === 'Durrani')!.entityId, sadia.entityId);
});

test('a city with a compass word after it is the part it names, not the city', () => {
  const result = tagger.tag('She held Hyderabad South for the party, and lost Hyderabad North-East in 2018.');
  const places = result.spans.filter((s) => s.type === 'place');
  assert.equal(places.map((s) => s.text), ['Hyderabad South', 'Hyderabad North-East']);
  assert.ok(places.every((s) => s.sourceId === 'place/compass-part' && !s.entityId.startsWith('place/pk/')));
});

test('a compass word that goes on into another name leaves the city alone', () => {
  const spans = tagger.tag('Fans in Hyderabad West Indies supporters club cheered.').spans;
  assert.ok(spans.some((s) => s.text === 'Hyderabad' && s.type === 'place'));
});

test.run();

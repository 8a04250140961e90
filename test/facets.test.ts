import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTagger, tag, toSearchDocument } from '../src/index.js';
import { testTagger } from './helpers.js';

const isTypeError = (pattern: RegExp) => (e: unknown) => e instanceof TypeError && pattern.test((e as Error).message) && /^newstag: /.test((e as Error).message);

const TEXT = 'TTP attack in Pakistan\n\nThe Tehreek-i-Taliban Pakistan claimed the suicide bombing. Officials in Pakistan said the ' +
  'Pakistani Taliban, which calls itself the TTP, operate from India, a charge India denied.';

test('one group spelled four ways is one facet value, with its mention count and salience', () => {
  const result = testTagger.tag(TEXT);
  assert.equal(result.facets.militant_group.map((v) => [v.id, v.name, v.count]), [['militant_group/ttp', 'Tehreek-i-Taliban Pakistan', 4]]);
  const ttp = result.entities.find((e) => e.id === 'militant_group/ttp')!;
  assert.is(result.facets.militant_group[0]!.salience, ttp.salience);
});

test('facet values are the distinct entities of each type, most salient first', () => {
  const { facets, entities } = testTagger.tag(TEXT);
  assert.equal(facets.place.map((v) => v.id), ['place/pakistan', 'place/india']);
  assert.equal(facets.person, []);
  const total = facets.person.length + facets.organization.length + facets.place.length + facets.militant_group.length;
  assert.is(total, entities.length);
});

test('topic facets are the topics, with their evidence count and score', () => {
  const result = testTagger.tag(TEXT);
  assert.equal(result.facets.topic.map((v) => v.id), result.topics.map((t) => t.code));
  const [first] = result.facets.topic;
  assert.is(first!.name, 'terrorism');
  assert.is(first!.count, result.topics[0]!.evidence.cues.length + result.topics[0]!.evidence.entities.length);
  assert.is(first!.salience, result.topics[0]!.score);
});

test('facets are frozen and survive JSON', () => {
  const result = testTagger.tag(TEXT);
  assert.ok(Object.isFrozen(result.facets) && Object.isFrozen(result.facets.place) && Object.isFrozen(result.facets.place[0]));
  assert.equal(JSON.parse(JSON.stringify(result.facets)), result.facets);
});

test('a search document holds names and ids per type, topic labels, codes and tree', () => {
  const doc = toSearchDocument(testTagger.tag(TEXT));
  assert.equal(doc.militant_group, ['Tehreek-i-Taliban Pakistan']);
  assert.equal(doc.militant_group_ids, ['militant_group/ttp']);
  assert.equal(doc.place, ['Pakistan', 'India']);
  assert.equal(doc.person, []);
  assert.equal(doc.topic, ['terrorism']);
  assert.equal(doc.topic_codes, ['medtop:20000103']);
  assert.equal(doc.topic_tree, ['medtop:02000000', 'medtop:20000082', 'medtop:20000103']);
  assert.equal(Object.keys(doc).sort(), [
    'militant_group', 'militant_group_ids', 'organization', 'organization_ids', 'person', 'person_ids', 'place', 'place_ids',
    'topic', 'topic_codes', 'topic_tree',
  ]);
});

test('two entities with one name are one name in the document and two ids', () => {
  const tagger = createTagger({ bundledDictionaries: false, dictionaries: [{ type: 'organization', entries: [
    { id: 'organization/acme-alpha', name: 'Acme', aliases: ['Acme Alpha'] },
    { id: 'organization/acme-beta', name: 'Acme', aliases: ['Acme Beta'] },
  ] }] });
  const doc = toSearchDocument(tagger.tag('Acme Alpha and Acme Beta signed a deal.'), ['organization', 'organization_ids']);
  assert.equal(doc, { organization: ['Acme'], organization_ids: ['organization/acme-alpha', 'organization/acme-beta'] });
});

test('fields picks what the document holds', () => {
  assert.equal(toSearchDocument(testTagger.tag(TEXT), ['militant_group', 'topic']), { militant_group: ['Tehreek-i-Taliban Pakistan'], topic: ['terrorism'] });
  assert.equal(toSearchDocument(tag(''), []), {});
});

test('bad arguments to toSearchDocument are TypeErrors naming them', () => {
  assert.throws(() => toSearchDocument('text' as never), isTypeError(/toSearchDocument\(result\): result must be a result of tag\(\)/));
  assert.throws(() => toSearchDocument(tag(''), 'place' as never), isTypeError(/fields must be an array/));
  assert.throws(() => toSearchDocument(tag(''), ['places'] as never), isTypeError(/each field must be one of .*found a string \("places"\)/));
});

test.run();

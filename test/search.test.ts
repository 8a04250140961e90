import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { indexArticles, readArticles, searchWithFacets, type ArticleIndex } from '../examples/search/search.js';
import { tag } from '../src/index.js';

/** Canonical names as the bundled dictionaries spell them, so the test follows a renamed entry. */
const nameOf = (text: string, id: string) => tag(text).entities.find((e) => e.id === id)?.name ?? id;
const TTP = nameOf('The TTP said.', 'militant_group/ttp');
const ISKP = nameOf('The ISKP said.', 'militant_group/iskp');

let db: ArticleIndex;

test.before(async () => {
  db = await indexArticles(readArticles());
});

test('the example indexes its twelve articles', async () => {
  const { hits } = await searchWithFacets(db, '');
  assert.is(hits.length, 12);
});

test('one group spelled three ways in three articles is one facet value counted three times', async () => {
  const { facets } = await searchWithFacets(db, '');
  assert.is(facets.militant_group[TTP], 3); // "Tehreek-i-Taliban Pakistan"/"TTP", "Pakistani Taliban", "Tehrik-i-Taliban Pakistan"
  assert.is(facets.militant_group[ISKP], 2); // "Islamic State Khorasan Province"/"ISKP"/"IS-K", and again in Kabul
  assert.is(facets.place['Kabul'], 2);
});

test('topic facets count the articles of each topic', async () => {
  const { facets } = await searchWithFacets(db, '');
  assert.equal(facets.topic, {
    'terrorism': 7, 'armed conflict': 2, 'guerrilla activity': 1, 'armed forces': 1, 'diplomacy': 1, 'police': 1,
    'sport': 1, 'natural disaster': 1, 'economy': 1,
  });
});

test('a full-text query narrows the facets to its hits', async () => {
  const { hits, facets } = await searchWithFacets(db, 'Kabul');
  assert.equal(hits, ['05-kabul-regional-talks', '06-kabul-iskp-ministry']);
  assert.equal(facets.topic, { terrorism: 2, diplomacy: 1 });
  assert.is(facets.militant_group[ISKP], 1);
});

test('a topic branch filters on the IPTC tree: every article under "conflict, war and peace"', async () => {
  const { hits } = await searchWithFacets(db, '', 'medtop:16000000');
  assert.equal(hits, ['03-quetta-bla', '07-beirut-hezbollah', '08-red-sea-houthis']);
});

test.run();

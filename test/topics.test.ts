import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nounPhrases, verbForms } from '../scripts/dictionaries/inflect.js';
import { createTagger, tag } from '../src/index.js';
import { TEST_DICTIONARIES } from './helpers.js';

const TERRORISM = 'medtop:20000103';
const SPORT = 'medtop:15000000';
const DIPLOMACY = 'medtop:20000639';
const codes = (text: string, tagger = createTagger()) => tagger.tag(text).topics.map((t) => t.code);
/** Returns every topic with any evidence, to look at the evidence of weak ones. */
const everyTopic = createTagger({ topics: { threshold: 0, limit: 50 } });
const isTypeError = (pattern: RegExp) => (e: unknown) => e instanceof TypeError && pattern.test((e as Error).message) && /^newstag: /.test((e as Error).message);

const ATTACK = 'Suicide bomber kills 12 at Quetta market\n\nQUETTA: A suicide bomber blew himself up in a crowded market on Monday, ' +
  'killing 12 people. The banned TTP claimed responsibility for the attack, and the Counter Terrorism Department began an investigation.';

test('verbs and nouns are inflected regularly; irregular forms are left to the cue file', () => {
  const table: [string, string[]][] = [
    ['attack', ['attacks', 'attacked', 'attacking']], ['ban', ['bans', 'banned', 'banning']], ['vote', ['votes', 'voted', 'voting']],
    ['try', ['tries', 'tried', 'trying']], ['ambush', ['ambushes', 'ambushed', 'ambushing']], ['target', ['targets', 'targeted', 'targeting']],
  ];
  for (const [verb, forms] of table) assert.equal(verbForms(verb), forms, verb);
  assert.equal(nounPhrases('suicide attack'), ['suicide attack', 'suicide attacks']);
  assert.equal(nounPhrases('gunman'), ['gunman', 'gunmen']);
  assert.equal(nounPhrases('casualty'), ['casualty', 'casualties']);
});

test('a topic carries its IPTC code, label, parent, level, ancestors and score in 0..1', () => {
  const [terrorism] = tag(ATTACK).topics;
  assert.ok(terrorism !== undefined);
  assert.is(terrorism.code, TERRORISM);
  assert.is(terrorism.label, 'terrorism');
  assert.is(terrorism.parent, 'medtop:20000082');
  assert.is(terrorism.level, 3);
  assert.equal(terrorism.ancestors, ['medtop:02000000', 'medtop:20000082']);
  assert.ok(terrorism.score > 0.35 && terrorism.score <= 1);
});

test('evidence spans slice the text exactly and add up what earned the topic', () => {
  const result = tag(ATTACK);
  const [terrorism] = result.topics;
  const cueTexts = terrorism!.evidence.cues.map((c) => c.text);
  for (const cue of terrorism!.evidence.cues) assert.is(ATTACK.slice(cue.start, cue.end), cue.text);
  assert.ok(cueTexts.includes('Suicide bomber') && cueTexts.includes('claimed responsibility'));
  assert.ok(terrorism!.evidence.entities.some((e) => e.entityId === 'militant_group/ttp' && e.reason === 'militant_group'));
});

test('the headline counts twice, the lede one and a half times, the body once', () => {
  const weightOf = (text: string) => everyTopic.tag(text).topics.find((t) => t.code === TERRORISM)?.evidence.cues.find((c) => c.text === 'bombing')?.weight;
  const body = 'Second paragraph follows.\n\nThird paragraph here. Then the bombing was condemned.';
  assert.is(weightOf(`Market bombing\n\nLede sentence.\n\n${body}`), 2 * 2);
  assert.is(weightOf('Headline\n\nThe bombing was condemned by all.\n\nBody text.'), 2 * 1.5);
  assert.is(weightOf(`Headline\n\nLede sentence.\n\n${body}`), 2);
});

test('a repeated cue counts less each time: the n-th time is worth 1/n', () => {
  const text = 'Headline\n\nLede.\n\nBody.\n\nThe bombing. The bombing. The bombing.';
  const weights = everyTopic.tag(text).topics[0]!.evidence.cues.filter((c) => c.text === 'bombing').map((c) => c.weight);
  assert.equal(weights, [2, 1, 0.667]);
});

test('the longest cue wins its words: a bowling attack is cricket, not terrorism', () => {
  const cricket = 'Rabada leads the bowling attack as South Africa bowled out Pakistan for 180 in the first Test at Karachi.';
  assert.equal(codes(cricket), [SPORT]);
  const evidence = tag(cricket).topics[0]!.evidence.cues.map((c) => c.text);
  assert.ok(evidence.includes('bowling attack') && !evidence.includes('attack'));
});

test('cased cues need their capitals: a Test match, not a blood test', () => {
  assert.ok(tag('Pakistan won the second Test by an innings.').topics.some((t) => t.code === SPORT));
  assert.not.ok(tag('Doctors ordered a blood test and more tests.').topics.some((t) => t.code === SPORT));
});

test('entity evidence works by type, kind and role, not by id', () => {
  const tagger = createTagger({
    bundledDictionaries: false,
    dictionaries: [...TEST_DICTIONARIES, { type: 'person', entries: [{ id: 'person/test-envoy', name: 'Amina Zafar', meta: { role: 'Foreign Minister of Testland' } }] }],
  });
  const diplomacy = tagger.tag('Amina Zafar met her counterpart.').topics.find((t) => t.code === DIPLOMACY);
  assert.ok(diplomacy?.evidence.entities.some((e) => e.entityId === 'person/test-envoy' && /^role: Foreign Minister/.test(e.reason)));
});

test('no evidence, no topics; topics: false turns scoring off', () => {
  assert.equal(tag('').topics, []);
  assert.equal(tag('The weather.').facets.topic.length, tag('The weather.').topics.length);
  const off = createTagger({ topics: false });
  assert.equal(off.tag(ATTACK).topics, []);
  assert.equal(off.tag(ATTACK).facets.topic, []);
  assert.is(off.options.topics, false);
});

test('threshold and limit bound what comes back, best first', () => {
  const all = everyTopic.tag(ATTACK).topics;
  assert.ok(all.length > 1);
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.score >= all[i]!.score);
  assert.is(createTagger({ topics: { limit: 1 } }).tag(ATTACK).topics.length, 1);
  assert.equal(createTagger({ topics: { threshold: 1 } }).tag(ATTACK).topics, []);
  assert.equal(createTagger().options.topics, { threshold: 0.35, limit: 5 });
});

test('a topic and its ancestor are not both returned', () => {
  const topics = everyTopic.tag(ATTACK).topics;
  const returned = new Set(topics.map((t) => t.code));
  for (const topic of topics) for (const ancestor of topic.ancestors) assert.not.ok(returned.has(ancestor), `${topic.code} and ${ancestor}`);
});

test('topics are deterministic, frozen and JSON-serialisable', () => {
  const a = tag(ATTACK);
  assert.equal(JSON.parse(JSON.stringify(a.topics)), tag(ATTACK).topics);
  for (const topic of a.topics) {
    assert.ok(Object.isFrozen(topic) && Object.isFrozen(topic.evidence) && Object.isFrozen(topic.evidence.cues) && Object.isFrozen(topic.ancestors));
    for (const cue of topic.evidence.cues) assert.ok(Object.isFrozen(cue));
  }
});

test('bad topic options are TypeErrors naming the option', () => {
  assert.throws(() => createTagger({ topics: true } as never), isTypeError(/options.topics must be false or an object/));
  assert.throws(() => createTagger({ topics: { threshold: 2 } }), isTypeError(/options.topics.threshold must be a number from 0 to 1, but found number 2/));
  assert.throws(() => createTagger({ topics: { threshold: Number.NaN } }), isTypeError(/options.topics.threshold/));
  assert.throws(() => createTagger({ topics: { limit: 0 } }), isTypeError(/options.topics.limit must be a whole number of at least 1/));
  assert.throws(() => createTagger({ topics: { limit: 2.5 } }), isTypeError(/options.topics.limit/));
  assert.throws(() => createTagger({ topics: { top: 3 } } as never), isTypeError(/options.topics: option "top" must be one of threshold, limit/));
});

test.run();

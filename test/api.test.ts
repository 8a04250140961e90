import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as api from '../src/index.js';
import { createTagger, tag } from '../src/index.js';
import { TEST_DICTIONARIES } from './helpers.js';

const isTypeError = (pattern: RegExp) => (e: unknown) => e instanceof TypeError && pattern.test((e as Error).message) && /^newstag: /.test((e as Error).message);

test('the public exports are exactly these', () => {
  assert.equal(Object.keys(api).sort(), [
    'ENTITY_TYPES', 'createPool', 'createTagStream', 'createTagger', 'renderHtml', 'tag', 'tagManyAsync', 'toSearchDocument', 'tokenize',
  ]);
});

test('results are frozen and JSON-serialisable', () => {
  const result = tag('ISLAMABAD: Officials met in Kabul.');
  assert.ok(Object.isFrozen(result) && Object.isFrozen(result.spans) && Object.isFrozen(result.entities));
  for (const span of result.spans) assert.ok(Object.isFrozen(span));
  assert.equal(JSON.parse(JSON.stringify(result)), result);
  assert.equal(result.topics, []);
});

test('bad input to tag is a TypeError naming the argument and what was found', () => {
  assert.throws(() => tag(undefined as unknown as string), isTypeError(/tag\(text\): text must be a string, but found undefined/));
  assert.throws(() => tag({} as unknown as string), isTypeError(/found an object/));
});

test('bad options are TypeErrors naming the option', () => {
  assert.throws(() => createTagger('x' as never), isTypeError(/options must be an object/));
  assert.throws(() => createTagger({ typos: true } as never), isTypeError(/option "typos"/));
  assert.throws(() => createTagger({ types: ['persons'] } as never), isTypeError(/options.types/));
  assert.throws(() => createTagger({ types: [] }), isTypeError(/options.types/));
  assert.throws(() => createTagger({ bundledDictionaries: 'no' } as never), isTypeError(/bundledDictionaries must be a boolean/));
});

test('bad dictionaries are TypeErrors naming dictionary, entry and field', () => {
  assert.throws(() => createTagger({ dictionaries: {} as never }), isTypeError(/options.dictionaries must be an array/));
  assert.throws(() => createTagger({ dictionaries: [{ type: 'thing', entries: [] }] as never }), isTypeError(/dictionaries\[0\].type/));
  assert.throws(
    () => createTagger({ dictionaries: [{ type: 'place', entries: [{ id: 'place/x', name: 'X', aliases: [3] }] }] as never }),
    isTypeError(/dictionaries\[0\].entries\[0\].aliases\[0\] \(place\/x\)/),
  );
  assert.throws(
    () => createTagger({ dictionaries: [{ type: 'place', entries: [{ id: 'person/x', name: 'X' }] }] as never }),
    isTypeError(/entries\[0\].id/),
  );
});

test('taggers are independent: one with extra entries does not change another', () => {
  const plain = createTagger({ bundledDictionaries: false });
  const rich = createTagger({ bundledDictionaries: false, dictionaries: TEST_DICTIONARIES });
  assert.ok(rich.tag('The TTP said.').spans.some((s) => s.entityId === 'militant_group/ttp'));
  assert.not.ok(plain.tag('The TTP said.').spans.some((s) => s.entityId === 'militant_group/ttp'));
  assert.ok(Object.isFrozen(rich) && Object.isFrozen(rich.options));
});

test('tagMany yields in order, and a bad record becomes an error record with its position', () => {
  const tagger = createTagger({ bundledDictionaries: false, dictionaries: TEST_DICTIONARIES });
  const out = [...tagger.tagMany(['The TTP said.', 42, 'In Pakistan.'])];
  assert.is(out.length, 3);
  assert.ok('spans' in out[0]! && out[0].spans[0]!.text === 'TTP');
  assert.ok('error' in out[1]! && out[1].index === 1 && /found number 42/.test(out[1].error));
  assert.ok('spans' in out[2]! && out[2].spans[0]!.text === 'Pakistan');
  assert.throws(() => [...tagger.tagMany(7 as never)], isTypeError(/tagMany\(texts\)/));
});

test.run();

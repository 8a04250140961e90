import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createPool, createTagger, tag, tagManyAsync, type TagError, type TagResult } from '../src/index.js';
import { fixtureTexts } from '../scripts/bench/synthetic.js';

const texts = fixtureTexts();
const isTypeError = (pattern: RegExp) => (e: unknown) => e instanceof TypeError && pattern.test((e as Error).message) && /^newstag: /.test((e as Error).message);
const pool = createPool({ workers: 2 });

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield item;
  }
}

test('pool.tag gives the same frozen results as tag(), for many concurrent calls, in order', async () => {
  const results = await Promise.all(texts.map((text) => pool.tag(text)));
  assert.ok(JSON.stringify(results) === JSON.stringify(texts.map((text) => tag(text))), 'pool results differ from tag()');
  assert.ok(results.every((r) => Object.isFrozen(r) && Object.isFrozen(r.spans) && r.spans.every((s) => Object.isFrozen(s))));
  assert.is(pool.workers, 2);
});

test('pool.tag rejects a text that is not a string with a TypeError', async () => {
  await pool.tag(42 as never).then(() => assert.unreachable(), (e: unknown) => assert.ok(isTypeError(/pool.tag\(text\): text must be a string, but found number 42/)(e)));
});

test('tagManyAsync: async iterables on a pool or on this thread, in order, a bad record becomes a TagError', async () => {
  const input = [texts[0], 7, texts[1], texts[2]];
  const onPool: (TagResult | TagError)[] = [];
  for await (const result of tagManyAsync(slowly(input), { pool })) onPool.push(result);
  const onThread: (TagResult | TagError)[] = [];
  for await (const result of tagManyAsync(slowly(input))) onThread.push(result);
  assert.is(onPool.length, 4);
  assert.ok([0, 2, 3].every((i) => JSON.stringify(onPool[i]) === JSON.stringify(onThread[i])));
  assert.equal(onThread[0], tag(texts[0]!));
  for (const out of [onPool, onThread]) assert.ok('error' in out[1]! && out[1].index === 1 && /must be a string, but found number 7/.test(out[1].error));
  const custom = createTagger({ types: ['place'] });
  for await (const result of tagManyAsync([texts[0]], { tagger: custom })) assert.ok((result as TagResult).spans.every((s) => s.type === 'place'));
});

test('tagManyAsync stops with an AbortError when its signal aborts', async () => {
  const controller = new AbortController();
  let seen = 0;
  const run = async () => {
    for await (const _ of tagManyAsync(slowly(texts), { signal: controller.signal })) if (++seen === 2) controller.abort();
  };
  await run().then(() => assert.unreachable(), (error: Error) => assert.is(error.name, 'AbortError'));
  assert.is(seen, 2);
});

test('bad arguments are TypeErrors naming them', () => {
  assert.throws(() => createPool({ workers: 0 }), isTypeError(/createPool\(options\): options.workers must be a whole number from 1 to 256/));
  assert.throws(() => createPool({ workers: 1.5 }), isTypeError(/options.workers/));
  assert.throws(() => createPool({ threads: 2 } as never), isTypeError(/option "threads"/));
  assert.throws(() => tagManyAsync('text' as never), isTypeError(/tagManyAsync\(texts, options\): texts must be an iterable/));
  assert.throws(() => tagManyAsync([], { pool, tagger: createTagger() }), isTypeError(/not both/));
});

test('bad tagger options reject the first call with the tagger\'s TypeError', async () => {
  const bad = createPool({ workers: 1, taggerOptions: { types: ['planet'] } as never });
  await bad.tag('x').then(() => assert.unreachable(), (e: unknown) => assert.ok(isTypeError(/options.types/)(e)));
  await bad.close();
});

test('a closed pool rejects further calls, saying what to do', async () => {
  await pool.close();
  await pool.tag('x').then(() => assert.unreachable(), (e: unknown) => assert.ok(isTypeError(/the pool is closed; create another with createPool/)(e)));
});

test.run();

import { defaultTagger } from '../default-tagger.js';
import { invalidArgument } from '../errors.js';
import type { TagError, TagResult, Tagger } from '../types.js';
import { checkOptions, checkSignal } from './options.js';
import { mapOrdered } from './ordered.js';
import type { Pool } from './pool.js';

/** Options of `tagManyAsync`: tag with a tagger on this thread (default: the default tagger) or with a pool. */
export interface TagManyAsyncOptions {
  readonly tagger?: Tagger;
  readonly pool?: Pool;
  /** Aborting stops the iteration with an AbortError before the next record. */
  readonly signal?: AbortSignal;
}

const WHERE = 'tagManyAsync(texts, options)';

async function* numbered(texts: AsyncIterable<unknown> | Iterable<unknown>, signal: AbortSignal | undefined): AsyncGenerator<[unknown, number]> {
  let index = 0;
  for await (const text of texts) {
    signal?.throwIfAborted();
    yield [text, index++];
  }
}

async function* onThread(records: AsyncIterable<[unknown, number]>, tagger: Tagger): AsyncGenerator<TagResult | TagError> {
  for await (const [text, index] of records) {
    try {
      yield tagger.tag(text as string);
    } catch (error) {
      yield Object.freeze({ error: (error as Error).message, index });
    }
  }
}

function onPool(records: AsyncIterable<[unknown, number]>, pool: Pool): AsyncGenerator<TagResult | TagError> {
  const work = ([text, index]: [unknown, number]): Promise<TagResult | TagError> =>
    pool.tag(text as string).catch((error: Error) => Object.freeze({ error: error.message, index }));
  return mapOrdered(records, work, pool.workers * 2);
}

/**
 * Tags an async (or sync) iterable of texts, yielding results in input order; a record that is not a string yields
 * a `TagError` in its place. With a pool, several records are tagged at once on its threads.
 *
 * @example for await (const result of tagManyAsync(readArticles(), { pool })) save(result);
 */
export function tagManyAsync(texts: AsyncIterable<unknown> | Iterable<unknown>, options?: TagManyAsyncOptions): AsyncGenerator<TagResult | TagError> {
  const iterable = typeof texts === 'object' && texts !== null
    && (Symbol.asyncIterator in texts || Symbol.iterator in texts);
  if (!iterable) throw invalidArgument(`${WHERE}: texts`, 'an iterable or async iterable of strings', texts);
  const read = checkOptions(WHERE, options, ['tagger', 'pool', 'signal']);
  if (read.tagger !== undefined && read.pool !== undefined) throw new TypeError(`newstag: ${WHERE}: give options.tagger or options.pool, not both`);
  const records = numbered(texts, checkSignal(WHERE, read.signal));
  return read.pool === undefined ? onThread(records, (read.tagger as Tagger | undefined) ?? defaultTagger()) : onPool(records, read.pool as Pool);
}

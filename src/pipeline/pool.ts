import { availableParallelism } from 'node:os';
import { assertString } from '../errors.js';
import type { TagResult, TaggerOptions } from '../types.js';
import { checkOptions, checkWorkers } from './options.js';
import { workerRunner } from './workers.js';

/** Options of `createPool`. */
export interface PoolOptions {
  /** Worker threads (default: the cores available). */
  readonly workers?: number;
  /** Options for the tagger each thread builds, as for `createTagger` (default: bundled dictionaries, all types). */
  readonly taggerOptions?: TaggerOptions;
}

/** Taggers on worker threads, for servers that tag on request without blocking their event loop. */
export interface Pool {
  /** Tags one article on a free thread; rejects with a TypeError for a text that is not a string. */
  tag(text: string): Promise<TagResult>;
  /** Stops the threads once the tasks already sent are done; `tag` rejects afterwards. */
  close(): Promise<void>;
  readonly workers: number;
}

/**
 * Starts a pool of taggers on worker threads (each builds its tagger once, in about a second).
 *
 * @example
 * const pool = createPool({ workers: 2 });
 * const results = await Promise.all(texts.map((text) => pool.tag(text)));
 * await pool.close();
 */
export function createPool(options?: PoolOptions): Pool {
  const read = checkOptions('createPool(options)', options, ['workers', 'taggerOptions']);
  const workers = checkWorkers('createPool(options)', read.workers, availableParallelism());
  const runner = workerRunner(workers, read.taggerOptions as TaggerOptions | undefined);
  let closed = false;
  return Object.freeze({
    workers,
    async tag(text: string): Promise<TagResult> {
      assertString('pool.tag(text): text', text);
      if (closed) throw new TypeError('newstag: pool.tag(text): the pool is closed; create another with createPool()');
      return (await runner.texts([text], 0))[0] as TagResult;
    },
    async close(): Promise<void> {
      closed = true;
      await runner.close();
    },
  });
}

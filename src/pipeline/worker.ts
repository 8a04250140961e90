/** A tagging thread of the pool: builds its own tagger from the pool's options, then runs the tasks it is sent. */
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { defaultTagger } from '../default-tagger.js';
import { createTagger } from '../tagger.js';
import type { Tagger, TaggerOptions } from '../types.js';
import { runTask, type Task } from './task.js';

let tagger: Tagger | undefined;

/** The thread's tagger, built on the first task so that bad options reject that task instead of killing the thread. */
function threadTagger(): Tagger {
  const options = (workerData as { taggerOptions?: TaggerOptions } | undefined)?.taggerOptions;
  tagger ??= options === undefined ? defaultTagger() : createTagger(options);
  return tagger;
}

/** Piscina calls the default export with each task; JSON Lines output bytes are moved to the calling thread, not copied. */
export default function run(task: Task): unknown {
  const output = runTask(threadTagger(), task);
  if (Array.isArray(output)) return output;
  return move({ [transferableSymbol]: [output.bytes.buffer], [valueSymbol]: output });
}

import { defaultTagger } from '../default-tagger.js';
import { createTagger } from '../tagger.js';
import type { TagError, TagResult, Tagger, TaggerOptions } from '../types.js';
import type { JsonLinesBatch, JsonLinesOutput } from './jsonl.js';
import { tagJsonLines } from './jsonl.js';
import { tagTexts } from './task.js';
import { workerRunner } from './workers.js';

/** Runs tagging tasks, on the calling thread or on worker threads, and says how many can usefully run at once. */
export interface Runner {
  readonly threads: number;
  texts(texts: readonly unknown[], firstIndex: number): Promise<(TagResult | TagError)[]>;
  jsonl(batch: JsonLinesBatch): Promise<JsonLinesOutput>;
  close(): Promise<void>;
}

/** Resolves after the event loop has had a turn, so timers and I/O run between tasks on the calling thread. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A runner that tags on the calling thread with `tagger`, one task per turn of the event loop. */
export function localRunner(tagger: Tagger): Runner {
  return {
    threads: 1,
    texts: async (texts, firstIndex) => turn().then(() => tagTexts(tagger, texts, firstIndex)),
    jsonl: async (batch) => turn().then(() => tagJsonLines(tagger, batch)),
    close: async () => {},
  };
}

/** A runner on `workers` threads: the calling thread for 1 (threads only add messaging then), a pool for more. */
export function startRunner(workers: number, taggerOptions: TaggerOptions | undefined): Runner {
  if (workers > 1) return workerRunner(workers, taggerOptions);
  return localRunner(taggerOptions === undefined ? defaultTagger() : createTagger(taggerOptions));
}

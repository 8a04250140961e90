import type { TagError, TagResult, Tagger } from '../types.js';
import { tagJsonLines, type JsonLinesBatch, type JsonLinesOutput } from './jsonl.js';

/** Work for one tagging thread: a batch of texts (numbered from `firstIndex`), or a batch of JSON Lines. */
export type Task =
  | { readonly kind: 'texts'; readonly texts: readonly unknown[]; readonly firstIndex: number }
  | ({ readonly kind: 'jsonl' } & JsonLinesBatch);

/** Tags a batch of texts; a text that cannot be tagged yields a `TagError` in its place. */
export function tagTexts(tagger: Tagger, texts: readonly unknown[], firstIndex: number): (TagResult | TagError)[] {
  return texts.map((text, i) => {
    try {
      return tagger.tag(text as string);
    } catch (error) {
      return { error: (error as Error).message, index: firstIndex + i };
    }
  });
}

/** Runs one task; the same function serves the calling thread and the worker threads, so their output is identical. */
export function runTask(tagger: Tagger, task: Task): (TagResult | TagError)[] | JsonLinesOutput {
  return task.kind === 'texts' ? tagTexts(tagger, task.texts, task.firstIndex) : tagJsonLines(tagger, task);
}

import { createTagger } from './tagger.js';
import type { Tagger } from './types.js';

let shared: Tagger | undefined;

/** The default tagger (bundled dictionaries, all types), created on first use and shared by `tag()` and the pipelines. */
export function defaultTagger(): Tagger {
  shared ??= createTagger();
  return shared;
}

import { readFile } from 'node:fs/promises';
import { createTagger } from '../../tagger.js';
import type { EntityType } from '../../types.js';
import { colorsFor } from '../colors.js';
import { EXIT, UsageError } from '../exit.js';
import { renderExplanation } from '../format/explain.js';
import { readAll, write, type Io } from '../io.js';
import { taggerOptions } from '../options.js';

/** The options of `newstag explain`. */
export interface ExplainOptions {
  readonly file?: string;
  readonly json: boolean;
  readonly types?: EntityType[];
}

async function textOf(words: readonly string[], options: ExplainOptions, io: Io): Promise<string> {
  if (options.file !== undefined) {
    if (words.length > 0) throw new UsageError('explain takes text or --file FILE, not both');
    return readFile(options.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${JSON.stringify(options.file)} (${error.code ?? error.message}); give a text file to --file`);
    });
  }
  if (words.length === 1 && words[0] === '-') return readAll(io.stdin);
  if (words.length === 0) throw new UsageError('explain needs text: newstag explain "The TTP claimed the attack", --file FILE, or - for standard input');
  return words.join(' ');
}

/** `newstag explain`: which dictionary entries and rules proposed spans, which won, which lost and why. */
export async function explainCommand(words: readonly string[], options: ExplainOptions, io: Io): Promise<number> {
  const text = await textOf(words, options, io);
  const explanation = createTagger(taggerOptions(options.types)).explain(text);
  const out = options.json ? `${JSON.stringify(explanation, null, 2)}\n` : renderExplanation(explanation, colorsFor(io.stdout, io.env));
  await write(io.stdout, out);
  return EXIT.ok;
}

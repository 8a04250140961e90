import { readFile } from 'node:fs/promises';
import { createTagger } from '../../tagger.js';
import { mapOrdered } from '../../pipeline/ordered.js';
import { createPool, type Pool } from '../../pipeline/pool.js';
import type { TagResult, TaggerOptions } from '../../types.js';
import { colorsFor } from '../colors.js';
import { EXIT, UsageError } from '../exit.js';
import { documentWriter, type TaggedDocument } from '../format/documents.js';
import { resolveInput, type Input } from '../inputs.js';
import { readAll, write, type Io } from '../io.js';
import { taggerOptions, type TagOptions } from '../options.js';
import { startProgress } from '../progress.js';
import { tagJsonlCommand } from './tag-jsonl.js';

type Tag = (text: string) => Promise<TagResult>;
type Document = { readonly file?: string; readonly text: string } | { readonly file: string; readonly error: string };

async function* read(input: Input, io: Io): AsyncGenerator<Document> {
  if (input.kind === 'stdin') yield { text: await readAll(io.stdin) };
  else if (input.kind === 'file') yield { file: input.path, text: await readFile(input.path, 'utf8') };
  else {
    for (const file of input.files) {
      yield await readFile(file, 'utf8').then(
        (text) => ({ file, text }),
        (error: NodeJS.ErrnoException) => ({ file, error: `cannot read: ${error.code ?? error.message}` }),
      );
    }
  }
}

/** A tagger on this thread, or a pool when a folder's files can be spread over several workers. */
function tagFunction(input: Input, workers: number, options: TaggerOptions | undefined): { tag: Tag; pool?: Pool } {
  if (input.kind === 'folder' && input.files.length > 1 && workers > 1) {
    const pool = createPool({ workers, ...(options === undefined ? {} : { taggerOptions: options }) });
    return { tag: (text) => pool.tag(text), pool };
  }
  const tagger = createTagger(options);
  return { tag: async (text) => tagger.tag(text) };
}

/** `newstag tag FILE|DIR|-`: tags plain text and writes it as pretty text, JSON, JSON Lines or an HTML page. */
export async function tagCommand(arg: string | undefined, options: TagOptions, io: Io): Promise<number> {
  if (options.jsonl) return tagJsonlCommand(arg, options, io);
  const input = await resolveInput(arg, io, 'tag');
  const format = options.format ?? 'pretty';
  const many = input.kind === 'folder';
  if (format === 'html' && many) throw new UsageError('--format html renders one article; give one file, or use --format jsonl for a folder');
  const writer = documentWriter(format, many, colorsFor(io.stdout, io.env), options.title);
  const { tag, pool } = tagFunction(input, options.workers, taggerOptions(options.types));
  const progress = startProgress(io, options.quiet || !many, many ? input.size : undefined);
  let count = 0;
  let bytes = 0;
  let failed = 0;
  const work = async (doc: Document): Promise<TaggedDocument> => ('error' in doc ? doc : { ...doc, result: await tag(doc.text) });
  try {
    await write(io.stdout, writer.begin);
    for await (const doc of mapOrdered(read(input, io), work, Math.max(2, options.workers * 2))) {
      if ('error' in doc) {
        failed++;
        io.stderr.write(`newstag: ${doc.file ?? '-'}: ${doc.error}\n`);
      } else bytes += Buffer.byteLength(doc.text);
      await write(io.stdout, writer.document(doc, count++));
      progress.update(count, bytes);
    }
    await write(io.stdout, writer.end);
  } finally {
    progress.stop();
    await pool?.close();
  }
  if (many && !options.quiet) io.stderr.write(`newstag: ${count} files, ${count - failed} tagged, ${failed} failed\n`);
  return failed > 0 ? EXIT.recordsFailed : EXIT.ok;
}

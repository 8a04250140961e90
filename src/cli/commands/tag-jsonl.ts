import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createTagStream } from '../../pipeline/stream.js';
import { EXIT, UsageError } from '../exit.js';
import { resolveInput } from '../inputs.js';
import type { Io } from '../io.js';
import { taggerOptions, type TagOptions } from '../options.js';
import { startProgress } from '../progress.js';

const PROGRESS_MS = 200;

/** The summary line on stderr: records, failures and throughput. */
function summary(records: number, failed: number, bytes: number, ms: number): string {
  const rate = `${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s (${(bytes / 1e6 / Math.max(ms / 1000, 1e-3)).toFixed(1)} MB/s)`;
  const failures = failed === 0 ? '0 failed' : `${failed} failed (error records {"line", "id"?, "error"} in the output)`;
  return `newstag: ${records} records, ${records - failed} tagged, ${failures}; ${rate}\n`;
}

/** `newstag tag --jsonl FILE|-`: one output record per input line, in order, on `--workers` threads. */
export async function tagJsonlCommand(arg: string | undefined, options: TagOptions, io: Io): Promise<number> {
  if (options.format !== undefined && options.format !== 'jsonl') {
    throw new UsageError(`--jsonl writes JSON Lines; drop --format ${options.format}, or tag plain text files without --jsonl`);
  }
  const input = await resolveInput(arg, io, 'tag --jsonl');
  if (input.kind === 'folder') throw new UsageError('--jsonl reads one file or - (standard input); for a folder: cat DIR/*.jsonl | newstag tag --jsonl -');
  const source: Readable = input.kind === 'file' ? createReadStream(input.path) : io.stdin;
  const types = taggerOptions(options.types);
  const tagStream = createTagStream({
    format: 'jsonl', textField: options.textField, idField: options.idField, workers: options.workers,
    ...(types === undefined ? {} : { taggerOptions: types }),
  });
  const started = performance.now();
  const progress = startProgress(io, options.quiet, input.kind === 'file' ? input.size : undefined);
  const timer = setInterval(() => progress.update(tagStream.stats.records, tagStream.stats.bytes), PROGRESS_MS);
  try {
    await pipeline(source, tagStream, io.stdout, { end: false });
  } finally {
    clearInterval(timer);
    progress.stop();
  }
  const { records, failed, bytes } = tagStream.stats;
  if (!options.quiet) io.stderr.write(summary(records, failed, bytes, performance.now() - started));
  return failed > 0 ? EXIT.recordsFailed : EXIT.ok;
}

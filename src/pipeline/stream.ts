import { Transform, type TransformCallback } from 'node:stream';
import { invalidArgument } from '../errors.js';
import type { TagError, TagResult, TaggerOptions } from '../types.js';
import type { JsonLinesFields, JsonLinesOutput } from './jsonl.js';
import { LineBatcher, type LineBatch } from './lines.js';
import { checkOptions, checkSignal, checkWorkers } from './options.js';
import { startRunner, type Runner } from './runner.js';

/** Options of `createTagStream`. */
export interface TagStreamOptions {
  /** `object` (default): write texts, read a `TagResult` (or `TagError`) per text. `jsonl`: JSON Lines bytes in and out. */
  readonly format?: 'object' | 'jsonl';
  /** JSON Lines: the field holding the text (default `text`). */
  readonly textField?: string;
  /** JSON Lines: the field holding the record id, copied to the output record (default `id`). */
  readonly idField?: string;
  /** Threads to tag on (default 1: the calling thread; more starts a worker pool that the stream closes at its end). */
  readonly workers?: number;
  /** Options for the tagger, as for `createTagger`. */
  readonly taggerOptions?: TaggerOptions;
  /** Aborting destroys the stream with an AbortError. */
  readonly signal?: AbortSignal;
}

/** Counts of a tag stream so far: records done (tagged or failed), how many failed, and their size in UTF-8 bytes. */
export interface TagStreamStats {
  readonly records: number;
  readonly failed: number;
  readonly bytes: number;
}

/** A Transform that tags what is written to it, in order; `stats` counts records and failures. */
export interface TagStream extends Transform {
  readonly stats: TagStreamStats;
}

/** Input bytes per JSON Lines task: large enough to amortise a message to a thread, small enough to bound memory. */
const BATCH_BYTES = 64 * 1024;
const OPTION_KEYS = ['format', 'textField', 'idField', 'workers', 'taggerOptions', 'signal'];
const WHERE = 'createTagStream(options)';

type Output = TagResult | TagError | JsonLinesOutput;
interface Slot { readonly bytes: number; done: boolean; value?: Output; error?: unknown }

function field(name: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value === '') throw invalidArgument(`${WHERE}: options.${name}`, 'a non-empty string', value);
  return value;
}

class TagTransform extends Transform implements TagStream {
  readonly #runner: Runner;
  readonly #window: number;
  readonly #batcher: LineBatcher | undefined;
  readonly #fields: JsonLinesFields;
  readonly #slots: Slot[] = [];
  readonly #waiting: { readonly work: () => Promise<Output>; readonly bytes: number }[] = [];
  #held: { callback: TransformCallback; limit: number } | undefined;
  #index = 0;
  #records = 0;
  #failed = 0;
  #bytes = 0;

  constructor(jsonl: boolean, fields: JsonLinesFields, runner: Runner, signal: AbortSignal | undefined) {
    super({ objectMode: !jsonl, ...(signal === undefined ? {} : { signal }) });
    this.#runner = runner;
    this.#window = runner.threads * 2;
    this.#batcher = jsonl ? new LineBatcher(BATCH_BYTES) : undefined;
    this.#fields = fields;
  }

  get stats(): TagStreamStats {
    return { records: this.#records, failed: this.#failed, bytes: this.#bytes };
  }

  override _transform(chunk: unknown, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.#batcher === undefined) {
      const index = this.#index++;
      const bytes = typeof chunk === 'string' ? Buffer.byteLength(chunk) : 0;
      this.#waiting.push({ work: () => this.#runner.texts([chunk], index).then((results) => results[0]!), bytes });
    } else this.#queueBatches(this.#batcher.push(chunk as Buffer));
    this.#hold(callback, this.#window);
  }

  override _flush(callback: TransformCallback): void {
    this.#queueBatches(this.#batcher?.end() ?? []);
    this.#hold(callback, 1);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#runner.close().then(() => callback(error), (closing: Error) => callback(error ?? closing));
  }

  #queueBatches(batches: readonly LineBatch[]): void {
    for (const { bytes, firstLine, size } of batches) {
      this.#waiting.push({ work: () => this.#runner.jsonl({ bytes, firstLine, fields: this.#fields }), bytes: size });
    }
  }

  #start(work: Promise<Output>, bytes: number): void {
    const slot: Slot = { bytes, done: false };
    this.#slots.push(slot);
    work.then((value) => { slot.value = value; }, (error: unknown) => { slot.error = error; }).finally(() => {
      slot.done = true;
      this.#release();
    });
  }

  /** Calls `callback` (asks for more input, or ends) once every task is started and fewer than `limit` are unfinished. */
  #hold(callback: TransformCallback, limit: number): void {
    this.#held = { callback, limit };
    this.#release();
  }

  /**
   * Pushes the finished results at the head of the queue, in order, starts waiting tasks while fewer than `window`
   * run, then releases a held callback if there is room.
   */
  #release(): void {
    if (this.destroyed) return;
    while (this.#slots[0]?.done === true) {
      const slot = this.#slots.shift()!;
      if (slot.error !== undefined) {
        this.destroy(slot.error as Error);
        return;
      }
      this.#bytes += slot.bytes;
      this.#emit(slot.value!);
    }
    while (this.#waiting.length > 0 && this.#slots.length < this.#window) {
      const next = this.#waiting.shift()!;
      this.#start(next.work(), next.bytes);
    }
    if (this.#held !== undefined && this.#waiting.length === 0 && this.#slots.length < this.#held.limit) {
      const { callback } = this.#held;
      this.#held = undefined;
      callback();
    }
  }

  #emit(output: Output): void {
    if ('bytes' in output) {
      this.#records += output.records;
      this.#failed += output.failed;
      if (output.bytes.length > 0) this.push(output.bytes);
      return;
    }
    this.#records++;
    if ('error' in output) this.#failed++;
    this.push(output);
  }
}

/**
 * A Transform stream that tags in order, honouring backpressure: texts to results in object mode, or JSON Lines
 * bytes to JSON Lines bytes (one output line per input line; bad lines become `{line, id?, error}` records).
 *
 * @example
 * await pipeline(createReadStream('in.jsonl'), createTagStream({ format: 'jsonl', workers: 2 }), createWriteStream('out.jsonl'));
 */
export function createTagStream(options?: TagStreamOptions): TagStream {
  const read = checkOptions(WHERE, options, OPTION_KEYS);
  const format = read.format ?? 'object';
  if (format !== 'object' && format !== 'jsonl') throw invalidArgument(`${WHERE}: options.format`, '"object" or "jsonl"', format);
  const fields = { text: field('textField', read.textField, 'text'), id: field('idField', read.idField, 'id') };
  const signal = checkSignal(WHERE, read.signal);
  const workers = checkWorkers(WHERE, read.workers, 1);
  return new TagTransform(format === 'jsonl', fields, startRunner(workers, read.taggerOptions as TaggerOptions | undefined), signal);
}

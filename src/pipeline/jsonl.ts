import { describe } from '../errors.js';
import type { Tagger } from '../types.js';

/** Which fields of a JSON Lines record hold the text and the id. */
export interface JsonLinesFields {
  readonly text: string;
  readonly id: string;
}

/**
 * Whole lines of a JSON Lines input as UTF-8 bytes, numbered from `firstLine` (1-based). Bytes, not text, so that
 * decoding happens on the tagging thread and the buffer can be moved to it without a copy.
 */
export interface JsonLinesBatch {
  readonly bytes: Uint8Array;
  readonly firstLine: number;
  readonly fields: JsonLinesFields;
}

/** The output lines of a batch as UTF-8 bytes (one line per input line) and how many of them are error records. */
export interface JsonLinesOutput {
  readonly bytes: Uint8Array;
  readonly records: number;
  readonly failed: number;
}

/** Joins JSON lines into one UTF-8 buffer of its own (movable to another thread), each line ending in `\n`. */
function encodeLines(lines: readonly string[]): Uint8Array {
  let size = lines.length;
  for (const line of lines) size += Buffer.byteLength(line);
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const line of lines) {
    at += bytes.write(line, at);
    bytes[at++] = 0x0a;
  }
  return bytes;
}

const MAX_REASON = 200;

/** A line read as a record: the text to tag, or why there is none; with the id when the record has one. */
type Read = { readonly id?: unknown } & ({ readonly text: string } | { readonly error: string });

function readRecord(line: string, fields: JsonLinesFields): Read {
  if (line.trim() === '') return { error: 'empty line' };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message.slice(0, MAX_REASON)}` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { error: `a record must be a JSON object, but found ${describe(record)}` };
  }
  const head = Object.hasOwn(record, fields.id) ? { id: (record as Record<string, unknown>)[fields.id] } : {};
  const text = (record as Record<string, unknown>)[fields.text];
  if (typeof text !== 'string') return { ...head, error: `field "${fields.text}" must be a string, but found ${describe(text)}` };
  return { ...head, text };
}

/** Tags one line into its output record: `{line, id?, ...TagResult}`, or `{line, id?, error}`. */
function tagLine(tagger: Tagger, line: string, lineNumber: number, fields: JsonLinesFields): { json: string; failed: boolean } {
  const read = readRecord(line, fields);
  const head = 'id' in read ? { line: lineNumber, id: read.id } : { line: lineNumber };
  if ('error' in read) return { json: JSON.stringify({ ...head, error: read.error }), failed: true };
  try {
    return { json: JSON.stringify({ ...head, ...tagger.tag(read.text) }), failed: false };
  } catch (error) {
    return { json: JSON.stringify({ ...head, error: (error as Error).message }), failed: true };
  }
}

/** Tags a batch of JSON Lines: exactly one output line per input line, in order; bad records become error records. */
export function tagJsonLines(tagger: Tagger, batch: JsonLinesBatch): JsonLinesOutput {
  const text = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength).toString('utf8');
  if (text === '') return { bytes: new Uint8Array(0), records: 0, failed: 0 };
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const out: string[] = [];
  let failed = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const tagged = tagLine(tagger, raw.endsWith('\r') ? raw.slice(0, -1) : raw, batch.firstLine + i, batch.fields);
    out.push(tagged.json);
    if (tagged.failed) failed++;
  }
  return { bytes: encodeLines(out), records: lines.length, failed };
}

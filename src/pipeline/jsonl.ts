import { describe } from '../errors.js';
import type { Tagger } from '../types.js';

/** Which fields of a JSON Lines record hold the text and the id. */
export interface JsonLinesFields {
  readonly text: string;
  readonly id: string;
}

/** Whole lines of a JSON Lines input, `\n`-separated, numbered from `firstLine` (1-based). */
export interface JsonLinesBatch {
  readonly text: string;
  readonly firstLine: number;
  readonly fields: JsonLinesFields;
}

/** The output lines of a batch (one per input line, each ending in `\n`) and how many of them are error records. */
export interface JsonLinesOutput {
  readonly text: string;
  readonly records: number;
  readonly failed: number;
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
  if (batch.text === '') return { text: '', records: 0, failed: 0 };
  const lines = (batch.text.endsWith('\n') ? batch.text.slice(0, -1) : batch.text).split('\n');
  let out = '';
  let failed = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const tagged = tagLine(tagger, line, batch.firstLine + i, batch.fields);
    out += tagged.json + '\n';
    if (tagged.failed) failed++;
  }
  return { text: out, records: lines.length, failed };
}

import { renderHtml } from '../../output/html.js';
import type { TagResult } from '../../types.js';
import type { Colors } from '../colors.js';
import type { Format } from '../options.js';
import { pretty } from './pretty.js';

/** A document of `newstag tag` once tagged: its file (none for standard input), text and result, or why it failed. */
export type TaggedDocument =
  | { readonly file?: string; readonly text: string; readonly result: TagResult }
  | { readonly file?: string; readonly error: string };

/** Writes tagged documents in one format: what comes before the first, each document, and what comes after the last. */
export interface DocumentWriter {
  readonly begin: string;
  document(doc: TaggedDocument, index: number): string;
  readonly end: string;
}

const fileOf = (doc: TaggedDocument) => (doc.file === undefined ? {} : { file: doc.file });
const body = (doc: TaggedDocument) => ('error' in doc ? { error: doc.error } : doc.result);

/** The writer for `format`; `many` is true for a folder (JSON becomes an array of `{file, ...result}`). */
export function documentWriter(format: Format, many: boolean, colors: Colors, title: string | undefined): DocumentWriter {
  switch (format) {
    case 'json':
      return many
        ? { begin: '[\n', document: (doc, i) => `${i > 0 ? ',\n' : ''}${JSON.stringify({ ...fileOf(doc), ...body(doc) })}`, end: '\n]\n' }
        : { begin: '', document: (doc) => `${JSON.stringify(body(doc), null, 2)}\n`, end: '' };
    case 'jsonl':
      return { begin: '', document: (doc) => `${JSON.stringify({ ...fileOf(doc), ...body(doc) })}\n`, end: '' };
    case 'html':
      return { begin: '', document: (doc) => ('error' in doc ? '' : renderHtml(doc.result, doc.text, title === undefined ? {} : { title })), end: '' };
    case 'pretty':
      return {
        begin: '',
        document: (doc, i) => {
          const header = many ? `${i > 0 ? '\n' : ''}${colors.bold(`==> ${doc.file ?? '-'} <==`)}\n` : '';
          return 'error' in doc ? '' : header + pretty(doc.result, doc.text, colors);
        },
        end: '',
      };
  }
}

/**
 * Synthetic news as JSON Lines, made on the fly from the project's own articles (test/fixtures), so that streams of
 * any size can be tested without storing them. Deterministic: the same size gives the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url).pathname;

/** The project's own article texts: test/fixtures/articles/*.txt and the texts of test/fixtures/topics/*.json. */
export function fixtureTexts(): string[] {
  const articles = readdirSync(join(FIXTURES, 'articles')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(join(FIXTURES, 'articles', f), 'utf8'));
  const topics = readdirSync(join(FIXTURES, 'topics')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => (JSON.parse(readFileSync(join(FIXTURES, 'topics', f), 'utf8')) as { text: string }).text);
  return [...articles, ...topics];
}

/** One record per line, `{"id": "doc-N", "body": text}`, cycling through `texts`, until about `totalBytes`. */
export function* syntheticLines(totalBytes: number, texts: readonly string[] = fixtureTexts()): Generator<string> {
  let bytes = 0;
  for (let n = 0; bytes < totalBytes; n++) {
    const line = `${JSON.stringify({ id: `doc-${n}`, body: texts[n % texts.length] })}\n`;
    bytes += Buffer.byteLength(line);
    yield line;
  }
}

/** A byte stream of about `totalBytes` of synthetic JSON Lines, in chunks of about 64 KB, produced as it is read. */
export function syntheticStream(totalBytes: number, texts?: readonly string[]): Readable {
  return Readable.from((function* chunks() {
    let chunk = '';
    for (const line of syntheticLines(totalBytes, texts)) {
      chunk += line;
      if (chunk.length >= 64 * 1024) {
        yield Buffer.from(chunk);
        chunk = '';
      }
    }
    if (chunk !== '') yield Buffer.from(chunk);
  })(), { objectMode: false });
}

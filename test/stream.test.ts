import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTagStream, tag, type TagError, type TagResult } from '../src/index.js';
import { fixtureTexts, syntheticLines, syntheticStream } from '../scripts/bench/synthetic.js';

const texts = fixtureTexts().slice(0, 6);
const isTypeError = (pattern: RegExp) => (e: unknown) => e instanceof TypeError && pattern.test((e as Error).message) && /^newstag: /.test((e as Error).message);

/** Runs byte chunks through a JSON Lines tag stream and returns the output text. */
async function throughJsonl(chunks: readonly Buffer[], options = {}): Promise<string> {
  const out: Buffer[] = [];
  await pipeline(Readable.from(chunks), createTagStream({ format: 'jsonl', ...options }), new Writable({
    write(chunk: Buffer, _encoding, callback) { out.push(chunk); callback(); },
  }));
  return Buffer.concat(out).toString('utf8');
}

test('object mode: texts in, results out, in order, a non-string becomes a TagError with its index', async () => {
  const out: (TagResult | TagError)[] = [];
  await pipeline(Readable.from([texts[0], 42, texts[1]]), createTagStream(), new Writable({
    objectMode: true, write(result: TagResult | TagError, _encoding, callback) { out.push(result); callback(); },
  }));
  assert.equal(out[0], tag(texts[0]!));
  assert.ok('error' in out[1]! && out[1].index === 1 && /found number 42/.test(out[1].error));
  assert.equal(out[2], tag(texts[1]!));
});

test('JSON Lines mode: one record per line with line number and id; lines cut anywhere (even inside a UTF-8 character) give the same output', async () => {
  const input = [...syntheticLines(300_000, [...texts, 'Pešavar, Khyber Pakhtunkhwa — the TTP said.'])].join('');
  const whole = await throughJsonl([Buffer.from(input)], { textField: 'body' });
  const bytes = Buffer.from(input);
  const pieces = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
  assert.is(await throughJsonl(pieces, { textField: 'body' }), whole);
  const lines = whole.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; id: string; spans: unknown[] });
  assert.is(lines.length, input.trimEnd().split('\n').length);
  lines.forEach((record, i) => {
    assert.is(record.line, i + 1);
    assert.is(record.id, `doc-${i}`);
  });
  const first = JSON.parse(input.split('\n')[0]!) as { body: string };
  assert.equal(lines[0]!.spans, JSON.parse(JSON.stringify(tag(first.body).spans)));
});

test('JSON Lines mode: a byte-order mark, CRLF line ends and a last line without a newline are read', async () => {
  const out = await throughJsonl([Buffer.from('\uFEFF{"text":"The TTP said.","id":1}\r\n{"text":"In Kabul."}')]);
  const records = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; id?: number; error?: string });
  assert.equal(records.map((r) => [r.line, r.id, r.error]), [[1, 1, undefined], [2, undefined, undefined]]);
});

test('backpressure: with nobody reading the output, the stream stops pulling input after a bounded read-ahead', async () => {
  const source = syntheticStream(8e6);
  let pulled = 0;
  source.on('data', (chunk: Buffer) => { pulled += chunk.length; });
  const stream = createTagStream({ format: 'jsonl', textField: 'body' });
  source.pipe(stream);
  let last = -1;
  while (pulled !== last) {
    last = pulled;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  assert.ok(pulled < 1.5e6, `read ahead ${pulled} bytes of 8 MB without any output being read`);
  assert.ok(pulled > 0);
  source.destroy();
  stream.destroy();
});

test('an AbortSignal stops the stream with an AbortError', async () => {
  const controller = new AbortController();
  const stream = createTagStream({ format: 'jsonl', textField: 'body', signal: controller.signal });
  let records = 0;
  const run = pipeline(syntheticStream(50e6), stream, new Writable({
    write(chunk: Buffer, _encoding, callback) {
      records += chunk.toString().split('\n').length - 1;
      if (records > 200) controller.abort();
      callback();
    },
  }));
  await run.then(() => assert.unreachable('the run should have been aborted'), (error: Error) => assert.is(error.name, 'AbortError'));
  assert.ok(stream.destroyed);
});

test('a 20 MB generated stream runs in bounded memory: what stays alive grows far less than the output', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const live = () => {
    gc();
    return process.memoryUsage().heapUsed + process.memoryUsage().external;
  };
  const base = live();
  let peak = base;
  const sampler = setInterval(() => { peak = Math.max(peak, live()); }, 250);
  let out = 0;
  const stream = createTagStream({ format: 'jsonl', textField: 'body' });
  const source = syntheticStream(20e6);
  let read = 0;
  source.on('data', (chunk: Buffer) => { read += chunk.length; });
  await pipeline(source, stream, new Writable({ write(chunk: Buffer, _encoding, callback) { out += chunk.length; callback(); } }));
  clearInterval(sampler);
  const growth = (peak - base) / 1e6;
  assert.ok(stream.stats.records > 4000 && stream.stats.failed === 0);
  assert.is(stream.stats.bytes, read);
  assert.ok(growth < 0.1 * (out / 1e6), `live memory grew ${growth.toFixed(1)} MB while writing ${(out / 1e6).toFixed(0)} MB`);
  console.log(`  stream: ${(read / 1e6).toFixed(0)} MB in, ${(out / 1e6).toFixed(0)} MB out, live heap + buffers grew ${growth.toFixed(1)} MB at most`);
});

test('bad options are TypeErrors naming the option', () => {
  assert.throws(() => createTagStream({ format: 'xml' } as never), isTypeError(/options.format must be "object" or "jsonl"/));
  assert.throws(() => createTagStream({ workers: 0 }), isTypeError(/options.workers must be a whole number from 1/));
  assert.throws(() => createTagStream({ textField: '' }), isTypeError(/options.textField must be a non-empty string/));
  assert.throws(() => createTagStream({ signal: 'stop' } as never), isTypeError(/options.signal must be an AbortSignal/));
  assert.throws(() => createTagStream({ batch: 3 } as never), isTypeError(/option "batch"/));
});

test.run();

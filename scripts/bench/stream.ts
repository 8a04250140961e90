/**
 * Bounded memory: about 1 GB of synthetic JSON Lines, generated as it is read (nothing stored), through the built
 * JSON Lines tag stream on a worker pool into a sink that only counts. Reports throughput and peak RSS (the process
 * and its worker threads), with RSS sampled along the way to show it stays flat.
 *   npm run bench:stream [-- --mb 1000 --workers N]
 */
import { availableParallelism } from 'node:os';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createTagStream } from '../../dist/index.js';
import { syntheticStream } from './synthetic.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '1000' }, workers: { type: 'string', default: String(availableParallelism()) } } });
const totalBytes = Number(values.mb) * 1e6;
const workers = Number(values.workers);
const mb = (bytes: number) => (bytes / 1e6).toFixed(0);

const source = syntheticStream(totalBytes);
let read = 0;
source.on('data', (chunk: Buffer) => { read += chunk.length; });
let written = 0;
const sink = new Writable({ write(chunk: Buffer, _encoding, callback) { written += chunk.length; callback(); } });
const stream = createTagStream({ format: 'jsonl', textField: 'body', workers });

const started = performance.now();
const samples: string[] = [];
let peak = 0;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
const reporter = setInterval(() => {
  const line = `${mb(read)} MB in, ${stream.stats.records} records, RSS ${mb(process.memoryUsage().rss)} MB`;
  samples.push(line);
  console.log(`  ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${line}`);
}, 10_000);
console.log(`bench:stream: ${values.mb} MB of generated JSON Lines through createTagStream({ format: 'jsonl', workers: ${workers} })`);
await pipeline(source, stream, sink);
clearInterval(sampler);
clearInterval(reporter);
const seconds = (performance.now() - started) / 1000;
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(`done: ${mb(read)} MB in, ${mb(written)} MB out, ${stream.stats.records} records (${stream.stats.failed} failed) in ${seconds.toFixed(0)} s, ${(read / 1e6 / seconds).toFixed(1)} MB/s`);
console.log(`peak RSS: ${mb(maxRss)} MB (getrusage maxRSS, process and worker threads); highest sample ${mb(peak)} MB`);

/**
 * Throughput, cold start and peak memory of newstag next to compromise and wink-nlp, in the same run, each in a
 * fresh process; newstag-core is newstag with only the core dictionaries (what the full dictionaries cost). Corpus: the texts of ../shared/datasets/*\/dev.jsonl when present, else the project's own articles.
 *   npm run bench [-- --runs N --peer-runs N]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'peer-runs': { type: 'string', default: '3' } } });
const ROOT = new URL('../', import.meta.url).pathname;
const SHARED = join(ROOT, '..', 'shared', 'datasets');

function corpus(): { texts: string[]; label: string } {
  if (existsSync(SHARED)) {
    const files = readdirSync(SHARED).map((d) => join(SHARED, d, 'dev.jsonl')).filter(existsSync).sort();
    const texts = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text));
    return { texts, label: `dev sets in ../shared/datasets (${files.length} files)` };
  }
  const dir = join(ROOT, 'test', 'fixtures', 'articles');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  return { texts, label: 'the project\'s own articles (test/fixtures/articles)' };
}

interface RunResult {
  readonly system: string;
  readonly coldMs: number;
  readonly times: number[];
  readonly maxRssMb: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function runSystem(system: string, corpusPath: string, runs: number): RunResult {
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'bench', 'run-system.mjs'), system, corpusPath, String(runs)], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as RunResult;
}

const { texts, label } = corpus();
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
const corpusPath = join(mkdtempSync(join(tmpdir(), 'newstag-bench-')), 'corpus.json');
writeFileSync(corpusPath, JSON.stringify(texts));
console.log(`corpus: ${label}: ${texts.length} docs, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`node ${process.version}; newstag runs ${values.runs}, peer runs ${values['peer-runs']}, in 3 rounds of fresh processes taking turns; medians\n`);

// The systems take turns, one fresh process each per round, so a busy spell of a shared machine falls on all of them.
const SYSTEMS: readonly [system: string, runs: number][] = [
  ['newstag', Number(values.runs)], ['newstag-core', Number(values.runs)], ['compromise', Number(values['peer-runs'])], ['wink', Number(values['peer-runs'])],
];
const ROUNDS = 3;
const rounds = Array.from({ length: ROUNDS }, () =>
  SYSTEMS.map(([system, runs]) => runSystem(system, corpusPath, Math.ceil(runs / ROUNDS))));
const results = SYSTEMS.map(([system], s) => ({
  system,
  times: rounds.flatMap((r) => r[s]!.times),
  maxRssMb: Math.max(...rounds.map((r) => r[s]!.maxRssMb)),
}));
const colds = new Map(SYSTEMS.map(([system], s) => [system, rounds.map((round) => round[s]!.coldMs)]));
for (let i = 0; i < 2; i++) for (const r of results) colds.get(r.system)!.push(runSystem(r.system, corpusPath, 0).coldMs);

const base = median(results[0]!.times);
console.log('system         MB/s    docs/s   vs newstag     cold start   peak RSS');
for (const r of results) {
  const ms = median(r.times);
  const ratio = ms / base;
  const versus = r.system === 'newstag' ? '1x' : ratio >= 1 ? `${ratio.toFixed(2)}x slower` : `${(1 / ratio).toFixed(2)}x faster`;
  console.log(`${r.system.padEnd(12)} ${(bytes / 1e6 / (ms / 1000)).toFixed(2).padStart(7)} ${(texts.length / (ms / 1000)).toFixed(0).padStart(8)}   ` +
    `${versus.padStart(12)}   ${median(colds.get(r.system)!).toFixed(0).padStart(6)} ms   ${r.maxRssMb.toFixed(0).padStart(5)} MB`);
}

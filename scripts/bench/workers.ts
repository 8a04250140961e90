/**
 * Throughput of `newstag tag --jsonl` with --workers 2 against --workers 1, end to end through the built command.
 * Corpus: the text fields of ../shared/datasets/*\/dev.jsonl (read only to time throughput; written to a temporary
 * file that is deleted afterwards), repeated to about --mb megabytes. Each round runs both worker counts; a round
 * counts only when other processes used less than --max-others of a core meanwhile (read from /proc/stat), since
 * on a shared machine their load, not newstag, would set the ratio.
 *   npm run bench:workers [-- --mb 30 --runs 3 --max-others 0.15]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fixtureTexts, syntheticLines } from './synthetic.js';

const { values } = parseArgs({ options: {
  mb: { type: 'string', default: '30' }, runs: { type: 'string', default: '3' }, 'max-others': { type: 'string', default: '0.15' },
} });
const ROOT = new URL('../../', import.meta.url).pathname;
const SHARED = join(ROOT, '..', 'shared', 'datasets');
const CLI = join(ROOT, 'dist', 'cli.js');
const TICK = 100;

function corpusTexts(): { texts: string[]; label: string } {
  const files = existsSync(SHARED) ? readdirSync(SHARED).map((d) => join(SHARED, d, 'dev.jsonl')).filter(existsSync).sort() : [];
  if (files.length === 0) return { texts: fixtureTexts(), label: 'the project\'s own articles (test/fixtures)' };
  const texts = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text));
  return { texts, label: `text fields of ${files.length} dev sets in ../shared/datasets (${texts.length} docs)` };
}

/** Busy CPU time of the whole machine so far, in seconds (from /proc/stat). */
function machineBusy(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / TICK;
}

interface Run { readonly seconds: number; readonly cpu: number; readonly others: number; readonly sha: string }

/** Runs the command once: its wall time, its CPU time, the CPU other processes used meanwhile, and the SHA-256 of its output. */
function runCli(input: string, workers: number, output: string): Run {
  const busy = machineBusy();
  const started = performance.now();
  // The shell reaps the command, so its own /proc stat then holds the command's CPU time (cutime, cstime).
  const script = `node "${CLI}" tag --jsonl "${input}" --text-field body --workers ${workers} --quiet > "${output}" || exit 9; cat /proc/$$/stat`;
  const run = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`bench:workers: newstag failed: ${run.stderr}`);
  const stat = run.stdout.slice(run.stdout.lastIndexOf(')') + 2).split(' ');
  const cpu = (Number(stat[13]) + Number(stat[14])) / TICK;
  return { seconds, cpu, others: machineBusy() - busy - cpu, sha: createHash('sha256').update(readFileSync(output)).digest('hex') };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const dir = mkdtempSync(join(tmpdir(), 'newstag-workers-'));
try {
  const { texts, label } = corpusTexts();
  const input = join(dir, 'corpus.jsonl');
  const tiny = join(dir, 'tiny.jsonl');
  writeFileSync(input, [...syntheticLines(Number(values.mb) * 1e6, texts)].join(''));
  writeFileSync(tiny, [...syntheticLines(1, texts)].join(''));
  const mb = readFileSync(input).length / 1e6;
  console.log(`corpus: ${label}, repeated to ${mb.toFixed(1)} MB; ${availableParallelism()} cores; node ${process.version}`);
  console.log('round  workers   wall s   MB/s   CPU s   others (cores)');
  const kept: { one: Run; two: Run; fixed: [number, number] }[] = [];
  const hashes = new Set<string>();
  for (let round = 1; kept.length < Number(values.runs) && round <= Number(values.runs) * 8; round++) {
    const one = runCli(input, 1, join(dir, 'out-1.jsonl'));
    const two = runCli(input, 2, join(dir, 'out-2.jsonl'));
    hashes.add(one.sha).add(two.sha);
    const quiet = [one, two].every((r) => r.others / r.seconds < Number(values['max-others']));
    for (const [workers, r] of [[1, one], [2, two]] as const) {
      console.log(`${String(round).padStart(5)} ${String(workers).padStart(8)} ${r.seconds.toFixed(2).padStart(8)} ${(mb / r.seconds).toFixed(2).padStart(6)} `
        + `${r.cpu.toFixed(1).padStart(7)} ${(r.others / r.seconds).toFixed(2).padStart(8)}${quiet ? '' : '   (busy machine: round not counted)'}`);
    }
    if (quiet) kept.push({ one, two, fixed: [runCli(tiny, 1, join(dir, 'tiny.out')).seconds, runCli(tiny, 2, join(dir, 'tiny.out')).seconds] });
  }
  console.log(`output identical across runs and worker counts: ${hashes.size === 1 ? 'yes' : 'NO'}`);
  if (hashes.size !== 1) process.exitCode = 1;
  if (kept.length === 0) {
    console.log('no round ran on a quiet machine; try again when other processes are idle');
  } else {
    const wall = (w: 'one' | 'two') => median(kept.map((k) => k[w].seconds));
    const fixed = (i: 0 | 1) => median(kept.map((k) => k.fixed[i]));
    console.log(`start-up (one record): ${fixed(0).toFixed(2)} s with --workers 1, ${fixed(1).toFixed(2)} s with --workers 2`);
    console.log(`ratio --workers 2 / --workers 1 over ${kept.length} quiet rounds: ${(wall('one') / wall('two')).toFixed(2)}x end to end, `
      + `${((wall('one') - fixed(0)) / (wall('two') - fixed(1))).toFixed(2)}x after start-up`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

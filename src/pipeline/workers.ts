import type { TagError, TagResult, TaggerOptions } from '../types.js';
import type { Runner } from './runner.js';
import { freezeDeep } from '../freeze.js';
import type { Task } from './task.js';

/**
 * Where the worker module is: beside this module once built (`dist/worker.js`, an ES module that both the ESM and
 * the CJS build load), or the TypeScript source when running from `src/` under tsx, which the threads then load too.
 */
function workerModule(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  return {
    filename: new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href,
    execArgv: fromSource ? [...process.execArgv, '--import', 'tsx'] : process.execArgv,
  };
}

/** A runner on a piscina pool of `workers` threads, each with its own tagger; piscina is loaded on first use. */
export function workerRunner(workers: number, taggerOptions: TaggerOptions | undefined): Runner {
  let failure: Error | undefined;
  const pool = import('piscina').then(({ Piscina }) => new Piscina<Task, unknown>({
    ...workerModule(),
    minThreads: workers,
    maxThreads: workers,
    workerData: { taggerOptions },
  }).on('error', (error: Error) => { failure ??= error; }));
  const run = async <T>(task: Task, transferList?: ArrayBuffer[]): Promise<T> => {
    const ready = await pool;
    if (failure !== undefined) throw failure;
    return ready.run(task, transferList === undefined ? {} : { transferList }) as Promise<T>;
  };
  return {
    threads: workers,
    texts: async (texts, firstIndex) => freezeDeep(await run<(TagResult | TagError)[]>({ kind: 'texts', texts, firstIndex })),
    jsonl: (batch) => run({ kind: 'jsonl', ...batch }, [batch.bytes.buffer as ArrayBuffer]),
    close: async () => (await pool).close(),
  };
}

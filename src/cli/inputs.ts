import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './exit.js';
import type { Io } from './io.js';

/** Where a command reads from: standard input, one file (with its size), or the `.txt` files of a folder. */
export type Input =
  | { readonly kind: 'stdin' }
  | { readonly kind: 'file'; readonly path: string; readonly size: number }
  | { readonly kind: 'folder'; readonly path: string; readonly files: readonly string[]; readonly size: number };

const WHAT = 'a text file, a folder of .txt files, or - for standard input';

/** The `.txt` files under `folder`, sorted; one that cannot be read stays in the list, to become an error record. */
async function txtFiles(folder: string): Promise<{ path: string; size: number }[]> {
  const names = (await readdir(folder, { recursive: true })).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
  const files = await Promise.all(names.map(async (name) => {
    const path = join(folder, name);
    return { path, info: await stat(path).catch(() => undefined) };
  }));
  return files.filter((file) => file.info?.isFile() ?? true).map((file) => ({ path: file.path, size: file.info?.size ?? 0 }));
}

/** Resolves the input argument of `newstag <command>`; a missing or unreadable input is a usage error. */
export async function resolveInput(arg: string | undefined, io: Io, command: string): Promise<Input> {
  if (arg === '-') return { kind: 'stdin' };
  if (arg === undefined) {
    if (io.stdin.isTTY === true) throw new UsageError(`${command} needs input: ${WHAT} (see newstag ${command} --help)`);
    return { kind: 'stdin' };
  }
  const info = await stat(arg).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${JSON.stringify(arg)} (${error.code ?? error.message}); give ${WHAT}`);
  });
  if (info.isDirectory()) {
    const files = await txtFiles(arg);
    if (files.length === 0) throw new UsageError(`no .txt files in the folder ${JSON.stringify(arg)}; give ${WHAT}`);
    return { kind: 'folder', path: arg, files: files.map((f) => f.path), size: files.reduce((sum, f) => sum + f.size, 0) };
  }
  return { kind: 'file', path: arg, size: info.size };
}

import type { Readable, Writable } from 'node:stream';

/** A stream that may be a terminal. */
type Terminal<T> = T & { readonly isTTY?: boolean; readonly columns?: number };

/** What a command reads and writes: the process's streams and environment, or stand-ins in tests. */
export interface Io {
  readonly stdin: Terminal<Readable>;
  readonly stdout: Terminal<Writable>;
  readonly stderr: Terminal<Writable>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The process's own streams and environment. */
export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Writes a chunk and waits for `drain` when the stream asks to, so output never piles up in memory. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done).off('error', done);
      if (error === undefined) resolve();
      else reject(error);
    };
    stream.on('drain', done).on('error', done);
  });
}

/** Reads a whole stream as UTF-8 text. */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

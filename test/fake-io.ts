import { Readable, Writable } from 'node:stream';
import type { Io } from '../src/cli/io.js';

/** A collecting writable: `text()` is everything written so far. */
class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(chunk);
    callback();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Stand-in streams for running the command line in-process: `stdin` text, and collected stdout and stderr. */
export function fakeIo(stdin = '', env: Record<string, string> = {}, tty = false): Io & { stdout: Collector; stderr: Collector } {
  const input = Object.assign(Readable.from([Buffer.from(stdin)]), { isTTY: tty });
  return { stdin: input, stdout: new Collector(tty), stderr: new Collector(tty), env };
}

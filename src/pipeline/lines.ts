const NEWLINE = 0x0a;

/** Whole lines cut from a byte stream, in a buffer of their own; the number of the first (1-based), how many, their size. */
export interface LineBatch {
  readonly bytes: Uint8Array;
  readonly firstLine: number;
  readonly lines: number;
  readonly size: number;
}

function countLines(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) count++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE ? count + 1 : count;
}

/**
 * Cuts a byte stream into batches of whole lines of about `batchBytes` each, so that a line (or a UTF-8 character)
 * is never split; drops a byte-order mark at the start. Holds back at most one incomplete line between chunks.
 */
export class LineBatcher {
  #carry: Buffer[] = [];
  #nextLine = 1;

  constructor(private readonly batchBytes: number) {}

  /** The batches completed by this chunk. */
  push(chunk: Buffer): LineBatch[] {
    const last = chunk.lastIndexOf(NEWLINE);
    if (last === -1) {
      this.#carry.push(chunk);
      return [];
    }
    const whole = this.#carry.length === 0 ? chunk.subarray(0, last + 1) : Buffer.concat([...this.#carry, chunk.subarray(0, last + 1)]);
    this.#carry = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
    return this.#cut(whole);
  }

  /** The last batch: a final line without a newline, if any. */
  end(): LineBatch[] {
    const rest = Buffer.concat(this.#carry);
    this.#carry = [];
    return this.#cut(rest);
  }

  #cut(bytes: Buffer): LineBatch[] {
    const batches: LineBatch[] = [];
    for (let start = 0; start < bytes.length;) {
      const cut = start + this.batchBytes >= bytes.length ? -1 : bytes.indexOf(NEWLINE, start + this.batchBytes - 1);
      const end = cut === -1 ? bytes.length : cut + 1;
      const piece = bytes.subarray(start, end);
      const lines = countLines(piece);
      const bom = this.#nextLine === 1 && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf ? 3 : 0;
      batches.push({ bytes: new Uint8Array(piece.subarray(bom)), firstLine: this.#nextLine, lines, size: piece.length });
      this.#nextLine += lines;
      start = end;
    }
    return batches;
  }
}

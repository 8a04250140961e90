/** Exit codes of the `newstag` command, documented in the README. */
export const EXIT = Object.freeze({
  /** Everything was tagged. */
  ok: 0,
  /** The run failed: an unexpected error (a worker crashed, output could not be written). */
  failed: 1,
  /** Bad usage: an unknown option or value, an input that is missing or cannot be read. Nothing was tagged. */
  usage: 2,
  /** The run finished but some records could not be tagged: they are error records in the output. */
  recordsFailed: 3,
});

/** A mistake in how the command was called; its message says what to do instead. */
export class UsageError extends Error {
  constructor(message: string) {
    super(`newstag: ${message}`);
  }
}

import cliProgress from 'cli-progress';
import type { Io } from './io.js';

/** Progress of a long run on stderr: records, MB/s and, when the input size is known, a bar and an ETA. */
export interface Progress {
  update(records: number, bytes: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => {}, stop: () => {} };

/** A progress bar on stderr when it is a terminal and the run is not `--quiet`; otherwise nothing. */
export function startProgress(io: Io, quiet: boolean, totalBytes: number | undefined): Progress {
  if (quiet || io.stderr.isTTY !== true) return NONE;
  const known = totalBytes !== undefined && totalBytes > 0;
  const format = known
    ? '{bar} {percentage}% | {records} records | {speed} MB/s | ETA {eta_formatted}'
    : '{records} records | {mb} MB | {speed} MB/s';
  const options = { stream: io.stderr, format, hideCursor: true, clearOnComplete: true, fps: 5, etaBuffer: 50 };
  const bar = new cliProgress.SingleBar(options, cliProgress.Presets.shades_classic);
  const started = performance.now();
  bar.start(known ? totalBytes : 1, 0, { records: 0, speed: '0.0', mb: '0.0' });
  return {
    update(records, bytes) {
      const seconds = (performance.now() - started) / 1000;
      const payload = { records, speed: (bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(1), mb: (bytes / 1e6).toFixed(1) };
      bar.update(known ? bytes : 0, payload);
    },
    stop: () => bar.stop(),
  };
}

import { invalidArgument } from '../errors.js';

/** The most threads a pool may have. */
export const MAX_WORKERS = 256;

/** Throws a TypeError naming the first key of `options` that is not one of `keys`; `undefined` passes. */
export function checkOptions(where: string, options: unknown, keys: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw invalidArgument(`${where}: options`, 'an object', options);
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) throw invalidArgument(`${where}: option "${key}"`, `one of ${keys.join(', ')}`, key);
  }
  return options as Record<string, unknown>;
}

/** A whole number of worker threads from 1 to `MAX_WORKERS`. */
export function checkWorkers(where: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_WORKERS) {
    throw invalidArgument(`${where}: options.workers`, `a whole number from 1 to ${MAX_WORKERS}`, value);
  }
  return value;
}

/** An AbortSignal, or undefined. */
export function checkSignal(where: string, value: unknown): AbortSignal | undefined {
  if (value !== undefined && !(value instanceof AbortSignal)) throw invalidArgument(`${where}: options.signal`, 'an AbortSignal', value);
  return value;
}

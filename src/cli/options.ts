import { InvalidArgumentError } from 'commander';
import { availableParallelism } from 'node:os';
import { ENTITY_TYPES, type EntityType, type TaggerOptions } from '../types.js';

/** Output formats of `newstag tag`. */
export const FORMATS = ['pretty', 'json', 'jsonl', 'html'] as const;
/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

/** The options of `newstag tag`, as commander parses them. */
export interface TagOptions {
  readonly format?: Format;
  readonly jsonl: boolean;
  readonly textField: string;
  readonly idField: string;
  readonly workers: number;
  readonly types?: EntityType[];
  readonly title?: string;
  readonly quiet: boolean;
}

/** Parses `--workers`: a whole number from 1 up. */
export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new InvalidArgumentError(`give a whole number from 1 to 256 (this machine has ${availableParallelism()} cores).`);
  }
  return n;
}

/** Parses `--types`: a comma-separated list of entity types. */
export function parseTypes(value: string): EntityType[] {
  const types = value.split(',').map((t) => t.trim()).filter((t) => t !== '');
  const unknown = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
  if (types.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`give a comma-separated list of ${ENTITY_TYPES.join(', ')}.`);
  return types as EntityType[];
}

/** The tagger options the command line asks for. */
export function taggerOptions(types: readonly EntityType[] | undefined): TaggerOptions | undefined {
  return types === undefined ? undefined : { types };
}

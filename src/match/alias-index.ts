import { CaseCode, type CompiledAlias } from '../dictionary/compiled.js';

/**
 * The aliases by match key, and every proper prefix of a key (whole tokens), so the matcher knows when to read
 * one more token. Lookups are hash lookups: their cost per token does not grow with the dictionaries. One flat map
 * and set build several times faster than a tree of maps, which matters for cold start.
 */
export interface AliasIndex {
  readonly hits: ReadonlyMap<string, readonly CompiledAlias[]>;
  readonly prefixes: ReadonlySet<string>;
  /** First keys of aliases that may begin with a lowercase word ("al-Qaeda"); other aliases need a capital first. */
  readonly lowercaseStarts: ReadonlySet<string>;
}

export function buildAliasIndex(aliases: readonly CompiledAlias[]): AliasIndex {
  const hits = new Map<string, CompiledAlias[]>();
  const prefixes = new Set<string>();
  const lowercaseStarts = new Set<string>();
  for (const alias of aliases) {
    const key = alias[0];
    const firstSpace = key.indexOf(' ');
    if (mayStartLowercase(alias)) lowercaseStarts.add(firstSpace < 0 ? key : key.slice(0, firstSpace));
    for (let space = firstSpace; space > 0; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space));
    const list = hits.get(key);
    if (list === undefined) hits.set(key, [alias]);
    else list.push(alias);
  }
  return { hits, prefixes, lowercaseStarts };
}

function mayStartLowercase(alias: CompiledAlias): boolean {
  if (alias[2] === CaseCode.Any) return true;
  if (alias[2] === CaseCode.Name) return (alias[3] & 1) === 0;
  const first = alias[4]![0]!;
  return first !== first.toUpperCase();
}

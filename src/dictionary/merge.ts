import { aliasTable, aliasTuples } from './alias-table.js';
import type { CompiledAlias, CompiledDictionaries } from './compiled.js';

/** Adds compiled dictionaries to a base; an added entry replaces the base entry with the same id, aliases and all. */
export function mergeCompiled(base: CompiledDictionaries, added: CompiledDictionaries): CompiledDictionaries {
  const replaced = new Set(added.entries.map((e) => e.id));
  const offset = base.entries.length;
  const baseAliases = aliasTuples(base.aliases).filter((alias) => !replaced.has(base.entries[alias[1]]!.id));
  const addedAliases = aliasTuples(added.aliases).map((alias): CompiledAlias => {
    const shifted = [...alias] as [string, number, CompiledAlias[2], number, string?];
    shifted[1] += offset;
    return shifted;
  });
  return { entries: [...base.entries, ...added.entries], aliases: aliasTable([...baseAliases, ...addedAliases]) };
}

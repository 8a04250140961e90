import { CaseCode, type AliasTable, type CompiledAlias } from './compiled.js';

/** Columns from aliases in compiler form. */
export function aliasTable(aliases: readonly CompiledAlias[]): AliasTable {
  const keyStarts = new Uint32Array(aliases.length + 1);
  const casedStarts = new Uint32Array(aliases.length + 1);
  let keyText = '';
  let casedText = '';
  aliases.forEach((alias, a) => {
    keyText += alias[0];
    casedText += alias[4] ?? '';
    keyStarts[a + 1] = keyText.length;
    casedStarts[a + 1] = casedText.length;
  });
  return {
    size: aliases.length,
    keyText,
    keyStarts,
    entries: Uint32Array.from(aliases, (alias) => alias[1]),
    policies: Uint8Array.from(aliases, (alias) => alias[2]),
    masks: Int32Array.from(aliases, (alias) => alias[3]),
    casedText,
    casedStarts,
  };
}

/** The aliases of a table in compiler form (for merging tables and for tests). */
export function aliasTuples(table: AliasTable): CompiledAlias[] {
  const out: CompiledAlias[] = [];
  for (let a = 0; a < table.size; a++) {
    const cased = aliasCased(table, a);
    const key = aliasKey(table, a);
    out.push(cased === undefined ? [key, table.entries[a]!, table.policies[a]!, table.masks[a]!] : [key, table.entries[a]!, table.policies[a]!, table.masks[a]!, cased]);
  }
  return out;
}

function aliasKey(table: AliasTable, a: number): string {
  return table.keyText.slice(table.keyStarts[a], table.keyStarts[a + 1]);
}

/** The cased key of an exact-policy alias; undefined for the others. */
function aliasCased(table: AliasTable, a: number): string | undefined {
  return table.policies[a] === CaseCode.Exact ? table.casedText.slice(table.casedStarts[a], table.casedStarts[a + 1]) : undefined;
}

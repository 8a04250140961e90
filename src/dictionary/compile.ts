import { freezeDeep } from '../freeze.js';
import { SKIP, tokenKeys } from '../normalize/keys.js';
import { scan } from '../tokenize/scan.js';
import type { AliasInput, CasePolicy, Dictionary, DictionaryEntry } from '../types.js';
import { aliasTable } from './alias-table.js';
import { CAPS_BIT, CaseCode, type CompiledAlias, type CompiledDictionaries, type CompiledEntry } from './compiled.js';

/** A dictionary with the facts the compiler needs about where it came from. */
export interface SourceDictionary extends Dictionary {
  readonly name: string;
  readonly generated?: boolean;
}

const CASE_CODES: Record<CasePolicy, CaseCode> = { exact: CaseCode.Exact, name: CaseCode.Name, any: CaseCode.Any };

/**
 * Compiles dictionaries into matcher form. Later dictionaries replace earlier entries with the same id; an entry
 * from a generated dictionary never replaces a curated one, and drops an alias a curated entry of its type holds.
 */
export function compileDictionaries(dictionaries: readonly SourceDictionary[]): CompiledDictionaries {
  const byId = new Map<string, CompiledEntry & { readonly source: DictionaryEntry }>();
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.entries) {
      const existing = byId.get(entry.id);
      if (existing !== undefined && dictionary.generated === true && existing.generated !== true) continue;
      if (existing !== undefined) byId.delete(entry.id);
      byId.set(entry.id, {
        id: entry.id,
        type: dictionary.type,
        name: entry.name,
        aliases: Object.freeze([...(entry.aliases ?? []).map(aliasText), ...(entry.acronyms ?? [])]),
        // Results hand these to callers; frozen (a copy, not the caller's object) so no result can change another's.
        meta: freezeDeep(structuredClone(entry.meta ?? {})),
        ...(entry.ambiguous !== undefined ? { ambiguous: entry.ambiguous } : {}),
        ...(dictionary.generated === true ? { generated: true } : {}),
        source: entry,
      });
    }
  }
  const entries: CompiledEntry[] = [];
  const aliases: CompiledAlias[] = [];
  const curatedKeys = new Set<string>();
  const ordered = [...byId.values()].sort((a, b) => Number(a.generated === true) - Number(b.generated === true));
  for (const { source, ...entry } of ordered) {
    const index = entries.push(entry) - 1;
    // Spellings of one entry that differ only in letter case share one alias, with the least demanding mask.
    const seen = new Map<string, number>();
    for (const alias of entryAliases(source)) {
      const compiled = compileAlias(alias.text, alias.policy, index);
      if (compiled === undefined) continue;
      const identity = `${compiled[0]}\u0000${compiled[2]}\u0000${compiled[4] ?? ''}`;
      const earlier = seen.get(identity);
      if (earlier !== undefined) {
        const [key, at, policy, mask, cased] = aliases[earlier]!;
        const merged = mergeMasks(mask, compiled[3]);
        aliases[earlier] = cased === undefined ? [key, at, policy, merged] : [key, at, policy, merged, cased];
        continue;
      }
      const typedKey = entry.type + ' ' + compiled[0];
      if (entry.generated === true && curatedKeys.has(typedKey)) continue;
      if (entry.generated !== true) curatedKeys.add(typedKey);
      seen.set(identity, aliases.push(compiled) - 1);
    }
  }
  return { entries, aliases: aliasTable(aliases) };
}

/** A token must be capitalised only if every spelling capitalises it; it may be in capitals if any spelling is. */
function mergeMasks(a: number, b: number): number {
  const low = (1 << CAPS_BIT) - 1;
  return (a & b & low) | ((a | b) & ~low);
}

function aliasText(alias: AliasInput): string {
  return typeof alias === 'string' ? alias : alias.text;
}

interface AliasSpec {
  readonly text: string;
  readonly policy: CasePolicy | undefined;
}

function entryAliases(entry: DictionaryEntry): AliasSpec[] {
  const specs: AliasSpec[] = [{ text: entry.name, policy: undefined }];
  for (const alias of entry.aliases ?? []) {
    specs.push(typeof alias === 'string' ? { text: alias, policy: undefined } : { text: alias.text, policy: alias.case });
  }
  for (const acronym of entry.acronyms ?? []) specs.push({ text: acronym, policy: 'exact' });
  return specs;
}

/** The match keys of an alias, as the same tokenizer and normalizer see it in running text. */
export function aliasKeys(text: string): { key: string[]; cased: string[]; capitalised: boolean[] } {
  const tokens = scan(text);
  const keys = tokenKeys(tokens);
  const key: string[] = [];
  const cased: string[] = [];
  const capitalised: boolean[] = [];
  tokens.forEach((token, i) => {
    if (keys.key[i] === SKIP) return;
    key.push(keys.key[i]!);
    cased.push(keys.cased[i]!);
    capitalised.push(token.kind === 'word' && /^\p{Lu}/u.test(keys.cased[i]!));
  });
  if (key.length > 1 && key[0] === 'the') {
    key.shift();
    cased.shift();
    capitalised.shift();
  }
  return { key, cased, capitalised };
}

function compileAlias(text: string, policy: CasePolicy | undefined, entry: number): CompiledAlias | undefined {
  const { key, cased, capitalised } = aliasKeys(text);
  if (key.length === 0) return undefined;
  const effective = policy ?? (isCapitals(cased) ? 'exact' : 'name');
  const code = CASE_CODES[effective];
  if (code === CaseCode.Exact) return [key.join(' '), entry, code, 0, cased.join(' ')];
  let mask = 0;
  if (code === CaseCode.Name) {
    capitalised.forEach((cap, i) => {
      if (!cap || i >= CAPS_BIT) return;
      mask |= 1 << i;
      if (isCapitals([cased[i]!])) mask |= 1 << (CAPS_BIT + i);
    });
  }
  return [key.join(' '), entry, code, mask];
}

/** An alias written in capitals ("NATO", "PML-N") is an acronym: it matches only in capitals. */
function isCapitals(cased: readonly string[]): boolean {
  const letters = cased.join('').replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

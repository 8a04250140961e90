import { describe, invalidArgument } from '../errors.js';
import { ENTITY_TYPES, type Dictionary } from '../types.js';

const ID = /^(person|organization|place|militant_group)\/[a-z0-9]+(?:[-/][a-z0-9]+)*$/;
const CASES = new Set(['exact', 'name', 'any']);

function fail(where: string, expected: string, found: unknown): never {
  throw new TypeError(`newstag: ${where} must be ${expected}, but found ${describe(found)}`);
}

function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && /\S/.test(value);
}

/** Checks a caller's dictionaries with the rules of the bundled schema; errors name dictionary, entry and field. */
export function validateDictionaries(value: unknown): asserts value is readonly Dictionary[] {
  if (!Array.isArray(value)) throw invalidArgument('options.dictionaries', 'an array of dictionaries', value);
  value.forEach((dictionary: unknown, d) => {
    const at = `options.dictionaries[${d}]`;
    if (typeof dictionary !== 'object' || dictionary === null) fail(at, 'an object { type, entries }', dictionary);
    const { type, entries } = dictionary as Record<string, unknown>;
    if (!ENTITY_TYPES.includes(type as never)) fail(`${at}.type`, `one of ${ENTITY_TYPES.join(', ')}`, type);
    if (!Array.isArray(entries)) fail(`${at}.entries`, 'an array', entries);
    entries.forEach((entry: unknown, e) => validateEntry(`${at}.entries[${e}]`, entry, type as string));
  });
}

function validateEntry(at: string, entry: unknown, type: string): void {
  if (typeof entry !== 'object' || entry === null) fail(at, 'an object { id, name, aliases? }', entry);
  const { id, name, aliases, acronyms, meta } = entry as Record<string, unknown>;
  if (typeof id !== 'string' || !ID.test(id) || !id.startsWith(type + '/')) fail(`${at}.id`, `an id like "${type}/some-name"`, id);
  if (!isNonBlank(name)) fail(`${at}.name (${id})`, 'a non-blank string', name);
  if (aliases !== undefined) {
    if (!Array.isArray(aliases)) fail(`${at}.aliases (${id})`, 'an array', aliases);
    aliases.forEach((alias: unknown, a) => {
      const ok = isNonBlank(alias) || (typeof alias === 'object' && alias !== null && isNonBlank((alias as { text?: unknown }).text) &&
        ((alias as { case?: unknown }).case === undefined || CASES.has((alias as { case: string }).case)));
      if (!ok) fail(`${at}.aliases[${a}] (${id})`, 'a non-blank string or { text, case?: "exact" | "name" | "any" }', alias);
    });
  }
  if (acronyms !== undefined) {
    if (!Array.isArray(acronyms)) fail(`${at}.acronyms (${id})`, 'an array', acronyms);
    acronyms.forEach((acronym: unknown, a) => { if (!isNonBlank(acronym)) fail(`${at}.acronyms[${a}] (${id})`, 'a non-blank string', acronym); });
  }
  if (meta !== undefined && (typeof meta !== 'object' || meta === null || Array.isArray(meta))) fail(`${at}.meta (${id})`, 'an object', meta);
}

/**
 * Helpers shared by the dictionary generators in scripts/generate/: file shapes (mirroring schema/), slugs,
 * match keys, and deterministic JSON output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatDictionaryText } from '../format-dictionaries.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Ambiguity = 'common-word' | 'person-name' | 'place-name' | 'organization-name' | 'other';

export const AMBIGUITIES: readonly Ambiguity[] = ['common-word', 'person-name', 'place-name', 'organization-name', 'other'];

export type Alias = string | { text: string; case?: 'exact' | 'name' | 'any' };

/** `meta` of an entity entry (schema/entity-file.schema.json); only the fields the generators write. */
export interface Meta {
  kind?: string;
  country?: string;
  parent?: string;
  region?: string;
  population?: number;
  demonyms?: string[];
  iso?: string;
  formerNames?: string[];
  externalIds?: { geonames?: number; wikidata?: string };
  note?: string;
}

export interface Entry {
  id: string;
  name: string;
  aliases?: Alias[];
  acronyms?: string[];
  ambiguous?: Ambiguity;
  meta?: Meta;
}

/** An entity file (schema/entity-file.schema.json). */
export interface EntityFile {
  $schema?: string;
  description: string;
  source: string;
  license: string;
  generated?: string;
  type: 'person' | 'organization' | 'place' | 'militant_group';
  entries: Entry[];
}

export interface LexiconWord {
  text: string;
  kind?: string;
  origin?: string;
  note?: string;
}

/** A lexicon file (schema/lexicon-file.schema.json). */
export interface LexiconFile {
  $schema?: string;
  description: string;
  source: string;
  license: string;
  generated?: string;
  lexicon: string;
  words: LexiconWord[];
}

/** Letters that Unicode decomposition leaves alone, spelled in ASCII. */
const ASCII_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  þ: 'th', Þ: 'Th', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'ng', Ŋ: 'Ng', ſ: 's',
};

/** Drops diacritics (NFD, combining marks removed), keeping letter case. "Peşāwar" -> "Pesawar". */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** ASCII spelling: diacritics dropped and the undecomposable letters spelled out. "Łódź" -> "Lodz". */
export function asciiFold(text: string): string {
  return stripMarks(text).replace(/[^\u0000-\u007f]/gu, (c) => ASCII_LETTERS[c] ?? c);
}

/** Id slug: ASCII-folded, lowercase, runs of anything else than a-z0-9 turned into one "-". */
export function slugify(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc\u02bb]/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Approximates the matcher's key of an alias (src/normalize): case, diacritics, apostrophes, periods, hyphens
 * and a leading "the" do not count. Two aliases with the same key are the same alias to the matcher.
 */
export function matchKey(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/['.\u2018\u2019\u02bc\u02bb\u00ad]/gu, '')
    .replace(/[\s\-\u2010-\u2015]+/gu, ' ')
    .trim()
    .replace(/^the (?=\S)/u, '');
}

/** The text of an alias, whatever its form. */
export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** Compares strings by UTF-16 code units, independent of locale, for stable output order. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Version of an installed package, read from its package.json. */
export function packageVersion(name: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || !('version' in manifest) || typeof manifest.version !== 'string') {
    throw new Error(`${name}: no version in package.json`);
  }
  return manifest.version;
}

/** Reads and parses a JSON file under the repository root. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

/** Writes a dictionary file in the layout of scripts/format-dictionaries.ts; returns the size in bytes. */
export function writeJson(path: string, data: unknown): number {
  const text = formatDictionaryText(JSON.stringify(data));
  writeFileSync(join(ROOT, path), text);
  return Buffer.byteLength(text);
}

/** Narrowing check for plain JSON objects. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an entity file, checking the shape the generators rely on (full validation: npm run dictionaries). */
export function readEntityFile(path: string): EntityFile {
  const data = readJson(path);
  if (!isRecord(data) || !Array.isArray(data.entries)) throw new Error(`${path}: not an entity file`);
  for (const [i, entry] of data.entries.entries()) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.name !== 'string') {
      throw new Error(`${path}: entries[${i}] needs a string id and name`);
    }
  }
  return data as unknown as EntityFile;
}

/** Adds each alias whose match key is new; returns the kept list. Keys already taken are passed in `seen`. */
export function uniqueAliases(aliases: readonly Alias[], seen: Set<string>): Alias[] {
  const kept: Alias[] = [];
  for (const alias of aliases) {
    const key = matchKey(aliasText(alias));
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(alias);
  }
  return kept;
}

/** T whose optional fields may also be given as undefined (for building entries in one expression). */
export type Loose<T> = { [K in keyof T]: {} extends Pick<T, K> ? T[K] | undefined : T[K] };

/** Removes undefined, empty-array and empty-object fields so output carries no noise. */
export function compact<T extends object>(value: Loose<T>): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (Array.isArray(field) && field.length === 0) continue;
    if (isRecord(field) && Object.keys(field).length === 0) continue;
    out[key] = field;
  }
  return out as T;
}

/**
 * Ordinary English words: the lowercase entries of the Hunspell en_US word list of the dictionary-en package (from
 * SCOWL, MIT and BSD), which lists proper nouns capitalised. Used to filter name lists; never shipped.
 */
export function ordinaryEnglishWords(): Set<string> {
  const lines = readFileSync(join(ROOT, 'node_modules', 'dictionary-en', 'index.dic'), 'utf8').split('\n').slice(1);
  return new Set(lines.map((line) => line.split('/', 1)[0]!).filter((word) => /^\p{Ll}/u.test(word)));
}

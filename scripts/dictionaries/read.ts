import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dictionary, DictionaryEntry, EntityType } from '../../src/types.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DICTIONARY_DIR = join(ROOT, 'dictionaries');
export const ENTITY_FOLDERS: readonly EntityType[] = ['militant_group', 'organization', 'person', 'place'];

export interface EntityFile extends Dictionary {
  readonly name: string;
  readonly path: string;
  readonly generated?: boolean;
  readonly raw: unknown;
}

export interface LexiconFile {
  readonly path: string;
  readonly lexicon: string;
  readonly words: readonly (string | { readonly text: string; readonly kind?: string; readonly origin?: string; readonly note?: string })[];
  readonly raw: unknown;
}

function jsonFiles(folder: string): string[] {
  try {
    return readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => join(folder, f));
  } catch {
    return [];
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${relative(ROOT, path)}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Every entity file, in a fixed order: by folder, then curated before generated, then by name. */
export function readEntityFiles(): EntityFile[] {
  const files: EntityFile[] = [];
  for (const folder of ENTITY_FOLDERS) {
    const paths = jsonFiles(join(DICTIONARY_DIR, folder));
    const ordered = [...paths.filter((p) => !p.endsWith('.generated.json')), ...paths.filter((p) => p.endsWith('.generated.json'))];
    for (const path of ordered) {
      const raw = readJson(path) as { type: EntityType; entries: DictionaryEntry[]; generated?: string };
      files.push({
        name: relative(ROOT, path),
        path,
        type: raw.type,
        entries: raw.entries,
        ...(raw.generated !== undefined ? { generated: true } : {}),
        raw,
      });
    }
  }
  return files;
}

export function readLexiconFiles(): LexiconFile[] {
  return jsonFiles(join(DICTIONARY_DIR, 'lexicon')).map((path) => {
    const raw = readJson(path) as { lexicon: string; words: LexiconFile['words'] };
    return { path, lexicon: raw.lexicon, words: raw.words, raw };
  });
}

/**
 * Rewrites every file in dictionaries/ in one layout, entries sorted by id: an entity entry's fields one per line
 * with arrays and objects inline, a lexicon's words one per line. `npm run format:dictionaries`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARY_DIR } from './dictionaries/read.js';

type Json = Record<string, unknown>;

const inline = (value: unknown) => JSON.stringify(value).replace(/":(?=\S)/g, '": ').replace(/,"/g, ', "');

function header(data: Json, body: string): string {
  const top = Object.entries(data).filter(([key]) => key !== body).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  return ['{', ...top].join('\n');
}

function formatEntities(data: Json): string {
  const entries = [...(data.entries as Json[])].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  const blocks = entries.map((entry) => {
    const fields = Object.entries(entry).map(([key, value]) => `      ${JSON.stringify(key)}: ${inline(value)}`);
    return `    {\n${fields.join(',\n')}\n    }`;
  });
  return `${header(data, 'entries')}\n  "entries": [\n${blocks.join(',\n')}\n  ]\n}\n`;
}

function formatWords(data: Json, key: string): string {
  return `${header(data, key)}\n  ${JSON.stringify(key)}: [\n${(data[key] as unknown[]).map((w) => `    ${inline(w)}`).join(',\n')}\n  ]\n}\n`;
}

/** Formats an entity or lexicon file's JSON text (entity entries sorted by id); other files are left as they are. */
export function formatDictionaryText(text: string): string {
  const data = JSON.parse(text) as Json;
  if (Array.isArray(data.entries)) return formatEntities(data);
  if (Array.isArray(data.words)) return formatWords(data, 'words');
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let changed = 0;
  for (const folder of readdirSync(DICTIONARY_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(DICTIONARY_DIR, folder.name)).filter((f) => f.endsWith('.json'))) {
      const path = join(DICTIONARY_DIR, folder.name, file);
      const before = readFileSync(path, 'utf8');
      const after = formatDictionaryText(before);
      if (after !== before) {
        writeFileSync(path, after);
        changed++;
      }
    }
  }
  console.log(`newstag: formatted ${changed} dictionary file(s)`);
}

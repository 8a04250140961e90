/** Validates dictionaries/ against the schemas and compiles it into src/generated/, the form the tagger loads. */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasKeys, compileDictionaries } from '../src/dictionary/compile.js';
import type { CompiledLexicon } from '../src/dictionary/compiled.js';
import { packData } from '../src/dictionary/pack.js';
import { readEntityFiles, readLexiconFiles, ROOT, type EntityFile, type LexiconFile } from './dictionaries/read.js';
import { buildTopics } from './dictionaries/topics.js';
import { validateFiles } from './dictionaries/validate.js';
import { ordinaryEnglishWords } from './generate/shared.js';

/**
 * Lexicons as match keys by kind, keyed by the same normalizer as the text (so the tagger loads them as they are);
 * name lists carry their origin ("east-asian") where they have no kind.
 */
function compileLexicons(files: readonly LexiconFile[]): Record<string, CompiledLexicon> {
  const lexicons: Record<string, Record<string, string[]>> = {};
  for (const file of files) {
    const byKind = (lexicons[file.lexicon] ??= {});
    for (const word of file.words) {
      const text = typeof word === 'string' ? word : word.text;
      const kind = typeof word === 'string' ? '' : word.kind ?? word.origin ?? '';
      const key = aliasKeys(text).key.join(' ');
      if (key !== '') (byKind[kind] ??= []).push(key);
    }
  }
  return lexicons;
}

/**
 * The surnames of the people in the person dictionaries ("Clinton" of "Bill Clinton"), for the rules that read a
 * surname alone ("Clinton said"): the last name word of every full name, unless it is also an ordinary English word
 * ("Card", "Rice"; by the dictionary-en word list), an alias of a place, organisation or militant group, or a word
 * of a lexicon (a given name, a title, a listed surname...).
 */
function surnamesOfPeople(files: readonly EntityFile[], lexicons: Record<string, CompiledLexicon>): string[] {
  const taken = ordinaryEnglishWords();
  for (const file of files) {
    if (file.type === 'person') continue;
    for (const entry of file.entries) for (const text of [entry.name, ...(entry.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text)), ...(entry.acronyms ?? [])]) taken.add(aliasKeys(text).key.join(' '));
  }
  for (const byKind of Object.values(lexicons)) for (const words of Object.values(byKind)) for (const word of words) taken.add(word);
  const surnames = new Set<string>();
  for (const file of files) {
    if (file.type !== 'person') continue;
    for (const entry of file.entries) {
      const key = aliasKeys(entry.name).key;
      const last = key[key.length - 1];
      if (key.length >= 2 && last !== undefined && /^\p{L}{3,}$/u.test(last) && !taken.has(last)) surnames.add(last);
    }
  }
  return [...surnames].sort();
}

const entityFiles = readEntityFiles();
const lexiconFiles = readLexiconFiles();
const problems = validateFiles(entityFiles, lexiconFiles);
if (problems.length > 0) {
  console.error(`newstag: ${problems.length} problem(s) in dictionaries/:\n  ${problems.slice(0, 200).join('\n  ')}`);
  process.exit(1);
}

const compiled = compileDictionaries(entityFiles);
const lexicons = compileLexicons(lexiconFiles);
lexicons['surnames'] = { ...lexicons['surnames'], 'of-dictionary-people': surnamesOfPeople(entityFiles, lexicons) };
const packed = packData({ ...compiled, lexicons });
const outDir = join(ROOT, 'src', 'generated');
mkdirSync(outDir, { recursive: true });
// Data, not code: the tagger reads this file on first use (loading columns is far faster than compiling a module).
writeFileSync(join(outDir, 'dictionaries.pack'), packed);

const onDisk = entityFiles.reduce((sum, f) => sum + statSync(f.path).size, 0) + lexiconFiles.reduce((sum, f) => sum + statSync(f.path).size, 0);
const byType = new Map<string, number>();
for (const entry of compiled.entries) byType.set(entry.type, (byType.get(entry.type) ?? 0) + 1);
console.log(`newstag dictionaries: ${compiled.entries.length} entries (${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')}), ` +
  `${compiled.aliases.size} aliases, ${Object.values(lexicons).reduce((s, l) => s + Object.values(l).flat().length, 0)} lexicon words; ` +
  `${(onDisk / 1e6).toFixed(2)} MB source, ${(packed.length / 1e6).toFixed(2)} MB compiled`);
console.log(`newstag topics: ${buildTopics(outDir)}`);

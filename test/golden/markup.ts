/**
 * Inline entity markup of the golden articles (test/fixtures/golden/*.txt).
 *
 * Every mention is written `[[surface text|type|canonical]]`, where type is one of the four entity types and
 * canonical is the entity's name, the same string for all mentions of one entity in the article. Removing the
 * markup gives the plain text that is tagged; entity offsets are UTF-16 indices into it, half-open, so
 * `text.slice(start, end) === surface`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../../src/types.js';

export interface GoldEntity {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly text: string;
  readonly canonical: string;
}

export interface GoldDocument {
  readonly text: string;
  readonly entities: readonly GoldEntity[];
}

export interface GoldenFile extends GoldDocument {
  /** File name without the folder, e.g. `ttp-dera-ismail-khan-checkpost-attack.txt`. */
  readonly name: string;
  readonly path: string;
}

/** Malformed markup: names the file and the 1-based line and column (UTF-16 units) in the marked-up source. */
export class MarkupError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly offset: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'MarkupError';
  }
}

export const GOLDEN_DIR = new URL('../fixtures/golden/', import.meta.url).pathname;

const OPEN = '[[';
const CLOSE = ']]';
const isType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value);

function position(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses marked-up text into plain text and entities; throws a `MarkupError` on malformed markup. */
export function parseMarkup(source: string, file = '<markup>'): GoldDocument {
  const fail = (offset: number, problem: string): never => {
    const { line, column } = position(source, offset);
    throw new MarkupError(file, line, column, offset, problem);
  };
  let text = '';
  const entities: GoldEntity[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf(OPEN, i);
    const strayClose = source.indexOf(CLOSE, i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) fail(strayClose, `"${CLOSE}" without an opening "${OPEN}"`);
    if (open === -1) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, open);
    const close = source.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) fail(open, `"${OPEN}" is never closed with "${CLOSE}"`);
    const inner = source.slice(open + OPEN.length, close);
    const nested = inner.indexOf(OPEN);
    if (nested !== -1) fail(open + OPEN.length + nested, `"${OPEN}" inside the mention opened at ${describe(source, open)}: mentions do not nest`);
    if (inner.includes('\n')) fail(open, 'a mention spans a line break (unclosed "[[" ?)');
    const parts = inner.split('|');
    if (parts.length !== 3) fail(open, `a mention needs exactly three fields "surface|type|canonical", found ${parts.length} in "${inner}"`);
    const [surface, type, canonical] = parts as [string, string, string];
    if (surface.length === 0) fail(open, `empty surface text in "${inner}"`);
    if (surface.trim() !== surface) fail(open, `surface text "${surface}" has leading or trailing whitespace`);
    if (!isType(type)) fail(open + OPEN.length + surface.length + 1, `unknown type "${type}" (expected ${ENTITY_TYPES.join(', ')})`);
    if (canonical.trim().length === 0) fail(open, `empty canonical in "${inner}"`);
    if (canonical.trim() !== canonical) fail(open, `canonical "${canonical}" has leading or trailing whitespace`);
    const start = text.length;
    text += surface;
    entities.push({ start, end: text.length, type: type as EntityType, text: surface, canonical });
    i = close + CLOSE.length;
  }
  return { text, entities };
}

function describe(source: string, offset: number): string {
  const { line, column } = position(source, offset);
  return `${line}:${column}`;
}

/** Reads and parses every `*.txt` of the golden folder, sorted by name. */
export function readGoldenFiles(dir: string = GOLDEN_DIR): GoldenFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { name, path, ...parseMarkup(readFileSync(path, 'utf8'), path) };
    });
}

const ABBREVIATION = /(?:^|[^A-Za-z])(?:[A-Z]\.)+$/; // "U.S.", "U.K." keep their final period
const TITLES = /^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Maj|Col|Brig|PM|FM|Maulana|Mufti|Justice|Senator|Ambassador|Barrister|Haji|President|Prime|Minister|Chief|Sheikh|Mullah|Mawlawi)\b\.?\s/;

/**
 * Mechanical checks of the span convention (see the guidelines): no leading "the", no possessive, no trailing
 * punctuation, no title at the start of a person span, one type per canonical. Returns one line per problem.
 */
export function conventionProblems(doc: GoldDocument, file = '<markup>'): string[] {
  const problems: string[] = [];
  const typeOf = new Map<string, EntityType>();
  for (const e of doc.entities) {
    const where = `${file} @${e.start} "${e.text}"`;
    if (/^the\s/i.test(e.text)) problems.push(`${where}: leading "the"`);
    if (/['’]s$/.test(e.text)) problems.push(`${where}: possessive 's`);
    if (/[.,;:!?'"’”)\]]$/.test(e.text) && !ABBREVIATION.test(e.text)) problems.push(`${where}: trailing punctuation`);
    if (/^[\s(\["'“‘]/.test(e.text)) problems.push(`${where}: leading punctuation or space`);
    if (e.type === 'person' && TITLES.test(e.text)) problems.push(`${where}: person span starts with a title`);
    const seen = typeOf.get(e.canonical);
    if (seen !== undefined && seen !== e.type) problems.push(`${where}: canonical "${e.canonical}" is ${seen} elsewhere but ${e.type} here`);
    typeOf.set(e.canonical, seen ?? e.type);
  }
  return problems;
}

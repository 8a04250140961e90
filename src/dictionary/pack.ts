import { freezeDeep } from '../freeze.js';
import type { Ambiguity, EntityMeta, EntityType } from '../types.js';
import type { AliasTable, CompiledData, CompiledEntry, CompiledLexicon } from './compiled.js';

/**
 * The compiled data as the build ships it: one file of columns. Numbers are typed arrays, the alias keys are one
 * string with their offsets (the alias table's own form), and an entry's id, name, metadata and display aliases
 * stay as bytes until something reads them. Loading it makes one small object per entry instead of the quarter of
 * a million a JSON parse makes, which was most of the tagger's cold start.
 *
 * Layout: the byte length of a JSON header (uint32, little-endian), the header, then the sections it lists, each
 * starting at a multiple of 4 bytes.
 */

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'militant_group'];
const GENERATED_FLAG = 4;
const MAGIC = 'newstag-pack/1';

interface Header {
  readonly magic: string;
  readonly entries: number;
  readonly aliases: number;
  readonly sections: Readonly<Record<SectionName, readonly [offset: number, length: number]>>;
  /** Ambiguity by entry index, for the few entries that have one. */
  readonly ambiguous: Readonly<Record<string, Ambiguity>>;
  readonly lexicons: Readonly<Record<string, CompiledLexicon>>;
}

type SectionName =
  | 'idText' | 'idEnds' | 'nameText' | 'nameEnds' | 'entryFlags' | 'metaText' | 'metaEnds' | 'displayText' | 'displayEnds'
  | 'keyText' | 'keyStarts' | 'aliasEntries' | 'aliasMasks' | 'aliasPolicies' | 'casedText' | 'casedStarts';

/** Display aliases are stored joined by tabs, so none may hold one. */
function checkedAlias(text: string, what: string): string {
  if (text.includes('\t')) throw new Error(`newstag pack: ${what} contains a tab: ${JSON.stringify(text)}`);
  return text;
}

export function packData(data: CompiledData): Buffer {
  const { entries, aliases } = data;
  const ambiguous: Record<string, Ambiguity> = {};
  entries.forEach((entry, i) => {
    if (entry.ambiguous !== undefined) ambiguous[i] = entry.ambiguous;
  });
  const ends = (texts: readonly string[]) => {
    const out = new Uint32Array(texts.length);
    let at = 0;
    texts.forEach((text, i) => (out[i] = at += Buffer.byteLength(text, 'utf8')));
    return out;
  };
  const metas = entries.map((entry) => JSON.stringify(entry.meta));
  const displays = entries.map((entry) => entry.aliases.map((alias) => checkedAlias(alias, `an alias of ${entry.id}`)).join('\t'));
  const ids = entries.map((entry) => entry.id);
  const names = entries.map((entry) => entry.name);
  const sections: Record<SectionName, ArrayBufferView> = {
    idText: Buffer.from(ids.join(''), 'utf8'),
    idEnds: ends(ids),
    nameText: Buffer.from(names.join(''), 'utf8'),
    nameEnds: ends(names),
    entryFlags: Uint8Array.from(entries, (entry) => TYPES.indexOf(entry.type) | (entry.generated === true ? GENERATED_FLAG : 0)),
    metaText: Buffer.from(metas.join(''), 'utf8'),
    metaEnds: ends(metas),
    displayText: Buffer.from(displays.join(''), 'utf8'),
    displayEnds: ends(displays),
    keyText: Buffer.from(aliases.keyText, 'utf8'),
    keyStarts: aliases.keyStarts,
    aliasEntries: aliases.entries,
    aliasMasks: aliases.masks,
    aliasPolicies: aliases.policies,
    casedText: Buffer.from(aliases.casedText, 'utf8'),
    casedStarts: aliases.casedStarts,
  };
  const placed = {} as Record<SectionName, [number, number]>;
  let offset = 0;
  for (const [name, bytes] of Object.entries(sections) as [SectionName, ArrayBufferView][]) {
    placed[name] = [offset, bytes.byteLength];
    offset = align(offset + bytes.byteLength);
  }
  const header: Header = { magic: MAGIC, entries: entries.length, aliases: aliases.size, sections: placed, ambiguous, lexicons: data.lexicons };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = align(4 + headerBytes.length);
  const out = Buffer.alloc(start + offset);
  out.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(out, 4);
  for (const [name, bytes] of Object.entries(sections) as [SectionName, ArrayBufferView][]) {
    out.set(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), start + placed[name][0]);
  }
  return out;
}

const align = (n: number) => (n + 3) & ~3;

/** A copy at offset 0 of a buffer of its own (Buffer.alloc never hands out a slice of the shared pool). */
function copyOf(bytes: Buffer): Buffer {
  const copy = Buffer.alloc(bytes.byteLength);
  bytes.copy(copy);
  return copy;
}

export function unpackData(file: Buffer): CompiledData {
  const headerLength = file.readUInt32LE(0);
  const header = JSON.parse(file.toString('utf8', 4, 4 + headerLength)) as Header;
  if (header.magic !== MAGIC) throw new Error(`newstag: the compiled dictionaries are not in the ${MAGIC} format; run \`npm run build\``);
  const start = align(4 + headerLength);
  // Typed-array views need 4-byte alignment; a file read whole normally has it, so no copy is made.
  const body = (file.byteOffset + start) % 4 === 0 ? file.subarray(start) : copyOf(file.subarray(start));
  const section = (name: SectionName) => body.subarray(header.sections[name][0], header.sections[name][0] + header.sections[name][1]);
  const view = <T>(name: SectionName, Kind: new (buffer: ArrayBufferLike, offset: number, length: number) => T): T => {
    const bytes = section(name);
    return new Kind(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  };
  const words = (name: SectionName) => view(name, Uint32Array);

  const columns: EntryColumns = {
    ids: new TextColumn(section('idText'), words('idEnds')),
    names: new TextColumn(section('nameText'), words('nameEnds')),
    metas: new TextColumn(section('metaText'), words('metaEnds')),
    displays: new TextColumn(section('displayText'), words('displayEnds')),
  };
  const flags = section('entryFlags');
  const entries: CompiledEntry[] = new Array(header.entries);
  for (let i = 0; i < header.entries; i++) {
    entries[i] = new PackedEntry(columns, i, TYPES[flags[i]! & 3]!, header.ambiguous[i], (flags[i]! & GENERATED_FLAG) !== 0);
  }

  const aliases: AliasTable = {
    size: header.aliases,
    keyText: section('keyText').toString('utf8'),
    keyStarts: words('keyStarts'),
    entries: words('aliasEntries'),
    policies: new Uint8Array(section('aliasPolicies')),
    masks: view('aliasMasks', Int32Array),
    casedText: section('casedText').toString('utf8'),
    casedStarts: words('casedStarts'),
  };
  return { entries, aliases, lexicons: header.lexicons };
}

/** Texts stored back to back, with the byte offset where each ends. */
class TextColumn {
  constructor(
    private readonly bytes: Buffer,
    private readonly ends: Uint32Array,
  ) {}

  at(i: number): string {
    return this.bytes.toString('utf8', i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }
}

interface EntryColumns {
  readonly ids: TextColumn;
  readonly names: TextColumn;
  /** Metadata as JSON. */
  readonly metas: TextColumn;
  /** Display aliases separated by tabs. */
  readonly displays: TextColumn;
}

/**
 * An entry whose texts are decoded the first time they are read, then kept: the same strings and objects every
 * time, as with entries compiled at run time.
 */
class PackedEntry implements CompiledEntry {
  readonly ambiguous?: Ambiguity;
  readonly generated?: boolean;
  readonly #columns: EntryColumns;
  readonly #index: number;
  #id: string | undefined;
  #name: string | undefined;
  #meta: EntityMeta | undefined;
  #aliases: readonly string[] | undefined;

  constructor(columns: EntryColumns, index: number, readonly type: EntityType, ambiguous: Ambiguity | undefined, generated: boolean) {
    this.#columns = columns;
    this.#index = index;
    if (ambiguous !== undefined) this.ambiguous = ambiguous;
    if (generated) this.generated = true;
  }

  get id(): string {
    return (this.#id ??= this.#columns.ids.at(this.#index));
  }

  get name(): string {
    return (this.#name ??= this.#columns.names.at(this.#index));
  }

  get meta(): EntityMeta {
    return (this.#meta ??= freezeDeep(JSON.parse(this.#columns.metas.at(this.#index)) as EntityMeta));
  }

  get aliases(): readonly string[] {
    if (this.#aliases === undefined) {
      const text = this.#columns.displays.at(this.#index);
      this.#aliases = Object.freeze(text === '' ? [] : text.split('\t'));
    }
    return this.#aliases;
  }
}

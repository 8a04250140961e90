import { CaseCode, type AliasTable } from '../dictionary/compiled.js';

/**
 * The aliases by match key, and every proper prefix of a key (whole tokens), so the matcher knows when to read one
 * more token. An open-addressing hash table over typed arrays: lookups cost the same whatever the size of the
 * dictionaries, the matcher hashes token by token without building the key strings it looks up, and building the
 * table allocates no object per key (a map of tens of thousands of strings and lists was most of the cold start).
 */
export interface AliasIndex {
  readonly aliases: AliasTable;
  /** Slot -> key id + 1 (0: empty). Its length is a power of two. */
  readonly slots: Int32Array;
  /** Per key id: its hash, the alias whose key it is (a prefix: starts), its length in characters. */
  readonly keyHashes: Int32Array;
  readonly keySources: Int32Array;
  readonly keyLengths: Int32Array;
  /** Per key id: where its aliases start in `order`, and how many there are (0 for a prefix only). */
  readonly firstAlias: Int32Array;
  readonly aliasCounts: Int32Array;
  /** Per key id: 1 when the key is a proper prefix of a longer key. */
  readonly isPrefix: Uint8Array;
  /** Alias numbers grouped by key, in dictionary order within a key. */
  readonly order: Int32Array;
  /** First keys of aliases that may begin with a lowercase word ("al-Qaeda"); other aliases need a capital first. */
  readonly lowercaseStarts: ReadonlySet<string>;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** FNV-1a over UTF-16 code units, continued from `hash`. */
function hashText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash of a key's first token. */
export function hashFirst(key: string): number {
  return hashText(FNV_OFFSET, key);
}

/** The hash of a key extended by one more token (joined by a space). */
export function hashNext(hash: number, key: string): number {
  return hashText(Math.imul(hash ^ SPACE, FNV_PRIME), key);
}

export function buildAliasIndex(aliases: AliasTable): AliasIndex {
  const { keyText, keyStarts } = aliases;
  let capacity = aliases.size;
  for (let i = keyText.indexOf(' '); i >= 0; i = keyText.indexOf(' ', i + 1)) capacity++;
  let size = 8;
  while (size < capacity * 2) size *= 2;
  const slots = new Int32Array(size);
  const keyHashes = new Int32Array(capacity);
  const keySources = new Int32Array(capacity);
  const keyLengths = new Int32Array(capacity);
  const aliasCounts = new Int32Array(capacity);
  const isPrefix = new Uint8Array(capacity);
  const aliasKeys = new Int32Array(aliases.size);
  const lowercaseStarts = new Set<string>();
  let keys = 0;

  /** The id of the first `length` characters of alias `source`'s key, with hash `hash`, added if new. */
  const keyId = (hash: number, source: number, length: number): number => {
    for (let slot = hash & (size - 1); ; slot = (slot + 1) & (size - 1)) {
      const held = slots[slot]! - 1;
      if (held < 0) {
        slots[slot] = keys + 1;
        keyHashes[keys] = hash;
        keySources[keys] = source;
        keyLengths[keys] = length;
        return keys++;
      }
      if (keyHashes[held] === hash && keyLengths[held] === length && sameStart(keyText, keyStarts[keySources[held]!]!, keyStarts[source]!, length)) return held;
    }
  };

  for (let a = 0; a < aliases.size; a++) {
    const start = keyStarts[a]!;
    const end = keyStarts[a + 1]!;
    let hash = FNV_OFFSET;
    let firstEnd = end;
    for (let i = start; i < end; i++) {
      const code = keyText.charCodeAt(i);
      if (code === SPACE) {
        isPrefix[keyId(hash, a, i - start)] = 1;
        if (firstEnd === end) firstEnd = i;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    if (mayStartLowercase(aliases, a)) lowercaseStarts.add(keyText.slice(start, firstEnd));
    const id = keyId(hash, a, end - start);
    aliasKeys[a] = id;
    aliasCounts[id]!++;
  }

  const firstAlias = new Int32Array(keys);
  for (let id = 1; id < keys; id++) firstAlias[id] = firstAlias[id - 1]! + aliasCounts[id - 1]!;
  const filled = new Int32Array(keys);
  const order = new Int32Array(aliases.size);
  for (let a = 0; a < aliases.size; a++) {
    const id = aliasKeys[a]!;
    order[firstAlias[id]! + filled[id]!++] = a;
  }
  return {
    aliases,
    slots,
    keyHashes: keyHashes.slice(0, keys),
    keySources: keySources.slice(0, keys),
    keyLengths: keyLengths.slice(0, keys),
    firstAlias,
    aliasCounts: aliasCounts.slice(0, keys),
    isPrefix: isPrefix.slice(0, keys),
    order,
    lowercaseStarts,
  };
}

function sameStart(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

function mayStartLowercase(aliases: AliasTable, a: number): boolean {
  const policy = aliases.policies[a];
  if (policy === CaseCode.Any) return true;
  if (policy === CaseCode.Name) return (aliases.masks[a]! & 1) === 0;
  // Only a capital asks for a capitalised word: "1MDB" opens with a digit, which is never capitalised.
  const first = aliases.casedText[aliases.casedStarts[a]!]!;
  return first === first.toLowerCase();
}

/**
 * The key id of the tokens `path` (their keys joined by spaces, `length` characters, hash `hash`), or -1 when no
 * alias key is or starts with them.
 */
export function findPath(index: AliasIndex, keys: readonly string[], path: readonly number[], hash: number, length: number): number {
  const mask = index.slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const id = index.slots[slot]! - 1;
    if (id < 0) return -1;
    if (index.keyHashes[id] === hash && index.keyLengths[id] === length && spellsPath(index.aliases.keyText, index.aliases.keyStarts[index.keySources[id]!]!, keys, path)) return id;
  }
}

/** Whether `text` from `at` spells the keys of the tokens of `path` joined by spaces. */
export function spellsPath(text: string, start: number, keys: readonly string[], path: readonly number[]): boolean {
  let at = start;
  for (let p = 0; p < path.length; p++) {
    const key = keys[path[p]!]!;
    if (p > 0 && text.charCodeAt(at++) !== SPACE) return false;
    if (!text.startsWith(key, at)) return false;
    at += key.length;
  }
  return true;
}

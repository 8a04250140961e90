import { CAPS_BIT, CaseCode, type AliasTable } from '../dictionary/compiled.js';
import { SKIP } from '../normalize/keys.js';
import type { Document } from '../tokenize/document.js';
import { findPath, hashFirst, hashNext, spellsPath, type AliasIndex } from './alias-index.js';

/** A dictionary hit: the token range and the entries (possibly several) whose aliases matched it. */
export interface DictionaryHit {
  readonly first: number;
  readonly last: number;
  readonly entries: readonly number[];
}

/** Finds every alias occurrence: from each word, read tokens while the keys so far are an alias or a prefix of one. */
export function matchDictionary(doc: Document, index: AliasIndex): DictionaryHit[] {
  const hits: DictionaryHit[] = [];
  const { tokens, key } = doc;
  const path: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if ((kind !== 'word' && kind !== 'number') || key[i] === SKIP) continue;
    // Most words are lowercase, and almost every alias opens with a capital (or an acronym in capitals).
    if (kind === 'word' && !doc.capitalised[i] && !index.lowercaseStarts.has(key[i]!)) continue;
    path.length = 0;
    let hash = 0;
    let length = -1;
    for (let j = i; j < tokens.length; j++) {
      if (j > i && tokens[j]!.lineBefore) break;
      const k = key[j]!;
      if (k === SKIP) continue;
      hash = path.length === 0 ? hashFirst(k) : hashNext(hash, k);
      length += 1 + k.length;
      path.push(j);
      const id = findPath(index, key, path, hash, length);
      if (id < 0) break;
      const count = index.aliasCounts[id]!;
      if (count > 0) {
        const accepted: number[] = [];
        for (let a = index.firstAlias[id]!; a < index.firstAlias[id]! + count; a++) {
          const alias = index.order[a]!;
          if (caseAgrees(doc, index.aliases, alias, path)) accepted.push(index.aliases.entries[alias]!);
        }
        if (accepted.length > 0) hits.push({ first: i, last: j, entries: accepted });
      }
      if (index.isPrefix[id] === 0) break;
    }
  }
  return hits;
}

/** Applies the alias's case policy to the matched tokens. */
function caseAgrees(doc: Document, aliases: AliasTable, alias: number, path: readonly number[]): boolean {
  const policy = aliases.policies[alias];
  if (policy === CaseCode.Any) return true;
  if (policy === CaseCode.Exact) {
    const start = aliases.casedStarts[alias]!;
    return casedLength(doc, path) === aliases.casedStarts[alias + 1]! - start && spellsPath(aliases.casedText, start, doc.cased, path);
  }
  const mask = aliases.masks[alias]!;
  for (let p = 0; p < path.length && p < CAPS_BIT; p++) {
    if ((mask & (1 << p)) === 0) continue;
    const t = path[p]!;
    if (!doc.capitalised[t]) return false;
    const writtenInCapitals = (mask & (1 << (CAPS_BIT + p))) !== 0;
    if (!writtenInCapitals && isStrayAcronym(doc, t)) return false;
  }
  return true;
}

function casedLength(doc: Document, path: readonly number[]): number {
  let length = path.length - 1;
  for (let p = 0; p < path.length; p++) length += doc.cased[path[p]!]!.length;
  return length;
}

/**
 * A short word in capitals inside ordinary text is an acronym ("ICA"), not the name it spells ("Ica"); the words
 * in capitals that open a line may be a dateline ("DERA ISMAIL KHAN: ...").
 */
function isStrayAcronym(doc: Document, t: number): boolean {
  const text = doc.tokens[t]!.text;
  return text.length <= 4 && text.length > 1 && !doc.capsLine[t] && !doc.capsLineStart[t] && text === text.toUpperCase() && /^\p{L}+$/u.test(text);
}

import { CAPS_BIT, CaseCode, type CompiledAlias } from '../dictionary/compiled.js';
import { SKIP } from '../normalize/keys.js';
import type { Document } from '../tokenize/document.js';
import type { AliasIndex } from './alias-index.js';

/** A dictionary hit: the token range and the aliases (possibly of several entries) that matched it. */
export interface DictionaryHit {
  readonly first: number;
  readonly last: number;
  readonly aliases: readonly CompiledAlias[];
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
    let sought = '';
    for (let j = i; j < tokens.length; j++) {
      if (j > i && tokens[j]!.lineBefore) break;
      const k = key[j]!;
      if (k === SKIP) continue;
      sought = path.length === 0 ? k : `${sought} ${k}`;
      path.push(j);
      const aliases = index.hits.get(sought);
      if (aliases !== undefined) {
        const accepted = aliases.filter((alias) => caseAgrees(doc, alias, path));
        if (accepted.length > 0) hits.push({ first: i, last: j, aliases: accepted });
      }
      if (!index.prefixes.has(sought)) break;
    }
  }
  return hits;
}

/** Applies the alias's case policy to the matched tokens. */
function caseAgrees(doc: Document, alias: CompiledAlias, path: readonly number[]): boolean {
  const policy = alias[2];
  if (policy === CaseCode.Any) return true;
  if (policy === CaseCode.Exact) {
    let cased = '';
    for (let p = 0; p < path.length; p++) cased += (p > 0 ? ' ' : '') + doc.cased[path[p]!];
    return cased === alias[4];
  }
  const mask = alias[3];
  for (let p = 0; p < path.length && p < CAPS_BIT; p++) {
    if ((mask & (1 << p)) === 0) continue;
    const t = path[p]!;
    if (!doc.capitalised[t]) return false;
    const writtenInCapitals = (mask & (1 << (CAPS_BIT + p))) !== 0;
    if (!writtenInCapitals && isStrayAcronym(doc, t)) return false;
  }
  return true;
}

/**
 * A short word in capitals inside ordinary text is an acronym ("ICA"), not the name it spells ("Ica"); the words
 * in capitals that open a line may be a dateline ("DERA ISMAIL KHAN: ...").
 */
function isStrayAcronym(doc: Document, t: number): boolean {
  const text = doc.tokens[t]!.text;
  return text.length <= 4 && text.length > 1 && !doc.capsLine[t] && !doc.capsLineStart[t] && text === text.toUpperCase() && /^\p{L}+$/u.test(text);
}

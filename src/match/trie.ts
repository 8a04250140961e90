import type { CompiledAlias } from '../dictionary/compiled.js';

/** A node of the token trie: children by match key, and the aliases that end here. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  hits: CompiledAlias[] | undefined;
}

/** Builds a trie over alias keys; lookup cost per token is one map access, whatever the dictionary size. */
export function buildTrie(aliases: readonly CompiledAlias[]): TrieNode {
  const root: TrieNode = { next: new Map(), hits: undefined };
  for (const alias of aliases) {
    let node = root;
    for (const part of alias[0].split(' ')) {
      let child = node.next.get(part);
      if (child === undefined) {
        child = { next: new Map(), hits: undefined };
        node.next.set(part, child);
      }
      node = child;
    }
    (node.hits ??= []).push(alias);
  }
  return root;
}

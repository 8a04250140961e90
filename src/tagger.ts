import { compileDictionaries } from './dictionary/compile.js';
import type { CompiledData } from './dictionary/compiled.js';
import { mergeCompiled } from './dictionary/merge.js';
import { validateDictionaries } from './dictionary/validate.js';
import { assertString, invalidArgument } from './errors.js';
import { bundled } from './generated/dictionaries.js';
import { link } from './link/link.js';
import type { Candidate } from './match/candidate.js';
import { chooseEntries } from './match/choose.js';
import { matchDictionary } from './match/match.js';
import { buildTrie, type TrieNode } from './match/trie.js';
import { explanation } from './output/explain.js';
import { attachRoles } from './link/roles.js';
import { linkDefinedAcronyms } from './link/acronyms.js';
import { linkSurnames } from './link/coreference.js';
import { preferenceOrder, resolveOverlaps, type Resolution } from './resolve/resolve.js';
import { compileRuleContext, proposeRules, type RuleContext } from './rules/propose.js';
import { prepare, type Document } from './tokenize/document.js';
import { ENTITY_TYPES, type EntityType, type Explanation, type TagError, type TagResult, type Tagger, type TaggerOptions } from './types.js';

const OPTION_KEYS = new Set(['dictionaries', 'bundledDictionaries', 'types']);

interface Pipeline {
  readonly data: CompiledData;
  readonly trie: TrieNode;
  readonly rules: RuleContext;
  readonly types: ReadonlySet<EntityType>;
}

function readOptions(options: unknown): Required<Pick<TaggerOptions, 'types' | 'bundledDictionaries' | 'dictionaries'>> {
  if (options === undefined) return { types: ENTITY_TYPES, bundledDictionaries: true, dictionaries: [] };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidArgument('createTagger(options): options', 'an object', options);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw invalidArgument(`createTagger(options): option "${key}"`, `one of ${[...OPTION_KEYS].join(', ')}`, key);
  }
  const { types = ENTITY_TYPES, bundledDictionaries = true, dictionaries = [] } = options as TaggerOptions;
  if (!Array.isArray(types) || types.length === 0 || !types.every((t) => ENTITY_TYPES.includes(t))) {
    throw invalidArgument('options.types', `a non-empty array of ${ENTITY_TYPES.join(', ')}`, types);
  }
  if (typeof bundledDictionaries !== 'boolean') throw invalidArgument('options.bundledDictionaries', 'a boolean', bundledDictionaries);
  validateDictionaries(dictionaries);
  return { types: Object.freeze([...types]), bundledDictionaries, dictionaries };
}

function buildPipeline(options: ReturnType<typeof readOptions>): Pipeline {
  const base: CompiledData = options.bundledDictionaries ? bundled : { entries: [], aliases: [], lexicons: bundled.lexicons };
  const added = compileDictionaries(options.dictionaries.map((d, i) => ({ ...d, name: d.name ?? `options.dictionaries[${i}]` })));
  const data: CompiledData = added.entries.length > 0 ? { ...mergeCompiled(base, added), lexicons: base.lexicons } : base;
  return { data, trie: buildTrie(data.aliases), rules: compileRuleContext(data), types: new Set(options.types) };
}

interface Run {
  readonly doc: Document;
  readonly result: TagResult;
  readonly resolution: Resolution;
}

/** The stages of one `tag()` call, in order. */
function run(pipeline: Pipeline, text: string): Run {
  const doc = prepare(text);
  const hits = matchDictionary(doc, pipeline.trie);
  const candidates: Candidate[] = [...chooseEntries(doc, hits, pipeline.data.entries), ...proposeRules(doc, pipeline.rules)]
    .filter((c) => pipeline.types.has(c.type));
  const resolution = resolveOverlaps(candidates, doc.tokens.length, preferenceOrder(
    doc.tokens.map((t) => t.start), doc.tokens.map((t) => t.end)));
  const withAcronyms = linkDefinedAcronyms(doc, resolution.kept);
  const withSurnames = linkSurnames(doc, withAcronyms, pipeline.data.entries, pipeline.rules).filter((c) => pipeline.types.has(c.type));
  const linked = attachRoles(doc, withSurnames, pipeline.rules);
  const { spans, entities } = link(doc, linked, pipeline.data.entries);
  const result = Object.freeze({ spans: Object.freeze(spans), entities: Object.freeze(entities), topics: Object.freeze([]) });
  return { doc, result, resolution };
}

/**
 * Creates an independent, immutable tagger.
 *
 * @example
 * const tagger = createTagger({ types: ['militant_group', 'place'] });
 * tagger.tag('The TTP claimed the attack in Bannu.').spans.map((s) => s.name); // ['Tehreek-i-Taliban Pakistan', 'Bannu']
 */
export function createTagger(options?: TaggerOptions): Tagger {
  const read = readOptions(options);
  const pipeline = buildPipeline(read);
  const tag = (text: string): TagResult => {
    assertString('tag(text): text', text);
    return run(pipeline, text).result;
  };
  const explain = (text: string): Explanation => {
    assertString('explain(text): text', text);
    const { doc, result, resolution } = run(pipeline, text);
    return explanation(doc, result, resolution);
  };
  function* tagMany(texts: Iterable<unknown>): IterableIterator<TagResult | TagError> {
    if (texts === null || typeof (texts as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function' || typeof texts === 'string') {
      throw invalidArgument('tagMany(texts): texts', 'an iterable of strings', texts);
    }
    let index = 0;
    for (const text of texts) {
      try {
        yield tag(text as string);
      } catch (error) {
        yield Object.freeze({ error: (error as Error).message, index });
      }
      index++;
    }
  }
  return Object.freeze({
    tag,
    tagMany,
    explain,
    options: Object.freeze({ types: read.types, bundledDictionaries: read.bundledDictionaries }),
  });
}

import { aliasTable } from './dictionary/alias-table.js';
import { compileDictionaries } from './dictionary/compile.js';
import type { CompiledData } from './dictionary/compiled.js';
import { mergeCompiled } from './dictionary/merge.js';
import { validateDictionaries } from './dictionary/validate.js';
import { assertString, invalidArgument } from './errors.js';
import { bundledData } from './dictionary/bundled.js';
import { link } from './link/link.js';
import type { Candidate } from './match/candidate.js';
import { chooseEntries } from './match/choose.js';
import { matchDictionary } from './match/match.js';
import { buildAliasIndex, type AliasIndex } from './match/alias-index.js';
import { explanation } from './output/explain.js';
import { buildResult, type TopicStage } from './output/result.js';
import { attachRoles } from './link/roles.js';
import { linkDefinedAcronyms } from './link/acronyms.js';
import { linkSurnames } from './link/coreference.js';
import { readPlaceParts } from './link/place-parts.js';
import { readTeams } from './link/teams.js';
import { linkCalledNames } from './link/called.js';
import { preferenceOrder, resolveOverlaps, type Resolution } from './resolve/resolve.js';
import { compileRuleContext, proposeRules, type RuleContext } from './rules/propose.js';
import { bundledTopics } from './generated/topics.js';
import { prepare, type Document } from './tokenize/document.js';
import { buildTopicModel, type TopicModel } from './topics/model.js';
import { readTopicOptions } from './topics/options.js';
import { ENTITY_TYPES, type EntityType, type Explanation, type TagError, type TagResult, type Tagger, type TaggerOptions } from './types.js';

const OPTION_KEYS = new Set(['dictionaries', 'bundledDictionaries', 'types', 'topics']);

interface Pipeline {
  readonly data: CompiledData;
  readonly aliases: AliasIndex;
  readonly rules: RuleContext;
  readonly types: ReadonlySet<EntityType>;
  readonly topics: TopicStage | undefined;
}

type ReadOptions = Required<Pick<TaggerOptions, 'types' | 'bundledDictionaries' | 'dictionaries'>> & { readonly topics: ReturnType<typeof readTopicOptions> };

function readOptions(options: unknown): ReadOptions {
  if (options === undefined) return { types: ENTITY_TYPES, bundledDictionaries: true, dictionaries: [], topics: readTopicOptions(undefined) };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidArgument('createTagger(options): options', 'an object', options);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw invalidArgument(`createTagger(options): option "${key}"`, `one of ${[...OPTION_KEYS].join(', ')}`, key);
  }
  const { types = ENTITY_TYPES, bundledDictionaries = true, dictionaries = [], topics } = options as TaggerOptions;
  if (!Array.isArray(types) || types.length === 0 || !types.every((t) => ENTITY_TYPES.includes(t))) {
    throw invalidArgument('options.types', `a non-empty array of ${ENTITY_TYPES.join(', ')}`, types);
  }
  if (typeof bundledDictionaries !== 'boolean') throw invalidArgument('options.bundledDictionaries', 'a boolean', bundledDictionaries);
  validateDictionaries(dictionaries);
  return { types: Object.freeze([...types]), bundledDictionaries, dictionaries, topics: readTopicOptions(topics) };
}

/** The topic model is the same for every tagger: built once, on first use. */
let topicModel: TopicModel | undefined;

/**
 * What taggers derive from the same compiled data (the bundled dictionaries, the bundled lexicons) is derived once:
 * caches of immutable data keyed by that data, so making another tagger stays cheap.
 */
const aliasIndexes = new WeakMap<CompiledData['aliases'], AliasIndex>();
const ruleContexts = new WeakMap<CompiledData['lexicons'], RuleContext>();

function derived<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

function buildPipeline(options: ReadOptions): Pipeline {
  const bundled = bundledData();
  const base: CompiledData = options.bundledDictionaries ? bundled : { entries: [], aliases: aliasTable([]), lexicons: bundled.lexicons };
  const added = compileDictionaries(options.dictionaries.map((d, i) => ({ ...d, name: d.name ?? `options.dictionaries[${i}]` })));
  const data: CompiledData = added.entries.length > 0 ? { ...mergeCompiled(base, added), lexicons: base.lexicons } : base;
  const topics = options.topics === false ? undefined : { model: (topicModel ??= buildTopicModel(bundledTopics)), options: options.topics };
  return {
    data,
    aliases: derived(aliasIndexes, data.aliases, () => buildAliasIndex(data.aliases)),
    rules: derived(ruleContexts, data.lexicons, () => compileRuleContext(data)),
    types: new Set(options.types),
    topics,
  };
}

interface Run {
  readonly doc: Document;
  readonly result: TagResult;
  readonly resolution: Resolution;
}

/** The stages of one `tag()` call, in order. */
function run(pipeline: Pipeline, text: string): Run {
  const doc = prepare(text);
  const hits = matchDictionary(doc, pipeline.aliases);
  const candidates: Candidate[] = [...chooseEntries(doc, hits, pipeline.data.entries, pipeline.rules.descriptors), ...proposeRules(doc, pipeline.rules)]
    .filter((c) => pipeline.types.has(c.type));
  const resolution = resolveOverlaps(candidates, doc.tokens.length, preferenceOrder(
    doc.tokens.map((t) => t.start), doc.tokens.map((t) => t.end)));
  const withTeams = readPlaceParts(doc, readTeams(doc, resolution.kept, pipeline.data.entries), pipeline.data.entries);
  const withAcronyms = linkDefinedAcronyms(doc, withTeams);
  const withCalled = linkCalledNames(doc, withAcronyms, pipeline.data.entries);
  const withSurnames = linkSurnames(doc, withCalled, pipeline.data.entries, pipeline.rules).filter((c) => pipeline.types.has(c.type));
  const linked = attachRoles(doc, withSurnames, pipeline.rules);
  const result = buildResult(doc, link(doc, linked, pipeline.data.entries), pipeline.topics);
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
    options: Object.freeze({ types: read.types, bundledDictionaries: read.bundledDictionaries, topics: read.topics }),
  });
}

/**
 * The hand-written topic cue file (dictionaries/topics/cues.json, schema/topic-cues.schema.json) and its
 * expansion into plain cue lists: the one expansion both the generator and the build use.
 */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nounPhrases, verbPhrases } from './inflect.js';
import { DICTIONARY_DIR, ROOT } from './read.js';
import type { CompiledEntityRule } from '../../src/topics/compiled.js';

const CUES_PATH = join(DICTIONARY_DIR, 'topics', 'cues.json');

/** Cues of one weight: phrases as written (`terms`), nouns with their plural, verbs with their inflections. */
export interface CueGroup {
  readonly weight: number;
  readonly terms?: readonly string[];
  readonly nouns?: readonly string[];
  readonly verbs?: readonly string[];
  readonly cased?: boolean;
}

/** Entity evidence as written: which entities count for a topic, and how much (the compiled rule, less its topic). */
export type EntityEvidenceRule = Omit<CompiledEntityRule, 'topic'>;

/** The evidence for one IPTC topic, as written in cues.json. */
export interface TopicCues {
  readonly code: string;
  readonly about: string;
  readonly cues: readonly CueGroup[];
  readonly entities?: readonly EntityEvidenceRule[];
}

/** dictionaries/topics/cues.json. */
export interface CueFile {
  readonly description: string;
  readonly source: string;
  readonly license: string;
  readonly neutral: readonly string[];
  readonly topics: readonly TopicCues[];
}

/** A cue after expansion: [phrase, weight] or [phrase, weight, 1] when letter case must match. */
export type ExpandedCue = readonly [phrase: string, weight: number, cased?: 1];

/** Reads cues.json and checks it against its schema; throws with every problem listed. */
export function readCueFile(): CueFile {
  const raw: unknown = JSON.parse(readFileSync(CUES_PATH, 'utf8'));
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'topic-cues.schema.json'), 'utf8')) as object;
  const validate = new Ajv.default({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'}: ${e.message ?? 'invalid'}`);
    throw new Error(`dictionaries/topics/cues.json:\n  ${problems.join('\n  ')}`);
  }
  return raw as CueFile;
}

/**
 * Every phrase of a topic with its weight, sorted; a phrase listed twice keeps its highest weight. Nouns add
 * their plural, verbs their -s, -ed and -ing forms (see inflect.ts).
 */
export function expandCues(topic: TopicCues): ExpandedCue[] {
  const best = new Map<string, ExpandedCue>();
  for (const group of topic.cues) {
    const phrases = [
      ...(group.terms ?? []),
      ...(group.nouns ?? []).flatMap(nounPhrases),
      ...(group.verbs ?? []).flatMap(verbPhrases),
    ];
    for (const phrase of phrases) {
      const key = `${group.cased === true ? 'cased' : 'any'} ${phrase}`;
      const previous = best.get(key);
      if (previous !== undefined && previous[1] >= group.weight) continue;
      best.set(key, group.cased === true ? [phrase, group.weight, 1] : [phrase, group.weight]);
    }
  }
  return [...best.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : (a[2] ?? 0) - (b[2] ?? 0)));
}

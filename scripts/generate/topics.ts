/**
 * Writes dictionaries/topics/topics.generated.json: each topic of dictionaries/topics/cues.json with its IPTC Media
 * Topic label, definition, parent, level and ancestors from ../shared/reference/iptc-mediatopics.json (release
 * 2023-10-24, CC BY 4.0 IPTC), and its cues expanded (plurals, verb forms). Run at authoring time only; the
 * generated file is committed, so building needs neither this script nor ../shared.
 *
 *   npm run generate:topics
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandCues, readCueFile } from '../dictionaries/topic-cues.js';
import { ROOT } from './shared.js';

const REFERENCE = join(ROOT, '..', 'shared', 'reference', 'iptc-mediatopics.json');
const OUT = join(ROOT, 'dictionaries', 'topics', 'topics.generated.json');
const RELEASE = '2023-10-24';

interface Concept {
  readonly code: string;
  readonly label: string;
  readonly definition: string;
  readonly broader: string | null;
  readonly level: number;
  readonly retired: boolean;
}

const concepts = new Map((JSON.parse(readFileSync(REFERENCE, 'utf8')) as Concept[]).map((c) => [c.code, c]));
const cueFile = readCueFile();

function concept(code: string): Concept {
  const found = concepts.get(code);
  if (found === undefined) throw new Error(`cues.json: ${code} is not an IPTC Media Topic code`);
  if (found.retired) throw new Error(`cues.json: ${code} (${found.label}) is retired in IPTC Media Topics`);
  return found;
}

/** Codes from the top level down to the parent. */
function ancestors(code: string): string[] {
  const chain: string[] = [];
  for (let parent = concept(code).broader; parent !== null; parent = concept(parent).broader) chain.unshift(parent);
  return chain;
}

const seen = new Set<string>();
const topics = cueFile.topics.map((topic) => {
  if (seen.has(topic.code)) throw new Error(`cues.json: ${topic.code} is listed twice`);
  seen.add(topic.code);
  const { label, definition, broader, level } = concept(topic.code);
  return {
    code: topic.code,
    label,
    definition,
    ...(broader !== null ? { parent: broader } : {}),
    level,
    ancestors: ancestors(topic.code),
    about: topic.about,
    cues: expandCues(topic),
    ...(topic.entities !== undefined ? { entities: topic.entities } : {}),
  };
}).sort((a, b) => (a.code < b.code ? -1 : 1));

const missingTopLevel = [...concepts.values()].filter((c) => c.level === 1 && !seen.has(c.code));
if (missingTopLevel.length > 0) throw new Error(`cues.json: no cues for top-level ${missingTopLevel.map((c) => c.code).join(', ')}`);

const file = {
  generated: 'scripts/generate/topics.ts from dictionaries/topics/cues.json and IPTC Media Topics; do not edit',
  description: 'The topics newstag scores: IPTC Media Topics with their labels, definitions and places in the tree, and the evidence for each.',
  source: `IPTC Media Topics NewsCodes, release ${RELEASE} (http://cv.iptc.org/newscodes/mediatopic/); cues: ${cueFile.source}`,
  license: `Topic codes, labels and definitions: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); cues: ${cueFile.license}`,
  credit: 'IPTC Media Topics © IPTC, International Press Telecommunications Council, https://iptc.org',
  neutral: cueFile.neutral,
  topics,
};

/** Two-space JSON with arrays of plain values (a cue, a list of codes) kept on one line. */
const text = JSON.stringify(file, null, 2).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_, items: string) => `[${items.replace(/,\s+/g, ', ')}]`);
writeFileSync(OUT, text + '\n');
console.log(`topics.generated.json: ${topics.length} topics, ${topics.reduce((n, t) => n + t.cues.length, 0)} cues`);

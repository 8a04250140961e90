import type { Document } from '../tokenize/document.js';
import type { Entity, EntitySpan, Topic, TopicCueEvidence, TopicEntityEvidence, TopicOptions } from '../types.js';
import { findCues } from './cues.js';
import { findEntityEvidence, type EntityHit } from './entities.js';
import type { TopicModel } from './model.js';
import { ledeEnd, positionWeight } from './zones.js';

/** Evidence at which a topic is half-way to certain: score = raw / (raw + SATURATION) before the share factor. */
const SATURATION = 8;

/** A topic stands in for its ancestor when it scores at least this share of the ancestor's score. */
const PREFER_SPECIFIC = 0.75;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Raw evidence per topic, and what earned it: cue credits as flat [topic, first token, last token, weight] quads. */
interface Tally {
  readonly raw: number[];
  readonly credits: number[];
  readonly entities: readonly EntityHit[];
}

/** Adds up the evidence: the n-th time a cue counts for a topic it is worth 1/n, times the weight of its position. */
function tally(doc: Document, entities: readonly Entity[], spans: readonly EntitySpan[], model: TopicModel): Tally {
  const raw = new Array<number>(model.topics.length).fill(0);
  const credits: number[] = [];
  const hits = findCues(doc, model);
  const lastLede = hits.length > 0 ? ledeEnd(doc) : 0;
  const repeats = new Map<number, number>();
  for (let h = 0; h < hits.length; h += 3) {
    const cue = model.cues[hits[h]!]!;
    const first = hits[h + 1]!;
    const n = (repeats.get(cue.id) ?? 0) + 1;
    repeats.set(cue.id, n);
    const share = positionWeight(doc.sentence[first]!, lastLede) / n;
    for (let p = 0; p < cue.hits.length; p += 2) {
      const topic = cue.hits[p]!;
      const weight = cue.hits[p + 1]! * share;
      raw[topic] = raw[topic]! + weight;
      credits.push(topic, first, hits[h + 2]!, weight);
    }
  }
  const entityHits = findEntityEvidence(entities, spans, model);
  for (const hit of entityHits) raw[hit.topic] = raw[hit.topic]! + hit.weight;
  return { raw, credits, entities: entityHits };
}

function toTopic(doc: Document, model: TopicModel, index: number, score: number, tallied: Tally): Topic {
  const { code, label, parent, level, ancestors } = model.topics[index]!;
  const cues: TopicCueEvidence[] = [];
  const { credits } = tallied;
  for (let c = 0; c < credits.length; c += 4) {
    if (credits[c] !== index) continue;
    const start = doc.tokens[credits[c + 1]!]!.start;
    const end = doc.tokens[credits[c + 2]!]!.end;
    cues.push(Object.freeze({ start, end, text: doc.text.slice(start, end), weight: round(credits[c + 3]!) }));
  }
  const entities = tallied.entities.filter((hit) => hit.topic === index).map(({ entityId, weight, reason }): TopicEntityEvidence =>
    Object.freeze({ entityId, weight: round(weight), reason }));
  return Object.freeze({
    code, label, ...(parent !== undefined ? { parent } : {}), level, ancestors, score,
    evidence: Object.freeze({ cues: Object.freeze(cues), entities: Object.freeze(entities) }),
  });
}

/**
 * One topic per line of descent: when a topic and one of its ancestors both pass, the more specific one stays if it
 * scores at least PREFER_SPECIFIC of the ancestor's score (the ancestor is implied, see `Topic.ancestors`), else the
 * ancestor stays: "economy" at 0.8 is not hidden by a passing mention of "international trade" at 0.3.
 */
function mostSpecific(kept: readonly [number, number][], model: TopicModel): [number, number][] {
  const dropped = new Set<number>();
  for (const [index, score] of kept) {
    const { ancestors } = model.topics[index]!;
    for (const [other, otherScore] of kept) {
      if (!ancestors.includes(model.topics[other]!.code)) continue;
      dropped.add(score >= otherScore * PREFER_SPECIFIC ? other : index);
    }
  }
  return kept.filter(([index]) => !dropped.has(index));
}

/**
 * The topics of an article, best first. Each topic's raw evidence (cues by position and repeat, entities by
 * salience) becomes a score in 0..1: raw / (raw + SATURATION), times the square root of its share of the strongest
 * topic's evidence, so a topic must be both well supported and close to the main subject. Topics under the
 * threshold go, then one topic is kept per line of descent (see mostSpecific), then all beyond the limit.
 */
export function scoreTopics(
  doc: Document, entities: readonly Entity[], spans: readonly EntitySpan[], model: TopicModel, options: Required<TopicOptions>,
): Topic[] {
  const tallied = tally(doc, entities, spans, model);
  let max = 0;
  for (const raw of tallied.raw) max = Math.max(max, raw);
  if (max <= 0) return [];
  const kept: [number, number][] = [];
  for (let index = 0; index < tallied.raw.length; index++) {
    const raw = tallied.raw[index]!;
    if (raw <= 0) continue;
    const score = round((raw / (raw + SATURATION)) * Math.sqrt(raw / max));
    if (score >= options.threshold) kept.push([index, score]);
  }
  return mostSpecific(kept, model)
    .sort((a, b) => b[1] - a[1] || (model.topics[a[0]]!.code < model.topics[b[0]]!.code ? -1 : 1))
    .slice(0, options.limit)
    .map(([index, score]) => toTopic(doc, model, index, score, tallied));
}

import type { Linked } from '../link/link.js';
import type { Document } from '../tokenize/document.js';
import type { TopicModel } from '../topics/model.js';
import { scoreTopics } from '../topics/score.js';
import type { TagResult, TopicOptions } from '../types.js';
import { buildFacets } from './facets.js';

/** Topic scoring as a tagger runs it: the model and the options, or none when `options.topics` is false. */
export interface TopicStage {
  readonly model: TopicModel;
  readonly options: Required<TopicOptions>;
}

/** The last stage: topics from the linked entities and the text, facets, and the frozen result. */
export function buildResult(doc: Document, { spans, entities }: Linked, topicStage: TopicStage | undefined): TagResult {
  const topics = topicStage !== undefined ? scoreTopics(doc, entities, spans, topicStage.model, topicStage.options) : [];
  return Object.freeze({
    spans: Object.freeze(spans),
    entities: Object.freeze(entities),
    topics: Object.freeze(topics),
    facets: buildFacets(entities, topics),
  });
}

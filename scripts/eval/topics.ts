/** Topic evaluation on the project's hand-labelled articles (test/fixtures/topics): shared by the test and the script. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledTopics } from '../../src/generated/topics.js';
import type { Tagger } from '../../src/types.js';

/** The hand-labelled articles. */
const TOPIC_FIXTURES = new URL('../../test/fixtures/topics/', import.meta.url).pathname;

/** An article with the topics a person expects, labelled before the scorer was tuned. */
export interface LabelledArticle {
  readonly name: string;
  readonly text: string;
  readonly topics: readonly string[];
}

/** How the scorer did on one article. */
export interface ArticleOutcome {
  readonly name: string;
  readonly expected: readonly string[];
  readonly found: readonly string[];
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

/** Micro-averaged scores over a set of articles, and the outcome of each. */
export interface TopicScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly articles: readonly ArticleOutcome[];
}

/** Every labelled article of the folder, by file name. */
export function readLabelledArticles(dir = TOPIC_FIXTURES): LabelledArticle[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const { text, topics } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { text: string; topics: string[] };
    return { name: file.replace(/\.json$/, ''), text, topics };
  });
}

const ANCESTORS = new Map(bundledTopics.topics.map((t) => [t.code, t.ancestors]));

/** Labels as the scorer returns topics, one per line of descent: a label implied by a more specific one is dropped. */
function mostSpecific(codes: readonly string[]): string[] {
  const implied = new Set(codes.flatMap((c) => ANCESTORS.get(c) ?? []));
  return codes.filter((c) => !implied.has(c));
}

/** Micro-averaged precision, recall and F1 of the tagger's topic codes against the labels (most specific). */
export function scoreTopics(tagger: Tagger, articles: readonly LabelledArticle[]): TopicScores {
  let found = 0;
  let expected = 0;
  let right = 0;
  const outcomes = articles.map((article): ArticleOutcome => {
    const codes = tagger.tag(article.text).topics.map((t) => t.code);
    const labels = mostSpecific(article.topics);
    found += codes.length;
    expected += labels.length;
    right += codes.filter((c) => labels.includes(c)).length;
    return {
      name: article.name,
      expected: labels,
      found: codes,
      missed: labels.filter((c) => !codes.includes(c)),
      extra: codes.filter((c) => !labels.includes(c)),
    };
  });
  const precision = found === 0 ? 0 : right / found;
  const recall = expected === 0 ? 0 : right / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, articles: outcomes };
}

/**
 * Tagged articles in Orama, the in-process search engine: one document per article with the newstag facet fields,
 * and a search that returns militant group, place and topic facets. Shared by run.ts and test/search.test.ts.
 */
import { create, insertMultiple, search, type Orama, type Results } from '@orama/orama';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// In your project: import { tag, toSearchDocument } from 'newstag';
import { tag, toSearchDocument } from '../../src/index.js';

/** The example articles, written for the project. */
export const ARTICLES_DIR = new URL('./articles/', import.meta.url).pathname;

/** The facet fields are enum[]: exact values (canonical names, labels), countable and filterable. */
const SCHEMA = {
  id: 'string',
  title: 'string',
  body: 'string',
  person: 'enum[]',
  organization: 'enum[]',
  place: 'enum[]',
  militant_group: 'enum[]',
  topic: 'enum[]',
  topic_tree: 'enum[]',
} as const;

/** An Orama index of tagged articles. */
export type ArticleIndex = Orama<typeof SCHEMA>;

/** An article to index: its id (the file name) and text. */
export interface Article {
  readonly id: string;
  readonly text: string;
}

/** The articles of a folder, by file name. */
export function readArticles(dir = ARTICLES_DIR): Article[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((file) => ({ id: file.replace(/\.txt$/, ''), text: readFileSync(join(dir, file), 'utf8') }));
}

/** Tags every article and indexes it: title (first line), body, and the newstag fields. */
export async function indexArticles(articles: readonly Article[]): Promise<ArticleIndex> {
  const db = create({ schema: SCHEMA });
  await insertMultiple(db, articles.map(({ id, text }) => ({
    id,
    title: text.split('\n', 1)[0]!,
    body: text,
    ...toSearchDocument(tag(text), ['person', 'organization', 'place', 'militant_group', 'topic', 'topic_tree']),
  })));
  return db;
}

/** Facet counts of a search: value -> number of matching articles. */
export type FacetCounts = Record<'militant_group' | 'place' | 'topic', Record<string, number>>;

/** Full-text search over title and body (all articles when `term` is empty), optionally within a topic branch. */
export async function searchWithFacets(db: ArticleIndex, term: string, topicCode?: string): Promise<{ hits: string[]; facets: FacetCounts }> {
  const results: Results<unknown> = await search(db, {
    term,
    properties: ['title', 'body'],
    limit: 100,
    ...(topicCode !== undefined ? { where: { topic_tree: { containsAll: [topicCode] } } } : {}),
    facets: { militant_group: { limit: 20 }, place: { limit: 20 }, topic: { limit: 20 } },
  });
  const facets = results.facets ?? {};
  const values = (field: keyof FacetCounts) => (facets[field]?.values ?? {}) as Record<string, number>;
  return {
    hits: results.hits.map((hit) => hit.id).sort(),
    facets: { militant_group: values('militant_group'), place: values('place'), topic: values('topic') },
  };
}

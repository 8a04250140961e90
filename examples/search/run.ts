/**
 * Indexes the example articles in Orama and prints the facet counts of two searches: npm run example:search
 */
import { indexArticles, readArticles, searchWithFacets, type FacetCounts } from './search.js';

function print(title: string, { hits, facets }: { hits: string[]; facets: FacetCounts }): void {
  console.log(`\n${title}: ${hits.length} articles`);
  for (const [field, counts] of Object.entries(facets)) {
    const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    console.log(`  ${field}: ${sorted.map(([value, n]) => `${value} (${n})`).join(', ') || '-'}`);
  }
}

const articles = readArticles();
const db = await indexArticles(articles);
console.log(`indexed ${articles.length} articles`);
print('search "attack"', await searchWithFacets(db, 'attack'));
print('every article in the IPTC branch "crime, law and justice" (medtop:02000000), where terrorism sits',
  await searchWithFacets(db, '', 'medtop:02000000'));

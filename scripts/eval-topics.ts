/**
 * Topic precision, recall and F1 on the project's hand-labelled articles (test/fixtures/topics), at the default
 * threshold or the one given, with every miss and extra listed.
 *   npm run eval:topics [-- --threshold 0.3 --dir test/fixtures/topics --verbose]
 */
import { parseArgs } from 'node:util';
import { bundledTopics } from '../src/generated/topics.js';
import { createTagger } from '../src/tagger.js';
import { readLabelledArticles, scoreTopics } from './eval/topics.js';

const { values } = parseArgs({
  options: { threshold: { type: 'string' }, dir: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
const tagger = createTagger(values.threshold !== undefined ? { topics: { threshold: Number(values.threshold) } } : undefined);
const articles = readLabelledArticles(values.dir);
const labels = new Map(bundledTopics.topics.map((t) => [t.code, t.label]));
const label = (codes: readonly string[]) => codes.map((c) => labels.get(c) ?? c).join(', ') || '-';
const { precision, recall, f1, articles: outcomes } = scoreTopics(tagger, articles);

for (const outcome of outcomes) {
  const ok = outcome.missed.length === 0 && outcome.extra.length === 0;
  if (ok && !values.verbose) continue;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${outcome.name}: found [${label(outcome.found)}]` +
    (ok ? '' : ` missed [${label(outcome.missed)}] extra [${label(outcome.extra)}]`));
}
const threshold = tagger.options.topics === false ? '-' : tagger.options.topics.threshold;
console.log(`\n${articles.length} articles, threshold ${threshold}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`);

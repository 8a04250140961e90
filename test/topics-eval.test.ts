import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTagger } from '../src/index.js';
import { readLabelledArticles, scoreTopics } from '../scripts/eval/topics.js';

const articles = readLabelledArticles();
const tagger = createTagger();
const outcome = (name: string) => scoreTopics(tagger, articles.filter((a) => a.name === name)).articles[0]!;

test('the labelled set holds at least 30 articles across topics', () => {
  assert.ok(articles.length >= 30);
  assert.ok(new Set(articles.flatMap((a) => a.topics)).size >= 30);
});

test('topic precision and recall at the default threshold are both at least 0.85', () => {
  const { precision, recall } = scoreTopics(tagger, articles);
  assert.ok(precision >= 0.85, `precision ${precision.toFixed(3)}`);
  assert.ok(recall >= 0.85, `recall ${recall.toFixed(3)}`);
});

test('sport articles are sport and nothing else', () => {
  const sport = articles.filter((a) => a.name.startsWith('sport-'));
  assert.ok(sport.length >= 5);
  for (const article of sport) assert.equal(outcome(article.name).found, ['medtop:15000000'], article.name);
});

test('a regional meeting on militancy in Afghanistan is diplomacy and terrorism', () => {
  assert.equal([...outcome('diplomacy-terrorism-regional-meeting-afghanistan').found].sort(), ['medtop:20000103', 'medtop:20000639']);
});

test.run();

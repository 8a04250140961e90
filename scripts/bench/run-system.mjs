// Runs one system over the bench corpus in a fresh process and prints JSON: cold start, per-run times, peak memory.
// Usage: node scripts/bench/run-system.mjs <newstag|compromise|wink> <corpus.json> <runs>
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';

const [system, corpusPath, runsArg] = process.argv.slice(2);
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'));
const runs = Number(runsArg);

async function load() {
  if (system === 'newstag') {
    const { tag } = await import('../../dist/index.js');
    return (text) => tag(text).spans.length;
  }
  if (system === 'compromise') {
    const { default: nlp } = await import('compromise');
    return (text) => {
      const doc = nlp(text);
      return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    };
  }
  if (system === 'wink') {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    return (text) => nlp.readDoc(text).entities().out().length;
  }
  throw new TypeError(`run-system: unknown system ${JSON.stringify(system)}`);
}

const coldStart = performance.now();
const run = await load();
run(corpus[0]);
const coldMs = performance.now() - coldStart;
const times = [];
let found = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  for (const text of corpus) found += run(text);
  times.push(performance.now() - t0);
}
console.log(JSON.stringify({ system, coldMs, times, found, maxRssMb: resourceUsage().maxRSS / 1024 }));

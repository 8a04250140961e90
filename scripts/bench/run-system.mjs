// Runs one system over the bench corpus in a fresh process and prints JSON: cold start, per-run times, peak memory.
// Usage: node scripts/bench/run-system.mjs <newstag|newstag-core|compromise|wink> <corpus.json> <runs>
// newstag-core: the same tagger with only the core dictionaries (countries, the places, militant groups and
// government bodies of Pakistan, Afghanistan, Iran and India, international bodies, media), to show what the
// full dictionaries cost.
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';

const [system, corpusPath, runsArg] = process.argv.slice(2);
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'));
const runs = Number(runsArg);

const CORE_FILES = [
  'place/countries.generated.json', 'place/pakistan.json', 'place/afghanistan.json', 'place/iran.json', 'place/india.json',
  'militant_group/south-asia.json', 'militant_group/middle-east.json', 'militant_group/africa.json', 'militant_group/world.json',
  'organization/pakistan.json', 'organization/afghanistan.json', 'organization/iran.json', 'organization/india.json',
  'organization/international.json', 'organization/media.json',
];

function readDictionary(file) {
  const { type, entries } = JSON.parse(readFileSync(new URL(`../../dictionaries/${file}`, import.meta.url), 'utf8'));
  return { type, name: file, entries };
}

async function load() {
  if (system === 'newstag') {
    const { tag } = await import('../../dist/index.js');
    return (text) => tag(text).spans.length;
  }
  if (system === 'newstag-core') {
    const { createTagger } = await import('../../dist/index.js');
    const tagger = createTagger({ bundledDictionaries: false, dictionaries: CORE_FILES.map(readDictionary) });
    return (text) => tagger.tag(text).spans.length;
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

/** Tags an article the project wrote (or a file you name) and prints its spans and entities: npm run demo [-- FILE]. */
import { readFileSync } from 'node:fs';
import { tag } from '../src/index.js';

const file = process.argv[2] ?? new URL('../test/fixtures/articles/bannu-attack.txt', import.meta.url).pathname;
const text = readFileSync(file, 'utf8');
const result = tag(text);

console.log(`${result.spans.length} spans, ${result.entities.length} entities\n`);
for (const span of result.spans) {
  const role = span.role !== undefined ? `  role: ${span.role}` : '';
  console.log(`${String(span.start).padStart(5)}-${String(span.end).padEnd(5)} ${span.type.padEnd(14)} ${JSON.stringify(span.text).padEnd(32)} -> ${span.name}  [${span.source}: ${span.sourceId}]${role}`);
}
console.log('\nentities by salience:');
for (const entity of [...result.entities].sort((a, b) => b.salience - a.salience)) {
  console.log(`  ${entity.salience.toFixed(2)}  ${entity.type.padEnd(14)} ${entity.name}  (${entity.id}, ${entity.count}x: ${entity.mentions.join(' | ')})`);
}

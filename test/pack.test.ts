import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileDictionaries } from '../src/dictionary/compile.js';
import type { CompiledData, CompiledEntry } from '../src/dictionary/compiled.js';
import { packData, unpackData } from '../src/dictionary/pack.js';

const compiled = compileDictionaries([
  {
    type: 'militant_group',
    name: 'groups',
    entries: [
      {
        id: 'militant_group/example-front',
        name: 'Example Liberation Front',
        aliases: ['Jabhat al-Misal', { text: 'the Front', case: 'exact' }],
        acronyms: ['ELF'],
        meta: { country: 'PK', designations: ['US-FTO'], note: 'Quotes " and ünïcödé and emoji 🛰 survive.' },
      },
    ],
  },
  { type: 'place', name: 'places', generated: true, entries: [{ id: 'place/xx/sampleton', name: 'Sampletön', meta: { kind: 'city', population: 120000 } }] },
  { type: 'person', name: 'people', entries: [{ id: 'person/ann-example', name: 'Ann Example', ambiguous: 'common-word', meta: {} }] },
]);
const data: CompiledData = { ...compiled, lexicons: { titles: { civil: ['minister', 'prime minister'], '': ['mr'] }, surnames: {} } };

const plain = (entry: CompiledEntry) => ({
  id: entry.id,
  type: entry.type,
  name: entry.name,
  aliases: entry.aliases,
  meta: entry.meta,
  ambiguous: entry.ambiguous,
  generated: entry.generated,
});

test('unpacking a packed file gives back every entry, alias and lexicon', () => {
  const unpacked = unpackData(packData(data));
  assert.equal(unpacked.entries.map(plain), data.entries.map(plain));
  assert.equal(unpacked.aliases, data.aliases);
  assert.equal(unpacked.lexicons, data.lexicons);
});

test('an unpacked entry decodes its texts once and returns the same objects after', () => {
  const [entry] = unpackData(packData(data)).entries;
  assert.ok(entry!.meta === entry!.meta);
  assert.ok(entry!.aliases === entry!.aliases);
});

test('a file read at an odd offset of its buffer still unpacks', () => {
  const packed = packData(data);
  const shifted = Buffer.alloc(packed.length + 1);
  packed.copy(shifted, 1);
  assert.equal(unpackData(shifted.subarray(1)).aliases, data.aliases);
});

test('packing refuses a text that would break its line format', () => {
  const broken = { ...data, entries: [{ ...data.entries[0]!, aliases: ['Front\tline'] }] };
  assert.throws(() => packData(broken), /alias of militant_group\/example-front contains a tab/);
});

test('a file in another format is refused with a message that says to rebuild', () => {
  const header = Buffer.from(JSON.stringify({ magic: 'something-else' }));
  const file = Buffer.concat([Buffer.from([header.length, 0, 0, 0]), header]);
  assert.throws(() => unpackData(file), /npm run build/);
});

test.run();

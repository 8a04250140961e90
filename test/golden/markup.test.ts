import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { conventionProblems, MarkupError, parseMarkup, readGoldenFiles } from './markup.js';

const throwsAt = (source: string, line: number, column: number, problem: RegExp) => {
  try {
    parseMarkup(source, 'sample.txt');
  } catch (e) {
    assert.instance(e, MarkupError);
    const error = e as MarkupError;
    assert.is(error.file, 'sample.txt');
    assert.is(`${error.line}:${error.column}`, `${line}:${column}`, error.message);
    assert.match(error.message, /^sample\.txt:\d+:\d+: /);
    assert.match(error.message, problem);
    return;
  }
  assert.unreachable(`expected a MarkupError for ${JSON.stringify(source)}`);
};

test('markup is removed and offsets slice the plain text exactly', () => {
  const doc = parseMarkup('[[PESHAWAR|place|Peshawar]]: The [[TTP|militant_group|Tehreek-i-Taliban Pakistan]] struck.');
  assert.is(doc.text, 'PESHAWAR: The TTP struck.');
  assert.equal(doc.entities, [
    { start: 0, end: 8, type: 'place', text: 'PESHAWAR', canonical: 'Peshawar' },
    { start: 14, end: 17, type: 'militant_group', text: 'TTP', canonical: 'Tehreek-i-Taliban Pakistan' },
  ]);
  for (const e of doc.entities) assert.is(doc.text.slice(e.start, e.end), e.text);
});

test('offsets are UTF-16 indices: soft hyphens, diacritics, curly quotes and astral characters', () => {
  const source = '🇵🇰 “[[Iran|place|Iran]]’s” [[Pesha\u00adwar|place|Peshawar]] and [[Maroš Šefčovič|person|Maroš Šefčovič]] 𝒳 [[EU|organization|European Union]]';
  const doc = parseMarkup(source);
  assert.is(doc.text, '🇵🇰 “Iran’s” Pesha\u00adwar and Maroš Šefčovič 𝒳 EU');
  assert.equal(doc.entities.map((e) => [e.start, e.end]), [[6, 10], [14, 23], [28, 42], [46, 48]]);
  for (const e of doc.entities) assert.is(doc.text.slice(e.start, e.end), e.text);
});

test('text without markup, adjacent mentions, single brackets and pipes outside mentions pass through', () => {
  assert.equal(parseMarkup('No entities [here] | at all.'), { text: 'No entities [here] | at all.', entities: [] });
  const doc = parseMarkup('[[EU|organization|European Union]]-[[U.S.|place|United States]] deal');
  assert.is(doc.text, 'EU-U.S. deal');
  assert.equal(doc.entities.map((e) => doc.text.slice(e.start, e.end)), ['EU', 'U.S.']);
  assert.equal(parseMarkup(''), { text: '', entities: [] });
});

test('malformed markup throws a MarkupError naming file, line and column', () => {
  throwsAt('ok\nthen [[Kabul|place', 2, 6, /never closed/);
  throwsAt('a [[Kabul|place|Kabul]] b]] c', 1, 26, /without an opening/);
  throwsAt('x [[Kabul|place]] y', 1, 3, /exactly three fields/);
  throwsAt('x [[Kabul|place|Kabul|extra]]', 1, 3, /exactly three fields/);
  throwsAt('x [[Kabul|city|Kabul]]', 1, 11, /unknown type "city"/);
  throwsAt('x [[|place|Kabul]]', 1, 3, /empty surface/);
  throwsAt('x [[ Kabul|place|Kabul]]', 1, 3, /whitespace/);
  throwsAt('x [[Kabul|place|]]', 1, 3, /empty canonical/);
  throwsAt('x [[Kabul [[Afghanistan|place|Afghanistan]]|place|Kabul]]', 1, 11, /do not nest/);
  throwsAt('x [[Kabul|place\n|Kabul]]', 1, 3, /line break/);
});

test('the convention checks catch leading "the", possessives, trailing punctuation, titles and type clashes', () => {
  const doc = parseMarkup(
    '[[the TTP|militant_group|TTP]] [[Iran’s|place|Iran]] [[Kabul,|place|Kabul]] [[Mr Naqvi|person|Mohsin Naqvi]] ' +
      '[[U.S.|place|United States]] [[Dawn|organization|Dawn]] [[Dawn|place|Dawn]]',
  );
  const problems = conventionProblems(doc, 'f.txt').join('\n');
  assert.match(problems, /"the TTP": leading "the"/);
  assert.match(problems, /"Iran’s": possessive/);
  assert.match(problems, /"Kabul,": trailing punctuation/);
  assert.match(problems, /"Mr Naqvi": person span starts with a title/);
  assert.match(problems, /canonical "Dawn" is organization elsewhere but place here/);
  assert.not.match(problems, /U\.S\./);
});

test('every golden file parses and follows the mechanical span checks', () => {
  const files = readGoldenFiles();
  assert.ok(files.length >= 8, `expected at least 8 golden articles, found ${files.length}`);
  const problems = files.flatMap((f) => conventionProblems(f, f.name));
  assert.ok(problems.length === 0, `${problems.length} convention problems:\n  ${problems.join('\n  ')}`);
  for (const f of files) {
    assert.ok(f.entities.length > 0, `${f.name} has no entities`);
    assert.not.match(f.text, /\[\[|\]\]/, `${f.name}: markup left in the plain text`);
    for (const e of f.entities) assert.is(f.text.slice(e.start, e.end), e.text, `${f.name} @${e.start}`);
    for (let i = 1; i < f.entities.length; i++) assert.ok(f.entities[i - 1]!.end <= f.entities[i]!.start, `${f.name}: overlapping mentions`);
  }
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenize } from '../src/index.js';

const texts = (input: string) => tokenize(input).map((t) => t.text);

test('offsets slice the input and gaps are whitespace or invisible marks', () => {
  const input = 'KABUL, Afghanistan (Jan. 25) — Officials said…\r\n';
  let at = 0;
  for (const token of tokenize(input)) {
    assert.is(input.slice(token.start, token.end), token.text);
    assert.ok(/^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/.test(input.slice(at, token.start)));
    at = token.end;
  }
});

test('the possessive splits off a name', () => {
  assert.equal(texts("Iran's envoy and Pakistan’s army"), ['Iran', "'s", 'envoy', 'and', 'Pakistan', '’s', 'army']);
});

test('inner apostrophes stay inside words', () => {
  assert.equal(texts("Al-Qa'ida and O'Brien"), ['Al', '-', "Qa'ida", 'and', "O'Brien"]);
});

test('soft hyphens and zero-width characters inside words stay inside the token', () => {
  assert.equal(texts('Pakis\u00adtan and Af\u200bghan\u200dis\u2060tan'), ['Pakis\u00adtan', 'and', 'Af\u200bghan\u200dis\u2060tan']);
});

test('dotted initials are one token, a sentence-final period is not', () => {
  assert.equal(texts('U.S. troops left D.I. Khan. Then'), ['U.S.', 'troops', 'left', 'D.I.', 'Khan', '.', 'Then']);
});

test('a letter hyphened to a word keeps the sentence-final period apart', () => {
  assert.equal(texts('He joined JUI-F. Then'), ['He', 'joined', 'JUI', '-', 'F', '.', 'Then']);
});

test('numbers keep their separators', () => {
  assert.equal(tokenize('1,200.5 and F-16').map((t) => [t.text, t.kind]), [
    ['1,200.5', 'number'], ['and', 'word'], ['F', 'word'], ['-', 'punctuation'], ['16', 'number'],
  ]);
});

test('a literal backslash-n from scraped text is a line break', () => {
  const tokens = tokenize('Peshawar\\nQuetta');
  assert.equal(tokens.map((t) => t.text), ['Peshawar', '\\n', 'Quetta']);
  assert.is(tokens[2]!.sentence, 1);
});

test('emoji and lone surrogates are symbols and keep exact offsets', () => {
  const input = 'Hi 😀 \ud800 x';
  assert.equal(tokenize(input).map((t) => [t.text, t.kind]), [['Hi', 'word'], ['😀', 'symbol'], ['\ud800', 'symbol'], ['x', 'word']]);
});

test('sentences end at terminal punctuation before a capital, not after abbreviations', () => {
  const tokens = tokenize('Lt. Gen. Munir spoke. Dr. Ali left. The end');
  const sentenceOf = (word: string) => tokens.find((t) => t.text === word)!.sentence;
  assert.is(sentenceOf('Munir'), 0);
  assert.is(sentenceOf('Ali'), 1);
  assert.is(sentenceOf('end'), 2);
});

test('line breaks end sentences', () => {
  assert.equal(tokenize('Headline here\nBody text').map((t) => t.sentence), [0, 0, 1, 1]);
});

test('a non-string input is a TypeError naming the argument', () => {
  assert.throws(() => tokenize(42 as unknown as string), (e: unknown) => e instanceof TypeError && /tokenize\(text\)/.test((e as Error).message));
});

test.run();

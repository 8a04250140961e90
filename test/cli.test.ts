import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run } from '../src/cli/program.js';
import { tag } from '../src/index.js';
import { fixtureTexts, syntheticLines } from '../scripts/bench/synthetic.js';
import { fakeIo } from './fake-io.js';

const texts = fixtureTexts();
const dir = mkdtempSync(join(tmpdir(), 'newstag-cli-'));
const ESC = '\u001b[';

/** 1000 JSON Lines records of which every 100th is broken in one of ten ways: 1% malformed. */
function withMalformed(): { input: string; broken: number[] } {
  const lines: string[] = [];
  const gen = syntheticLines(1e9, texts);
  const breakings = [
    () => '{"id": "x", "body": ', () => 'not json at all', () => '[1, 2, 3]', () => '{"id": "n1", "body": 42}',
    () => '{"id": "n2"}', () => '', () => '"just a string"', () => '{"id": "n3", "body": null}', () => 'null', () => '{"body": ["a"]}',
  ];
  const broken: number[] = [];
  for (let n = 1; n <= 1000; n++) {
    const line = gen.next().value!.trimEnd();
    if (n % 100 === 50) {
      broken.push(n);
      lines.push(breakings[broken.length - 1]!());
    } else lines.push(line);
  }
  return { input: `${lines.join('\n')}\n`, broken };
}

test('tag --jsonl: --workers 2 writes exactly what --workers 1 writes', async () => {
  const input = [...syntheticLines(400_000, texts)].join('');
  const outputs = [];
  for (const workers of ['1', '2']) {
    const io = fakeIo(input);
    assert.is(await run(['tag', '--jsonl', '-', '--text-field', 'body', '--workers', workers], io), 0);
    outputs.push(io.stdout.text());
    assert.match(io.stderr.text(), /records, \d+ tagged, 0 failed/);
  }
  assert.is(outputs[0]!.split('\n').length, input.split('\n').length);
  assert.ok(outputs[0] === outputs[1], '--workers 2 output differs from --workers 1');
});

test('tag --jsonl with 1% malformed lines: one output line per input line, error records, exit code 3', async () => {
  const { input, broken } = withMalformed();
  const io = fakeIo(input);
  assert.is(await run(['tag', '--jsonl', '--text-field', 'body', '--id-field', 'id', '--workers', '2'], io), 3);
  const records = io.stdout.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; id?: string; error?: string });
  assert.is(records.length, 1000);
  records.forEach((record, i) => assert.is(record.line, i + 1));
  assert.equal(records.filter((r) => r.error !== undefined).map((r) => r.line), broken);
  assert.equal(records.filter((r) => r.error !== undefined).map((r) => r.id), [undefined, undefined, undefined, 'n1', 'n2', undefined, undefined, 'n3', undefined, undefined]);
  assert.ok(records.filter((r) => r.error === undefined).every((r) => r.id === `doc-${r.line - 1}`));
  assert.match(io.stderr.text(), /1000 records, 990 tagged, 10 failed \(error records/);
});

test('tag FILE: json is the TagResult; jsonl carries the file; pretty respects NO_COLOR and FORCE_COLOR', async () => {
  const file = join(dir, 'one.txt');
  writeFileSync(file, texts[0]!);
  const json = fakeIo();
  assert.is(await run(['tag', file, '--format', 'json'], json), 0);
  assert.equal(JSON.parse(json.stdout.text()), JSON.parse(JSON.stringify(tag(texts[0]!))));
  const plain = fakeIo('', { NO_COLOR: '1' }, true);
  await run(['tag', file], plain);
  assert.not.ok(plain.stdout.text().includes(ESC));
  assert.match(plain.stdout.text(), /\[Tehreek-i-Taliban Pakistan\|MILITANT\]/);
  const coloured = fakeIo('', { FORCE_COLOR: '1' });
  await run(['tag', file, '--format', 'pretty'], coloured);
  assert.ok(coloured.stdout.text().includes(`${ESC}41m`));
  const piped = fakeIo();
  await run(['tag', file], piped);
  assert.not.ok(piped.stdout.text().includes(ESC), 'no colour when stdout is not a terminal');
});

test('tag DIR: the .txt files in order; --workers 2 equals --workers 1; an unreadable file is an error record; html renders one article', async () => {
  const folder = join(dir, 'articles');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  texts.slice(0, 6).forEach((text, i) => writeFileSync(join(folder, i < 3 ? '' : 'sub', `a${i}.txt`), text));
  writeFileSync(join(folder, 'notes.md'), 'ignored');
  const outputs = [];
  for (const workers of ['1', '2']) {
    const io = fakeIo();
    assert.is(await run(['tag', folder, '--format', 'jsonl', '--workers', workers], io), 0);
    outputs.push(io.stdout.text());
    assert.match(io.stderr.text(), /6 files, 6 tagged, 0 failed/);
  }
  assert.ok(outputs[0] === outputs[1]);
  assert.equal(outputs[0]!.trimEnd().split('\n').map((l) => (JSON.parse(l) as { file: string }).file.slice(folder.length + 1)),
    ['a0.txt', 'a1.txt', 'a2.txt', 'sub/a3.txt', 'sub/a4.txt', 'sub/a5.txt']);
  const html = fakeIo();
  assert.is(await run(['tag', join(folder, 'a0.txt'), '--format', 'html', '--title', 'A <b>test</b>'], html), 0);
  assert.match(html.stdout.text(), /^<!doctype html>[^]*<title>A &lt;b&gt;test&lt;\/b&gt;<\/title>/);
  symlinkSync(join(folder, 'gone.txt'), join(folder, 'z-broken.txt'));
  const broken = fakeIo();
  assert.is(await run(['tag', folder, '--format', 'json', '--workers', '1'], broken), 3);
  const records = JSON.parse(broken.stdout.text()) as { file: string; error?: string }[];
  assert.is(records.length, 7);
  assert.match(records[6]!.error ?? '', /cannot read: ENOENT/);
  assert.match(broken.stderr.text(), /z-broken.txt: cannot read: ENOENT[^]*7 files, 6 tagged, 1 failed/);
  const many = fakeIo();
  assert.is(await run(['tag', folder, '--format', 'html'], many), 2);
  assert.match(many.stderr.text(), /newstag: --format html renders one article; give one file, or use --format jsonl/);
});

test('explain: candidates by span, which won and which lost to what and why', async () => {
  const io = fakeIo();
  assert.is(await run(['explain', 'PESHAWAR: The banned Tehreek-i-Taliban Pakistan claimed it. Foreign Minister Ishaq Dar said. Dar left.'], io), 0);
  const out = io.stdout.text();
  assert.match(out, /Candidates \(\d+: \d+ kept, \d+ lost\)/);
  assert.match(out, /✓ kept\s+dictionary\s+militant_group\/ttp/);
  assert.match(out, /✗ lost\s+dictionary\s+place\/pakistan .*lost to militant_group\/ttp "Tehreek-i-Taliban Pakistan": longer/);
  assert.match(out, /"Dar" -> Ishaq Dar\s+coreference/);
  const json = fakeIo();
  await run(['explain', '--json', 'The TTP said.'], json);
  assert.ok(Array.isArray((JSON.parse(json.stdout.text()) as { candidates: unknown[] }).candidates));
});

test('--help for every command exits 0; usage errors exit 2 and say what to do', async () => {
  for (const argv of [['--help'], ['tag', '--help'], ['explain', '--help'], ['help', 'tag']]) {
    const io = fakeIo();
    assert.is(await run(argv, io), 0, argv.join(' '));
    assert.match(io.stdout.text(), /Usage: newstag/);
  }
  const cases: [string[], RegExp][] = [
    [['tag', '--format', 'xml', 'x'], /newstag: option .*--format.* argument 'xml' is invalid. Allowed choices are pretty, json, jsonl, html/],
    [['tag', '--workers', 'two', '-'], /newstag: option .*--workers.* argument 'two' is invalid. give a whole number from 1 to 256/],
    [['tag', join(dir, 'missing.txt')], /newstag: cannot read ".*missing.txt" \(ENOENT\); give a text file, a folder of .txt files, or - for standard input/],
    [['tag', '--jsonl', '-', '--format', 'html'], /newstag: --jsonl writes JSON Lines; drop --format html/],
    [['tag', '--types', 'planet', '-'], /give a comma-separated list of person, organization, place, militant_group/],
    [['explain'], /newstag: explain needs text/],
    [['tagg'], /newstag: unknown command 'tagg'/],
  ];
  for (const [argv, message] of cases) {
    const io = fakeIo('x');
    assert.is(await run(argv, io), 2, argv.join(' '));
    assert.match(io.stderr.text(), message);
  }
  const tty = fakeIo('', {}, true);
  assert.is(await run(['tag'], tty), 2);
  assert.match(tty.stderr.text(), /newstag: tag needs input: a text file, a folder of .txt files, or - for standard input/);
});

test('the real command: exit code 3 and one line per input line through a pipe', () => {
  const { input } = withMalformed();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'tag', '--jsonl', '-', '--text-field', 'body', '--quiet', '--workers', '1'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.is(result.status, 3, result.stderr);
  assert.is(result.stdout.trimEnd().split('\n').length, 1000);
  assert.is(result.stderr, '');
});

test.run();

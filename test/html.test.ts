import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderHtml, tag } from '../src/index.js';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, '.test-output');
const CHROMIUM = '/usr/bin/chromium';
const ARTICLE = readFileSync(join(ROOT, 'test/fixtures/articles/bannu-attack.txt'), 'utf8');
const HOSTILE = 'KABUL: <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> The "TTP" & al-Qaeda\'s </article><b>men</b> met in Kabul.';
const isTypeError = (pattern: RegExp) => (e: unknown) => e instanceof TypeError && pattern.test((e as Error).message) && /^newstag: /.test((e as Error).message);

/** The browser globals the page callbacks use (they run in Chromium; the project's TypeScript has no DOM library). */
declare const getComputedStyle: (element: unknown, pseudo?: string) => { backgroundColor: string; content: string };
declare const window: { __pwned?: number };

let context: BrowserContext | undefined;
const profile = mkdtempSync(join(tmpdir(), 'newstag-chromium-'));

/** Writes a page into .test-output and opens it in headless Chromium, recording every request it makes. */
async function open(name: string, html: string) {
  if (!existsSync(CHROMIUM)) execFileSync('bash', [join(ROOT, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
  context ??= await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.html`);
  writeFileSync(file, html);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, url: pathToFileURL(file).href };
}

test('the page is self-contained and escapes every piece of text', () => {
  const html = renderHtml(tag(HOSTILE), HOSTILE, { title: '<i>title</i>' });
  assert.not.match(html, /<script|<img|<link|<iframe| (src|href)="|url\(|@import/i);
  assert.match(html, /&lt;script&gt;window.__pwned = 1&lt;\/script&gt;/);
  assert.match(html, /<title>&lt;i&gt;title&lt;\/i&gt;<\/title>/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
});

test('renderHtml checks its input and says what to pass', () => {
  const result = tag(ARTICLE);
  assert.throws(() => renderHtml(result, ARTICLE.slice(5)), isTypeError(/result.spans\[0\] \("BANNU" at 0-5\) must be found at its offsets in text \(pass the text that was tagged\)/));
  assert.throws(() => renderHtml(result, 42 as never), isTypeError(/renderHtml\(result, text\): text must be a string/));
  assert.throws(() => renderHtml({} as never, ARTICLE), isTypeError(/result must be a TagResult/));
});

test('in Chromium: every span is a mark with its type colour, label and canonical name; the text reads as the input', async () => {
  const result = tag(ARTICLE);
  const { page, requests, url } = await open('bannu-attack', renderHtml(result, ARTICLE));
  const marks = await page.$$eval('article mark', (nodes) => nodes.map((node) => ({
    text: node.textContent, type: node.getAttribute('data-type'), title: node.getAttribute('title'),
    background: getComputedStyle(node).backgroundColor, label: getComputedStyle(node, '::after').content,
  })));
  assert.is(marks.length, result.spans.length);
  marks.forEach((mark, i) => {
    const span = result.spans[i]!;
    assert.is(mark.text, span.text);
    assert.is(mark.type, span.type);
    assert.ok(mark.title?.startsWith(`${span.name}\n`) && mark.title.includes(span.entityId), `title of ${span.text}: ${mark.title}`);
  });
  const colourOf = new Map(marks.map((m) => [m.type, m.background]));
  assert.is(new Set(colourOf.values()).size, colourOf.size, 'each type has its own colour');
  assert.ok([...colourOf.values()].every((c) => c !== 'rgba(0, 0, 0, 0)'));
  assert.equal([...new Set(marks.filter((m) => m.type === 'militant_group').map((m) => m.label))], ['"MILITANT"']);
  assert.is(await page.$eval('article', (node) => node.textContent), ARTICLE);
  const facetItems = await page.$$eval('aside [data-facet] li', (nodes) => nodes.length);
  assert.is(facetItems, result.entities.length);
  assert.is(await page.$$eval('.topics li', (nodes) => nodes.length), result.topics.length);
  assert.equal(requests, [url], 'the page loads nothing else');
  await page.screenshot({ path: join(OUT, 'bannu-attack.png'), fullPage: true });
  assert.ok(readFileSync(join(OUT, 'bannu-attack.png')).length > 10_000);
  await page.close();
});

test('in Chromium: hostile article text stays text (no script runs, no element is injected)', async () => {
  const { page } = await open('hostile', renderHtml(tag(HOSTILE), HOSTILE, { title: '<script>window.__pwned = 3</script>' }));
  assert.is(await page.evaluate(() => window.__pwned), undefined);
  assert.is(await page.$$eval('script, img, b', (nodes) => nodes.length), 0);
  assert.is(await page.$eval('article', (node) => node.textContent), HOSTILE);
  assert.is(await page.title(), '<script>window.__pwned = 3</script>');
  await page.close();
});

test.after(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

test.run();

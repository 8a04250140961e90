import { invalidArgument } from '../errors.js';
import { ENTITY_TYPES, type EntitySpan, type TagResult } from '../types.js';
import { HTML_STYLE } from './html-style.js';
import { TYPE_LABELS } from './labels.js';

/** Options of `renderHtml`. */
export interface HtmlOptions {
  /** Page title and heading (default: the first line of the text). */
  readonly title?: string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Pages load nothing and run nothing: only the inline stylesheet is allowed. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'";

function checkInput(result: unknown, text: unknown): asserts result is TagResult {
  if (typeof text !== 'string') throw invalidArgument('renderHtml(result, text): text', 'a string', text);
  const spans = (result as TagResult | null)?.spans;
  if (!Array.isArray(spans)) throw invalidArgument('renderHtml(result, text): result', 'a TagResult (from tag())', result);
  spans.forEach((span: EntitySpan, i) => {
    if (text.slice(span.start, span.end) !== span.text) {
      throw invalidArgument(`renderHtml(result, text): result.spans[${i}] (${JSON.stringify(span.text)} at ${span.start}-${span.end})`,
        'found at its offsets in text (pass the text that was tagged)', text.slice(span.start, span.end));
    }
  });
}

/** The first line of the text, cut at a word near 100 characters. */
function defaultTitle(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'newstag';
  if (line.length <= 100) return line;
  const cut = line.lastIndexOf(' ', 100);
  return `${line.slice(0, cut > 50 ? cut : 100)}…`;
}

function hover(span: EntitySpan): string {
  const lines = [span.name, span.entityId, `${span.source}: ${span.sourceId} (${span.confidence.toFixed(2)})`];
  if (span.role !== undefined) lines.splice(1, 0, `role: ${span.role}`);
  return lines.map(escape).join('&#10;');
}

function markedText(result: TagResult, text: string): string {
  let html = '';
  let at = 0;
  for (const span of result.spans) {
    html += escape(text.slice(at, span.start));
    html += `<mark class="ent ent-${span.type}" data-type="${span.type}" data-label="${TYPE_LABELS[span.type]}" `
      + `data-entity-id="${escape(span.entityId)}" title="${hover(span)}">${escape(span.text)}</mark>`;
    at = span.end;
  }
  return html + escape(text.slice(at));
}

function facetList(result: TagResult): string {
  const groups = ENTITY_TYPES.filter((type) => result.facets[type].length > 0).map((type) => {
    const items = result.facets[type].map((value) => `<li title="${escape(value.id)}"><span class="name">${escape(value.name)}`
      + `<span class="id">${escape(value.id)}</span></span><span class="count">${value.count}×</span></li>`);
    return `<h3><span class="chip ent-${type}">${TYPE_LABELS[type]}</span></h3><ul data-facet="${type}">${items.join('')}</ul>`;
  });
  return `<section class="facets"><h2>Entities</h2>${groups.join('') || '<p class="none">No entities found.</p>'}</section>`;
}

function topicList(result: TagResult): string {
  const items = result.topics.map((topic) => `<li title="${escape(topic.code)}"><span class="name">${escape(topic.label)}`
    + `<span class="id">${escape(topic.code)}</span></span><span class="score">${topic.score.toFixed(2)}</span></li>`);
  return `<section class="topics"><h2>Topics</h2>${items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p class="none">No topics found.</p>'}</section>`;
}

function legend(result: TagResult): string {
  return ENTITY_TYPES.map((type) => {
    const count = result.spans.filter((s) => s.type === type).length;
    return `<li><span class="chip ent-${type}">${TYPE_LABELS[type]}</span> ${count}</li>`;
  }).join('');
}

/**
 * Renders a tagged article as a self-contained HTML page: every span highlighted with its type colour and label,
 * the canonical name on hover, entity facets and topics beside the text. All text is escaped.
 *
 * @example writeFileSync('article.html', renderHtml(tag(text), text, { title: 'Attack in Bannu' }));
 */
export function renderHtml(result: TagResult, text: string, options?: HtmlOptions): string {
  checkInput(result, text);
  if (options?.title !== undefined && typeof options.title !== 'string') {
    throw invalidArgument('renderHtml(result, text, options): options.title', 'a string', options.title);
  }
  const title = options?.title ?? defaultTitle(text);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>${escape(title)}</h1><ul class="legend">${legend(result)}</ul></header>
<main>
<article>${markedText(result, text)}</article>
<aside>${facetList(result)}${topicList(result)}</aside>
</main>
<footer>${result.spans.length} spans, ${result.entities.length} entities, tagged by newstag. Hover a highlight for its canonical name and source.</footer>
</body>
</html>
`;
}

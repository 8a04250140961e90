import { ENTITY_TYPES } from '../types.js';
import { TYPE_COLOURS } from './labels.js';

const typeRules = ENTITY_TYPES.map((type) => `.ent-${type} { background: ${TYPE_COLOURS[type]}; }`).join('\n');

/** The inline stylesheet of `renderHtml` pages: no fonts, images or other assets to fetch. */
export const HTML_STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d232a; background: #f6f7f9; }
header { padding: 18px 28px 10px; background: #fff; border-bottom: 1px solid #e1e4e8; }
h1 { margin: 0 0 8px; font-size: 20px; line-height: 1.3; }
h2 { margin: 0 0 10px; font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: #57606a; }
.legend { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; font-size: 13px; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 4px; font-size: 11px; font-weight: 700; letter-spacing: .04em; }
main { display: flex; gap: 24px; align-items: flex-start; padding: 24px 28px; }
article { flex: 1 1 auto; min-width: 0; max-width: 78ch; padding: 20px 24px; background: #fff; border: 1px solid #e1e4e8; border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
mark.ent { color: inherit; padding: .1em .3em; margin: 0 .1em; border-radius: .35em; line-height: 1; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }
mark.ent::after { content: attr(data-label); margin-left: .45em; font-size: .62em; font-weight: 700; letter-spacing: .04em; vertical-align: middle; opacity: .75; }
aside { flex: 0 0 320px; display: flex; flex-direction: column; gap: 16px; }
aside section { padding: 16px 18px; background: #fff; border: 1px solid #e1e4e8; border-radius: 8px; }
aside h3 { margin: 12px 0 6px; }
aside h3:first-of-type { margin-top: 0; }
aside ul { margin: 0; padding: 0; list-style: none; }
aside li { display: flex; gap: 8px; align-items: baseline; padding: 3px 0; font-size: 14px; border-bottom: 1px dashed #eef0f2; }
aside li:last-child { border-bottom: 0; }
.name { flex: 1 1 auto; font-weight: 600; }
.count, .score { color: #57606a; font-variant-numeric: tabular-nums; }
.id { display: block; font: 11px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; color: #8c959f; font-weight: 400; }
.none { margin: 0; color: #8c959f; font-size: 14px; }
footer { padding: 0 28px 24px; color: #8c959f; font-size: 12px; }
@media (max-width: 820px) { main { flex-direction: column; } aside { flex-basis: auto; width: 100%; } }
${typeRules}
`;

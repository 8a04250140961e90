import type { Candidate } from '../match/candidate.js';
import type { RuleContext } from '../rules/context.js';
import { phraseAt, previousKeyed } from '../rules/runs.js';
import type { Document } from '../tokenize/document.js';

const MAX_TITLE_WORDS = 5;

/** Gives each person span the title written right before it ("Interior Minister", "Lt Gen", "Mr"). */
export function attachRoles(doc: Document, kept: readonly Candidate[], context: RuleContext): Candidate[] {
  return kept.map((c) => {
    if (c.type !== 'person' || c.role !== undefined) return c;
    const role = titleBefore(doc, c.first, context);
    return role === undefined ? c : { ...c, role };
  });
}

/** The longest title phrase ending right before token `first`, stepping over a period ("Gen." Asim). */
export function titleBefore(doc: Document, first: number, context: RuleContext): string | undefined {
  let end = previousKeyed(doc, first);
  if (end >= 0 && doc.key[end] === '.') end = previousKeyed(doc, end);
  if (end < 0) return undefined;
  let best: string | undefined;
  let start = end;
  for (let n = 0; n < MAX_TITLE_WORDS && start >= 0; n++) {
    const phrase = phraseAt(doc, start, context.titles);
    if (phrase !== undefined && (phrase.last === end || phrase.last === end + 1)) {
      best = doc.text.slice(doc.tokens[widenedStart(doc, start, context)]!.start, doc.tokens[end]!.end);
    }
    start = previousKeyed(doc, start);
    if (start >= 0 && doc.key[start] === '.') start = previousKeyed(doc, start);
  }
  return best;
}

/** Steps back over capitalised role modifiers before a title: "Caretaker Foreign Minister", "Afghan Ambassador". */
function widenedStart(doc: Document, start: number, context: RuleContext): number {
  let first = start;
  for (let p = previousKeyed(doc, first); p >= 0 && doc.capitalised[p] && context.roleModifiers.has(doc.key[p]!); p = previousKeyed(doc, p)) first = p;
  return first;
}

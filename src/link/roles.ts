import type { Candidate } from '../match/candidate.js';
import type { RuleContext } from '../rules/context.js';
import { nextKeyed, phraseAt, previousKeyed } from '../rules/runs.js';
import type { Document } from '../tokenize/document.js';

const MAX_TITLE_WORDS = 5;

/**
 * Gives each person span the title written right before it ("Interior Minister", "Lt Gen", "Mr"); a title a
 * dictionary alias or rule took into the span ("Ayatollah Ali Khamenei") is moved out of it into the role.
 */
export function attachRoles(doc: Document, kept: readonly Candidate[], context: RuleContext): Candidate[] {
  return kept.map((c) => {
    if (c.type !== 'person') return c;
    const first = afterLeadingTitles(doc, c, context);
    const role = titleBefore(doc, first, context);
    if (first === c.first && role === undefined) return c;
    return { ...c, first, ...(role !== undefined ? { role } : {}) };
  });
}

/** First token of the name once leading one-word titles are set aside; at least one name word stays. */
function afterLeadingTitles(doc: Document, c: Candidate, context: RuleContext): number {
  let first = c.first;
  for (;;) {
    const next = nextKeyed(doc, first);
    if (next < 0 || next > c.last || !context.titleWords.has(doc.key[first]!)) return first;
    first = next;
    if (doc.key[first] === '.') {
      const after = nextKeyed(doc, first);
      if (after < 0 || after > c.last) return c.first;
      first = after;
    }
  }
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

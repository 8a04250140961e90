import type { Candidate } from '../match/candidate.js';
import type { Document } from '../tokenize/document.js';
import type { RuleContext } from './context.js';
import { militantRules } from './militant.js';
import { organizationRules } from './organization.js';
import { personRules } from './person.js';
import { placeRules } from './place.js';
import type { Rule } from './rule.js';

export { compileRuleContext, type RuleContext } from './context.js';

/** Every rule, in the order they run (order does not change results: resolution settles overlaps). */
export const RULES: readonly Rule[] = [...militantRules, ...organizationRules, ...personRules, ...placeRules];

/** Runs the rules over the document and returns their candidates. */
export function proposeRules(doc: Document, context: RuleContext, rules: readonly Rule[] = RULES): Candidate[] {
  const candidates: Candidate[] = [];
  for (const rule of rules) {
    rule.propose(doc, context, (first, last, extra) => {
      candidates.push({ first, last, type: rule.type, source: 'rule', sourceId: rule.id, confidence: rule.confidence, priority: 1, ...extra });
    });
  }
  return candidates;
}

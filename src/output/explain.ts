import type { Candidate } from '../match/candidate.js';
import type { Resolution } from '../resolve/resolve.js';
import type { Document } from '../tokenize/document.js';
import type { ExplainedCandidate, Explanation, TagResult } from '../types.js';

function offsets(doc: Document, c: Candidate): { start: number; end: number; text: string } {
  const start = doc.tokens[c.first]!.start;
  const end = doc.tokens[c.last]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Why `winner` was preferred over `loser`, in the order resolution applies. */
function reason(doc: Document, winner: Candidate, loser: Candidate): string {
  const w = offsets(doc, winner);
  const l = offsets(doc, loser);
  if (w.end - w.start !== l.end - l.start) return 'longer';
  if (winner.priority !== loser.priority) return `higher priority (${winner.source} over ${loser.source})`;
  if (winner.confidence !== loser.confidence) return 'more confident';
  return 'further left';
}

/** Lists every candidate of a run with its fate: kept, or lost to which span and why. */
export function explanation(doc: Document, result: TagResult, resolution: Resolution): Explanation {
  const describe = (c: Candidate, status: 'kept' | 'lost'): ExplainedCandidate => ({
    ...offsets(doc, c), type: c.type, source: c.source, sourceId: c.sourceId, confidence: c.confidence, status,
  });
  const candidates: ExplainedCandidate[] = [
    ...resolution.kept.map((c) => describe(c, 'kept')),
    ...resolution.lost.map(({ candidate, to }) => ({
      ...describe(candidate, 'lost'),
      lostTo: { text: offsets(doc, to).text, sourceId: to.sourceId, reason: reason(doc, to, candidate) },
    })),
  ].sort((a, b) => a.start - b.start || b.end - a.end || a.sourceId.localeCompare(b.sourceId));
  return Object.freeze({ result, candidates: Object.freeze(candidates) });
}

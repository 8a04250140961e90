import { TYPE_LABELS } from '../../output/labels.js';
import type { ExplainedCandidate, Explanation } from '../../types.js';
import type { Colors } from '../colors.js';
import { typeColors } from './palette.js';
import { summary } from './pretty.js';

function groupBySpan(candidates: readonly ExplainedCandidate[]): ExplainedCandidate[][] {
  const groups = new Map<string, ExplainedCandidate[]>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()];
}

function candidateLine(c: ExplainedCandidate, colors: Colors): string {
  const what = `${c.source.padEnd(10)} ${c.sourceId.padEnd(34)} ${c.confidence.toFixed(2)}`;
  if (c.status === 'kept') return `     ${colors.green('✓ kept')}  ${what}`;
  const lost = c.lostTo === undefined ? '' : `  lost to ${c.lostTo.sourceId} ${JSON.stringify(c.lostTo.text)}: ${c.lostTo.reason}`;
  return colors.dim(`     ✗ lost  ${what}${lost}`);
}

/** What `newstag explain` prints: every candidate by span with its fate, then the links made after resolution. */
export function renderExplanation(explanation: Explanation, colors: Colors): string {
  const palette = typeColors(colors);
  const { candidates, result } = explanation;
  const kept = candidates.filter((c) => c.status === 'kept').length;
  const lines = [colors.underline(`Candidates (${candidates.length}: ${kept} kept, ${candidates.length - kept} lost)`)];
  for (const group of groupBySpan(candidates)) {
    const first = group[0]!;
    const types = [...new Set(group.map((c) => c.type))].map((t) => palette[t].label(TYPE_LABELS[t])).join('/');
    lines.push(`  ${`${first.start}-${first.end}`.padEnd(11)} ${colors.bold(JSON.stringify(first.text))}  ${types}`);
    for (const c of group) lines.push(candidateLine(c, colors));
  }
  const linked = result.spans.filter((s) => s.source === 'acronym' || s.source === 'coreference');
  lines.push(colors.underline(`Linked after resolution (${linked.length})`));
  for (const s of linked) {
    lines.push(`  ${`${s.start}-${s.end}`.padEnd(11)} ${colors.bold(JSON.stringify(s.text))} -> ${s.name}  ${colors.dim(`${s.source}: ${s.sourceId}`)}`);
  }
  if (linked.length === 0) lines.push('  none');
  return `${lines.join('\n')}\n${summary(result, colors)}\n`;
}

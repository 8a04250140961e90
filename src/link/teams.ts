import type { CompiledEntry } from '../dictionary/compiled.js';
import type { Candidate } from '../match/candidate.js';
import type { Document } from '../tokenize/document.js';

const TEAM_READING = 'organization/team-by-place';

/** Words between two teams in results copy ("Surrey beat Kent", "Leeds v Chelsea"). */
const FIXTURE_WORDS = new Set(['beat', 'beats', 'v', 'vs', 'versus', 'drew', 'draw', 'defeated', 'edged', 'routed', 'thrashed', 'overcame', 'at']);

/** Places that name clubs and teams (cities, counties, states); countries name national teams, which stay places. */
const TEAM_PLACE_KINDS = new Set(['city', 'town', 'county', 'state', 'province', 'region', 'district']);

/**
 * Reads a city or county as the team it names in sports results: a place followed by a score in a line with
 * another place and score ("CHICAGO 5 Boston 3"), or on either side of a fixture word ("Surrey beat Kent").
 */
export function readTeams(doc: Document, kept: readonly Candidate[], entries: readonly CompiledEntry[]): Candidate[] {
  const isTeamPlace = (c: Candidate) => c.type === 'place' && c.entry !== undefined && TEAM_PLACE_KINDS.has(entries[c.entry]!.meta.kind ?? '');
  const scored = kept.map((c) => isTeamPlace(c) && doc.tokens[c.last + 1]?.kind === 'number' && !isYear(doc, c.last + 1));
  return kept.map((c, i) => {
    if (!isTeamPlace(c)) return c;
    const inResultsLine = scored[i] && kept.some((other, j) => j !== i && scored[j] && doc.sentence[other.first] === doc.sentence[c.first]);
    const fixture = FIXTURE_WORDS.has(doc.key[c.last + 1] ?? '') && kept.some((o) => o.first === c.last + 2 && isTeamPlace(o)) ||
      FIXTURE_WORDS.has(doc.key[c.first - 1] ?? '') && kept.some((o) => o.last === c.first - 2 && isTeamPlace(o));
    if (!inResultsLine && !fixture) return c;
    const { entry, ...rest } = c;
    return { ...rest, type: 'organization', source: 'rule', sourceId: TEAM_READING, name: entries[entry!]!.name, confidence: 0.7 };
  });
}

function isYear(doc: Document, i: number): boolean {
  return /^(19|20)\d\d$/.test(doc.tokens[i]!.text);
}

import type { Candidate } from '../match/candidate.js';

/** A candidate that lost, and the candidate it lost to. */
export interface Lost {
  readonly candidate: Candidate;
  readonly to: Candidate;
}

export interface Resolution {
  /** Non-overlapping winners, sorted by position. */
  readonly kept: readonly Candidate[];
  readonly lost: readonly Lost[];
}

/** Order of preference: longer (in characters), then higher priority, then more confident, then leftmost. */
export function preferenceOrder(starts: ArrayLike<number>, ends: ArrayLike<number>) {
  return (a: Candidate, b: Candidate): number =>
    ends[b.last]! - starts[b.first]! - (ends[a.last]! - starts[a.first]!) ||
    b.priority - a.priority ||
    b.confidence - a.confidence ||
    a.first - b.first;
}

/**
 * Settles overlapping candidates into one non-overlapping set: greedy over the preference order, with a token
 * occupancy array, so the cost is O(n log n) in the number of candidates. A rule's span that two or more
 * dictionary names of its type tile end to end ("the Tehrik-e-Taliban Pakistan | Fitna al-Khawarij", as a naming
 * verb sets them side by side) is those names, not one unknown name, and gives way to them.
 */
export function resolveOverlaps(
  candidates: readonly Candidate[],
  tokenCount: number,
  order: (a: Candidate, b: Candidate) => number,
): Resolution {
  const owner = new Int32Array(tokenCount).fill(-1);
  const dictionary = candidates.filter((c) => c.source === 'dictionary');
  const merges = new Set(dictionary.length < 2 ? [] : candidates.filter((c) => c.source !== 'dictionary' && isTiled(c, dictionary)));
  const sorted = candidates.filter((c) => !merges.has(c)).sort(order);
  const kept: Candidate[] = [];
  const lost: Lost[] = [];
  for (const candidate of sorted) {
    let blocker = -1;
    for (let t = candidate.first; t <= candidate.last && blocker < 0; t++) blocker = owner[t]!;
    if (blocker >= 0) {
      lost.push({ candidate, to: kept[blocker]! });
      continue;
    }
    const index = kept.push(candidate) - 1;
    owner.fill(index, candidate.first, candidate.last + 1);
  }
  for (const merge of merges) {
    const to = kept[owner[merge.first]!];
    if (to !== undefined) lost.push({ candidate: merge, to });
  }
  kept.sort((a, b) => a.first - b.first);
  return { kept, lost };
}

/** Whether dictionary candidates of `c`'s type, two or more, cover exactly its tokens one after another. */
function isTiled(c: Candidate, dictionary: readonly Candidate[]): boolean {
  const pieces = dictionary.filter((d) => d.type === c.type && d.first >= c.first && d.last <= c.last);
  if (pieces.length < 2) return false;
  const reached = new Map<number, number>([[c.first, 0]]);
  for (let at = c.first; at <= c.last; at++) {
    const count = reached.get(at);
    if (count === undefined) continue;
    for (const piece of pieces) {
      if (piece.first !== at) continue;
      if (piece.last === c.last && count + 1 >= 2) return true;
      reached.set(piece.last + 1, Math.max(reached.get(piece.last + 1) ?? 0, count + 1));
    }
  }
  return false;
}

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
 * occupancy array, so the cost is O(n log n) in the number of candidates.
 */
export function resolveOverlaps(
  candidates: readonly Candidate[],
  tokenCount: number,
  order: (a: Candidate, b: Candidate) => number,
): Resolution {
  const owner = new Int32Array(tokenCount).fill(-1);
  const sorted = [...candidates].sort(order);
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
  kept.sort((a, b) => a.first - b.first);
  return { kept, lost };
}

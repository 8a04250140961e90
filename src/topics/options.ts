import { invalidArgument } from '../errors.js';
import type { TopicOptions } from '../types.js';

/** Default minimum score for a topic to be returned. */
const DEFAULT_TOPIC_THRESHOLD = 0.35;
/** Default number of topics returned, at most. */
const DEFAULT_TOPIC_LIMIT = 5;

const KEYS = ['threshold', 'limit'];

/** Reads `options.topics`: `false` turns topic scoring off; an object may set `threshold` (0..1) and `limit`. */
export function readTopicOptions(value: unknown): Readonly<Required<TopicOptions>> | false {
  if (value === false) return false;
  if (value === undefined) return Object.freeze({ threshold: DEFAULT_TOPIC_THRESHOLD, limit: DEFAULT_TOPIC_LIMIT });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidArgument('options.topics', 'false or an object such as { threshold: 0.35, limit: 5 }', value);
  }
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key)) throw invalidArgument(`options.topics: option "${key}"`, `one of ${KEYS.join(', ')}`, key);
  }
  const { threshold = DEFAULT_TOPIC_THRESHOLD, limit = DEFAULT_TOPIC_LIMIT } = value as TopicOptions;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw invalidArgument('options.topics.threshold', 'a number from 0 to 1', threshold);
  }
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw invalidArgument('options.topics.limit', 'a whole number of at least 1', limit);
  }
  return Object.freeze({ threshold, limit });
}

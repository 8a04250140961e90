import type { EntityType } from '../types.js';

/** Short labels shown beside highlighted spans, in the terminal and in HTML. */
export const TYPE_LABELS: Readonly<Record<EntityType, string>> = Object.freeze({
  person: 'PERSON',
  organization: 'ORG',
  place: 'PLACE',
  militant_group: 'MILITANT',
});

/** Highlight colours of the types in HTML (light backgrounds that keep black text readable). */
export const TYPE_COLOURS: Readonly<Record<EntityType, string>> = Object.freeze({
  person: '#c9bdfd',
  organization: '#9deeee',
  place: '#fed9a0',
  militant_group: '#ffa3b2',
});

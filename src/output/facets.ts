import type { Entity, EntityType, FacetValue, Facets, Topic } from '../types.js';

const bySalience = (a: FacetValue, b: FacetValue) =>
  b.salience - a.salience || b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);

/**
 * Facet values per entity type and for topics. Entities are already one per id, so a group spelled five ways is one
 * value; topics count their pieces of evidence and carry their score as salience.
 */
export function buildFacets(entities: readonly Entity[], topics: readonly Topic[]): Facets {
  const byType: Record<EntityType, FacetValue[]> = { person: [], organization: [], place: [], militant_group: [] };
  for (const { id, type, name, count, salience } of entities) byType[type].push(Object.freeze({ id, name, count, salience }));
  return Object.freeze({
    person: Object.freeze(byType.person.sort(bySalience)),
    organization: Object.freeze(byType.organization.sort(bySalience)),
    place: Object.freeze(byType.place.sort(bySalience)),
    militant_group: Object.freeze(byType.militant_group.sort(bySalience)),
    topic: Object.freeze(topics.map((t) => Object.freeze({
      id: t.code, name: t.label, count: t.evidence.cues.length + t.evidence.entities.length, salience: t.score,
    }))),
  });
}

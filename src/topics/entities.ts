import type { Entity, EntitySpan } from '../types.js';
import type { CompiledEntityRule } from './compiled.js';
import { wordsOf, type EntryRules, type PhraseField, type TopicModel } from './model.js';

/** Evidence one entity gives one topic. */
export interface EntityHit {
  readonly topic: number;
  readonly entityId: string;
  readonly weight: number;
  /** The fact that matched: "militant_group", "kind: military", "role: Foreign Minister" ... */
  readonly reason: string;
}

/** A role read from the dictionary counts half as much as one written beside the name in the article. */
const DICTIONARY_ROLE_FACTOR = 0.5;

/** Rule -> the text that named it, for each rule whose phrase occurs as whole words in `text`. */
function rulesNamedIn(text: string, field: PhraseField, model: TopicModel, found = new Map<number, string>()): Map<number, string> {
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    let phrase = '';
    for (let n = 0; n < model.longestPhrase && i + n < words.length; n++) {
      phrase = n === 0 ? words[i]! : `${phrase} ${words[i + n]!}`;
      for (const rule of model.rulesByPhrase[field].get(phrase) ?? []) if (!found.has(rule)) found.set(rule, text);
    }
  }
  return found;
}

/** The first role of meta.role: "Foreign Minister of Pakistan (2024–)" of "...; finance minister (2013–2017)". */
function listedRole(role: string): string {
  const end = role.indexOf(';');
  return (end < 0 ? role : role.slice(0, end)).trim();
}

/** Which rules a dictionary entry meets on its own: everything but a role written in the article. */
function rulesOfEntry(entity: Entity, model: TopicModel): EntryRules {
  const { meta, name, type } = entity;
  const fields = model.fieldsByType.get(type);
  const none = new Map<number, string>();
  const names = fields?.has('name') === true ? rulesNamedIn(name, 'name', model) : none;
  const ideologies = fields?.has('ideology') === true && meta.ideology !== undefined ? rulesNamedIn(meta.ideology, 'ideology', model) : none;
  const listed = fields?.has('role') === true && meta.role !== undefined ? listedRole(meta.role) : undefined;
  const roles = listed !== undefined ? rulesNamedIn(listed, 'role', model) : none;
  const met: [number, number, string][] = [];
  const roleRules: number[] = [];
  for (const index of model.rulesByType.get(type) ?? []) {
    const rule: CompiledEntityRule = model.entityRules[index]!;
    if (rule.stateAffiliated !== undefined && (meta.stateAffiliated ?? false) !== rule.stateAffiliated) continue;
    if (rule.kind !== undefined && (meta.kind === undefined || !rule.kind.includes(meta.kind))) continue;
    if (rule.name !== undefined && !names.has(index)) continue;
    if (rule.ideology !== undefined && !ideologies.has(index)) continue;
    if (rule.role !== undefined) {
      roleRules.push(index);
      if (roles.has(index)) met.push([index, DICTIONARY_ROLE_FACTOR, `role: ${listed}`]);
      continue;
    }
    met.push([index, 1, rule.kind !== undefined ? `kind: ${meta.kind}` : rule.name !== undefined ? `name: ${name}`
      : rule.ideology !== undefined ? `ideology: ${meta.ideology}` : type]);
  }
  return { met, roleRules };
}

/**
 * The entity's rules, worked out once per dictionary entry (by its meta object, then its name) and remembered by the
 * model; entities found by rules (document-local ids, a fresh meta each time) are worked out each time.
 */
function entryRules(entity: Entity, model: TopicModel): EntryRules {
  if (entity.id.startsWith('local:')) return rulesOfEntry(entity, model);
  let byName = model.entryRules.get(entity.meta);
  if (byName === undefined) model.entryRules.set(entity.meta, (byName = new Map()));
  let rules = byName.get(entity.name);
  if (rules === undefined) byName.set(entity.name, (rules = rulesOfEntry(entity, model)));
  return rules;
}

/** Role rules met by a role written beside the entity in this article (at full weight). */
function writtenRoles(entity: Entity, spans: readonly EntitySpan[], rules: EntryRules, model: TopicModel): Map<number, string> | undefined {
  if (rules.roleRules.length === 0) return undefined;
  let found: Map<number, string> | undefined;
  for (const i of entity.spans) {
    const role = spans[i]!.role;
    if (role !== undefined) found = rulesNamedIn(role, 'role', model, found);
  }
  return found;
}

/**
 * Entity evidence for every topic: each rule adds its weight for each entity that meets all its conditions, scaled
 * by the entity's strength (half for being there, half by salience); the n-th entity a rule matches (most salient
 * first) counts 1/n, so many weak mentions do not pile up.
 */
export function findEntityEvidence(entities: readonly Entity[], spans: readonly EntitySpan[], model: TopicModel): EntityHit[] {
  const hits: EntityHit[] = [];
  const ordered = entities.filter((e) => model.rulesByType.has(e.type));
  if (ordered.length === 0) return hits;
  if (ordered.length > 1) ordered.sort((a, b) => b.salience - a.salience || (a.id < b.id ? -1 : 1));
  const matched = new Map<number, number>();
  const add = (entity: Entity, index: number, factor: number, reason: string) => {
    const rule = model.entityRules[index]!;
    const n = (matched.get(index) ?? 0) + 1;
    matched.set(index, n);
    hits.push({ topic: rule.topic, entityId: entity.id, weight: (rule.weight * factor * (0.5 + 0.5 * entity.salience)) / n, reason });
  };
  for (const entity of ordered) {
    const rules = entryRules(entity, model);
    const written = writtenRoles(entity, spans, rules, model);
    if (written !== undefined) for (const index of rules.roleRules) {
      const role = written.get(index);
      if (role !== undefined) add(entity, index, 1, `role: ${role}`);
    }
    for (const [index, factor, reason] of rules.met) if (written?.has(index) !== true) add(entity, index, factor, reason);
  }
  return hits;
}

import { TYPE_LABELS } from '../../output/labels.js';
import type { TagResult } from '../../types.js';
import type { Colors } from '../colors.js';
import { typeColors } from './palette.js';

/** The text with each span highlighted and labelled: coloured in a terminal, `[text|LABEL]` without colour. */
export function highlight(result: TagResult, text: string, colors: Colors): string {
  const palette = typeColors(colors);
  let out = '';
  let at = 0;
  for (const span of result.spans) {
    const label = TYPE_LABELS[span.type];
    const { span: paint, label: ink } = palette[span.type];
    out += text.slice(at, span.start);
    out += colors.isColorSupported ? `${paint(span.text)} ${ink(label)}` : `[${span.text}|${label}]`;
    at = span.end;
  }
  return out + text.slice(at);
}

/** The entities, most salient first, and the topics, one per line. */
export function summary(result: TagResult, colors: Colors): string {
  const palette = typeColors(colors);
  const entities = [...result.entities].sort((a, b) => b.salience - a.salience).map((entity) => {
    const label = palette[entity.type].label(TYPE_LABELS[entity.type].padEnd(8));
    const mentions = entity.mentions.filter((m) => m !== entity.name);
    const seen = mentions.length > 0 ? colors.dim(`  as ${mentions.join(', ')}`) : '';
    return `  ${label} ${colors.bold(entity.name)}  ${colors.dim(entity.id)}  ${entity.count}×${seen}`;
  });
  const topics = result.topics.map((topic) => `  ${topic.score.toFixed(2)}  ${colors.bold(topic.label)}  ${colors.dim(topic.code)}`);
  return [
    colors.underline(`Entities (${result.entities.length})`), ...(entities.length > 0 ? entities : ['  none']),
    colors.underline(`Topics (${result.topics.length})`), ...(topics.length > 0 ? topics : ['  none']),
  ].join('\n');
}

/** The pretty format: highlighted text, then entities and topics. */
export function pretty(result: TagResult, text: string, colors: Colors): string {
  return `${highlight(result, text, colors).trimEnd()}\n\n${summary(result, colors)}\n`;
}

import type { EntityType } from '../../types.js';
import type { Colors } from '../colors.js';

/** Terminal colours of the types: a background for the span, a foreground for its label. */
export function typeColors(colors: Colors): Readonly<Record<EntityType, { span: (s: string) => string; label: (s: string) => string }>> {
  const { black, bgMagenta, bgCyan, bgYellow, bgRed, magenta, cyan, yellow, red, bold } = colors;
  return {
    person: { span: (s) => bgMagenta(black(s)), label: (s) => bold(magenta(s)) },
    organization: { span: (s) => bgCyan(black(s)), label: (s) => bold(cyan(s)) },
    place: { span: (s) => bgYellow(black(s)), label: (s) => bold(yellow(s)) },
    militant_group: { span: (s) => bgRed(black(s)), label: (s) => bold(red(s)) },
  };
}

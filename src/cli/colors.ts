import pc from 'picocolors';
import type { Io } from './io.js';

/** The colour functions of picocolors, all of them plain when colour is off. */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Colour for a stream: on when FORCE_COLOR is set (and not 0), off when NO_COLOR is set (https://no-color.org) or
 * the stream is not a terminal.
 */
export function colorsFor(stream: Io['stdout'], env: Io['env']): Colors {
  const force = env.FORCE_COLOR;
  const noColor = env.NO_COLOR;
  const on = force !== undefined && force !== '0' ? true : noColor !== undefined && noColor !== '' ? false : stream.isTTY === true;
  return pc.createColors(on);
}

/** Describes a value for an error message: its type and a short preview. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)})`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'undefined';
    default:
      return `${typeof value} ${String(value)}`;
  }
}

/** A `TypeError` whose message names the argument, what was expected and what was found. */
export function invalidArgument(argument: string, expected: string, found: unknown): TypeError {
  return new TypeError(`newstag: ${argument} must be ${expected}, but found ${describe(found)}`);
}

export function assertString(argument: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw invalidArgument(argument, 'a string', value);
}

import { readFileSync } from 'node:fs';
import type { CompiledData } from './compiled.js';

/** Where the build puts the compiled data: beside the bundle in dist/, or in src/generated/ when running from source. */
const LOCATIONS = ['./dictionaries.json', '../generated/dictionaries.json'];

let cache: CompiledData | undefined;

/**
 * The bundled dictionaries, read and parsed on first use. A cache of immutable data, not state: every tagger gets
 * the same parsed object and none of them changes it.
 */
export function bundledData(): CompiledData {
  cache ??= read();
  return cache;
}

function read(): CompiledData {
  for (const location of LOCATIONS) {
    const url = new URL(location, import.meta.url);
    try {
      // The build writes the file in ASCII (escapes for the rest), so it decodes as one-byte text.
      return JSON.parse(readFileSync(url, 'latin1')) as CompiledData;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`newstag: the compiled dictionaries are missing (looked for ${LOCATIONS.join(', ')} beside ${import.meta.url}); run \`npm run build\``);
}

import { readFileSync } from 'node:fs';
import type { CompiledData } from './compiled.js';
import { unpackData } from './pack.js';

/** Where the build puts the compiled data: beside the bundle in dist/, or in src/generated/ when running from source. */
const LOCATIONS = ['./dictionaries.pack', '../generated/dictionaries.pack'];

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
      return unpackData(readFileSync(url));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`newstag: the compiled dictionaries are missing (looked for ${LOCATIONS.join(', ')} beside ${import.meta.url}); run \`npm run build\``);
}

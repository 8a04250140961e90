import Ajv, { type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, type EntityFile, type LexiconFile } from './read.js';

function loadSchema(name: string): object {
  return JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8')) as object;
}

const ajv = new Ajv.default({ allErrors: true, strict: true });
const validateEntityFile = ajv.compile(loadSchema('entity-file.schema.json'));
const validateLexiconFile = ajv.compile(loadSchema('lexicon-file.schema.json'));

/** "file: entry 3 (place/pk/swat): field /aliases/1: must be string" for each schema violation. */
function describeErrors(file: string, raw: unknown, errors: readonly ErrorObject[]): string[] {
  const entries = (raw as { entries?: { id?: unknown }[] }).entries;
  return errors.map((error) => {
    const match = /^\/(entries|words)\/(\d+)(.*)$/.exec(error.instancePath);
    if (match === null) return `${file}: field ${error.instancePath || '(top level)'}: ${error.message ?? 'invalid'}`;
    const index = Number(match[2]);
    const id = match[1] === 'entries' ? entries?.[index]?.id : undefined;
    const label = typeof id === 'string' ? ` (${id})` : '';
    const field = match[3] === '' ? '(the entry itself)' : match[3];
    return `${file}: ${match[1] === 'entries' ? 'entry' : 'word'} ${index}${label}: field ${field}: ${error.message ?? 'invalid'}`;
  });
}

/** Schema and consistency problems of the dictionary files, each naming file, entry and field. */
export function validateFiles(entityFiles: readonly EntityFile[], lexiconFiles: readonly LexiconFile[]): string[] {
  const problems: string[] = [];
  const curatedIds = new Map<string, string>();
  for (const file of entityFiles) {
    if (!validateEntityFile(file.raw)) {
      problems.push(...describeErrors(file.name, file.raw, validateEntityFile.errors ?? []));
      continue;
    }
    const folder = file.name.split('/')[1];
    if (file.type !== folder) problems.push(`${file.name}: field /type: is "${file.type}" but the file sits in ${folder}/`);
    file.entries.forEach((entry, index) => {
      const where = `${file.name}: entry ${index} (${entry.id})`;
      if (!entry.id.startsWith(file.type + '/')) problems.push(`${where}: field /id: must start with "${file.type}/"`);
      const previous = file.entries[index - 1];
      if (previous !== undefined && previous.id >= entry.id) problems.push(`${where}: field /id: entries must be sorted by id, unique (after ${previous.id})`);
      if (file.generated === true) return;
      const other = curatedIds.get(entry.id);
      if (other !== undefined) problems.push(`${where}: field /id: duplicate of an entry in ${other}`);
      curatedIds.set(entry.id, file.name);
    });
  }
  for (const file of lexiconFiles) {
    const name = relative(ROOT, file.path);
    if (!validateLexiconFile(file.raw)) problems.push(...describeErrors(name, file.raw, validateLexiconFile.errors ?? []));
  }
  return problems;
}

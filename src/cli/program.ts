import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import pkg from '../../package.json' with { type: 'json' };
import { explainCommand, type ExplainOptions } from './commands/explain.js';
import { tagCommand } from './commands/tag.js';
import { EXIT, UsageError } from './exit.js';
import type { Io } from './io.js';
import { FORMATS, parseTypes, parseWorkers, type TagOptions } from './options.js';

const EXIT_CODES = `
Exit codes:
  0  everything was tagged
  1  the run failed (an unexpected error)
  2  bad usage: unknown option or value, missing or unreadable input
  3  the run finished, but some records could not be tagged (error records in the output)`;

const TAG_EXAMPLES = `
Examples:
  newstag tag article.txt                            highlighted text in the terminal
  newstag tag article.txt --format html > a.html     a page to look at in a browser
  newstag tag articles/ --format jsonl > out.jsonl   one JSON line per .txt file of the folder
  newstag tag --jsonl in.jsonl --text-field body --id-field id > out.jsonl
  cat in.jsonl | newstag tag --jsonl - --workers 2 --quiet > out.jsonl
${EXIT_CODES}`;

function typesOption(): Option {
  return new Option('--types <list>', 'tag only these types, comma-separated: person,organization,place,militant_group').argParser(parseTypes);
}

function buildProgram(io: Io, exitCode: { value: number }): Command {
  const program = new Command('newstag')
    .description('Tags people, organizations, places and militant groups in English news, with offsets and canonical ids.')
    .version(pkg.version)
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, writeErr) => writeErr(s.replace(/^error: /, 'newstag: ')),
    })
    .addHelpText('after', EXIT_CODES);
  program.command('tag')
    .description('tag plain text (a file, the .txt files of a folder, or standard input), or JSON Lines with --jsonl')
    .argument('[input]', 'FILE, DIR, or - for standard input (default: standard input when it is not a terminal)')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty; JSON Lines with --jsonl)').choices(FORMATS))
    .option('--jsonl', 'read JSON Lines: one output record per input line, in order', false)
    .option('--text-field <name>', 'JSON Lines: the field holding the text', 'text')
    .option('--id-field <name>', 'JSON Lines: the field holding the id, copied to the output', 'id')
    .addOption(new Option('-w, --workers <n>', 'worker threads (1 tags on the main thread)')
      .argParser(parseWorkers).default(availableParallelism(), 'the cores available'))
    .addOption(typesOption())
    .option('--title <title>', 'HTML: page title (default: the first line of the text)')
    .option('-q, --quiet', 'no progress bar and no summary on stderr', false)
    .addHelpText('after', TAG_EXAMPLES)
    .action(async (input: string | undefined, options: TagOptions) => { exitCode.value = await tagCommand(input, options, io); });
  program.command('explain')
    .description('show which dictionary entries and rules proposed spans, which won, which lost and why')
    .argument('[text...]', 'the text to explain, or - for standard input')
    .option('--file <file>', 'explain the text of a file')
    .option('--json', 'print the explanation as JSON', false)
    .addOption(typesOption())
    .addHelpText('after', `\nExample:\n  newstag explain "PESHAWAR: The banned TTP claimed the attack."\n${EXIT_CODES}`)
    .action(async (words: string[], options: ExplainOptions) => { exitCode.value = await explainCommand(words, options, io); });
  return program;
}

/** Runs the `newstag` command line with `argv` (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const exitCode = { value: EXIT.ok as number };
  try {
    await buildProgram(io, exitCode).parseAsync([...argv], { from: 'user' });
    return exitCode.value;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError || (error instanceof TypeError && error.message.startsWith('newstag:'))) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`newstag: ${(error as Error).message ?? String(error)}\n`);
    return EXIT.failed;
  }
}

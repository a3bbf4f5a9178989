// The command line: commander program, global conventions, and the mapping of failures to exit codes.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { FORMATS } from '../render/types.js';
import { CANDIDATE_ORDERS } from '../util/ordering.js';
import type { Context } from './context.js';
import { processIo, type Io } from './io.js';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

type Runner = (ctx: Context) => Promise<number>;

const EXAMPLES = `
Examples:
  $ pledgecard                              score ./data against ./pledges.yaml
  $ pledgecard check                        validate the programme and every reply
  $ pledgecard show "Alec Price"            one candidate's rulings with evidence
  $ pledgecard score --format markdown --out scorecard.md
  $ pledgecard export --out site            write scorecards in every format
  $ pledgecard record                       after the election: each member's record against their pledges

Exit codes: 0 done, 1 problems found, 2 could not run (bad arguments or unreadable input).
Colour is off when NO_COLOR is set or output is not a terminal.
From 10,000 replies on, on three cores or more, parsing uses one thread per core; PLEDGECARD_JOBS=N sets how many.`;

function inputOptions(cmd: Command): Command {
  return cmd
    .option('--pledges <file>', 'the programme file', 'pledges.yaml')
    .option('--data <dir>', 'the folder of reply files (*.md, read recursively)', 'data');
}

/** Builds the program; `run` receives each command's work so main can map its outcome. */
function buildProgram(io: Io, setRunner: (runner: Runner) => void): Command {
  const program = new Command('pledgecard')
    .description('Score candidates’ free-text replies against a programme of pledge clauses.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'show stack traces for errors')
    .option('--verbose', 'say more about what was read and skipped')
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off')
    .option('--no-cache', 'parse every reply again: neither read nor keep cached rulings')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
    });

  inputOptions(
    program
      .command('check')
      .description('validate the programme and the replies; list every problem with file:line:col')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
      .option('--strict', 'also fail on parser rulings that need review and have no override')
      .option('--record <dir>', 'the record folder (default: record/ in the data folder, when there is one)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard check
  $ pledgecard check --pledges programme.yaml --data replies
  $ pledgecard check --strict --format github     in a CI workflow`,
    )
    .action((opts) =>
      setRunner(async (ctx) => (await import('./commands/check.js')).check(ctx, opts)),
    );

  inputOptions(
    program
      .command('score', { isDefault: true })
      .description('score every reply and print the comparison (the default command)')
      .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
      .option('--out <file>', 'write to a file (atomically) instead of stdout')
      .addOption(new Option('--sort <order>', 'order of candidates').choices(CANDIDATE_ORDERS).default('score'))
      .option('--depth <n>', 'table: show clauses down to this depth (1 = top level)')
      .option('--clauses <ids>', 'table: only these clauses, comma-separated (e.g. 3a,3b)')
      .option('--date <date>', 'print this date in exports (none by default, so output is reproducible)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard score
  $ pledgecard score --depth 1
  $ pledgecard score --clauses 3a,3b,3c --sort name
  $ pledgecard score --format csv --out scorecards.csv
  $ pledgecard score --format json | jq '.candidates[0]'`,
    )
    .action((opts) => setRunner(async (ctx) => (await import('./commands/score.js')).score(ctx, opts)));

  inputOptions(
    program
      .command('show')
      .argument('<candidate>', 'candidate name (or a unique part of it, or the reply file name)')
      .description('one candidate’s rulings: clause, stance, confidence, evidence with line, reason')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard show "Alec Price"
  $ pledgecard show flintoff
  $ pledgecard show data/alec-price.md --format json`,
    )
    .action((candidate: string, opts) =>
      setRunner(async (ctx) => (await import('./commands/show.js')).show(ctx, candidate, opts)),
    );

  inputOptions(
    program
      .command('record')
      .argument('[member]', 'one member: their pledges beside their record, every fact dated and sourced')
      .description('after the election: each elected member’s record against their pledges (from data/record/)')
      .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
      .option('--record <dir>', 'the record folder (default: record/ in the data folder)')
      .option('--out <file>', 'write to a file (atomically) instead of stdout')
      .option('--date <date>', 'print this date in documents (none by default, so output is reproducible)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard record                          every member's status per clause, and the meetings
  $ pledgecard record "Alec Price"             one member: pledge before, record after
  $ pledgecard record --format json --out record.json`,
    )
    .action((member: string | undefined, opts) =>
      setRunner(async (ctx) => (await import('./commands/record.js')).recordCommand(ctx, member, opts)),
    );

  inputOptions(
    program
      .command('export')
      .description('write index.md, one scorecard per candidate, CSV, JSON and HTML into a folder')
      .requiredOption('--out <dir>', 'the folder to write into (created if missing)')
      .option('--check', 'write nothing; exit 1 if any file is missing or differs from what would be written')
      .option('--record <dir>', 'the record folder (default: record/ in the data folder, when there is one)')
      .option('--date <date>', 'print this date in the scorecards (none by default, so output is reproducible)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard export --out scorecards
  $ pledgecard export --out scorecards --check      in CI: are committed scorecards current?`,
    )
    .action((opts) => setRunner(async (ctx) => (await import('./commands/export.js')).exportCommand(ctx, opts)));

  program
    .command('import')
    .argument('<file>', 'a combined text (article, email thread) or a CSV export of a form')
    .description('split a combined text or a spreadsheet into one reply file per candidate')
    .option('--out <dir>', 'the data folder to write reply files into', 'data')
    .option('--pledges <file>', 'the programme, to match CSV columns to clauses', 'pledges.yaml')
    .option('--names <list>', 'candidate names, separated by ";"')
    .option('--name-column <header>', 'CSV: the column holding candidate names')
    .option('--force', 'overwrite existing reply files')
    .option('--dry-run', 'show the split and write nothing')
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard import article.txt --out data --dry-run
  $ pledgecard import thread.txt --names "Ann Lee;Bo Chan"
  $ pledgecard import form-export.csv --name-column "Your name"`,
    )
    .action((file: string, opts) =>
      setRunner(async (ctx) => (await import('./commands/import.js')).importCommand(ctx, file, opts)),
    );

  program
    .command('import-record')
    .argument('<file>', 'a member’s report of a meeting (text) or a CSV of votes (.csv, .tsv)')
    .description('draft meeting files for the record from a published report or a CSV of votes')
    .option('--out <dir>', 'the record folder to write drafts into', 'data/record')
    .option('--by <name>', 'report: the member who wrote it (found in the text when it says "… reports")')
    .option('--source <where>', 'report: where it was published (a link), named as the source of each decision')
    .option('--date <date>', 'report: the meeting’s date, when the text does not give it')
    .option('--meeting <title>', 'report: the meeting’s title')
    .option('--dry-run', 'print the drafts and write nothing')
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard import-record report.txt --by "Ann Lee" --source https://example.org/report
  $ pledgecard import-record votes.csv --dry-run     columns: date, meeting, decision, member, vote, source`,
    )
    .action((file: string, opts) =>
      setRunner(async (ctx) => (await import('./commands/import-record.js')).importRecordCommand(ctx, file, opts)),
    );

  program
    .command('init')
    .argument('[dir]', 'where to create pledges.yaml and data/', '.')
    .description('create a commented pledges.yaml template and data/example.md')
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard init
  $ pledgecard init my-campaign`,
    )
    .action((dir: string) => setRunner(async (ctx) => (await import('./commands/init.js')).init(ctx, dir)));

  return program;
}

function globalFlags(program: Command): { debug: boolean; verbose: boolean; color: boolean | undefined; cache: boolean } {
  const o = program.opts<{ debug?: boolean; verbose?: boolean; color?: boolean; cache?: boolean }>();
  return { debug: Boolean(o.debug), verbose: Boolean(o.verbose), color: o.color, cache: o.cache !== false };
}

/** Runs pledgecard with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let runner: Runner | undefined;
  const program = buildProgram(io, (r) => {
    runner = r;
  });
  // `score` is the default command, so a mistyped command name would be read as its argument.
  const first = argv[0];
  if (first !== undefined && !first.startsWith('-')) {
    const names = [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), 'help'];
    if (!names.includes(first)) {
      const { didYouMean } = await import('../util/suggest.js');
      io.stderr(`error: unknown command '${first}'${didYouMean(first, names)}\n(run pledgecard --help for the commands)\n`);
      return EXIT.usage;
    }
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return EXIT.ok;
      }
      return EXIT.usage;
    }
    throw err;
  }
  if (!runner) return EXIT.ok;
  // Loaded only when a command runs, so that --help and --version start with commander alone.
  const { makeChalk, useColour } = await import('../util/colours.js');
  const flags = globalFlags(program);
  const colour = useColour({ flag: flags.color, env: io.env, isTTY: io.stdoutIsTTY });
  const ctx: Context = { io, chalk: makeChalk(colour), colour, debug: flags.debug, verbose: flags.verbose, cache: flags.cache };
  try {
    return await runner(ctx);
  } catch (err) {
    const { PledgecardError } = await import('../model/diagnostic.js');
    if (err instanceof PledgecardError) {
      const { printDiagnostics } = await import('./report-diagnostics.js');
      printDiagnostics(ctx, err.diagnostics, 'stderr');
      if (ctx.debug && err.stack) io.stderr(`${err.stack}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`pledgecard: ${message}\n`);
    if (ctx.debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    else io.stderr('(run again with --debug for details)\n');
    return EXIT.usage;
  }
}

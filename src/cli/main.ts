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
  $ pledgecard review                       settle the rulings that need review, at the terminal
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
      .addOption(new Option('--format <format>', 'output format (default: from --out’s ending, else table)').choices(FORMATS))
      .option('--out <file>', 'write to a file (atomically) instead of stdout; never over the programme or a reply')
      .addOption(new Option('--sort <order>', 'order of candidates').choices(CANDIDATE_ORDERS).default('score'))
      .option('--depth <n>', 'table, markdown, html: show clauses down to this depth (1 = top level)')
      .option('--clauses <ids>', 'table, markdown, html: only these clauses, comma-separated (e.g. 3a,3b)')
      .option('--date <date>', 'print this date in exports (none by default, so output is reproducible)')
      .option('--bom', 'csv: start with a UTF-8 byte-order mark (the default in files, for Excel)')
      .option('--no-bom', 'csv: no byte-order mark'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard score
  $ pledgecard score --out scorecard.html           the format from the file name
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
      .command('review')
      .argument('[candidate]', 'review all of one candidate’s rulings (a name, a unique part of it, or the reply file); with --set, whose ruling')
      .argument('[clause]', 'with --set: the clause')
      .argument('[stance]', 'with --set: agree, agree-with-qualifications, declined or no-answer')
      .description('settle rulings: each that needs review at the terminal, most doubtful first; or one with --set, in scripts')
      .option('--all', 'walk through every ruling of every candidate, not only those that need review')
      .option('--set', 'write one ruling without prompts: review --set CANDIDATE CLAUSE STANCE')
      .option('--note <text>', 'with --set: the reviewer’s note ("" removes the note there is)')
      .option('--dry-run', 'print each change as a unified diff and write nothing'),
  )
    .addHelpText(
      'after',
      `
Keys: a accept · c choose another stance · n add a note · s skip · b go back · q quit.
Each ruling accepted or changed is written at once into its reply's front matter (rulings:).

Examples:
  $ pledgecard review                               the rulings that need review, most doubtful first
  $ pledgecard review flintoff                      every ruling of one candidate
  $ pledgecard review --all                         every ruling of every candidate
  $ pledgecard review --set "Alec Price" 3e agree-with-qualifications --note "3 months is too short for some cases"
  $ pledgecard review --set data/alec-price.md 1 agree --dry-run     show the change, write nothing`,
    )
    .action((candidate: string | undefined, clause: string | undefined, stance: string | undefined, opts) =>
      setRunner(async (ctx) =>
        (await import('./commands/review.js')).review(ctx, [candidate, clause, stance].filter((a) => a !== undefined), opts),
      ),
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
      .description('write index.md and index.html, a scorecard and a page per candidate, CSV and JSON into a folder')
      .requiredOption('--out <dir>', 'the folder to write into (created if missing)')
      .option('--check', 'write nothing; exit 1 if any file is missing, differs, or is left from a removed candidate')
      .option('--partial', 'write even when some replies cannot be read; every page says who is missing')
      .option('--record <dir>', 'the record folder (default: record/ in the data folder, when there is one)')
      .option('--date <date>', 'print this date in the scorecards (none by default, so output is reproducible)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ pledgecard export --out scorecards
  $ pledgecard export --out scorecards --check      in CI: are committed scorecards current?
  $ pledgecard export --out scorecards --partial    publish now, marked incomplete, while a reply is fixed`,
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
  // `score` is the default command, so a mistyped command name would be read as its argument; `help` takes one too.
  const names = [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), 'help'];
  const first = argv[0];
  const named = first === 'help' ? argv[1] : first;
  if (named !== undefined && !named.startsWith('-') && !names.includes(named)) {
    const { didYouMean } = await import('../util/suggest.js');
    io.stderr(`error: unknown command '${named}'${didYouMean(named, names)}\n(run pledgecard --help for the commands)\n`);
    return EXIT.usage;
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
  const { checkEnvironment } = await import('./environment.js');
  const environment = checkEnvironment(io.env);
  if (environment) {
    io.stderr(`pledgecard: ${environment}\n`);
    return EXIT.usage;
  }
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
    const { WriteError } = await import('../util/write.js');
    if (err instanceof WriteError) {
      // A full disk or a read-only folder is the world's doing, not a bug: one line says which file and why.
      const { displayPath } = await import('../load/files.js');
      io.stderr(`pledgecard: cannot write ${displayPath(err.target, io.cwd)}: ${err.reason}\n`);
      if (ctx.debug && err.stack) io.stderr(`${err.stack}\n`);
      return EXIT.usage;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`pledgecard: ${message}\n`);
    if (ctx.debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    else io.stderr('(run again with --debug for details)\n');
    return EXIT.usage;
  }
}

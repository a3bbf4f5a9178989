// `pledgecard review`: settle rulings, one at a time at the terminal, or one by one with --set in a script.
import { loadInputs, requireInputs, type Inputs } from '../../pipeline.js';
import { reportFor } from '../report.js';
import type { Programme } from '../../model/programme.js';
import { STANCE_IDS, type Stance } from '../../model/stance.js';
import { reviewQueue, rulingsToSettle, type ReviewScope } from '../../review/needs-review.js';
import { terminalSafe } from '../../render/text.js';
import { didYouMean } from '../../util/suggest.js';
import type { Context, InputOptions } from '../context.js';
import { findCandidate, notOneCandidate } from '../find-candidate.js';
import { EXIT } from '../main.js';
import { describeEdit, writeRuling } from '../write-ruling.js';

export interface ReviewOptions extends InputOptions {
  all?: boolean;
  set?: boolean;
  note?: string;
  dryRun?: boolean;
}

const SET_USAGE = 'pledgecard review --set CANDIDATE CLAUSE STANCE [--note TEXT]';

function usage(ctx: Context, message: string): number {
  ctx.io.stderr(`pledgecard review: ${message}\n(run pledgecard review --help for examples)\n`);
  return EXIT.usage;
}

/** A word as a shell reads it back: bare when it is plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** The programme's clause the user means: its id exactly, else the one id that differs only in case. */
function clauseOf(programme: Programme, id: string): string | undefined {
  const ids = programme.clauses.map((c) => c.id);
  if (ids.includes(id)) return id;
  const loose = ids.filter((c) => c.toLowerCase() === id.toLowerCase());
  return loose.length === 1 ? loose[0] : undefined;
}

/** `--set CANDIDATE CLAUSE STANCE`: one ruling written without prompts. */
function setOne(ctx: Context, args: readonly string[], opts: ReviewOptions): number {
  const [query, clauseArg, stanceArg] = args;
  if (query === undefined || clauseArg === undefined || stanceArg === undefined) {
    return usage(ctx, `--set takes a candidate, a clause and a stance: ${SET_USAGE}`);
  }
  if (!(STANCE_IDS as readonly string[]).includes(stanceArg)) {
    return usage(ctx, `'${stanceArg}' is not a stance; the stances are ${STANCE_IDS.join(', ')}${didYouMean(stanceArg, STANCE_IDS)}`);
  }
  const { programme, replies } = requireInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  const clause = clauseOf(programme, clauseArg);
  if (clause === undefined) {
    const ids = programme.clauses.map((c) => c.id);
    return usage(ctx, `the programme has no clause '${clauseArg}'${didYouMean(clauseArg, ids)}`);
  }
  const match = findCandidate(replies, query, ctx.io.cwd);
  if (match.kind !== 'one') {
    ctx.io.stderr(notOneCandidate(match, replies, query));
    return EXIT.usage;
  }
  const reply = match.candidate;
  const edit = { clause, stance: stanceArg as Stance, note: opts.note };
  const outcome = writeRuling(ctx, reply.file, edit, opts.dryRun ? { texts: new Map() } : undefined);
  const shown = terminalSafe(reply.file);
  if (outcome === 'unchanged') ctx.io.stderr(`${shown} already rules ${terminalSafe(describeEdit(edit))}: nothing to change\n`);
  else if (opts.dryRun) ctx.io.stderr(ctx.chalk.dim('dry run: nothing written\n'));
  else ctx.io.stderr(ctx.chalk.green(`✔ ${shown}: ${terminalSafe(describeEdit({ ...edit, note: edit.note ?? reply.rulings[clause]?.note }))}\n`));
  return EXIT.ok;
}

/** How many `--set` lines the no-terminal message suggests at most. */
const MAX_SUGGESTED = 20;

/** Without a terminal to ask at: how to settle rulings with --set instead, with a line for each that needs it. */
async function noTerminal(ctx: Context, opts: ReviewOptions): Promise<number> {
  const lines = [
    'pledgecard review: the interactive review needs a terminal (standard input and output are not both one).',
    `Settle each ruling without prompts instead:\n  ${SET_USAGE}`,
    `The stances are ${STANCE_IDS.join(', ')}.`,
  ];
  const inputs: Inputs = loadInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  if (inputs.programme && !inputs.diagnostics.some((d) => d.severity === 'error')) {
    const todo = rulingsToSettle(await reportFor(ctx, opts, inputs.programme, inputs.replies), inputs.replies);
    const where = [opts.pledges !== 'pledges.yaml' ? ` --pledges ${shellWord(opts.pledges)}` : '', opts.data !== 'data' ? ` --data ${shellWord(opts.data)}` : ''].join('');
    if (todo.length > 0) {
      lines.push(`${todo.length} ${todo.length === 1 ? 'ruling needs' : 'rulings need'} review; each line below writes what the parser proposes:`);
      for (const { candidate, ruling } of todo.slice(0, MAX_SUGGESTED)) {
        lines.push(`  pledgecard review${where} --set ${shellWord(candidate.file)} ${shellWord(ruling.clause)} ${ruling.stance}`);
      }
      if (todo.length > MAX_SUGGESTED) lines.push(`  … and ${todo.length - MAX_SUGGESTED} more (pledgecard check --strict lists them all)`);
    } else {
      lines.push('No ruling needs review now.');
    }
  }
  ctx.io.stderr(`${terminalSafe(lines.join('\n'))}\n`);
  return EXIT.usage;
}

/** Runs `pledgecard review [candidate]` or `pledgecard review --set CANDIDATE CLAUSE STANCE`. */
export async function review(ctx: Context, args: readonly string[], opts: ReviewOptions): Promise<number> {
  if (opts.set) {
    if (opts.all) return usage(ctx, '--all is for the interactive review, not --set');
    return setOne(ctx, args, opts);
  }
  if (args.length > 1) return usage(ctx, `a clause and a stance go with --set: ${SET_USAGE}`);
  if (opts.note !== undefined) return usage(ctx, `--note goes with --set: ${SET_USAGE}`);
  if (opts.all && args.length > 0) return usage(ctx, 'give a candidate or --all, not both');
  const terminal = ctx.io.terminal?.();
  if (!terminal) return noTerminal(ctx, opts);
  const { programme, replies } = requireInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  const report = await reportFor(ctx, opts, programme, replies);
  let scope: ReviewScope = { kind: opts.all ? 'all' : 'flagged' };
  if (args[0] !== undefined) {
    const match = findCandidate(report.candidates, args[0], ctx.io.cwd);
    if (match.kind !== 'one') {
      ctx.io.stderr(notOneCandidate(match, report.candidates, args[0]));
      return EXIT.usage;
    }
    scope = { kind: 'candidate', candidate: match.candidate };
  }
  const items = reviewQueue(report, replies, scope);
  if (items.length === 0) {
    ctx.io.stderr(scope.kind === 'flagged' ? 'No ruling needs review: every one is confident or settled.\n' : 'No rulings to review.\n');
    return EXIT.ok;
  }
  const { reviewSession } = await import('../review-session.js');
  return reviewSession(ctx, terminal, { report, replies, items }, { dryRun: Boolean(opts.dryRun) });
}

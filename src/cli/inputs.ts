// What the commands that score share: loading the inputs (a broken reply stops nobody else), saying what was read
// under --verbose, naming the inputs no output may touch, and the closing line about rulings that need review.
import path from 'node:path';
import { formatPlace } from '../model/diagnostic.js';
import type { Reply } from '../model/reply.js';
import type { Report } from '../model/ruling.js';
import { requireInputs, type Inputs, type UsableInputs } from '../pipeline.js';
import { needsReviewDiagnostics } from '../review/needs-review.js';
import type { ReadInputs } from '../util/write.js';
import { resolvePath, type Context, type InputOptions } from './context.js';
import { printDiagnostics } from './report-diagnostics.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Under --verbose: what was read, and every file of the data folder that is not a reply. */
export function describeInputs(ctx: Context, inputs: Inputs): void {
  if (!ctx.verbose) return;
  if (inputs.programme) ctx.io.stderr(`read ${inputs.programme.file}: ${plural(inputs.programme.clauses.length, 'clause', 'clauses')}\n`);
  ctx.io.stderr(`read ${plural(inputs.replies.length, 'reply', 'replies')} in ${inputs.dataFolder.replace(/\/+$/, '')}/\n`);
  for (const file of inputs.ignored) {
    const hidden = file.split('/').some((part) => part.startsWith('.'));
    ctx.io.stderr(`ignored ${file} (${hidden ? 'hidden' : 'not a .md reply'})\n`);
  }
}

/**
 * The programme and every reply that loads. Problems in single replies are printed (file:line:col) and returned, so
 * that the command goes on with everyone else and exits 1; a broken programme or data folder throws.
 */
export function loadForCommand(ctx: Context, opts: InputOptions): UsableInputs {
  const inputs = requireInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  describeInputs(ctx, inputs);
  if (inputs.problems.length > 0) {
    printDiagnostics(ctx, inputs.problems, 'stderr');
    const names = inputs.leftOut.map((l) => formatPlace(l)).join(', ');
    if (inputs.leftOut.length > 0) ctx.io.stderr(ctx.chalk.yellow(`left out ${plural(inputs.leftOut.length, 'reply', 'replies')} that could not be read: ${names}\n`));
  }
  return inputs;
}

/** The inputs of a run, which no output may replace or land inside. */
export function readInputs(ctx: Context, opts: InputOptions, replies: readonly Reply[]): ReadInputs {
  return {
    files: [
      { path: resolvePath(ctx, opts.pledges), what: `the programme (${opts.pledges})` },
      ...replies.map((r) => ({ path: path.resolve(ctx.io.cwd, r.file), what: `a reply (${r.file})` })),
    ],
    folders: [{ path: resolvePath(ctx, opts.data), what: `the data folder (${opts.data.replace(/\/+$/, '')}/)` }],
  };
}

/** "3 rulings in 2 replies need review: settle them with pledgecard review", or undefined when none does. */
export function reviewLine(report: Report, replies: readonly Reply[]): string | undefined {
  const due = needsReviewDiagnostics(report, replies, 'warning');
  if (due.length === 0) return undefined;
  const files = new Set(due.map((d) => d.file)).size;
  const verb = due.length === 1 ? 'needs' : 'need';
  return `${plural(due.length, 'ruling', 'rulings')} in ${plural(files, 'reply', 'replies')} ${verb} review: settle ${due.length === 1 ? 'it' : 'them'} with pledgecard review\n`;
}

// `pledgecard check`: validate the programme and the replies, and list every problem; with --strict, also the
// parser's rulings that need a person's review.
import { exitCodeFor } from '../../model/diagnostic.js';
import { loadRecord } from '../../load/record.js';
import type { BodyRecord } from '../../model/record.js';
import { loadInputs, recordFolder } from '../../pipeline.js';
import { reportFor } from '../report.js';
import { needsReviewDiagnostics } from '../../review/needs-review.js';
import type { Context, InputOptions } from '../context.js';
import { describeInputs } from '../inputs.js';
import { formatDiagnostics, githubPaths, type DiagnosticFormat } from '../report-diagnostics.js';

export interface CheckOptions extends InputOptions {
  format: DiagnosticFormat;
  strict?: boolean;
  record?: string;
}

/** Prints every problem in the chosen format and returns the exit code they call for. */
export async function check(ctx: Context, opts: CheckOptions): Promise<number> {
  const inputs = loadInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  const diagnostics = [...inputs.diagnostics];
  // The record after the election, when there is one: checked against the programme and the replies.
  const record = inputs.programme
    ? loadRecord(recordFolder({ ...opts, cwd: ctx.io.cwd }), { programme: inputs.programme, candidates: inputs.replies.map((r) => r.candidate), required: opts.record !== undefined, cwd: ctx.io.cwd })
    : undefined;
  diagnostics.push(...(record?.diagnostics ?? []));
  describeInputs(ctx, inputs);
  // Review findings depend on the parser's judgement, so only --strict asks for them (as errors).
  if (opts.strict && inputs.programme) {
    diagnostics.push(...needsReviewDiagnostics(await reportFor(ctx, opts, inputs.programme, inputs.replies), inputs.replies, 'error'));
  }
  const shown = opts.format === 'github' ? githubPaths(diagnostics, ctx.io.cwd, ctx.io.env.GITHUB_WORKSPACE) : diagnostics;
  const out = formatDiagnostics(ctx, shown, opts.format);
  if (out) ctx.io.stdout(out);
  const code = exitCodeFor(diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (opts.format === 'text') {
    const files = new Set(diagnostics.map((d) => d.file)).size;
    if (errors > 0) {
      const review = diagnostics.filter((d) => d.code === 'needs-review').length;
      const note = review ? ` (${review} ${review === 1 ? 'ruling needs' : 'rulings need'} review)` : '';
      ctx.io.stderr(
        ctx.chalk.red(`✖ ${errors} ${errors === 1 ? 'error' : 'errors'}${warnings ? `, ${warnings} warnings` : ''} in ${files} ${files === 1 ? 'file' : 'files'}${note}\n`),
      );
    } else {
      const clauses = inputs.programme?.clauses.length ?? 0;
      const strict = opts.strict ? '; no ruling needs review' : '';
      ctx.io.stderr(
        ctx.chalk.green(`✔ ${inputs.programme?.file}: ${clauses} clauses; ${inputs.replies.length} ${inputs.replies.length === 1 ? 'reply' : 'replies'}; no problems${strict}${warnings ? ` (${warnings} warnings)` : ''}\n`),
      );
      if (record?.record) ctx.io.stderr(ctx.chalk.green(`✔ ${recordSummary(record.record)}; no problems\n`));
    }
  }
  return code;
}

/** "data/record: 4 members, 5 meetings, 11 decisions" */
function recordSummary(r: BodyRecord): string {
  const decisions = r.meetings.reduce((n, m) => n + m.decisions.length, 0);
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${r.folder}: ${count(r.members.length, 'member')}, ${count(r.meetings.length, 'meeting')}, ${count(decisions, 'decision')}`;
}

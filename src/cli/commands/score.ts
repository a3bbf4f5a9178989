// `pledgecard score`: the comparison of every candidate, in the chosen format.
import { buildReport, requireInputs } from '../../pipeline.js';
import type { Context, InputOptions } from '../context.js';

export interface ScoreOptions extends InputOptions {
  format: 'table' | 'markdown' | 'csv' | 'json' | 'html';
  out?: string;
  sort: 'score' | 'name';
  depth?: string;
  clauses?: string;
  date?: string;
}

export async function score(ctx: Context, opts: ScoreOptions): Promise<number> {
  const { programme, replies } = requireInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  const report = buildReport(programme, replies);
  ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

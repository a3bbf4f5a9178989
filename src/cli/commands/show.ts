// `pledgecard show <candidate>`: one candidate's rulings with evidence, as text or JSON.
import { renderCandidateJson } from '../../render/json.js';
import { renderCandidate } from '../../render/show.js';
import type { Context, InputOptions } from '../context.js';
import { findCandidate, notOneCandidate } from '../find-candidate.js';
import { loadForCommand } from '../inputs.js';
import { EXIT } from '../main.js';
import { reportFor } from '../report.js';

export interface ShowOptions extends InputOptions {
  format: 'text' | 'json';
}

/**
 * Prints one candidate's rulings, exiting 1 when other replies could not be read; an unknown or ambiguous candidate
 * lists the candidates and exits 2.
 */
export async function show(ctx: Context, query: string, opts: ShowOptions): Promise<number> {
  const inputs = loadForCommand(ctx, opts);
  const report = await reportFor(ctx, opts, inputs.programme, inputs.replies, inputs.leftOut);
  const match = findCandidate(report.candidates, query, ctx.io.cwd);
  if (match.kind === 'one') {
    const c = match.candidate;
    if (opts.format === 'json') ctx.io.stdout(renderCandidateJson(report, c));
    else {
      // The statements no clause took are read again from the reply (one reply: the parser, loaded only here).
      const reply = inputs.replies.find((r) => r.file === c.file);
      const { unplacedStatements } = await import('../../parallel/analyse.js');
      const unplaced = reply ? unplacedStatements(inputs.programme, reply) : [];
      ctx.io.stdout(renderCandidate(report, c, ctx.chalk, ctx.io.columns, unplaced));
    }
    return inputs.problems.length > 0 ? EXIT.problems : EXIT.ok;
  }
  ctx.io.stderr(notOneCandidate(match, report.candidates, query));
  return EXIT.usage;
}

// `pledgecard show <candidate>`: one candidate's rulings with evidence, as text or JSON.
import { requireInputs } from '../../pipeline.js';
import { reportFor } from '../report.js';
import { renderCandidateJson } from '../../render/json.js';
import { renderCandidate } from '../../render/show.js';
import { terminalSafe } from '../../render/text.js';
import type { Context, InputOptions } from '../context.js';
import { findCandidate } from '../find-candidate.js';
import { EXIT } from '../main.js';

export interface ShowOptions extends InputOptions {
  format: 'text' | 'json';
}

/** Prints one candidate's rulings; an unknown or ambiguous candidate lists the candidates and exits 2. */
export async function show(ctx: Context, query: string, opts: ShowOptions): Promise<number> {
  const { programme, replies } = requireInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  const report = await reportFor(ctx, opts, programme, replies);
  const match = findCandidate(report.candidates, query, ctx.io.cwd);
  if (match.kind === 'one') {
    const c = match.candidate;
    ctx.io.stdout(opts.format === 'json' ? renderCandidateJson(report, c) : renderCandidate(report, c, ctx.chalk, ctx.io.columns));
    return EXIT.ok;
  }
  const list = (match.kind === 'many' ? match.candidates : report.candidates).map((c) => terminalSafe(`  ${c.candidate}  (${c.file})\n`));
  const why =
    match.kind === 'many'
      ? `'${query}' matches ${match.candidates.length} candidates; give more of the name or the reply file:\n`
      : `no candidate matches '${query}'; the candidates are:\n`;
  ctx.io.stderr(`pledgecard: ${why}${list.join('') || '  (none: the data folder has no replies)\n'}`);
  return EXIT.usage;
}

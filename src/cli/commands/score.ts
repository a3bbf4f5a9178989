// `pledgecard score`: the comparison of every candidate, in the chosen format, on stdout or into a file.
import { requireInputs } from '../../pipeline.js';
import { reportFor } from '../report.js';
import { renderPieces } from '../../render/index.js';
import type { Format } from '../../render/types.js';
import type { CandidateOrder } from '../../util/ordering.js';
import { targetKind, writeFileAtomic } from '../../util/write.js';
import { resolvePath, type Context, type InputOptions } from '../context.js';
import { EXIT } from '../main.js';
import { renderOptions } from '../render-options.js';
import { parseSelection } from '../selection.js';

export interface ScoreOptions extends InputOptions {
  format: Format;
  out?: string;
  sort: CandidateOrder;
  depth?: string;
  clauses?: string;
  date?: string;
}

/** Scores every reply and prints or writes the comparison; bad --depth or --clauses exit 2. */
export async function score(ctx: Context, opts: ScoreOptions): Promise<number> {
  const { programme, replies } = requireInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  const report = await reportFor(ctx, opts, programme, replies);
  const selection = parseSelection(report, opts);
  if (!selection.ok) {
    ctx.io.stderr(`pledgecard: ${selection.message}\n`);
    return EXIT.usage;
  }
  const { ok: _, ...chosen } = selection;
  // A piece at a time: JSON, CSV and HTML of many replies run to tens of millions of characters, never held whole.
  const pieces = renderPieces(report, opts.format, { ...renderOptions(ctx, programme, opts, opts.out !== undefined), ...chosen });
  if (opts.out === undefined) {
    for (const piece of pieces) {
      ctx.io.stdout(piece);
      await ctx.io.stdoutBacklog?.();
    }
    return EXIT.ok;
  }
  const file = resolvePath(ctx, opts.out);
  if (targetKind(file) === 'folder') {
    ctx.io.stderr(`pledgecard: --out ${opts.out} is a folder; give a file name (or use pledgecard export --out ${opts.out})\n`);
    return EXIT.usage;
  }
  writeFileAtomic(file, pieces);
  ctx.io.stderr(`wrote ${opts.out}\n`);
  return EXIT.ok;
}

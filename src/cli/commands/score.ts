// `pledgecard score`: the comparison of every candidate, in the chosen format, on stdout or into a file.
import { renderPieces } from '../../render/index.js';
import { FORMAT_OPTIONS, formatForFile, type Format } from '../../render/types.js';
import type { CandidateOrder } from '../../util/ordering.js';
import { targetKind, touchesInput, writeFileAtomic } from '../../util/write.js';
import { resolvePath, type Context, type InputOptions } from '../context.js';
import { loadForCommand, readInputs, reviewLine } from '../inputs.js';
import { EXIT } from '../main.js';
import { reportFor } from '../report.js';
import { renderOptions } from '../render-options.js';
import { parseSelection } from '../selection.js';

export interface ScoreOptions extends InputOptions {
  /** Unset: from --out's file name ending, else the table. */
  format?: Format;
  out?: string;
  sort: CandidateOrder;
  depth?: string;
  clauses?: string;
  date?: string;
  /** --bom / --no-bom; unset: a byte-order mark in CSV files, none on stdout. */
  bom?: boolean;
}

/** The format asked for, or the one --out's name asks for, or the table. */
function chooseFormat(opts: ScoreOptions): Format {
  return opts.format ?? (opts.out !== undefined ? formatForFile(opts.out) : undefined) ?? 'table';
}

/** A warning for each option given that does not change the chosen format's output. */
function ignoredOptions(ctx: Context, opts: ScoreOptions, format: Format): void {
  const applies: readonly string[] = FORMAT_OPTIONS[format];
  for (const name of ['depth', 'clauses', 'date', 'bom'] as const) {
    if (opts[name] === undefined || applies.includes(name)) continue;
    const flag = name === 'bom' && opts.bom === false ? '--no-bom' : `--${name}`;
    ctx.io.stderr(ctx.chalk.yellow(`warning: ${flag} does not apply to --format ${format}; ignored\n`));
  }
}

/** Scores every reply and prints or writes the comparison; bad --depth or --clauses exit 2, broken replies 1. */
export async function score(ctx: Context, opts: ScoreOptions): Promise<number> {
  const inputs = loadForCommand(ctx, opts);
  const format = chooseFormat(opts);
  ignoredOptions(ctx, opts, format);
  let file: string | undefined;
  if (opts.out !== undefined) {
    file = resolvePath(ctx, opts.out);
    if (targetKind(file) === 'folder') {
      ctx.io.stderr(`pledgecard: --out ${opts.out} is a folder; give a file name (or use pledgecard export --out ${opts.out})\n`);
      return EXIT.usage;
    }
    const clash = touchesInput(file, readInputs(ctx, opts, inputs.replies));
    if (clash) {
      ctx.io.stderr(`pledgecard: --out ${opts.out} ${clash}; pledgecard never writes over what it reads: choose another file\n`);
      return EXIT.usage;
    }
  }
  const report = await reportFor(ctx, opts, inputs.programme, inputs.replies, inputs.leftOut);
  const selection = parseSelection(report, opts);
  if (!selection.ok) {
    ctx.io.stderr(`pledgecard: ${selection.message}\n`);
    return EXIT.usage;
  }
  const { ok: _, ...chosen } = selection;
  const options = { ...renderOptions(ctx, inputs.programme, opts, file !== undefined), ...chosen, bom: opts.bom ?? file !== undefined };
  // A piece at a time: JSON, CSV and HTML of many replies run to tens of millions of characters, never held whole.
  const pieces = renderPieces(report, format, options);
  if (file === undefined) {
    for (const piece of pieces) {
      ctx.io.stdout(piece);
      await ctx.io.stdoutBacklog?.();
    }
  } else {
    writeFileAtomic(file, pieces);
    ctx.io.stderr(`wrote ${opts.out}${opts.format === undefined && format !== 'table' ? ` (${format})` : ''}\n`);
  }
  const review = reviewLine(report, inputs.replies);
  if (review) ctx.io.stderr(review);
  return inputs.problems.length > 0 ? EXIT.problems : EXIT.ok;
}

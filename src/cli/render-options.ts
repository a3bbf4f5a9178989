// Render options from the command line: inputs named as the user sees them, colour and width from the context.
import path from 'node:path';
import { displayPath } from '../load/files.js';
import type { Programme } from '../model/programme.js';
import type { RenderOptions } from '../render/types.js';
import type { CandidateOrder } from '../util/ordering.js';
import type { Context, InputOptions } from './context.js';

/** Options for rendering to the terminal; `toFile` turns colour off and fixes the width at 80. */
export function renderOptions(
  ctx: Context,
  programme: Programme,
  opts: InputOptions & { sort?: CandidateOrder; date?: string | undefined },
  toFile: boolean,
): RenderOptions {
  return {
    colour: toFile ? false : ctx.chalk,
    width: toFile ? 80 : ctx.io.columns,
    sort: opts.sort ?? 'score',
    date: opts.date,
    sources: { programme: programme.file, data: displayPath(path.resolve(ctx.io.cwd, opts.data), ctx.io.cwd) },
  };
}

// `pledgecard import` (not built yet).
import type { Context } from '../context.js';

export async function importCommand(ctx: Context, ..._args: unknown[]): Promise<number> {
  ctx.io.stderr('pledgecard: import is not available yet\n');
  return 2;
}

// `pledgecard init` (not built yet).
import type { Context } from '../context.js';

export async function init(ctx: Context, ..._args: unknown[]): Promise<number> {
  ctx.io.stderr('pledgecard: init is not available yet\n');
  return 2;
}

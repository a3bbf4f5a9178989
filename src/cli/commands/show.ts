// `pledgecard show` (not built yet).
import type { Context } from '../context.js';

export async function show(ctx: Context, ..._args: unknown[]): Promise<number> {
  ctx.io.stderr('pledgecard: show is not available yet\n');
  return 2;
}

// `pledgecard export` (not built yet).
import type { Context } from '../context.js';

export async function exportCommand(ctx: Context, ..._args: unknown[]): Promise<number> {
  ctx.io.stderr('pledgecard: export is not available yet\n');
  return 2;
}

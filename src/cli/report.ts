// The report a command shows: each reply's rulings from the cache where it holds them (src/cache), the rest parsed,
// then scored. --no-cache parses every reply and neither reads nor writes the cache.
import { cachedRulings } from '../cache/index.js';
import { BUILD } from '../cache/key.js';
import { CACHE_DIR_ENV, cacheFolder, isWithin } from '../cache/location.js';
import { displayPath } from '../load/files.js';
import { PledgecardError, diagnostic } from '../model/diagnostic.js';
import type { Programme } from '../model/programme.js';
import type { Reply } from '../model/reply.js';
import type { LeftOut, Report } from '../model/ruling.js';
import { scoreReport } from '../score/index.js';
import { resolvePath, type Context, type InputOptions } from './context.js';

/** The scored report of `replies`; throws (exit 2) when the cache folder named is inside the data folder. */
export async function reportFor(
  ctx: Context,
  inputs: InputOptions,
  programme: Programme,
  replies: readonly Reply[],
  leftOut: readonly LeftOut[] = [],
): Promise<Report> {
  const dir = ctx.cache && BUILD !== undefined ? cacheFolder(ctx.io.env, ctx.io.cwd) : undefined;
  const data = resolvePath(ctx, inputs.data);
  if (dir !== undefined && isWithin(dir, data)) {
    const shown = displayPath(dir, ctx.io.cwd);
    throw new PledgecardError(
      [diagnostic('cache-inside-data', shown, undefined, `the cache folder (${CACHE_DIR_ENV}) is inside the data folder ${displayPath(data, ctx.io.cwd)}; name a folder outside it`)],
      2,
    );
  }
  const got = await cachedRulings(programme, replies, { dir });
  if (ctx.verbose) {
    const where = !ctx.cache ? ' (--no-cache)' : dir === undefined ? ' (run from the sources: no cache)' : `; ${got.fromCache} from the cache in ${displayPath(dir, ctx.io.cwd)}`;
    const problem = got.problem ? `; the cache could not be written (${got.problem})` : '';
    ctx.io.stderr(`rulings: ${got.parsed} ${got.parsed === 1 ? 'reply' : 'replies'} parsed${where}${problem}\n`);
  }
  return scoreReport(
    programme,
    replies.map((reply, i) => ({ reply, rulings: got.rulings[i]! })),
    leftOut,
  );
}

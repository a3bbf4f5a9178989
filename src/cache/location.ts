// Where the cache lives: PLEDGECARD_CACHE_DIR when set, else the user's cache folder (XDG_CACHE_HOME or ~/.cache on
// Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows), never inside the replies it is made from.
import path from 'node:path';
import envPaths from 'env-paths';

export const CACHE_DIR_ENV = 'PLEDGECARD_CACHE_DIR';

/** The cache folder for this environment and working directory. */
export function cacheFolder(env: NodeJS.ProcessEnv, cwd: string): string {
  const named = env[CACHE_DIR_ENV];
  return named ? path.resolve(cwd, named) : envPaths('pledgecard', { suffix: '' }).cache;
}

/** Whether `inner` is `outer` or a folder below it. */
export function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(path.resolve(outer), path.resolve(inner));
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

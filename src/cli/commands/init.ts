// `pledgecard init [dir]`: scaffold pledges.yaml and data/example.md, refusing to overwrite anything.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PledgecardError, diagnostic } from '../../model/diagnostic.js';
import { displayPath } from '../../load/files.js';
import { INIT_FILES } from '../../init/templates.js';
import { writeFileExclusive } from '../../util/write.js';
import type { Context } from '../context.js';
import { resolvePath } from '../context.js';

/** Writes the template files into `dir`, or nothing at all when any of them exists. */
export async function init(ctx: Context, dir: string): Promise<number> {
  const { io, chalk } = ctx;
  const root = resolvePath(ctx, dir);
  const targets = INIT_FILES.map((f) => ({ ...f, file: path.join(root, ...f.path.split('/')) }));
  const shown = (file: string): string => displayPath(file, io.cwd);
  // Look before writing anything, so a refusal leaves the folder exactly as it was.
  const existing = targets.filter((t) => existsSync(t.file));
  const refuse = (files: string[]): never => {
    throw new PledgecardError(
      files.map((f) => diagnostic('file-exists', shown(f), undefined, 'exists already; init writes nothing over an existing file (move it away or choose another folder)')),
    );
  };
  if (existing.length > 0) refuse(existing.map((t) => t.file));
  for (const t of targets) {
    if (!writeFileExclusive(t.file, t.content)) refuse([t.file]);
    io.stderr(`created ${shown(t.file)}\n`);
  }
  const cd = path.relative(io.cwd, root);
  const prefix = cd ? `cd ${cd.includes(' ') ? JSON.stringify(cd) : cd} && ` : '';
  io.stderr(
    chalk.green('✔ ready. ') +
      `Next: edit pledges.yaml, put one reply per candidate in data/ (or run pledgecard import), then:\n  ${prefix}pledgecard check\n  ${prefix}pledgecard\n`,
  );
  return 0;
}

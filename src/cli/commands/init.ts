// `pledgecard init [dir]`: scaffold pledges.yaml and data/example.md, refusing to overwrite anything, and leaving the
// example out of a data folder that already holds replies.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PledgecardError, diagnostic } from '../../model/diagnostic.js';
import { displayPath } from '../../load/files.js';
import { listReplyFiles } from '../../load/replies.js';
import { INIT_FILES } from '../../init/templates.js';
import { targetKind, writeFileExclusive } from '../../util/write.js';
import type { Context } from '../context.js';
import { resolvePath } from '../context.js';
import { EXIT } from '../main.js';

const EXAMPLE = 'data/example.md';

/** Writes the template files into `dir`, or nothing at all when any of them exists. */
export async function init(ctx: Context, dir: string): Promise<number> {
  const { io, chalk } = ctx;
  const root = resolvePath(ctx, dir);
  const shown = (file: string): string => displayPath(file, io.cwd);
  if (targetKind(root) === 'file') {
    io.stderr(
      `pledgecard: ${shown(root)} is a file: init creates pledges.yaml and a data/ folder inside a folder.\n` +
        `Give a folder (new or existing), or nothing for the current one: pledgecard init my-campaign\n`,
    );
    return EXIT.usage;
  }
  // Replies already in data/ make the example reply a stranger among them: leave it out.
  const data = path.join(root, 'data');
  const replies = targetKind(data) === 'folder' ? listReplyFiles(data, io.cwd).files.length : 0;
  const wanted = INIT_FILES.filter((f) => !(f.path === EXAMPLE && replies > 0));
  const targets = wanted.map((f) => ({ ...f, file: path.join(root, ...f.path.split('/')) }));
  if (ctx.verbose) io.stderr(`init in ${shown(root) || '.'}: ${replies} ${replies === 1 ? 'reply' : 'replies'} in data/ already\n`);
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
  if (replies > 0) io.stderr(`left out ${EXAMPLE}: ${shown(data)}/ already holds ${replies} ${replies === 1 ? 'reply' : 'replies'}\n`);
  const cd = path.relative(io.cwd, root);
  const prefix = cd ? `cd ${cd.includes(' ') ? JSON.stringify(cd) : cd} && ` : '';
  io.stderr(
    chalk.green('✔ ready. ') +
      `Next: edit pledges.yaml, put one reply per candidate in data/ (or run pledgecard import), then:\n  ${prefix}pledgecard check\n  ${prefix}pledgecard\n`,
  );
  return EXIT.ok;
}

// `pledgecard export --out DIR`: writes every format into a folder, or with --check says whether it is current.
import path from 'node:path';
import { displayPath } from '../../load/files.js';
import { requireInputs, requireRecord } from '../../pipeline.js';
import { reportFor } from '../report.js';
import { exportFiles } from '../../render/export.js';
import { recordExportFiles } from '../../render/record/index.js';
import { fileStatus, targetKind, writeFileAtomic } from '../../util/write.js';
import { resolvePath, type Context, type InputOptions } from '../context.js';
import { EXIT } from '../main.js';
import { renderOptions } from '../render-options.js';

export interface ExportOptions extends InputOptions {
  out: string;
  record?: string;
  check?: boolean;
  date?: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why the folder cannot take an export, or undefined when it can. */
function unusableFolder(dir: string, data: string): string | undefined {
  const inside = path.relative(data, dir);
  // Scorecards written into the data folder would be read back as replies on the next run.
  if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) return 'is inside the data folder; choose another folder';
  return targetKind(dir) === 'file' ? 'is a file, not a folder' : undefined;
}

/** Writes the export files that changed, or with --check lists those that would change and exits 1. */
export async function exportCommand(ctx: Context, opts: ExportOptions): Promise<number> {
  const { programme, replies } = requireInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  const dir = resolvePath(ctx, opts.out);
  const shown = `${displayPath(dir, ctx.io.cwd).replace(/\/+$/, '')}/`;
  const problem = unusableFolder(dir, resolvePath(ctx, opts.data));
  if (problem) {
    ctx.io.stderr(`pledgecard: --out ${shown} ${problem}\n`);
    return EXIT.usage;
  }
  const report = await reportFor(ctx, opts, programme, replies);
  // The record after the election, when there is one: its files beside the scorecards, linked from the indexes.
  const record = requireRecord({ ...opts, cwd: ctx.io.cwd }, programme, report);
  const related = record ? [{ label: `After the election: the record of ${record.body}`, markdown: 'record/index.md', html: 'record.html' }] : undefined;
  const files = [
    ...exportFiles(report, { ...renderOptions(ctx, programme, opts, true), related }),
    ...(record ? recordExportFiles(record, { date: opts.date }) : []),
  ];
  const stale = files
    .map((f) => ({ ...f, status: fileStatus(path.join(dir, f.name), f.content()) }))
    .filter((f) => f.status !== 'current');
  if (opts.check) {
    for (const f of stale) ctx.io.stdout(`${f.status === 'missing' ? 'missing' : 'differs'}  ${shown}${f.name}\n`);
    ctx.io.stderr(
      stale.length === 0
        ? `${shown} is current (${plural(files.length, 'file')})\n`
        : `${stale.length} of ${plural(files.length, 'file')} in ${shown} missing or out of date; run: pledgecard export --out ${opts.out}\n`,
    );
    return stale.length === 0 ? EXIT.ok : EXIT.problems;
  }
  for (const f of stale) writeFileAtomic(path.join(dir, f.name), f.content());
  const current = files.length - stale.length;
  ctx.io.stderr(
    stale.length === 0
      ? `${shown} is already current (${plural(files.length, 'file')})\n`
      : `wrote ${plural(stale.length, 'file')} to ${shown}${current ? ` (${current} already current)` : ''}\n`,
  );
  return EXIT.ok;
}

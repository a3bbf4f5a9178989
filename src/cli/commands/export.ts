// `pledgecard export --out DIR`: writes every format into a folder, or with --check says whether it is current.
// It keeps a list of what it wrote (pledgecard-export.json): files of an earlier export it no longer writes (the
// scorecards of a candidate who was removed) are removed, and --check reports them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../load/files.js';
import { requireRecord } from '../../pipeline.js';
import { exportFiles, MANIFEST, manifestFiles } from '../../render/export.js';
import { recordExportFiles } from '../../render/record/index.js';
import { fileStatus, inputGuard, removeFile, targetKind, writeFileAtomic } from '../../util/write.js';
import { resolvePath, type Context, type InputOptions } from '../context.js';
import { loadForCommand, readInputs } from '../inputs.js';
import { EXIT } from '../main.js';
import { reportFor } from '../report.js';
import { renderOptions } from '../render-options.js';

export interface ExportOptions extends InputOptions {
  out: string;
  record?: string;
  check?: boolean;
  date?: string;
  /** Write the export even though some replies could not be read; every page then says who is missing. */
  partial?: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The files an earlier export into `dir` wrote, by its manifest. */
function earlierFiles(dir: string): string[] {
  try {
    return manifestFiles(readFileSync(path.join(dir, MANIFEST), 'utf8'));
  } catch {
    return [];
  }
}

/** Writes the export files that changed and removes those it no longer writes; with --check lists them and exits 1. */
export async function exportCommand(ctx: Context, opts: ExportOptions): Promise<number> {
  const inputs = loadForCommand(ctx, opts);
  const dir = resolvePath(ctx, opts.out);
  const shown = `${displayPath(dir, ctx.io.cwd).replace(/\/+$/, '')}/`;
  const touchesInput = inputGuard(readInputs(ctx, opts, inputs.replies));
  // Scorecards written into the data folder would be read back as replies on the next run.
  const problem = targetKind(dir) === 'file' ? 'is a file, not a folder' : touchesInput(dir);
  if (problem) {
    ctx.io.stderr(`pledgecard: --out ${shown} ${problem}; choose another folder\n`);
    return EXIT.usage;
  }
  if (inputs.problems.length > 0 && !opts.partial && !opts.check) {
    // A published export that silently lacks a candidate misleads: refuse unless told, and then say so on every page.
    ctx.io.stderr(
      `pledgecard: nothing written: ${plural(inputs.problems.length, 'problem')} in the replies (above) would leave candidates out of the export.\n` +
        `Fix them, or run again with --partial to write the export marked incomplete.\n`,
    );
    return EXIT.problems;
  }
  const report = await reportFor(ctx, opts, inputs.programme, inputs.replies, inputs.leftOut);
  const replies = new Map(inputs.replies.map((r) => [r.file, { body: r.body, bodyLine: r.bodyLine }]));
  // The record after the election, when there is one: its files beside the scorecards, linked from the indexes.
  const record = requireRecord({ ...opts, cwd: ctx.io.cwd }, inputs.programme, report);
  const related = record ? [{ label: `After the election: the record of ${record.body}`, markdown: 'record/index.md', html: 'record.html' }] : undefined;
  const files = [
    ...exportFiles(report, { ...renderOptions(ctx, inputs.programme, opts, true), related }, replies),
    ...(record ? recordExportFiles(record, { date: opts.date }) : []),
  ];
  for (const f of files) {
    const clash = touchesInput(path.join(dir, f.name));
    if (clash) {
      ctx.io.stderr(`pledgecard: ${shown}${f.name} ${clash}; pledgecard never writes over what it reads: choose another folder\n`);
      return EXIT.usage;
    }
  }
  const writing = new Set(files.map((f) => f.name));
  const removed = earlierFiles(dir).filter((name) => !writing.has(name) && targetKind(path.join(dir, name)) === 'file' && !touchesInput(path.join(dir, name)));
  const stale = files
    .map((f) => ({ ...f, status: fileStatus(path.join(dir, f.name), f.content()) }))
    .filter((f) => f.status !== 'current');
  const problems = inputs.problems.length > 0 ? EXIT.problems : EXIT.ok;
  if (opts.check) {
    for (const f of stale) ctx.io.stdout(`${f.status === 'missing' ? 'missing' : 'differs'}  ${shown}${f.name}\n`);
    for (const name of removed) ctx.io.stdout(`stale    ${shown}${name}\n`);
    const changes = stale.length + removed.length;
    ctx.io.stderr(
      changes === 0
        ? `${shown} is current (${plural(files.length, 'file')})\n`
        : `${changes} of ${plural(files.length + removed.length, 'file')} in ${shown} missing, out of date or no longer written; run: pledgecard export --out ${opts.out}\n`,
    );
    return changes === 0 ? problems : EXIT.problems;
  }
  for (const f of stale) {
    writeFileAtomic(path.join(dir, f.name), f.content());
    if (ctx.verbose) ctx.io.stderr(`${f.status === 'missing' ? 'wrote' : 'updated'} ${shown}${f.name}\n`);
  }
  if (ctx.verbose) {
    const changed = new Set(stale.map((f) => f.name));
    for (const f of files) if (!changed.has(f.name)) ctx.io.stderr(`current ${shown}${f.name}\n`);
  }
  for (const name of removed) {
    removeFile(path.join(dir, name));
    ctx.io.stderr(`removed ${shown}${name} (no longer part of the export)\n`);
  }
  const current = files.length - stale.length;
  ctx.io.stderr(
    stale.length === 0
      ? `${shown} is already current (${plural(files.length, 'file')})\n`
      : `wrote ${plural(stale.length, 'file')} to ${shown}${current ? ` (${current} already current)` : ''}\n`,
  );
  if (inputs.leftOut.length > 0) ctx.io.stderr(ctx.chalk.yellow(`the export is marked incomplete: ${plural(inputs.leftOut.length, 'reply')} left out\n`));
  return problems;
}

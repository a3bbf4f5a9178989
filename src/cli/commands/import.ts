// `pledgecard import`: split a combined text or a CSV export into reply files, never overwriting one unless told to.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { PledgecardError, diagnostic, exitCodeFor, type Diagnostic } from '../../model/diagnostic.js';
import type { ImportSplit } from '../../model/import.js';
import type { Programme } from '../../model/programme.js';
import { displayPath, readText } from '../../load/files.js';
import { loadProgramme } from '../../load/programme.js';
import { loadReplies } from '../../load/replies.js';
import { splitCsv } from '../../import/csv.js';
import { nameKey, parseNamesOption } from '../../import/names.js';
import { planFiles, type PlannedFile } from '../../import/reply-file.js';
import { splitText } from '../../import/text.js';
import { carryRulings, type CarryResult } from '../../review/front-matter.js';
import { writeFileAtomic, writeFileExclusive } from '../../util/write.js';
import type { Context } from '../context.js';
import { resolvePath } from '../context.js';
import { printDiagnostics } from '../report-diagnostics.js';

export interface ImportOptions {
  out: string;
  pledges: string;
  names?: string;
  nameColumn?: string;
  force?: boolean;
  dryRun?: boolean;
}

const DEFAULT_PLEDGES = 'pledges.yaml';

/** The programme to match CSV columns against: the one given, or ./pledges.yaml when there is one. */
function programmeFor(ctx: Context, opts: ImportOptions): Programme | undefined {
  const file = resolvePath(ctx, opts.pledges);
  if (opts.pledges === DEFAULT_PLEDGES && !existsSync(file)) return undefined;
  const { programme, diagnostics } = loadProgramme(file, ctx.io.cwd);
  if (!programme) throw new PledgecardError(diagnostics);
  return programme;
}

/** Candidates who already have a reply in the output folder, by name key → file name inside it. */
function existingReplies(ctx: Context, outDir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(outDir)) return found;
  for (const reply of loadReplies(outDir, undefined, ctx.io.cwd).replies) {
    const rel = path.relative(outDir, path.resolve(ctx.io.cwd, reply.file)).split(path.sep).join('/');
    found.set(nameKey(reply.candidate), rel);
  }
  return found;
}

function split(ctx: Context, file: string, opts: ImportOptions): ImportSplit {
  const shown = displayPath(resolvePath(ctx, file), ctx.io.cwd);
  const read = readText(resolvePath(ctx, file), shown, 'file to import');
  if (!read.ok) throw new PledgecardError([read.diagnostic]);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') {
    if (opts.names !== undefined) ctx.io.stderr(ctx.chalk.yellow('--names is ignored for a CSV file: the name column gives the names\n'));
    const programme = programmeFor(ctx, opts);
    return splitCsv(read.text, shown, {
      ...(programme ? { programme } : {}),
      ...(opts.nameColumn !== undefined ? { nameColumn: opts.nameColumn } : {}),
      ...(ext === '.tsv' ? { delimiter: '\t' } : {}),
    });
  }
  if (opts.nameColumn !== undefined) ctx.io.stderr(ctx.chalk.yellow('--name-column is ignored: it is for CSV files\n'));
  const names = opts.names !== undefined ? parseNamesOption(opts.names) : undefined;
  return splitText(read.text, shown, names && names.length > 0 ? { names } : {});
}

/**
 * What --force writes over an existing reply file: the new file with the old one's reviewed rulings carried into its
 * front matter, or a refusal when they cannot be carried (an unreadable file is simply replaced when it holds none).
 */
function forcedContent(file: string, shown: string, p: PlannedFile): CarryResult {
  const old = readText(file, shown, 'reply file');
  return old.ok ? carryRulings(old.text, p.content) : { ok: true, text: p.content, kept: [] };
}

function keptNote(kept: readonly string[]): string {
  return kept.length === 0 ? '' : `, keeping ${kept.length} reviewed ${kept.length === 1 ? 'ruling' : 'rulings'} (${kept.join(', ')})`;
}

function notCarried(shown: string, result: Extract<CarryResult, { ok: false }>): Diagnostic {
  return diagnostic('rulings-not-carried', shown, { line: result.line, col: 1 }, `not overwritten: ${result.message}; fix or move the file, then import again`);
}

const lines = (p: PlannedFile): string =>
  p.reply.fromLine === p.reply.toLine ? `line ${p.reply.fromLine}` : `lines ${p.reply.fromLine}–${p.reply.toLine}`;

function preview(body: string): string {
  const first = body.split('\n').find((l) => l.trim()) ?? '';
  const text = first.trim();
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** Splits `file`, prints what was found, and writes (or with --dry-run lists) one reply file per candidate. */
export async function importCommand(ctx: Context, file: string, opts: ImportOptions): Promise<number> {
  const { io, chalk } = ctx;
  const outDir = resolvePath(ctx, opts.out);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    throw new PledgecardError([diagnostic('file-unreadable', displayPath(outDir, io.cwd), undefined, 'expected a folder for --out, found a file')], 2);
  }
  const result = split(ctx, file, opts);
  printDiagnostics(ctx, result.diagnostics, 'stderr');
  const shownFile = displayPath(resolvePath(ctx, file), io.cwd);
  const count = result.replies.length;
  io.stderr(`${shownFile}: ${count} ${count === 1 ? 'reply' : 'replies'} (${result.shape})\n`);
  for (const note of result.notes) io.stderr(`  ${chalk.dim(note)}\n`);
  const planned = planFiles(result.replies, existingReplies(ctx, outDir));
  const target = (p: PlannedFile): string => path.join(outDir, p.name);
  const shown = (p: PlannedFile): string => displayPath(target(p), io.cwd);

  if (opts.dryRun) {
    const problems: Diagnostic[] = [];
    for (const p of planned) {
      const exists = existsSync(target(p));
      let action = exists ? 'would skip (exists)' : 'would write';
      if (exists && opts.force) {
        const carried = forcedContent(target(p), shown(p), p);
        if (carried.ok) action = `would overwrite${keptNote(carried.kept)}`;
        else {
          action = 'would refuse to overwrite';
          problems.push(notCarried(shown(p), carried));
        }
      }
      const date = p.reply.received ? `, received ${p.reply.received}` : '';
      io.stdout(`${shown(p)}\t${p.reply.candidate}\t${lines(p)}${date}\t${action}\n  ${preview(p.reply.body)}\n`);
      if (ctx.verbose) io.stdout(`${p.content.replace(/^/gm, '  | ')}\n`);
    }
    printDiagnostics(ctx, problems, 'stderr');
    io.stderr(chalk.dim('dry run: nothing written\n'));
    return exitCodeFor([...result.diagnostics, ...problems]);
  }

  let wrote = 0;
  let skipped = 0;
  const problems: Diagnostic[] = [];
  for (const p of planned) {
    const existed = opts.force && existsSync(target(p));
    if (existed) {
      // Reviewed rulings are a person's work: carried into the new file, never written over.
      const carried = forcedContent(target(p), shown(p), p);
      if (!carried.ok) {
        problems.push(notCarried(shown(p), carried));
        skipped++;
        continue;
      }
      writeFileAtomic(target(p), carried.text);
      io.stderr(`overwrote ${shown(p)}  ${chalk.dim(`${p.reply.candidate}, ${lines(p)}${keptNote(carried.kept)}`)}\n`);
      if (ctx.verbose) io.stderr(`  ${preview(p.reply.body)}\n`);
      wrote++;
    } else if (writeFileExclusive(target(p), p.content)) {
      io.stderr(`wrote ${shown(p)}  ${chalk.dim(`${p.reply.candidate}, ${lines(p)}`)}\n`);
      if (ctx.verbose) io.stderr(`  ${preview(p.reply.body)}\n`);
      wrote++;
    } else {
      io.stderr(chalk.yellow(`skipped ${shown(p)}: it exists (use --force to overwrite)\n`));
      skipped++;
    }
  }
  printDiagnostics(ctx, problems, 'stderr');
  const code = exitCodeFor([...result.diagnostics, ...problems]);
  if (count > 0) {
    const summary = `${wrote} ${wrote === 1 ? 'file' : 'files'} written${skipped ? `, ${skipped} skipped` : ''} in ${displayPath(outDir, io.cwd)}`;
    io.stderr(code === 0 ? chalk.green(`✔ ${summary}\n`) : `${summary}\n`);
  }
  return code;
}

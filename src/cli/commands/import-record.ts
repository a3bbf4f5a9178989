// `pledgecard import-record FILE`: drafts of meeting files from a member's prose report or a CSV of votes, written
// into the record folder only where no file of that name exists.
import path from 'node:path';
import { displayPath, readText } from '../../load/files.js';
import { diagnostic, exitCodeFor, PledgecardError } from '../../model/diagnostic.js';
import { draftFileName, draftFromReport, draftFromVotesCsv, formatDraft } from '../../import/record.js';
import { writeFileExclusive } from '../../util/write.js';
import { resolvePath, type Context } from '../context.js';
import { EXIT } from '../main.js';
import { printDiagnostics } from '../report-diagnostics.js';

export interface ImportRecordOptions {
  out: string;
  by?: string;
  source?: string;
  date?: string;
  meeting?: string;
  dryRun?: boolean;
}

/** Writes one draft meeting file per meeting found; an existing file is never overwritten (exit 1). */
export async function importRecordCommand(ctx: Context, file: string, opts: ImportRecordOptions): Promise<number> {
  const full = resolvePath(ctx, file);
  const shown = displayPath(full, ctx.io.cwd);
  const read = readText(full, shown, 'file to import');
  if (!read.ok) throw new PledgecardError([read.diagnostic]);
  const csv = /\.(csv|tsv)$/i.test(file);
  const { drafts, diagnostics } = csv ? draftFromVotesCsv(read.text, shown) : draftFromReport(read.text, shown, opts);
  const dir = resolvePath(ctx, opts.out);
  const problems = [...diagnostics];
  let written = 0;
  for (const draft of drafts) {
    const target = path.join(dir, draftFileName(draft));
    const text = formatDraft(draft, shown);
    const where = displayPath(target, ctx.io.cwd);
    if (opts.dryRun) {
      ctx.io.stdout(`# ${where}\n${text}`);
      continue;
    }
    if (writeFileExclusive(target, text)) {
      written++;
      ctx.io.stderr(`wrote ${where}: ${draft.decisions.length} ${draft.decisions.length === 1 ? 'decision' : 'decisions'} to complete\n`);
    } else {
      problems.push(diagnostic('file-exists', where, undefined, 'exists already: not overwritten; move it aside to draft it again'));
    }
  }
  if (problems.length > 0) printDiagnostics(ctx, problems, 'stderr');
  if (written > 0) ctx.io.stderr('complete the draft, then run: pledgecard check\n');
  if (drafts.length === 0) return EXIT.problems;
  return exitCodeFor(problems.filter((d) => d.code !== 'row-skipped')) === 0 ? EXIT.ok : EXIT.problems;
}

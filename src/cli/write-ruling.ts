// Writes one reviewed ruling into a reply file, or with --dry-run prints the change as a diff: shared by both forms of review.
import path from 'node:path';
import { PledgecardError, diagnostic } from '../model/diagnostic.js';
import { readText } from '../load/files.js';
import { renderDiff } from '../render/review.js';
import { setRuling, type RulingEdit } from '../review/front-matter.js';
import { rewriteFileAtomic } from '../util/write.js';
import type { Context } from './context.js';

/** What became of a ruling: written (or shown, in a dry run), or already so. */
export type RulingOutcome = 'written' | 'unchanged';

/**
 * Sets `edit` in the reply file `file` (a shown path) as it is on disk now. A dry run prints the diff on stdout and
 * hands the changed text to `keep` instead of writing it, so later edits of the same file build on it. Throws a
 * PledgecardError naming the file and line when the front matter cannot be edited safely.
 */
export function writeRuling(ctx: Context, file: string, edit: RulingEdit, dryRun?: { texts: Map<string, string> }): RulingOutcome {
  const full = path.resolve(ctx.io.cwd, file);
  let text = dryRun?.texts.get(file);
  if (text === undefined) {
    const read = readText(full, file, 'reply file', { asWritten: true });
    if (!read.ok) throw new PledgecardError([read.diagnostic]);
    text = read.text;
  }
  const result = setRuling(text, edit);
  if (!result.ok) throw new PledgecardError([diagnostic('ruling-not-written', file, { line: result.line, col: 1 }, `${edit.clause}: ${result.message}`)]);
  if (!result.changed) return 'unchanged';
  if (dryRun) {
    ctx.io.stdout(renderDiff(file, text, result.text, ctx.chalk));
    dryRun.texts.set(file, result.text);
  } else {
    rewriteFileAtomic(full, result.text);
  }
  return 'written';
}

/** "3a: agree (note: …)" for messages. */
export function describeEdit(edit: RulingEdit): string {
  return `${edit.clause}: ${edit.stance}${edit.note ? ` (note: ${edit.note})` : ''}`;
}

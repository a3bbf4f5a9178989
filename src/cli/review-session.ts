// The interactive review: one ruling at a time, most doubtful first, each decision written to its reply as it is made.
import { isCancel, select, selectKey, text } from '@clack/prompts';
import type { Readable, Writable } from 'node:stream';
import type { Reply } from '../model/reply.js';
import type { Report } from '../model/ruling.js';
import { STANCES, stancesInOrder, type Stance } from '../model/stance.js';
import type { ReviewItem } from '../review/needs-review.js';
import { renderReviewItem } from '../render/review.js';
import { terminalSafe } from '../render/text.js';
import type { Context } from './context.js';
import type { Terminal } from './io.js';
import { EXIT } from './main.js';
import { describeEdit, writeRuling } from './write-ruling.js';

/** What the walk goes through. */
export interface ReviewWork {
  report: Report;
  replies: readonly Reply[];
  items: readonly ReviewItem[];
}

type Action = 'a' | 'c' | 'n' | 's' | 'b' | 'q';

/** What the walk has written, per item. */
interface Written {
  stance: Stance;
  note: string | undefined;
}

/**
 * Walks through `work.items`: shows each ruling and asks what to do. Accepting or choosing a stance writes it (with
 * any note typed) into the reply's front matter at once, so quitting keeps every decision made; with `dryRun` each
 * change is printed as a diff instead. Returns the exit code.
 */
export async function reviewSession(ctx: Context, terminal: Terminal, work: ReviewWork, { dryRun }: { dryRun: boolean }): Promise<number> {
  const io = { input: terminal.input as Readable, output: terminal.output as Writable };
  const clauses = new Map(work.report.programme.clauses.map((c) => [c.id, c]));
  const replies = new Map(work.replies.map((r) => [r.file, r]));
  const written = new Map<number, Written>();
  const notes = new Map<number, string>();
  const dry = dryRun ? { texts: new Map<string, string>() } : undefined;
  const skipped = new Set<number>();
  const seen = new Set<number>();
  let index = 0;
  let quit = false;

  while (index < work.items.length && !quit) {
    const item = work.items[index]!;
    const { ruling, candidate } = item;
    seen.add(index);
    ctx.io.stdout(
      `\n${renderReviewItem(
        { item, clause: clauses.get(ruling.clause), reply: replies.get(candidate.file), index, total: work.items.length, written: written.get(index), note: notes.get(index) },
        ctx.chalk,
        ctx.io.columns,
      )}`,
    );
    const current = written.get(index)?.stance ?? ruling.stance;
    const action = await selectKey<Action>({
      ...io,
      message: `${ruling.clause}: ${STANCES[current].label}?`,
      options: [
        { value: 'a', label: 'accept', hint: STANCES[current].label },
        { value: 'c', label: 'choose another stance' },
        { value: 'n', label: 'add a note' },
        { value: 's', label: 'skip' },
        { value: 'b', label: 'go back' },
        { value: 'q', label: 'quit' },
      ],
    });
    if (isCancel(action) || action === 'q') {
      quit = true;
      continue;
    }
    if (action === 's') {
      skipped.add(index);
      index++;
      continue;
    }
    if (action === 'b') {
      if (index === 0) ctx.io.stderr('this is the first ruling\n');
      index = Math.max(0, index - 1);
      continue;
    }
    if (action === 'n') {
      const note = await text({ ...io, message: `note on ${ruling.clause}`, initialValue: notes.get(index) ?? written.get(index)?.note ?? ruling.note ?? '' });
      if (!isCancel(note)) notes.set(index, note.trim());
      continue;
    }
    let stance: Stance = current;
    if (action === 'c') {
      const chosen = await select<Stance>({
        ...io,
        message: `stance on ${ruling.clause}`,
        initialValue: current,
        options: stancesInOrder().map((s) => ({ value: s, label: `${STANCES[s].symbol} ${STANCES[s].label}`, ...(s === ruling.stance ? { hint: 'proposed' } : {}) })),
      });
      if (isCancel(chosen)) continue;
      stance = chosen;
    }
    const note = notes.get(index);
    const edit = { clause: ruling.clause, stance, note };
    const outcome = writeRuling(ctx, candidate.file, edit, dry);
    const keptNote = note === undefined ? (written.get(index)?.note ?? ruling.note) : note === '' ? undefined : note;
    written.set(index, { stance, note: keptNote });
    notes.delete(index);
    skipped.delete(index);
    const what = terminalSafe(`${candidate.file}: ${describeEdit({ ...edit, note: keptNote })}`);
    ctx.io.stderr(outcome === 'unchanged' ? `${what} (already so)\n` : dryRun ? `${what} (dry run: not written)\n` : ctx.chalk.green(`✔ ${what}\n`));
    index++;
  }

  const files = new Set([...written.keys()].map((i) => work.items[i]!.candidate.file));
  const left = work.items.length - seen.size;
  const parts = [`${written.size} ${written.size === 1 ? 'ruling' : 'rulings'} settled in ${files.size} ${files.size === 1 ? 'reply' : 'replies'}`];
  if (skipped.size > 0) parts.push(`${skipped.size} skipped`);
  if (left > 0) parts.push(`${left} not reached`);
  ctx.io.stderr(`\n${parts.join(', ')}${dryRun ? ' (dry run: nothing written)' : ''}\n`);
  return EXIT.ok;
}

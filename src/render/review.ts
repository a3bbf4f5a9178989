// What `pledgecard review` shows: one ruling with its clause and the reply around the evidence, and a change as a diff.
import type { ChalkInstance } from 'chalk';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { lineOf, lineStarts } from '../load/text.js';
import type { Reply } from '../model/reply.js';
import type { Evidence, ReportClause } from '../model/ruling.js';
import { REVIEW_MARK, STANCES, type Stance } from '../model/stance.js';
import type { ReviewItem } from '../review/needs-review.js';
import { formatConfidence, terminalSafe, visibleWidth, wrapText } from './text.js';

/** One ruling as the reviewer sees it, and where it stands in the walk. */
export interface ReviewView {
  item: ReviewItem;
  clause: ReportClause | undefined;
  reply: Pick<Reply, 'body' | 'bodyLine'> | undefined;
  index: number;
  total: number;
  /** What this walk has written for the ruling. */
  written?: { stance: Stance; note: string | undefined } | undefined;
  /** A note typed for the ruling and not written yet. */
  note?: string | undefined;
}

/** A line of the reply, and the parts of it that quotes cover: [start, end) in the line, and whether each starts or ends there. */
interface PassageLine {
  line: number;
  text: string;
  marks: Array<{ from: number; to: number; opens: boolean; closes: boolean }>;
}

/** Context kept on each side of the quotes inside a long line. */
const AROUND = 160;
/** Lines of a reply shown when no words of it are quoted. */
const OPENING_LINES = 6;

/** Where each quote is in the body: found from its line on, else anywhere; quotes not found are left out. */
function quoteSpans(body: string, starts: readonly number[], bodyLine: number, evidence: readonly Evidence[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const e of evidence) {
    if (e.quote === '') continue;
    let at = body.indexOf(e.quote, starts[e.line - bodyLine] ?? 0);
    if (at === -1) at = body.indexOf(e.quote);
    if (at !== -1) spans.push([at, at + e.quote.length]);
  }
  return spans;
}

/**
 * The reply around its quotes: each quote's lines with one line before and after unless blank, quotes whose lines
 * meet shown together; each passage is a run of lines.
 */
function passages(reply: Pick<Reply, 'body' | 'bodyLine'>, evidence: readonly Evidence[]): PassageLine[][] {
  const body = reply.body;
  const starts = lineStarts(body);
  const textOf = (i: number): string => body.slice(starts[i]!, (starts[i + 1] ?? body.length + 1) - 1);
  const spans = quoteSpans(body, starts, reply.bodyLine, evidence);
  const runs: Array<[number, number]> = [];
  for (const [at, end] of [...spans].sort((x, y) => x[0] - y[0])) {
    let first = lineOf(starts, at) - 1;
    let last = lineOf(starts, Math.max(at, end - 1)) - 1;
    if (first > 0 && textOf(first - 1).trim() !== '') first--;
    if (last + 1 < starts.length && textOf(last + 1).trim() !== '') last++;
    const prev = runs[runs.length - 1];
    if (prev && first <= prev[1] + 1) prev[1] = Math.max(prev[1], last);
    else runs.push([first, last]);
  }
  return runs.map(([first, last]) =>
    Array.from({ length: last - first + 1 }, (_, k) => {
      const i = first + k;
      const from = starts[i]!;
      const text = textOf(i);
      const marks = spans
        .filter(([at, end]) => at <= from + text.length && end >= from && Math.min(end, from + text.length) > Math.max(at, from))
        .map(([at, end]) => ({ from: Math.max(at, from) - from, to: Math.min(end, from + text.length) - from, opens: at >= from, closes: end <= from + text.length }));
      return { line: i + reply.bodyLine, text, marks };
    }),
  );
}

/** The first lines of a reply that say something, for a ruling with nothing quoted. */
function opening(reply: Pick<Reply, 'body' | 'bodyLine'>): PassageLine[] {
  return reply.body
    .split('\n')
    .map((text, i) => ({ line: i + reply.bodyLine, text, marks: [] }))
    .filter((l) => l.text.trim() !== '')
    .slice(0, OPENING_LINES);
}

/** Cuts a long line to its quotes and some words either side. */
function around(line: PassageLine): PassageLine {
  if (line.text.length <= AROUND * 3) return line;
  const a = Math.min(...line.marks.map((m) => m.from), AROUND);
  const b = Math.max(...line.marks.map((m) => m.to), a);
  const from = Math.max(0, a - AROUND);
  const to = Math.min(line.text.length, b + AROUND);
  const head = from > 0 ? '…' : '';
  const text = head + line.text.slice(from, to) + (to < line.text.length ? '…' : '');
  const shift = head.length - from;
  return { ...line, text, marks: line.marks.map((m) => ({ ...m, from: m.from + shift, to: m.to + shift })) };
}

/** Pieces of `text` that fit `width` columns, broken at spaces where it can: [start, end) offsets into the text. */
function wrapRanges(text: string, width: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    let lastBreak = -1;
    while (end < text.length && visibleWidth(text.slice(start, end + 1)) <= width) {
      if (/\s/.test(text[end]!)) lastBreak = end;
      end++;
    }
    if (end < text.length && lastBreak > start) end = lastBreak + 1;
    if (end === start) end = start + 1;
    out.push([start, end]);
    start = end;
  }
  return out.length > 0 ? out : [[0, 0]];
}

/** Puts » and « around the quoted parts of a line, for output without colour; the marks are then spent. */
function markers(line: PassageLine): PassageLine {
  let text = line.text;
  for (const m of [...line.marks].sort((x, y) => y.from - x.from)) {
    text = `${text.slice(0, m.from)}${m.opens ? '»' : ''}${text.slice(m.from, m.to)}${m.closes ? '«' : ''}${text.slice(m.to)}`;
  }
  return { ...line, text, marks: [] };
}

/**
 * Lines of the reply, each behind its line number, wrapped to `width`; the quoted words in reverse video, or between
 * » and « without colour.
 */
function passageLines(lines: readonly PassageLine[], chalk: ChalkInstance, width: number): string[] {
  const gutter = Math.max(...lines.map((l) => String(l.line).length));
  const out: string[] = [];
  for (const raw of lines.map(around)) {
    const line = chalk.level === 0 ? markers(raw) : raw;
    const text = terminalSafe(line.text);
    const marked = (i: number): boolean => line.marks.some((m) => i >= m.from && i < m.to);
    wrapRanges(text, Math.max(20, width - gutter - 3)).forEach(([s, e], k) => {
      let shown = '';
      for (let i = s; i < e; ) {
        let j = i + 1;
        while (j < e && marked(j) === marked(i)) j++;
        shown += marked(i) ? chalk.inverse(text.slice(i, j)) : text.slice(i, j);
        i = j;
      }
      const number = k === 0 ? String(line.line).padStart(gutter) : ' '.repeat(gutter);
      out.push(`${chalk.dim(`${number} │`)} ${shown.trimEnd()}`);
    });
  }
  return out;
}

/** A label and its value, the value wrapped beside the label. */
function labelled(label: string, value: string, width: number): string[] {
  const pad = 10;
  return wrapText(value, Math.max(20, width - pad)).map((l, i) => (i === 0 ? label.padEnd(pad) : ' '.repeat(pad)) + l);
}

function stanceText(stance: Stance, chalk: ChalkInstance): string {
  const info = STANCES[stance];
  return chalk[info.colour](`${info.symbol} ${info.label}`);
}

/** The screen for one ruling: where it is in the walk, the clause, the reply around each quote, the proposal and reason. */
export function renderReviewItem(view: ReviewView, chalk: ChalkInstance, width: number): string {
  const { candidate, ruling } = view.item;
  const out: string[] = [];
  const title = ` ${view.index + 1} of ${view.total} · ${terminalSafe(candidate.candidate)} · ${terminalSafe(candidate.file)} `;
  out.push(chalk.bold(`──${title}${'─'.repeat(Math.max(2, width - visibleWidth(title) - 2))}`));
  out.push(chalk.bold(terminalSafe(`${ruling.clause}  ${view.clause?.title ?? ''}`.trimEnd())));
  if (view.clause) out.push(...wrapText(terminalSafe(view.clause.text), width - 4).map((l) => `    ${l}`));
  out.push('');
  const runs = view.reply ? passages(view.reply, ruling.evidence) : [];
  for (const run of runs) out.push(...passageLines(run, chalk, width), '');
  if (runs.length === 0 && ruling.evidence.length > 0) {
    for (const e of ruling.evidence) out.push(...labelled(`line ${e.line}`, `“${terminalSafe(e.quote)}”`, width));
    out.push('');
  }
  if (ruling.evidence.length === 0) {
    const start = view.reply ? opening(view.reply) : [];
    out.push(chalk.dim(start.length > 0 ? 'no words of the reply are quoted for this clause; it begins:' : 'no words of the reply are quoted for this clause'));
    if (start.length > 0) out.push(...passageLines(start, chalk, width));
    out.push('');
  }
  const reviewed = ruling.source === 'override';
  const facts = [stanceText(ruling.stance, chalk), `probability ${formatConfidence(ruling.confidence)}`];
  if (ruling.needsReview) facts.push(chalk.yellow.bold(`${REVIEW_MARK.symbol} ${REVIEW_MARK.label}`));
  out.push(...labelled(reviewed ? 'reviewed' : 'proposed', facts.join(' · '), width));
  out.push(...labelled('reason', terminalSafe(ruling.reason), width).map((l) => chalk.dim(l)));
  if (ruling.note !== undefined) out.push(...labelled('note', terminalSafe(ruling.note), width));
  if (view.written) {
    const note = view.written.note !== undefined ? ` · note: ${terminalSafe(view.written.note)}` : '';
    out.push(...labelled('written', `${stanceText(view.written.stance, chalk)}${note}`, width).map((l) => chalk.green(l)));
  }
  if (view.note !== undefined) out.push(...labelled('new note', terminalSafe(view.note), width));
  return `${out.join('\n')}\n`;
}

// Control characters a terminal would obey, but for the tab and the CR of CRLF line endings, which a patch keeps.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A change to a file as a unified diff with three lines of context, which `patch` or `git apply` takes; added lines
 * green and removed lines red in colour.
 */
export function renderDiff(file: string, before: string, after: string, chalk: ChalkInstance): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  return patch
    .replace(CONTROL, '\ufffd')
    .split('\n')
    .map((line) => (line.startsWith('+') && !line.startsWith('+++') ? chalk.green(line) : line.startsWith('-') && !line.startsWith('---') ? chalk.red(line) : line))
    .join('\n');
}

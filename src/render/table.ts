// The terminal table: candidates × clauses with cli-table3 and chalk, fitted to the terminal's width.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import stringWidth from 'string-width';
import type { CandidateResult, Report, ReportClause } from '../model/ruling.js';
import { STANCES } from '../model/stance.js';
import { formatPercent, formatScore, packItems, terminalSafe, truncate, visibleWidth, wrapText } from './text.js';
import type { Renderer, RenderOptions } from './types.js';
import {
  candidatesOf,
  legendEntries,
  maxScoreOf,
  incompleteNote,
  programmeDepth,
  reviewMarks,
  rulingLookup,
  selectClauses,
} from './view.js';

interface Grid {
  report: Report;
  candidates: CandidateResult[];
  clauses: ReportClause[];
  chalk: ChalkInstance;
  width: number;
}

const COMPACT = { head: [], border: [], compact: true };
const SCORE_MIN = 5; // "100.0" and "10.25" must fit in a candidate's column
/** A name longer than this many lines of its column is cut short with an ellipsis (names run to thousands of characters). */
const MAX_NAME_LINES = 4;

function toChalk(colour: RenderOptions['colour']): ChalkInstance {
  return typeof colour === 'boolean' ? new Chalk({ level: colour ? 1 : 0 }) : colour;
}

function mark(g: Grid, candidate: CandidateResult): (clause: ReportClause) => string {
  const ruling = rulingLookup(candidate);
  return (clause) => {
    const r = ruling(clause.id);
    const info = STANCES[r.stance];
    return g.chalk[info.colour](info.symbol) + g.chalk.bold(reviewMarks(r));
  };
}

/** Columns a table column takes: its widest cell, padding and one border. */
function columnWidth(cells: readonly string[]): number {
  return Math.max(...cells.map(visibleWidth)) + 3;
}

// cli-table3 sizes a cell by its widest line, colour codes dropped, as string-width counts it: the same measure
// here, so that the widths worked out beforehand are the widths it draws.
const SGR = /\u001b\[(?:\d*;){0,5}\d*m/g;

function cellWidth(content: string): number {
  let widest = 0;
  for (const line of content.replace(SGR, '').split('\n')) widest = Math.max(widest, stringWidth(line));
  return widest;
}

/** A table worked out but not drawn yet: how wide it is, and how to draw it. */
interface Layout {
  width: number;
  draw(): string;
}

export interface TableSpec {
  head: string[];
  rows: string[][];
  /** Each column's width, padding included, as cli-table3 takes them. */
  colWidths: number[];
  colAligns: Array<'left' | 'center' | 'right'>;
}

/** The widths cli-table3 would give the columns itself: each column's widest cell and a space either side. */
export function naturalWidths(head: readonly string[], rows: readonly string[][]): number[] {
  // Most cells are a stance mark, a rank or a score: each different text is measured once.
  const measured = new Map<string, number>();
  const width = (cell: string): number => {
    let w = measured.get(cell);
    if (w === undefined) measured.set(cell, (w = cellWidth(cell) + 2));
    return w;
  };
  const widths = head.map(width);
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, width(cell))));
  return widths;
}

function layout(spec: TableSpec): Layout {
  // Every line of the table is as wide as its columns and the borders between and around them.
  return { width: spec.colWidths.reduce((sum, w) => sum + w, 0) + spec.colWidths.length + 1, draw: () => draw(spec) };
}

/**
 * Rows drawn a table's worth at a time. cli-table3 lays a table out in time that grows with the square of its rows
 * (ten thousand candidates took over a minute); drawn in slices of fixed widths and joined where one slice's bottom
 * border meets the next one's top, the rows read as one table.
 */
const ROWS_PER_DRAWING = 100;

/** Draws the table, `rowsPerDrawing` rows to a slice. */
export function draw(spec: TableSpec, rowsPerDrawing = ROWS_PER_DRAWING): string {
  const slice = (head: string[], rows: string[][]): string => {
    const table = new Table({ head, colWidths: spec.colWidths, colAligns: spec.colAligns, style: COMPACT });
    for (const row of rows) table.push(row);
    return table.toString();
  };
  if (spec.rows.length <= rowsPerDrawing) return slice(spec.head, spec.rows);
  const parts: string[] = [];
  for (let i = 0; i < spec.rows.length; i += rowsPerDrawing) {
    const lines = slice(i === 0 ? spec.head : [], spec.rows.slice(i, i + rowsPerDrawing)).split('\n');
    if (i > 0) lines.shift(); // its top border
    if (i + rowsPerDrawing < spec.rows.length) lines.pop(); // its bottom border
    parts.push(lines.join('\n'));
  }
  return parts.join('\n');
}

/** One row per candidate: rank, name, a column per clause, score and percent; names wrap to what is left. */
function byCandidate(g: Grid): Layout {
  const head = ['#', 'Candidate', ...g.clauses.map((c) => terminalSafe(c.id)), 'Score', '%'];
  const rows = g.candidates.map((c) => [String(c.rank), terminalSafe(c.candidate), ...g.clauses.map(mark(g, c)), formatScore(c.score), formatPercent(c.percent)]);
  const others = head.reduce((sum, h, i) => (i === 1 ? sum : sum + columnWidth([h, ...rows.map((r) => r[i]!)])), 1);
  const longest = Math.max(9, ...rows.map((r) => visibleWidth(r[1]!)));
  const nameWidth = Math.max(6, Math.min(longest, Math.max(12, Math.floor(g.width / 3)), g.width - others - 3));
  const boldHead = head.map((h) => g.chalk.bold(h));
  const cells = rows.map((r) => r.map((cell, i) => (i === 1 ? wrapText(cell, nameWidth, MAX_NAME_LINES).join('\n') : cell)));
  return layout({
    head: boldHead,
    rows: cells,
    colWidths: naturalWidths(boldHead, cells),
    colAligns: ['right', 'left', ...g.clauses.map(() => 'center' as const), 'right', 'right'],
  });
}

/** One row per clause and a column per candidate, with rank, score and percent rows below; undefined when it cannot fit. */
function byClause(g: Grid, withTitles: boolean): Layout | undefined {
  const labels = ['Clause', 'Rank', 'Score', '%'];
  const idWidth = Math.max(...labels.map((l) => l.length), ...g.clauses.map((c) => visibleWidth(c.id)));
  const n = g.candidates.length;
  const longestWord = Math.max(...g.candidates.flatMap((c) => c.candidate.split(/\s+/).map(visibleWidth)));
  const room = Math.floor((g.width - 1 - (idWidth + 3)) / Math.max(1, n)) - 3;
  const cw = Math.min(Math.max(SCORE_MIN, Math.min(longestWord, 12)), room);
  if (cw < SCORE_MIN) return undefined;
  const left = g.width - 1 - (idWidth + 3) - n * (cw + 3) - 3;
  const longestTitle = Math.max(...g.clauses.map((c) => visibleWidth(c.title)));
  const tw = Math.min(left, longestTitle);
  if (withTitles && tw < 10) return undefined;
  const title = (text: string): string[] => (withTitles ? [truncate(terminalSafe(text), tw)] : []);
  const rows: string[][] = [];
  const marks = g.candidates.map((c) => mark(g, c));
  for (const clause of g.clauses) rows.push([terminalSafe(clause.id), ...title(clause.title), ...marks.map((m) => m(clause))]);
  const rule = (w: number): string => g.chalk.dim('─'.repeat(w));
  rows.push([rule(idWidth), ...(withTitles ? [rule(tw)] : []), ...g.candidates.map(() => rule(cw))]);
  const totals: Array<[string, (c: CandidateResult) => string]> = [
    ['Rank', (c) => String(c.rank)],
    ['Score', (c) => formatScore(c.score)],
    ['%', (c) => formatPercent(c.percent)],
  ];
  for (const [label, value] of totals) rows.push([g.chalk.bold(label), ...title(''), ...g.candidates.map(value)]);
  return layout({
    head: ['Clause', ...title(''), ...g.candidates.map((c) => wrapText(terminalSafe(c.candidate), cw, MAX_NAME_LINES).join('\n'))].map((h) => g.chalk.bold(h)),
    rows,
    colWidths: [idWidth + 2, ...(withTitles ? [tw + 2] : []), ...g.candidates.map(() => cw + 2)],
    colAligns: ['left', ...(withTitles ? ['left' as const] : []), ...g.candidates.map(() => 'center' as const)],
  });
}

function fits(table: Layout | undefined, width: number): table is Layout {
  return table !== undefined && table.width <= width;
}

/** Selections to fall back on when the chosen one is too wide: each shallower depth in turn. */
function shallower(report: Report): Array<{ depth: number; clauses: ReportClause[] }> {
  const out: Array<{ depth: number; clauses: ReportClause[] }> = [];
  for (let depth = programmeDepth(report) - 1; depth >= 1; depth--) out.push({ depth, clauses: selectClauses(report, { depth }) });
  return out;
}

/** Splits the clause columns over as many tables as it takes to fit. */
function inChunks(g: Grid): string {
  const tables: string[] = [];
  let rest = g.clauses;
  while (rest.length > 0) {
    // The widest prefix that fits, by bisection: width grows with every column added.
    let [take, tooMany] = [1, rest.length + 1];
    while (tooMany - take > 1) {
      const mid = Math.floor((take + tooMany) / 2);
      if (fits(byCandidate({ ...g, clauses: rest.slice(0, mid) }), g.width)) take = mid;
      else tooMany = mid;
    }
    tables.push(byCandidate({ ...g, clauses: rest.slice(0, take) }).draw());
    rest = rest.slice(take);
  }
  return tables.join('\n');
}

interface Fitted {
  table: string;
  clauses: ReportClause[];
  titled: boolean;
  note?: string;
}

function fit(report: Report, options: RenderOptions, chalk: ChalkInstance): Fitted {
  const base = { report, candidates: candidatesOf(report, options), chalk, width: options.width };
  const chosen = { depth: undefined as number | undefined, clauses: selectClauses(report, options) };
  const explicit = options.clauses !== undefined || options.depth !== undefined;
  const tries = [chosen, ...(explicit ? [] : shallower(report))];
  for (const { depth, clauses } of tries) {
    const g = { ...base, clauses };
    const layouts: Array<[Layout | undefined, boolean]> = [
      [byCandidate(g), false],
      [byClause(g, true), true],
      [byClause(g, false), false],
    ];
    for (const [layout, titled] of layouts) {
      if (!fits(layout, options.width)) continue;
      const table = layout.draw();
      if (depth === undefined) return { table, clauses, titled };
      const shown = depth === 1 ? 'top-level clauses' : `clauses to depth ${depth}`;
      return { table, clauses, titled, note: `Showing ${shown} to fit ${options.width} columns; choose with --depth or --clauses.` };
    }
  }
  const { clauses } = tries.at(-1)!;
  return {
    table: inChunks({ ...base, clauses }),
    clauses,
    titled: false,
    note: `Clauses split over several tables to fit ${options.width} columns.`,
  };
}

/** The comparison table, its legend, a key to the clause columns, and a note when it had to shrink. */
export const renderTable: Renderer = (report, options) => {
  const chalk = toChalk(options.colour);
  const width = options.width;
  const out = [chalk.bold(truncate(terminalSafe(report.programme.title), width))];
  const incomplete = incompleteNote(report);
  const note = incomplete ? ['', ...wrapText(terminalSafe(incomplete), width).map((l) => chalk.yellow(l))] : [];
  if (report.candidates.length === 0) return `${[...out, 'No replies to score.', ...note].join('\n')}\n`;
  const fitted = fit(report, options, chalk);
  out.push(fitted.table, '');
  const legend = legendEntries((symbol, label, stance) => `${stance ? chalk[STANCES[stance].colour](symbol) : chalk.bold(symbol)} ${label}`);
  out.push(...packItems([...legend, `score out of ${formatScore(maxScoreOf(report))}`], width));
  if (!fitted.titled) {
    const idWidth = Math.max(...fitted.clauses.map((c) => visibleWidth(c.id)));
    out.push('', ...fitted.clauses.map((c) => truncate(terminalSafe(`${c.id.padEnd(idWidth)}  ${c.title}`), width)));
  }
  if (fitted.note) out.push('', ...wrapText(fitted.note, width).map((l) => chalk.dim(l)));
  out.push(...note);
  return `${out.join('\n')}\n`;
};

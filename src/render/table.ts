// The terminal table: candidates × clauses with cli-table3 and chalk, fitted to the terminal's width.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { CandidateResult, Report, ReportClause } from '../model/ruling.js';
import { REVIEW_MARK, STANCES } from '../model/stance.js';
import { formatPercent, formatScore, packItems, terminalSafe, truncate, visibleWidth, wrapText } from './text.js';
import type { Renderer, RenderOptions } from './types.js';
import {
  candidatesOf,
  legendEntries,
  maxScoreOf,
  programmeDepth,
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

function toChalk(colour: RenderOptions['colour']): ChalkInstance {
  return typeof colour === 'boolean' ? new Chalk({ level: colour ? 1 : 0 }) : colour;
}

function mark(g: Grid, candidate: CandidateResult): (clause: ReportClause) => string {
  const ruling = rulingLookup(candidate);
  return (clause) => {
    const r = ruling(clause.id);
    const info = STANCES[r.stance];
    return g.chalk[info.colour](info.symbol) + (r.needsReview ? g.chalk.bold(REVIEW_MARK.symbol) : '');
  };
}

/** Columns a table column takes: its widest cell, padding and one border. */
function columnWidth(cells: readonly string[]): number {
  return Math.max(...cells.map(visibleWidth)) + 3;
}

/** One row per candidate: rank, name, a column per clause, score and percent; names wrap to what is left. */
function byCandidate(g: Grid): string {
  const head = ['#', 'Candidate', ...g.clauses.map((c) => terminalSafe(c.id)), 'Score', '%'];
  const rows = g.candidates.map((c) => [String(c.rank), terminalSafe(c.candidate), ...g.clauses.map(mark(g, c)), formatScore(c.score), formatPercent(c.percent)]);
  const others = head.reduce((sum, h, i) => (i === 1 ? sum : sum + columnWidth([h, ...rows.map((r) => r[i]!)])), 1);
  const longest = Math.max(9, ...rows.map((r) => visibleWidth(r[1]!)));
  const nameWidth = Math.max(6, Math.min(longest, Math.max(12, Math.floor(g.width / 3)), g.width - others - 3));
  const table = new Table({
    head: head.map((h) => g.chalk.bold(h)),
    colAligns: ['right', 'left', ...g.clauses.map(() => 'center' as const), 'right', 'right'],
    style: COMPACT,
  });
  for (const r of rows) table.push(r.map((cell, i) => (i === 1 ? wrapText(cell, nameWidth).join('\n') : cell)));
  return table.toString();
}

/** One row per clause and a column per candidate, with rank, score and percent rows below; undefined when it cannot fit. */
function byClause(g: Grid, withTitles: boolean): string | undefined {
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
  const table = new Table({
    head: ['Clause', ...title(''), ...g.candidates.map((c) => wrapText(terminalSafe(c.candidate), cw).join('\n'))].map((h) => g.chalk.bold(h)),
    colWidths: [idWidth + 2, ...(withTitles ? [tw + 2] : []), ...g.candidates.map(() => cw + 2)],
    colAligns: ['left', ...(withTitles ? ['left' as const] : []), ...g.candidates.map(() => 'center' as const)],
    style: COMPACT,
  });
  const marks = g.candidates.map((c) => mark(g, c));
  for (const clause of g.clauses) table.push([terminalSafe(clause.id), ...title(clause.title), ...marks.map((m) => m(clause))]);
  const rule = (w: number): string => g.chalk.dim('─'.repeat(w));
  table.push([rule(idWidth), ...(withTitles ? [rule(tw)] : []), ...g.candidates.map(() => rule(cw))]);
  const totals: Array<[string, (c: CandidateResult) => string]> = [
    ['Rank', (c) => String(c.rank)],
    ['Score', (c) => formatScore(c.score)],
    ['%', (c) => formatPercent(c.percent)],
  ];
  for (const [label, value] of totals) table.push([g.chalk.bold(label), ...title(''), ...g.candidates.map(value)]);
  return table.toString();
}

function fits(text: string | undefined, width: number): text is string {
  return text !== undefined && text.split('\n').every((line) => visibleWidth(line) <= width);
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
    tables.push(byCandidate({ ...g, clauses: rest.slice(0, take) }));
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
    const layouts: Array<[string | undefined, boolean]> = [
      [byCandidate(g), false],
      [byClause(g, true), true],
      [byClause(g, false), false],
    ];
    for (const [table, titled] of layouts) {
      if (!fits(table, options.width)) continue;
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
  if (report.candidates.length === 0) return `${[...out, 'No replies to score.'].join('\n')}\n`;
  const fitted = fit(report, options, chalk);
  out.push(fitted.table, '');
  const legend = legendEntries((symbol, label, stance) => `${stance ? chalk[STANCES[stance].colour](symbol) : chalk.bold(symbol)} ${label}`);
  out.push(...packItems([...legend, `score out of ${formatScore(maxScoreOf(report))}`], width));
  if (!fitted.titled) {
    const idWidth = Math.max(...fitted.clauses.map((c) => visibleWidth(c.id)));
    out.push('', ...fitted.clauses.map((c) => truncate(terminalSafe(`${c.id.padEnd(idWidth)}  ${c.title}`), width)));
  }
  if (fitted.note) out.push('', ...wrapText(fitted.note, width).map((l) => chalk.dim(l)));
  return `${out.join('\n')}\n`;
};

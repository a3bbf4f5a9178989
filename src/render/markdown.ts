// GitHub-flavoured markdown: the comparison table, a legend, the programme, and the generated-from note.
import type { CandidateResult, Report, ReportClause } from '../model/ruling.js';
import { formatPercent, formatScore } from './text.js';
import type { Renderer, RenderOptions } from './types.js';
import {
  candidatesOf,
  clauseDepths,
  generatedNote,
  legendEntries,
  maxScoreOf,
  programmeByline,
  rulingLookup,
  selectClauses,
  stanceMark,
  incompleteNote,
} from './view.js';

const NEWLINES = /\r\n|\r|\n/g;

/** Escapes text for inline markdown: HTML and emphasis, link, code and table characters; newlines become spaces. */
export function escapeMarkdown(text: string, newline = ' '): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(NEWLINES, newline);
}

/** Escapes text for a GFM table cell: as inline text, with newlines kept as `<br>`. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text, '<br>');
}

/**
 * Escapes one line that starts a block, so it cannot turn into a heading, list, quote or code block. A list number
 * keeps its digits and has its `.` or `)` escaped ("1\\) …"): CommonMark escapes punctuation only, and shows a
 * backslash before a digit as it is. Leading spaces go, so that four of them do not start a code block.
 */
export function escapeLineStart(line: string): string {
  return line.replace(/^[ \t]+/, '').replace(/^([#+\-=>])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function candidateCell(c: CandidateResult, options: RenderOptions): string {
  const name = escapeCell(c.candidate);
  return options.href ? `[${name}](${options.href(c)})` : name;
}

/** The comparison as a GFM table: rank, candidate, a column per clause, score and percent. */
export function comparisonTable(report: Report, options: RenderOptions): string {
  const clauses = selectClauses(report, options);
  const lines = [
    row(['#', 'Candidate', ...clauses.map((c) => escapeCell(c.id)), 'Score', '%']),
    row(['--:', ':--', ...clauses.map(() => ':-:'), '--:', '--:']),
  ];
  for (const c of candidatesOf(report, options)) {
    const ruling = rulingLookup(c);
    const marks = clauses.map((clause) => stanceMark(ruling(clause.id)));
    lines.push(row([String(c.rank), candidateCell(c, options), ...marks, formatScore(c.score), formatPercent(c.percent)]));
  }
  return lines.join('\n');
}

/** "Legend: ✔ agrees; …; ? needs review. Scores are out of 11." */
export function legendLine(report: Report): string {
  const items = legendEntries((symbol, label) => `${symbol} ${label}`);
  return `Legend: ${items.join('; ')}. Scores are weighted points out of ${formatScore(maxScoreOf(report))}.`;
}

/** The programme as a nested list: id, title, text, and weights when they differ. */
export function programmeList(clauses: readonly ReportClause[]): string {
  const depths = clauseDepths(clauses);
  const weighted = clauses.some((c) => c.children.length === 0 && c.weight !== 1);
  return clauses
    .map((c) => {
      const indent = '  '.repeat(depths.get(c.id) ?? 0);
      const weight = weighted ? ` *(weight ${formatScore(c.weight)})*` : '';
      return `${indent}- **${escapeMarkdown(c.id)} ${escapeMarkdown(c.title)}.** ${escapeMarkdown(c.text)}${weight}`;
    })
    .join('\n');
}

/** The heading block of every markdown document: title and who set the programme. */
export function documentHead(report: Report, heading: string): string[] {
  const byline = programmeByline(report);
  return [`# ${escapeMarkdown(heading)}`, '', ...(byline ? [escapeLineStart(escapeMarkdown(byline)), ''] : [])];
}

/** A web address as a link (`<https://…>`), anything else as text. */
export function linkOrText(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : escapeMarkdown(url);
}

/** A whole markdown document: heading, comparison, legend, programme, generated-from note. */
export const renderMarkdown: Renderer = (report, options) => {
  const out = [...documentHead(report, report.programme.title)];
  const incomplete = incompleteNote(report);
  if (incomplete) out.push(`> **${escapeMarkdown(incomplete)}**`, '');
  out.push(report.candidates.length > 0 ? comparisonTable(report, options) : 'No replies to score.', '');
  out.push(legendLine(report), '');
  out.push('## Programme', '', programmeList(report.programme.clauses), '');
  for (const r of options.related ?? []) out.push(`[${escapeMarkdown(r.label)}](${r.markdown})`, '');
  out.push(`*${escapeMarkdown(generatedNote(report, options))}*`);
  return `${out.join('\n')}\n`;
};

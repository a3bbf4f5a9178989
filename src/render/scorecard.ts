// One candidate's markdown scorecard: a summary table, then each clause with stance, evidence, reason and note.
import type { CandidateResult, Report, ReportClause, Ruling } from '../model/ruling.js';
import { STANCES } from '../model/stance.js';
import { documentHead, escapeCell, escapeLineStart, escapeMarkdown, linkOrText } from './markdown.js';
import { formatConfidence } from './text.js';
import type { RenderOptions } from './types.js';
import { generatedNote, incompleteNote, rulingFacts, rulingLookup, scoreLine, stanceMark } from './view.js';

function stanceWords(r: Ruling): string {
  return `${stanceMark(r)} ${STANCES[r.stance].label}`;
}

function clauseSection(clause: ReportClause, r: Ruling): string[] {
  const facts = [`${STANCES[r.stance].symbol} **${STANCES[r.stance].label}**`, ...rulingFacts(r)];
  const out = [`## ${escapeMarkdown(clause.id)} ${escapeMarkdown(clause.title)}`, '', facts.join(', '), ''];
  for (const e of r.evidence) {
    // A backslash at the end of a line is a hard line break, so the quote keeps its lines.
    const lines = e.quote.split(/\r\n|\r|\n/).map((l, i, all) => `> ${escapeLineStart(escapeMarkdown(l))}`.trimEnd() + (i < all.length - 1 ? '\\' : ''));
    lines[lines.length - 1] += ` *(line ${e.line})*`;
    out.push(...lines, '');
  }
  out.push(`Reason: ${escapeMarkdown(r.reason)}`, '');
  if (r.note !== undefined) out.push(`Note: ${escapeMarkdown(r.note)}`, '');
  return out;
}

/** A candidate's scorecard; `index` links back to the summary when given. */
export function renderScorecard(report: Report, c: CandidateResult, options: RenderOptions, index?: string): string {
  const ruling = rulingLookup(c);
  const clauses = report.programme.clauses;
  const out = [...documentHead(report, c.candidate)];
  const who = [c.details?.party, c.details?.ward, c.details?.slate].filter((p): p is string => Boolean(p));
  if (who.length > 0) out.push(escapeLineStart(escapeMarkdown(who.join(' · '))), '');
  out.push(`${escapeMarkdown(report.programme.title)}: ${scoreLine(report, c)}.`, '');
  // Where the reply came from, always: a reader can check every quote against it.
  out.push(`- Reply: ${escapeMarkdown(c.file)}`, `- Received: ${c.received ? escapeMarkdown(c.received) : 'not recorded'}`, `- Source: ${c.source ? linkOrText(c.source) : 'not recorded'}`, '');
  const incomplete = incompleteNote(report);
  if (incomplete) out.push(`> **${escapeMarkdown(incomplete)}**`, '');
  if (index) out.push(`[All candidates](${index})`, '');
  out.push('| Clause | Stance | Confidence |', '| :-- | :-- | --: |');
  for (const clause of clauses) {
    const r = ruling(clause.id);
    out.push(`| ${escapeCell(`${clause.id} ${clause.title}`)} | ${stanceWords(r)} | ${formatConfidence(r.confidence)} |`);
  }
  out.push('');
  for (const clause of clauses) out.push(...clauseSection(clause, ruling(clause.id)));
  out.push(`*${escapeMarkdown(generatedNote(report, options))}*`);
  return `${out.join('\n')}\n`;
}

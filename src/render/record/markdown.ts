// The record as markdown: an index (grid of members × clauses, then the meetings) and a page per member with their
// pledges beside their record, every fact dated and sourced.
import type { MemberRecord, RecordReport } from '../../model/record.js';
import { STATUS_INFO } from '../../model/record.js';
import { STANCES } from '../../model/stance.js';
import { escapeCell, escapeMarkdown } from '../markdown.js';
import {
  clauseOf,
  countsLine,
  factHeading,
  factPart,
  hasIllustration,
  illustrationNote,
  ILLUSTRATION,
  ILLUSTRATION_BANNER,
  leafClauses,
  memberLine,
  pledgeDetail,
  pledgeWords,
  recordNote,
  sourceText,
  statusesInOrder,
  statusWords,
  type RecordRenderOptions,
} from './view.js';

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function banner(record: RecordReport): string[] {
  return hasIllustration(record) ? [`> **${escapeMarkdown(ILLUSTRATION_BANNER)}**`, ''] : [];
}

function memberCell(m: MemberRecord, options: RecordRenderOptions): string {
  const name = escapeCell(m.member);
  return options.href ? `[${name}](${options.href(m)})` : name;
}

/** The body's record: grid, legend, meetings with their decisions and reports. */
export function renderRecordMarkdown(record: RecordReport, options: RecordRenderOptions): string {
  const out = [`# ${escapeMarkdown(record.body)}: the record`, '', `Each elected member's record against ${escapeMarkdown(record.programme.title)}.`, '', ...banner(record)];
  if (options.back) out.push(`[${escapeMarkdown(options.back.label)}](${options.back.href})`, '');
  const clauses = leafClauses(record);
  if (record.members.length > 0) {
    out.push(row(['Member', ...clauses.map((c) => escapeCell(c.id)), 'Summary']), row([':--', ...clauses.map(() => ':-:'), ':--']));
    for (const m of record.members) {
      const cells = clauses.map((c) => {
        const cr = clauseOf(m, c.id);
        return `${cr.pledge ? STANCES[cr.pledge.stance].symbol : '–'}→${STATUS_INFO[cr.status].symbol}`;
      });
      out.push(row([memberCell(m, options), ...cells, escapeCell(countsLine(m))]));
    }
    out.push('');
    const statuses = statusesInOrder().map(statusWords).join('; ');
    const stances = Object.values(STANCES).map((s) => `${s.symbol} ${s.label}`).join('; ');
    out.push(`Each cell: the pledge before the election → the record after it. Record: ${statuses}. Pledge: ${stances}; – no reply on file.`, '');
  }
  out.push('## Meetings', '');
  if (record.meetings.length === 0) out.push('None recorded yet.', '');
  for (const m of record.meetings) {
    out.push(`### ${escapeMarkdown(`${m.date} ${m.title}`)}`, '');
    if (m.illustration) out.push(`*${escapeMarkdown(illustrationNote(m.illustration)!)}*`, '');
    if (m.sources.length > 0) out.push(`Sources: ${escapeMarkdown(m.sources.join('; '))}`, '');
    for (const d of m.decisions) {
      const result = [d.result, d.tally].filter(Boolean).join(', ');
      const parts = [...d.votes.map((v) => `${v.member}: ${v.vote}`), ...(d.everyoneElse ? [`everyone else: ${d.everyoneElse}`] : [])];
      const tests = d.tests.map((t) => `a vote ${t.keptBy} keeps ${t.clause}`);
      const facts = [
        d.decided,
        d.proposer ? `Proposed by ${d.proposer}.` : undefined,
        parts.length > 0 ? `Votes: ${parts.join('; ')}.` : 'Votes: not known.',
        tests.length > 0 ? `Tests: ${tests.join('; ')}.` : undefined,
        `Source: ${sourceText(d.sources)}.`,
      ]
        .filter((x): x is string => x !== undefined)
        .map((f) => escapeMarkdown(f));
      if (d.illustration && d.illustration !== m.illustration) facts.push(`*${escapeMarkdown(illustrationNote(d.illustration)!)}*`);
      out.push(`- **${escapeMarkdown(d.title)}** (${escapeMarkdown(result)}). ${facts.join(' ')}`);
    }
    if (m.decisions.length > 0) out.push('');
    const reports = m.reports === undefined ? 'not known' : m.reports.length === 0 ? 'none' : m.reports.map((r) => `${r.by}${r.published ? `, ${r.published}` : ''}: ${r.where}${r.votes === true ? ' (gives the votes)' : r.votes === false ? ' (without the votes)' : ''}`).join('; ');
    out.push(`Reports: ${escapeMarkdown(reports)}`, '');
  }
  out.push(`*${escapeMarkdown(recordNote(record, options))}*`);
  return `${out.join('\n')}\n`;
}

/** One member's page: a side-by-side table of pledge and record per clause, then the facts behind each status. */
export function renderMemberMarkdown(record: RecordReport, m: MemberRecord, options: RecordRenderOptions): string {
  const out = [`# ${escapeMarkdown(m.member)}`, '', escapeMarkdown(memberLine(record, m)), ''];
  if (m.illustration) out.push(`> **${escapeMarkdown(illustrationNote(m.illustration)!)}**`, '');
  out.push(`${escapeMarkdown(record.programme.title)}: ${escapeMarkdown(countsLine(m))}. Pledges: ${escapeMarkdown(m.reply ?? 'no reply on file')}.`, '');
  if (options.back) out.push(`[${escapeMarkdown(options.back.label)}](${options.back.href})`, '');
  out.push('| Clause | Pledge (before) | Record (after) |', '| :-- | :-- | :-- |');
  for (const c of m.clauses) {
    const title = record.programme.clauses.find((x) => x.id === c.clause)!.title;
    out.push(row([escapeCell(`${c.clause} ${title}`), escapeCell(pledgeWords(c.pledge)), escapeCell(statusWords(c.status))]));
  }
  out.push('');
  for (const c of m.clauses) {
    const detail = pledgeDetail(c.pledge);
    if (c.facts.length === 0 && detail.length === 0) continue;
    const title = record.programme.clauses.find((x) => x.id === c.clause)!.title;
    out.push(`## ${escapeMarkdown(`${c.clause} ${title}`)}`, '', `Pledge: ${escapeMarkdown(pledgeWords(c.pledge))}. Record: ${escapeMarkdown(statusWords(c.status))}.`, '');
    for (const d of detail) out.push(`> ${escapeMarkdown(d)}`, '');
    for (const f of c.facts) {
      const lines = [`**${escapeMarkdown(factHeading(f))}**: ${escapeMarkdown(factPart(f))}: ${escapeMarkdown(f.why)}.`, `Source: ${escapeMarkdown(sourceText(f.sources))}.`];
      if (f.illustration) lines.push(`*${escapeMarkdown(`${ILLUSTRATION}: ${f.illustration}`)}*`);
      out.push(`- ${lines.join(' ')}`);
    }
    if (c.facts.length > 0) out.push('');
  }
  out.push(`*${escapeMarkdown(recordNote(record, options))}*`);
  return `${out.join('\n')}\n`;
}

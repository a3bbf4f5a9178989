// The record as CSV: one row per member, clause and fact (a clause without facts has one row), for spreadsheets.
import type { RecordReport } from '../../model/record.js';
import { csvField, neutraliseFormula } from '../csv.js';
import { sourceText, type RecordRenderOptions } from './view.js';

const COLUMNS = [
  'member',
  'reply',
  'clause',
  'title',
  'pledge',
  'status',
  'date',
  'meeting',
  'decision',
  'result',
  'tally',
  'part',
  'outcome',
  'why',
  'sources',
  'illustration',
] as const;

const cell = (text: string): string => csvField(neutraliseFormula(text));

/** Every member's record, members by name, clauses in programme order, facts by date. */
export function renderRecordCsv(record: RecordReport, _options: RecordRenderOptions): string {
  const titles = new Map(record.programme.clauses.map((c) => [c.id, c.title]));
  const lines = [COLUMNS.join(',')];
  for (const m of record.members) {
    for (const c of m.clauses) {
      const head = [m.member, m.reply ?? '', c.clause, titles.get(c.clause) ?? '', c.pledge?.stance ?? '', c.status];
      const facts = c.facts.length > 0 ? c.facts : [undefined];
      for (const f of facts) {
        const rest = f
          ? [f.date, f.meeting, f.decision?.title ?? '', f.decision?.result ?? '', f.decision?.tally ?? '', f.part, f.outcome, f.why, sourceText(f.sources), f.illustration ?? (m.illustration ?? '')]
          : ['', '', '', '', '', '', '', '', '', m.illustration ?? ''];
        lines.push([...head, ...rest].map(cell).join(','));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

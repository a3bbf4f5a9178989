// The record in the terminal: a grid of members × clauses, and one member's pledges beside their record.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { MemberRecord, RecordFact, RecordReport, RecordStatus } from '../../model/record.js';
import { STATUS_INFO } from '../../model/record.js';
import { STANCES } from '../../model/stance.js';
import { packItems, terminalSafe, visibleWidth, wrapText } from '../text.js';
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
  sourceText,
  statusesInOrder,
  statusWords,
  type RecordRenderOptions,
} from './view.js';

function toChalk(colour: RecordRenderOptions['colour']): ChalkInstance {
  return typeof colour === 'boolean' ? new Chalk({ level: colour ? 1 : 0 }) : colour;
}

function paint(chalk: ChalkInstance, s: RecordStatus, text: string): string {
  return chalk[STATUS_INFO[s].colour](text);
}

/** Wraps text to `width`, continuation lines indented by `hang` spaces (and the first by `indent`). */
function wrapped(text: string, width: number, indent = 0, hang = indent): string[] {
  return wrapText(terminalSafe(text), Math.max(20, width - hang)).map((l, i) => ' '.repeat(i === 0 ? indent : hang) + l);
}

const COMPACT = { head: [], border: [], compact: true };

/** Members as columns when they fit, else as rows (clauses as columns). */
function grid(record: RecordReport, chalk: ChalkInstance, width: number): string {
  const clauses = leafClauses(record);
  const members = record.members;
  const idWidth = Math.max(6, ...clauses.map((c) => visibleWidth(c.id)));
  const column = Math.floor((width - (idWidth + 3) - 1) / Math.max(1, members.length)) - 1;
  const cell = (m: MemberRecord, id: string): string => {
    const s = clauseOf(m, id).status;
    const pledge = clauseOf(m, id);
    const before = pledge.pledge ? STANCES[pledge.pledge.stance].symbol : '–';
    return `${chalk.dim(before)}→${paint(chalk, s, STATUS_INFO[s].symbol)}`;
  };
  if (column >= 7) {
    const table = new Table({
      ...COMPACT,
      head: ['Clause', ...members.map((m) => wrapText(terminalSafe(m.member), column - 2).join('\n'))],
      colWidths: [idWidth + 2, ...members.map(() => column)],
      colAligns: ['left', ...members.map(() => 'center' as const)],
      wordWrap: true,
      style: { head: [], border: [], compact: true },
    });
    for (const c of clauses) table.push([terminalSafe(c.id), ...members.map((m) => cell(m, c.id))]);
    return table.toString();
  }
  const nameWidth = Math.min(24, Math.max(6, ...members.map((m) => visibleWidth(m.member))));
  const table = new Table({
    ...COMPACT,
    head: ['Member', ...clauses.map((c) => terminalSafe(c.id))],
    colWidths: [nameWidth + 2, ...clauses.map((c) => Math.max(5, visibleWidth(c.id) + 2))],
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  for (const m of members) table.push([terminalSafe(m.member), ...clauses.map((c) => cell(m, c.id))]);
  return table.toString();
}

function legend(chalk: ChalkInstance, width: number): string[] {
  const statuses = statusesInOrder().map((s) => paint(chalk, s, statusWords(s)));
  return [
    'Each cell: the pledge before the election → the record after it.',
    ...packItems(['record:', ...statuses], width),
    ...packItems(['pledge:', ...Object.values(STANCES).map((i) => `${i.symbol} ${i.label}`), '– no reply on file'], width),
  ];
}

/** The body's record: a grid of every member's status per clause with their pledge beside it, and the meetings. */
export function renderRecordTable(record: RecordReport, options: RecordRenderOptions): string {
  const chalk = toChalk(options.colour);
  const width = options.width;
  const out = [chalk.bold(terminalSafe(`${record.body}: the record against ${record.programme.title}`))];
  if (hasIllustration(record)) out.push(...wrapped(ILLUSTRATION_BANNER, width).map((l) => chalk.yellow(l)));
  out.push('');
  if (record.members.length > 0) out.push(grid(record, chalk, width), '', ...legend(chalk, width), '');
  const ids = leafClauses(record);
  const idWidth = Math.max(...ids.map((c) => c.id.length)) + 2;
  for (const c of ids) out.push(terminalSafe(`${c.id.padEnd(idWidth)}${c.title}`));
  out.push('', chalk.bold('Meetings'));
  if (record.meetings.length === 0) out.push('  none recorded yet');
  for (const m of record.meetings) {
    const n = m.decisions.length;
    const reports = m.reports === undefined ? 'reports not known' : `${m.reports.length} ${m.reports.length === 1 ? 'report' : 'reports'}`;
    const line = `${m.date.padEnd(10)}  ${m.title}: ${n} ${n === 1 ? 'decision' : 'decisions'}, ${reports}${m.illustration ? ` (${ILLUSTRATION})` : ''}`;
    out.push(...wrapped(line, width, 2, 14));
  }
  out.push('', chalk.dim('pledgecard record <member> shows the facts behind each status.'));
  return `${out.join('\n')}\n`;
}

const OUTCOME_COLOUR = { kept: 'green', broken: 'red', 'not-known': 'cyan', 'did-not-take-part': 'dim' } as const satisfies Record<RecordFact['outcome'], string>;

/** A fact: where and what (marked when an illustration), what the member did and what it means, the source. */
function factLines(f: RecordFact, chalk: ChalkInstance, width: number): string[] {
  const out = wrapped(`${factHeading(f)}${f.illustration ? ` (${ILLUSTRATION})` : ''}`, width, 0, 2);
  out.push(...wrapped(`${factPart(f)}: ${f.why}`, width, 2, 4).map((l) => chalk[OUTCOME_COLOUR[f.outcome]](l)));
  out.push(...wrapped(`source: ${sourceText(f.sources)}`, width, 2, 4).map((l) => chalk.dim(l)));
  return out;
}

/** One member: for each clause, what they pledged (before) and what the record shows (after), with every fact. */
export function renderMemberTable(record: RecordReport, m: MemberRecord, options: RecordRenderOptions): string {
  const chalk = toChalk(options.colour);
  const width = options.width;
  const out = [`${chalk.bold(terminalSafe(m.member))}  ${chalk.dim(terminalSafe(m.reply ?? 'no reply on file'))}`];
  out.push(...wrapped(memberLine(record, m), width));
  const ill = illustrationNote(m.illustration);
  if (ill) out.push(...wrapped(ill, width).map((l) => chalk.yellow(l)));
  out.push(...wrapped(`${record.programme.title}: ${countsLine(m)}`, width), '');
  const indent = Math.max(...m.clauses.map((c) => c.clause.length)) + 2;
  const inner = Math.max(30, width - indent);
  const pad = ' '.repeat(indent);
  const label = (s: string): string => chalk.dim(s.padEnd(8));
  for (const c of m.clauses) {
    const info = record.programme.clauses.find((x) => x.id === c.clause)!;
    out.push(chalk.bold(terminalSafe(`${c.clause.padEnd(indent)}${info.title}`)));
    const stance = c.pledge ? chalk[STANCES[c.pledge.stance].colour](pledgeWords(c.pledge)) : chalk.dim(pledgeWords(undefined));
    out.push(`${pad}${label('before')}${stance}`);
    for (const l of pledgeDetail(c.pledge).flatMap((d) => wrapped(d, inner - 8))) out.push(`${pad}${' '.repeat(8)}${l}`);
    out.push(`${pad}${label('after')}${paint(chalk, c.status, statusWords(c.status))}`);
    for (const l of c.facts.flatMap((f) => factLines(f, chalk, inner - 8))) out.push(`${pad}${' '.repeat(8)}${l}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

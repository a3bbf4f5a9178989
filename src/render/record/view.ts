// What the record views read off a judged record: clauses to show, marks, fact and pledge wording, the legend.
import type { ClauseRecord, MemberRecord, PledgeView, RecordFact, RecordReport, RecordStatus, Source } from '../../model/record.js';
import { RECORD_STATUSES, STATUS_INFO } from '../../model/record.js';
import { REVIEW_MARK, STANCES } from '../../model/stance.js';
import type { Format } from '../types.js';

/** Options every record renderer takes: colour for the terminal, its width, and a date for documents. */
export interface RecordRenderOptions {
  colour: import('chalk').ChalkInstance | boolean;
  width: number;
  date?: string | undefined;
  /** Where a member's page lives, for documents that link to it. */
  href?: ((member: MemberRecord) => string) | undefined;
  /** A link back to the scorecards, for documents. */
  back?: { href: string; label: string } | undefined;
}

export type RecordRenderer = (record: RecordReport, options: RecordRenderOptions) => string;

export const DEFAULT_RECORD_OPTIONS: RecordRenderOptions = { colour: false, width: 80 };

export type { Format };

/** The leaf clauses, in programme order: the ones a grid shows. */
export function leafClauses(record: RecordReport): RecordReport['programme']['clauses'] {
  return record.programme.clauses.filter((c) => c.children.length === 0);
}

/** A member's record of one clause. */
export function clauseOf(m: MemberRecord, id: string): ClauseRecord {
  return m.clauses.find((c) => c.clause === id)!;
}

/** Statuses in legend order. */
export function statusesInOrder(): RecordStatus[] {
  return [...RECORD_STATUSES].sort((a, b) => STATUS_INFO[a].order - STATUS_INFO[b].order);
}

/** "✔ kept" */
export function statusWords(s: RecordStatus): string {
  return `${STATUS_INFO[s].symbol} ${STATUS_INFO[s].label}`;
}

/** "◐ agrees with qualifications", or "no reply on file" for a member who sent none. */
export function pledgeWords(p: PledgeView | undefined): string {
  if (!p) return 'no reply on file';
  return `${STANCES[p.stance].symbol} ${STANCES[p.stance].label}${p.needsReview ? ` ${REVIEW_MARK.symbol}` : ''}`;
}

/** The words of a pledge worth showing beside the record: the reviewer's note and the quotes that gave the stance. */
export function pledgeDetail(p: PledgeView | undefined): string[] {
  if (!p || p.stance === 'agree') return p?.note ? [`note: ${p.note}`] : [];
  return [...p.evidence.map((e) => `line ${e.line}: “${e.quote}”`), ...(p.note ? [`note: ${p.note}`] : [])];
}

/** "2022-10-18 NEC meeting · Open selection rule change (carried, 20–12)" */
export function factHeading(f: RecordFact): string {
  if (!f.decision) return `${f.date} ${f.meeting} · report of the meeting`;
  const result = [f.decision.result, f.decision.tally].filter(Boolean).join(', ');
  return `${f.date} ${f.meeting} · ${f.decision.title} (${result})`;
}

/** "voted against → broken" */
export function factPart(f: RecordFact): string {
  const outcome = f.outcome === 'did-not-take-part' ? 'neither kept nor broken' : f.outcome === 'not-known' ? 'not known' : f.outcome;
  return `${f.part} → ${outcome}`;
}

export function sourceText(sources: readonly Source[]): string {
  return sources.map((s) => s.text).join('; ') || 'none given';
}

/** The mark beside anything invented to show the format rather than taken from a real record. */
export const ILLUSTRATION = 'illustration';

/** "illustration: …" when the fact is not a real record. */
export function illustrationNote(text: string | undefined): string | undefined {
  return text === undefined ? undefined : `${ILLUSTRATION}: ${text}`;
}

/** "2 kept, 1 broken, 3 not known, 5 not tested": the statuses a member has, in legend order. */
export function countsLine(m: MemberRecord): string {
  return statusesInOrder()
    .filter((s) => m.counts[s] > 0)
    .map((s) => `${m.counts[s]} ${STATUS_INFO[s].label}`)
    .join(', ');
}

/** "Labour NEC, CLP section, from 2022-10-01": where and when the member sat. */
export function memberLine(record: RecordReport, m: MemberRecord): string {
  const when = [m.from ? `from ${m.from}` : '', m.to ? `to ${m.to}` : ''].filter(Boolean).join(' ');
  return [record.body, m.seat, when].filter(Boolean).join(', ');
}

/** Whether anything in the record is marked as an illustration. */
export function hasIllustration(record: RecordReport): boolean {
  return (
    record.illustration !== undefined ||
    record.members.some((m) => m.illustration !== undefined) ||
    record.meetings.some((m) => m.illustration !== undefined || m.decisions.some((d) => d.illustration !== undefined))
  );
}

/** The note every view carries when part of the record is an illustration. */
export const ILLUSTRATION_BANNER =
  'Parts of this record are illustrations, marked as such: invented to show the format, not a record of what anyone did.';

/** The generated-from note of record documents. */
export function recordNote(record: RecordReport, options: Pick<RecordRenderOptions, 'date'>): string {
  const n = record.meetings.length;
  return `Generated by pledgecard from ${record.folder.replace(/\/+$/, '')}/ (${n} ${n === 1 ? 'meeting' : 'meetings'})${options.date ? ` on ${options.date}` : ''}.`;
}

/** The clause's title by id. */
export function clauseTitle(record: RecordReport, id: string): string {
  return record.programme.clauses.find((c) => c.id === id)?.title ?? '';
}

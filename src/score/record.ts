// Judges each elected member's record against their pledges: every decision linked to a clause and every meeting
// a report was pledged for becomes a dated, sourced fact; a clause's status comes from its facts and its sub-clauses'.
import { dateRange, nameKey, onBody, partsOf } from '../load/record.js';
import type {
  BodyRecord,
  ClauseRecord,
  DecisionLink,
  FactOutcome,
  MeetingSummary,
  MemberPart,
  MemberRecord,
  RecordDecision,
  RecordFact,
  RecordMeeting,
  RecordMember,
  RecordReport,
  RecordStatus,
  Tally,
  Vote,
} from '../model/record.js';
import { RECORD_STATUSES } from '../model/record.js';
import type { CandidateResult, Report } from '../model/ruling.js';
import { compareText } from '../util/ordering.js';

/** "unanimous", "16–6" or "16–6, 2 abstained". */
export function tallyText(tally: Tally | undefined): string | undefined {
  if (tally === undefined) return undefined;
  if (tally === 'unanimous') return 'unanimous';
  return `${tally.for}–${tally.against}${tally.abstained ? `, ${tally.abstained} abstained` : ''}`;
}

/** A member's part in words: "voted against", "left the room". */
export const VOTE_WORDS = {
  for: 'voted for',
  against: 'voted against',
  abstained: 'abstained',
  absent: 'was absent',
  'left-the-room': 'left the room',
  'not-known': 'vote not known',
} as const satisfies Record<Vote, string>;

/** What a vote says about a pledge the decision tests. */
function voteOutcome(vote: Vote, link: DecisionLink): FactOutcome {
  if (vote === 'not-known') return 'not-known';
  if (vote === link.keptBy) return 'kept';
  if (vote === 'for' || vote === 'against') return 'broken';
  if (vote === 'abstained' && link.abstaining === 'breaks') return 'broken';
  return 'did-not-take-part';
}

function decisionFact(meeting: RecordMeeting, d: RecordDecision, link: DecisionLink, member: string, part: MemberPart | undefined): RecordFact {
  const base = {
    kind: 'decision' as const,
    date: meeting.date,
    meeting: meeting.title,
    file: meeting.file,
    decision: { id: d.id, title: d.title, result: d.result, tally: tallyText(d.tally) },
    illustration: d.illustration,
  };
  const rule = `a vote ${link.keptBy} keeps ${link.clause}${link.abstaining === 'breaks' ? '; abstaining breaks it' : ''}`;
  if (meeting.absent.includes(member)) {
    return { ...base, part: VOTE_WORDS.absent, outcome: 'did-not-take-part', why: `absent from the meeting; ${rule}`, sources: meeting.sources.length > 0 ? meeting.sources.map((text) => ({ text })) : d.sources };
  }
  if (part === undefined) {
    const tally = tallyText(d.tally);
    const why = tally ? `only the tally is known (${tally}), not how ${member} voted` : `how ${member} voted is not on record`;
    return { ...base, part: VOTE_WORDS['not-known'], outcome: 'not-known', why: `${why}; ${rule}`, sources: d.sources };
  }
  const outcome = voteOutcome(part.vote, link);
  const note = [part.note, link.note].filter(Boolean).join('; ');
  return { ...base, part: VOTE_WORDS[part.vote], outcome, why: `${rule}${note ? `; ${note}` : ''}`, sources: part.sources };
}

function reportFact(meeting: RecordMeeting, member: string, withVotes: boolean, clause: string): RecordFact {
  const base = { kind: 'report' as const, date: meeting.date, meeting: meeting.title, file: meeting.file, illustration: meeting.illustration };
  const sources = meeting.sources.map((text) => ({ text }));
  if (meeting.reports === undefined) {
    return { ...base, part: 'report not known', outcome: 'not-known', why: `the record does not say who reported this meeting; ${clause} asks for a report`, sources };
  }
  const mine = meeting.reports.filter((r) => r.by === member);
  if (mine.length === 0) {
    return { ...base, part: 'no report', outcome: 'broken', why: `no report of this meeting by ${member} is on record; ${clause} asks for one`, sources };
  }
  const given = mine.map((r) => ({ text: `${r.where}${r.published ? ` (published ${r.published})` : ''}`, report: r.id }));
  const illustration = mine.find((r) => r.illustration)?.illustration ?? meeting.illustration;
  const published = mine.map((r) => r.published).filter(Boolean)[0];
  const part = `reported${published ? ` on ${published}` : ''}`;
  if (!withVotes || mine.some((r) => r.votes === true)) {
    return { ...base, illustration, part, outcome: 'kept', why: withVotes ? `the report says how members voted; ${clause} asks for that` : `${clause} asks for a report`, sources: given };
  }
  if (mine.some((r) => r.votes === undefined)) {
    return { ...base, illustration, part, outcome: 'not-known', why: `the record does not say whether the report gives how members voted, which ${clause} asks for`, sources: given };
  }
  return { ...base, illustration, part: `${part}, without the votes`, outcome: 'broken', why: `the report does not say how members voted; ${clause} asks for that`, sources: given };
}

/** A status from the outcomes of facts: kept and broken together are mixed; only unknowns are not known. */
export function statusOf(outcomes: readonly FactOutcome[]): RecordStatus {
  const kept = outcomes.includes('kept');
  const broken = outcomes.includes('broken');
  if (kept && broken) return 'mixed';
  if (kept) return 'kept';
  if (broken) return 'broken';
  return outcomes.includes('not-known') ? 'not-known' : 'not-tested';
}

/** Every fact bearing on each clause for one member, by the clause it is linked to. */
function factsOf(record: BodyRecord, member: RecordMember): Map<string, RecordFact[]> {
  const byClause = new Map<string, RecordFact[]>();
  const add = (clause: string, fact: RecordFact): void => {
    const list = byClause.get(clause) ?? [];
    list.push(fact);
    byClause.set(clause, list);
  };
  for (const meeting of record.meetings) {
    if (!onBody(member, meeting.date)) continue;
    for (const d of meeting.decisions) {
      if (d.tests.length === 0) continue;
      const part = partsOf(d, record.members, meeting.date, meeting.absent).get(member.name);
      for (const link of d.tests) add(link.clause, decisionFact(meeting, d, link, member.name, part));
    }
    if (meeting.absent.includes(member.name)) continue;
    for (const p of record.reportPledges) add(p.clause, reportFact(meeting, member.name, p.withVotes, p.clause));
  }
  return byClause;
}

function findCandidate(report: Report, name: string | undefined): CandidateResult | undefined {
  if (name === undefined) return undefined;
  return report.candidates.find((c) => nameKey(c.candidate) === nameKey(name));
}

function memberRecord(record: BodyRecord, report: Report, member: RecordMember): MemberRecord {
  const facts = factsOf(record, member);
  const candidate = findCandidate(report, member.candidate);
  const rulings = new Map(candidate?.rulings.map((r) => [r.clause, r]));
  const clauses = report.programme.clauses;
  const byId = new Map(clauses.map((c) => [c.id, c]));
  // A parent's status counts its sub-clauses' facts too: collected leaves first, then upwards.
  const outcomes = new Map<string, FactOutcome[]>();
  const collect = (id: string): FactOutcome[] => {
    const known = outcomes.get(id);
    if (known) return known;
    const own = (facts.get(id) ?? []).map((f) => f.outcome);
    const all = [...own, ...(byId.get(id)?.children ?? []).flatMap(collect)];
    outcomes.set(id, all);
    return all;
  };
  const counts = Object.fromEntries(RECORD_STATUSES.map((s) => [s, 0])) as Record<RecordStatus, number>;
  const out: ClauseRecord[] = clauses.map((c) => {
    const status = statusOf(collect(c.id));
    if (c.children.length === 0) counts[status]++;
    const r = rulings.get(c.id);
    const pledge = candidate ? { stance: r?.stance ?? 'no-answer', needsReview: r?.needsReview ?? false, note: r?.note, evidence: r?.evidence ?? [] } : undefined;
    const own = [...(facts.get(c.id) ?? [])].sort((a, b) => compareText(dateRange(a.date)[0], dateRange(b.date)[0]));
    return { clause: c.id, status, pledge, facts: own };
  });
  return {
    member: member.name,
    candidate: candidate?.candidate,
    reply: candidate?.file,
    seat: member.seat,
    from: member.from,
    to: member.to,
    illustration: member.illustration,
    note: member.note,
    clauses: out,
    counts,
  };
}

function meetingSummary(m: RecordMeeting): MeetingSummary {
  return {
    date: m.date,
    title: m.title,
    file: m.file,
    illustration: m.illustration,
    sources: m.sources,
    reports: m.reports,
    decisions: m.decisions.map((d) => ({
      id: d.id,
      title: d.title,
      decided: d.decided,
      result: d.result,
      tally: tallyText(d.tally),
      proposer: d.proposer,
      votes: d.votes.map((v) => ({ member: v.member, vote: v.vote })),
      everyoneElse: d.everyoneElse,
      tests: d.tests.map((t) => ({ clause: t.clause, keptBy: t.keptBy })),
      sources: d.sources,
      illustration: d.illustration,
    })),
  };
}

/** The record of every member against their pledges, members by name, meetings by date. */
export function judgeRecord(record: BodyRecord, report: Report): RecordReport {
  const members = [...record.members].sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.name, b.name));
  return {
    body: record.body,
    folder: record.folder,
    illustration: record.illustration,
    programme: {
      title: report.programme.title,
      clauses: report.programme.clauses.map((c) => ({ id: c.id, title: c.title, parent: c.parent, children: c.children })),
    },
    members: members.map((m) => memberRecord(record, report, m)),
    meetings: record.meetings.map(meetingSummary),
  };
}

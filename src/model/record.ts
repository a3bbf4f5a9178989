// The record after the election (data/record/*.yaml): the body and its members, meetings, decisions, votes and
// members' reports; the links from decisions to clauses; and the judged record of each member against their pledges.
import { z } from 'zod';
import type { Evidence } from './ruling.js';
import type { Stance } from './stance.js';

/** A date as precise as the source gives it: 2016-11-22, 2019-07 or 2019 (YAML reads 2019 as a number). */
export const DateTextSchema = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date is 2016-11-22, 2016-11 or 2016'));

const Text = z.string().trim().min(1, 'must not be empty');
const Name = z.string().trim().min(1, 'a member’s name must not be empty');
const Id = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is one word of letters, digits, ".", "_" or "-"'));

/** What a member did on a decision, where it is known. */
export const VOTES = ['for', 'against', 'abstained', 'absent', 'left-the-room', 'not-known'] as const;
export const VoteSchema = z.enum(VOTES);
export type Vote = z.infer<typeof VoteSchema>;

/** The outcome of a decision. */
export const RESULTS = ['carried', 'defeated', 'withdrawn', 'no-vote', 'not-known'] as const;

/** A decision's link to a clause: which vote keeps the pledge; the opposite vote breaks it. */
export const LinkSchema = z.strictObject({
  clause: z.union([z.string(), z.number()]).transform((v) => String(v).trim()),
  'kept-by': z.enum(['for', 'against'], { error: 'kept-by is the vote that keeps the pledge: for or against' }),
  abstaining: z.enum(['breaks', 'neither']).optional(),
  note: Text.optional(),
});

const VoteEntrySchema = z.preprocess(
  (v) => (typeof v === 'string' ? { vote: v } : v),
  z.strictObject(
    { vote: VoteSchema, source: Text.optional(), report: Id.optional(), note: Text.optional() },
    { error: `a member's part is a vote (${VOTES.join(', ')}) or { vote: …, source: …, note: … }` },
  ),
);

export const TallySchema = z.union(
  [
    z.literal('unanimous'),
    z.strictObject({
      for: z.number().int().min(0),
      against: z.number().int().min(0),
      abstained: z.number().int().min(0).optional(),
    }),
  ],
  { error: 'a tally is "unanimous" or { for: 16, against: 6, abstained: 0 }' },
);
export type Tally = z.infer<typeof TallySchema>;

export const DecisionSchema = z.strictObject({
  id: Id,
  title: Text,
  decided: Text.optional(),
  result: z.enum(RESULTS),
  tally: TallySchema.optional(),
  proposer: Name.optional(),
  source: Text.optional(),
  report: Id.optional(),
  votes: z.record(z.string(), VoteEntrySchema).optional(),
  'everyone-else': VoteSchema.optional(),
  tests: z.array(LinkSchema).optional(),
  note: Text.optional(),
  illustration: Text.optional(),
});

export const ReportEntrySchema = z.strictObject({
  id: Id,
  by: Name,
  published: DateTextSchema.optional(),
  where: Text,
  votes: z.boolean({ error: 'votes is true or false: whether the report says how members voted' }).optional(),
  note: Text.optional(),
  illustration: Text.optional(),
});

export const MeetingFileSchema = z.strictObject({
  meeting: Text,
  date: DateTextSchema,
  sources: z.array(Text).optional(),
  illustration: Text.optional(),
  absent: z.array(Name).optional(),
  reports: z.array(ReportEntrySchema).optional(),
  decisions: z.array(DecisionSchema).optional(),
  note: Text.optional(),
});
export type MeetingFile = z.infer<typeof MeetingFileSchema>;

export const MemberSchema = z.strictObject({
  name: Name,
  candidate: Name.optional(),
  seat: Text.optional(),
  from: DateTextSchema.optional(),
  to: DateTextSchema.optional(),
  source: Text.optional(),
  note: Text.optional(),
  illustration: Text.optional(),
});

export const BodyFileSchema = z.strictObject({
  body: Text,
  illustration: Text.optional(),
  note: Text.optional(),
  'report-pledges': z
    .array(
      z.strictObject({
        clause: z.union([z.string(), z.number()]).transform((v) => String(v).trim()),
        'with-votes': z.boolean().optional(),
        note: Text.optional(),
      }),
    )
    .optional(),
  members: z.array(MemberSchema).min(1, 'a body needs at least one member'),
});
export type BodyFile = z.infer<typeof BodyFileSchema>;

/** Where a fact comes from: a member's report of the meeting, or a citation (a link or a description). */
export interface Source {
  text: string;
  /** The id of the meeting's report, when the fact comes from one. */
  report?: string;
}

export interface RecordMember {
  name: string;
  /** The candidate whose reply holds this member's pledges, when there is one. */
  candidate: string | undefined;
  seat: string | undefined;
  from: string | undefined;
  to: string | undefined;
  source: string | undefined;
  note: string | undefined;
  illustration: string | undefined;
  file: string;
  line: number;
}

export interface MemberPart {
  member: string;
  vote: Vote;
  sources: Source[];
  note: string | undefined;
}

export interface DecisionLink {
  clause: string;
  keptBy: 'for' | 'against';
  abstaining: 'breaks' | 'neither';
  note: string | undefined;
}

export interface RecordDecision {
  id: string;
  title: string;
  decided: string | undefined;
  result: (typeof RESULTS)[number];
  tally: Tally | undefined;
  proposer: string | undefined;
  sources: Source[];
  /** Named parts in the order written. */
  votes: MemberPart[];
  everyoneElse: Vote | undefined;
  tests: DecisionLink[];
  note: string | undefined;
  illustration: string | undefined;
  line: number;
}

export interface RecordReportEntry {
  id: string;
  by: string;
  published: string | undefined;
  where: string;
  votes: boolean | undefined;
  note: string | undefined;
  illustration: string | undefined;
}

export interface RecordMeeting {
  file: string;
  title: string;
  date: string;
  sources: string[];
  illustration: string | undefined;
  note: string | undefined;
  absent: string[];
  /** Undefined when the file does not say which reports were published (not known). */
  reports: RecordReportEntry[] | undefined;
  decisions: RecordDecision[];
}

export interface ReportPledge {
  clause: string;
  withVotes: boolean;
  note: string | undefined;
}

/** The loaded, cross-checked record: names resolved to members as the body file writes them. */
export interface BodyRecord {
  folder: string;
  body: string;
  file: string;
  illustration: string | undefined;
  note: string | undefined;
  members: RecordMember[];
  reportPledges: ReportPledge[];
  meetings: RecordMeeting[];
}

// ——— The judged record ———

export const RECORD_STATUSES = ['kept', 'broken', 'mixed', 'not-tested', 'not-known'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export type StatusColour = 'green' | 'red' | 'yellow' | 'dim' | 'cyan';

export const STATUS_INFO = {
  kept: { label: 'kept', symbol: '✔', colour: 'green', order: 0 },
  broken: { label: 'broken', symbol: '✘', colour: 'red', order: 1 },
  mixed: { label: 'mixed', symbol: '±', colour: 'yellow', order: 2 },
  'not-tested': { label: 'not tested', symbol: '·', colour: 'dim', order: 3 },
  'not-known': { label: 'not known', symbol: '?', colour: 'cyan', order: 4 },
} as const satisfies Record<RecordStatus, { label: string; symbol: string; colour: StatusColour; order: number }>;

/** What one fact says about one pledge of one member. */
export type FactOutcome = 'kept' | 'broken' | 'did-not-take-part' | 'not-known';

/** One decision or report that bears on a clause for a member, dated and sourced. */
export interface RecordFact {
  kind: 'decision' | 'report';
  date: string;
  meeting: string;
  file: string;
  /** The decision's id and title, for decisions. */
  decision?: { id: string; title: string; result: string; tally: string | undefined };
  /** What the member did: a vote, or for reports "reported" / "no report". */
  part: string;
  outcome: FactOutcome;
  /** Why the part gives the outcome, in words. */
  why: string;
  sources: Source[];
  /** Set when the fact, or the meeting it belongs to, is an illustration rather than a real record. */
  illustration: string | undefined;
}

/** What the member pledged on a clause before the election, from their reply. */
export interface PledgeView {
  stance: Stance;
  needsReview: boolean;
  note: string | undefined;
  evidence: Evidence[];
}

export interface ClauseRecord {
  clause: string;
  status: RecordStatus;
  /** Undefined for a member without a reply on file. */
  pledge: PledgeView | undefined;
  /** The facts linked to this clause itself (a parent's status also counts its sub-clauses' facts). */
  facts: RecordFact[];
}

export interface MemberRecord {
  member: string;
  candidate: string | undefined;
  /** The reply file holding the pledges. */
  reply: string | undefined;
  seat: string | undefined;
  from: string | undefined;
  to: string | undefined;
  illustration: string | undefined;
  note: string | undefined;
  clauses: ClauseRecord[];
  /** Leaf clauses by status. */
  counts: Record<RecordStatus, number>;
}

export interface MeetingSummary {
  date: string;
  title: string;
  file: string;
  illustration: string | undefined;
  sources: string[];
  reports: RecordReportEntry[] | undefined;
  decisions: Array<{
    id: string;
    title: string;
    decided: string | undefined;
    result: string;
    tally: string | undefined;
    proposer: string | undefined;
    votes: Array<{ member: string; vote: Vote }>;
    everyoneElse: Vote | undefined;
    tests: Array<{ clause: string; keptBy: 'for' | 'against' }>;
    sources: Source[];
    illustration: string | undefined;
  }>;
}

/** Everything the record views show; renderers only format it. */
export interface RecordReport {
  body: string;
  folder: string;
  illustration: string | undefined;
  programme: { title: string; clauses: Array<{ id: string; title: string; parent: string | null; children: string[] }> };
  members: MemberRecord[];
  meetings: MeetingSummary[];
}

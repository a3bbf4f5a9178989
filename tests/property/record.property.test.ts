// Property tests for the judged record: a record that knows only tallies never marks anyone kept or broken, and a
// member's named votes never change another member's record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyRecord, RecordDecision, RecordMeeting, RecordMember, Vote } from '../../src/model/record.js';
import { VOTES } from '../../src/model/record.js';
import { STANCE_IDS } from '../../src/model/stance.js';
import { scoreReport } from '../../src/score/index.js';
import { judgeRecord } from '../../src/score/record.js';
import { programmeFrom, rulingsFor } from '../helpers/pledgecard.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

const programme = programmeFrom(`title: P
clauses:
  - { id: "1", title: One, text: Report. }
  - id: "2"
    title: Two
    text: Platform.
    clauses:
      - { id: 2a, title: Two a, text: A. }
      - { id: 2b, title: Two b, text: B. }
  - { id: "3", title: Three, text: C. }
`);
const IDS = programme.clauses.map((c) => c.id);
const LEAVES = programme.clauses.filter((c) => c.children.length === 0).map((c) => c.id);
const NAMES = ['Ann Lee', 'Bo Chan', 'Cy Dee', 'Di Eve', 'Ed Fox'];
const DATES = ['2022', '2022-06', '2022-06-01', '2022-09-15', '2023', '2023-02-01', '2024-01-31'];

const member = (name: string): fc.Arbitrary<RecordMember> =>
  fc.record({ from: fc.option(fc.constantFrom(...DATES), { nil: undefined }), to: fc.option(fc.constantFrom(...DATES), { nil: undefined }) }).map((d) => ({
    name,
    candidate: name,
    seat: undefined,
    source: undefined,
    note: undefined,
    illustration: undefined,
    file: 'body.yaml',
    line: 1,
    ...d,
  }));

const decision: fc.Arbitrary<RecordDecision> = fc
  .record({
    tally: fc.option(fc.oneof(fc.constant('unanimous' as const), fc.record({ for: fc.nat(30), against: fc.nat(30) })), { nil: undefined }),
    tests: fc.array(
      fc.record({ clause: fc.constantFrom(...IDS), keptBy: fc.constantFrom('for' as const, 'against' as const), abstaining: fc.constantFrom('breaks' as const, 'neither' as const) }),
      { maxLength: 3 },
    ),
  })
  .map((d) => ({
    id: 'd',
    title: 'D',
    decided: undefined,
    result: 'carried',
    tally: d.tally,
    proposer: undefined,
    sources: [{ text: 'minutes' }],
    votes: [],
    everyoneElse: undefined,
    tests: d.tests.map((t) => ({ ...t, note: undefined })),
    note: undefined,
    illustration: undefined,
    line: 1,
  }));

/** A record of tallies only: no named vote, no "everyone else", no list of who reported. */
const tallyOnly: fc.Arbitrary<BodyRecord> = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: NAMES.length })
  .chain((names) =>
    fc.record({
      members: fc.tuple(...names.map(member)),
      meetings: fc.array(
        fc.record({ date: fc.constantFrom(...DATES), absent: fc.subarray(names), decisions: fc.array(decision, { maxLength: 4 }) }).map(
          (m): RecordMeeting => ({ file: 'm.yaml', title: 'M', sources: ['minutes'], illustration: undefined, note: undefined, reports: undefined, ...m }),
        ),
        { maxLength: 5 },
      ),
      reportPledges: fc.array(fc.record({ clause: fc.constantFrom(...IDS), withVotes: fc.boolean(), note: fc.constant(undefined) }), { maxLength: 2 }),
    }),
  )
  .map((r) => ({ folder: 'data/record', body: 'Council', file: 'body.yaml', illustration: undefined, note: undefined, ...r }));

/** Everyone's pledges, as any reply could give them. */
const pledges = fc.array(fc.constantFrom(...STANCE_IDS), { minLength: NAMES.length * LEAVES.length, maxLength: NAMES.length * LEAVES.length }).map((stances) =>
  scoreReport(
    programme,
    NAMES.map((n, i) => rulingsFor(n, Object.fromEntries(LEAVES.map((id, j) => [id, stances[i * LEAVES.length + j]!])))),
  ),
);

describe('the judged record', () => {
  it('a record with only tallies never marks any member kept or broken (nor mixed)', () => {
    fc.assert(
      fc.property(tallyOnly, pledges, (record, report) => {
        const judged = judgeRecord(record, report);
        for (const m of judged.members) {
          for (const c of m.clauses) {
            expect(['not-known', 'not-tested']).toContain(c.status);
            for (const f of c.facts) expect(['not-known', 'did-not-take-part']).toContain(f.outcome);
          }
          expect(m.counts.kept + m.counts.broken + m.counts.mixed).toBe(0);
          expect(m.counts['not-known'] + m.counts['not-tested']).toBe(LEAVES.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('naming one member’s votes changes no other member’s record', () => {
    fc.assert(
      fc.property(tallyOnly, pledges, fc.array(fc.constantFrom(...VOTES), { minLength: 20, maxLength: 20 }), (record, report, votes) => {
        const before = judgeRecord(record, report);
        const named = record.members[0]!.name;
        let k = 0;
        const withVotes: BodyRecord = {
          ...record,
          meetings: record.meetings.map((m) => ({
            ...m,
            decisions: m.decisions.map((d) => ({ ...d, votes: [{ member: named, vote: votes[k++ % votes.length] as Vote, sources: d.sources, note: undefined }] })),
          })),
        };
        const after = judgeRecord(withVotes, report);
        for (const m of after.members.filter((x) => x.member !== named)) expect(m).toEqual(before.members.find((x) => x.member === m.member));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

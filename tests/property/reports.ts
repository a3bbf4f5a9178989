// Arbitrary reports for the renderers' property tests: any strings (quotes, backslashes, commas, line breaks,
// control characters, lone surrogates, U+2028) and numbers (NaN, the infinities, -0, exponents) where the report has them.
import fc from 'fast-check';
import type { Report, ReportClause, Ruling } from '../../src/model/ruling.js';

export const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** Stop generating (without failing) before vitest's own timeout when PROPERTY_RUNS asks for many runs. */
export const LIMITS = { interruptAfterTimeLimit: 20_000 } as const;

/** Strings made of what a format escapes or might get wrong, any UTF-16 unit (lone surrogates included), any code point. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', '\\', '/', ',', '=', '-', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029', '’', '\ud800', '\udfff', '\ufeff'),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});

const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2, 4.35, 100));

const clause: fc.Arbitrary<ReportClause> = fc.record({
  id: nasty,
  title: nasty,
  text: nasty,
  parent: fc.option(nasty, { nil: null }),
  children: fc.array(nasty, { maxLength: 3 }),
  weight: num,
});

/** Rulings name the programme's clauses or any other text; `note` is missing, undefined, or set. */
const ruling = (ids: readonly string[]): fc.Arbitrary<Ruling> =>
  fc.record(
    {
      clause: ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), nasty) : nasty,
      stance: nasty,
      confidence: num,
      source: nasty,
      evidence: fc.array(fc.record({ quote: nasty, line: num }), { maxLength: 3 }),
      reason: nasty,
      needsReview: fc.boolean(),
      declineKind: fc.option(nasty, { nil: undefined }),
      note: fc.option(nasty, { nil: undefined }),
    },
    { requiredKeys: ['clause', 'stance', 'confidence', 'source', 'evidence', 'reason', 'needsReview'] },
  ) as fc.Arbitrary<Ruling>;

export const report: fc.Arbitrary<Report> = fc.array(clause, { maxLength: 4 }).chain((clauses) =>
  fc.record({
    programme: fc.record(
      {
        title: nasty,
        organisation: nasty,
        election: nasty,
        source: nasty,
        scoring: fc.record({ agree: num, 'agree-with-qualifications': num, declined: num, 'no-answer': num }),
        reviewThreshold: num,
        clauses: fc.constant(clauses),
      },
      { requiredKeys: ['title', 'scoring', 'reviewThreshold', 'clauses'] },
    ),
    incomplete: fc.array(fc.record({ file: nasty, line: num, col: num, code: nasty, message: nasty }), { maxLength: 2 }),
    candidates: fc.array(
      fc.record(
        {
          candidate: nasty,
          file: nasty,
          received: nasty,
          source: nasty,
          details: fc.record({ party: nasty, ward: nasty, slate: nasty, photo: nasty }, { requiredKeys: [] }),
          score: num,
          maxScore: num,
          percent: num,
          rank: num,
          rulings: fc.array(ruling(clauses.map((c) => c.id)), { maxLength: 4 }),
        },
        { requiredKeys: ['candidate', 'file', 'score', 'maxScore', 'percent', 'rank', 'rulings'] },
      ),
      { maxLength: 4 },
    ),
  }),
);

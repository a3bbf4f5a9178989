// Property tests for the JSON renderer: for any report, its text is exactly what JSON.stringify(…, null, 2) makes
// of the contract's objects, whatever the strings (quotes, backslashes, control characters, lone surrogates,
// U+2028) and numbers (NaN, the infinities, -0, exponents) in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateResult, Report, ReportClause, Ruling } from '../../src/model/ruling.js';
import { render } from '../../src/render/index.js';
import { renderCandidateJson } from '../../src/render/json.js';
import { orderCandidates, type CandidateOrder } from '../../src/util/ordering.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** Stop generating (without failing) before vitest's own timeout when PROPERTY_RUNS asks for many runs. */
const LIMITS = { interruptAfterTimeLimit: 20_000 } as const;

// ---------------------------------------------------------------------------------------------
// The contract as objects, the way JSON.stringify is given them: keys in contract order, optional keys only when set.

function rulingObject(r: Ruling): Record<string, unknown> {
  return {
    clause: r.clause,
    stance: r.stance,
    confidence: r.confidence,
    source: r.source,
    evidence: r.evidence.map((e) => ({ quote: e.quote, line: e.line })),
    reason: r.reason,
    needsReview: r.needsReview,
    ...(r.note !== undefined ? { note: r.note } : {}),
  };
}

function candidateObject(report: Report, c: CandidateResult): Record<string, unknown> {
  const order = new Map(report.programme.clauses.map((clause, i) => [clause.id, i]));
  const rulings = [...c.rulings].sort((a, b) => (order.get(a.clause) ?? 0) - (order.get(b.clause) ?? 0));
  return { candidate: c.candidate, file: c.file, score: c.score, maxScore: c.maxScore, percent: c.percent, rank: c.rank, rulings: rulings.map(rulingObject) };
}

function reportObject(report: Report, sort: CandidateOrder): Record<string, unknown> {
  const { title, organisation, election, source, clauses } = report.programme;
  return {
    programme: {
      title,
      ...(organisation !== undefined ? { organisation } : {}),
      ...(election !== undefined ? { election } : {}),
      ...(source !== undefined ? { source } : {}),
      clauses: clauses.map((c) => ({ id: c.id, title: c.title, parent: c.parent, children: c.children, text: c.text, weight: c.weight })),
    },
    candidates: orderCandidates(report.candidates, sort).map((c) => candidateObject(report, c)),
  };
}

// ---------------------------------------------------------------------------------------------
// Arbitrary reports.

/** Strings made of what JSON escapes or might get wrong: any UTF-16 unit (lone surrogates included), any code point. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029', '’', '\ud800', '\udfff', '\ufeff'),
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
      note: fc.option(nasty, { nil: undefined }),
    },
    { requiredKeys: ['clause', 'stance', 'confidence', 'source', 'evidence', 'reason', 'needsReview'] },
  ) as fc.Arbitrary<Ruling>;

const report: fc.Arbitrary<Report> = fc.array(clause, { maxLength: 4 }).chain((clauses) =>
  fc.record({
    programme: fc.record(
      { title: nasty, organisation: nasty, election: nasty, source: nasty, clauses: fc.constant(clauses) },
      { requiredKeys: ['title', 'clauses'] },
    ),
    candidates: fc.array(
      fc.record({
        candidate: nasty,
        file: nasty,
        score: num,
        maxScore: num,
        percent: num,
        rank: num,
        rulings: fc.array(ruling(clauses.map((c) => c.id)), { maxLength: 4 }),
      }),
      { maxLength: 4 },
    ),
  }),
);

describe('JSON text', () => {
  it('of a report is JSON.stringify(…, null, 2) of the contract, in either order', () => {
    fc.assert(
      fc.property(report, fc.constantFrom<CandidateOrder>('score', 'name'), (r, sort) => {
        expect(render(r, 'json', { sort })).toBe(`${JSON.stringify(reportObject(r, sort), null, 2)}\n`);
      }),
      { numRuns: RUNS, ...LIMITS },
    );
  });

  it('of one candidate is JSON.stringify(…, null, 2) of its part of the contract', () => {
    fc.assert(
      fc.property(
        report.filter((r) => r.candidates.length > 0),
        (r) => {
          for (const c of r.candidates) expect(renderCandidateJson(r, c)).toBe(`${JSON.stringify(candidateObject(r, c), null, 2)}\n`);
        },
      ),
      { numRuns: RUNS, ...LIMITS },
    );
  });

});

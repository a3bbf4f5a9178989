// Scoring and ranking: shared ranks for ties, parent weights shared among leaves, percent to one decimal.
import { describe, expect, it } from 'vitest';
import { assignRanks, effectiveWeights, percentOf, scoreReport } from '../../src/score/index.js';
import { orderCandidates } from '../../src/util/ordering.js';
import { analyseReply } from '../../src/parse/index.js';
import { requireInputs } from '../../src/pipeline.js';
import { ROOT, inputArgs, programmeFrom as programme, reportOf, rulingsFor as reply } from '../helpers/pledgecard.js';

describe('ties', () => {
  it('share a rank and the next rank skips (1, 2, 2, 4), ties listed by name', () => {
    const report = reportOf('ties');
    expect(report.candidates.map((c) => [c.rank, c.candidate, c.score])).toEqual([
      [1, 'Mo Top', 3],
      [2, 'amy Brown', 2],
      [2, 'Zed Young', 2],
      [4, 'Al Last', 1],
    ]);
  });

  it('--sort name keeps the ranks', () => {
    const byName = orderCandidates(reportOf('ties').candidates, 'name');
    expect(byName.map((c) => `${c.candidate}#${c.rank}`)).toEqual(['Al Last#4', 'amy Brown#2', 'Mo Top#1', 'Zed Young#2']);
  });

  it('scores equal up to floating-point noise tie', () => {
    const p = programme(`
title: Noise
clauses:
  - { id: a, title: A, text: A., weight: 0.1 }
  - { id: b, title: B, text: B., weight: 0.2 }
  - { id: c, title: C, text: C., weight: 0.3 }
`);
    const report = scoreReport(p, [reply('X', { a: 'agree', b: 'agree' }), reply('Y', { c: 'agree' })]);
    expect(report.candidates.map((c) => c.rank)).toEqual([1, 1]);
  });

  it('everyone equal ranks everyone first', () => {
    const ranked = assignRanks([
      { candidate: 'b', file: 'b', score: 0, rank: 0 },
      { candidate: 'a', file: 'a', score: 0, rank: 0 },
      { candidate: 'c', file: 'c', score: 0, rank: 0 },
    ]);
    expect(ranked.map((r) => `${r.candidate}${r.rank}`)).toEqual(['a1', 'b1', 'c1']);
  });
});

describe('weights', () => {
  it("shares a parent's weight among its leaves in proportion to theirs; a parent weighs its leaves' sum", () => {
    const report = reportOf('weights');
    const w = Object.fromEntries(report.programme.clauses.map((c) => [c.id, c.weight]));
    expect(w).toEqual({ '1': 4, '1a': 1, '1b': 1, '1c': 2, '2': 1, '3': 0.5 });
  });

  it('scores weight × points from the scoring block, out of the best possible', () => {
    const report = reportOf('weights');
    expect(report.candidates.map((c) => [c.candidate, c.score, c.maxScore, c.percent, c.rank])).toEqual([
      ['Full Marks', 11, 11, 100, 1],
      // 1c agree: 2 × 2 points; 3 with qualifications: 0.5 × 1 point
      ['Only C', 4.5, 11, 40.9, 2],
    ]);
  });

  it('a weighted parent with unweighted leaves shares its weight equally, nested parents included', () => {
    const p = programme(`
title: Nested
clauses:
  - id: "1"
    title: Top
    text: Top.
    weight: 6
    clauses:
      - { id: 1a, title: A, text: A. }
      - id: 1b
        title: B
        text: B.
        clauses:
          - { id: 1b.i, title: I, text: I. }
          - { id: 1b.ii, title: II, text: II. }
  - { id: "2", title: Two, text: Two. }
`);
    const w = effectiveWeights(p);
    expect(Object.fromEntries(w)).toEqual({ '1': 6, '1a': 2, '1b': 4, '1b.i': 2, '1b.ii': 2, '2': 1 });
  });

  it('rounds percent to one decimal', () => {
    const p = programme(`
title: Thirds
clauses:
  - { id: a, title: A, text: A. }
  - { id: b, title: B, text: B. }
  - { id: c, title: C, text: C. }
`);
    const report = scoreReport(p, [reply('X', { a: 'agree', b: 'agree' }), reply('Y', { a: 'agree-with-qualifications' })]);
    expect(report.candidates.map((c) => c.percent)).toEqual([66.7, 16.7]);
  });

  it('parents are not scored: only leaves count', () => {
    const report = reportOf('escaping');
    const maxScore = report.candidates[0]!.maxScore;
    expect(maxScore).toBe(3);
  });
});

describe('percentOf', () => {
  it('rounds halves up even where the binary fraction falls just short', () => {
    expect(percentOf(0.42, 40)).toBe(1.1);
    expect(percentOf(0.7, 40)).toBe(1.8);
    expect(percentOf(8.5, 11)).toBe(77.3);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('matches exact decimal arithmetic on a grid of scores', () => {
    for (let hundredths = 0; hundredths <= 2000; hundredths++) {
      for (const max of [4, 8, 16, 40, 80]) {
        if (hundredths / 100 > max) continue;
        // exact: hundredths × 1000 / (100 × max) tenths of a percent, rounded half up in integers
        const num = hundredths * 10;
        const tenths = Math.floor((2 * num + max) / (2 * max));
        expect(percentOf(hundredths / 100, max)).toBe(tenths / 10);
      }
    }
  });
});

describe('the report', () => {
  it('keeps the rulings it is given as they were: making them compact changes no ruling, quote or order', () => {
    const [, pledges, , data] = inputArgs('example');
    const { programme, replies } = requireInputs({ pledges: pledges!, data: data!, cwd: ROOT });
    const analysed = replies.map((reply) => ({ reply, rulings: analyseReply(programme, reply) }));
    const before = new Map(analysed.map((a) => [a.reply.file, structuredClone(a.rulings)]));
    const report = scoreReport(programme, analysed);
    expect(report.candidates).toHaveLength(replies.length);
    for (const c of report.candidates) expect(c.rulings).toEqual(before.get(c.file));
  });
});

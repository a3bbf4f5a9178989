// check --strict's logic on a synthetic report: which rulings need review, and where and how they are reported.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/model/reply.js';
import type { Report, Ruling } from '../../src/model/ruling.js';
import { exitCodeFor } from '../../src/model/diagnostic.js';
import { needsReviewDiagnostics } from '../../src/review/needs-review.js';

function ruling(clause: string, over: Partial<Ruling> = {}): Ruling {
  return { clause, stance: 'agree', confidence: 0.9, source: 'explicit', evidence: [], reason: '', needsReview: false, ...over };
}

function reply(file: string, bodyLine: number, rulings: Reply['rulings'] = {}): Reply {
  return { file, candidate: file, received: undefined, source: undefined, rulings, body: '', bodyLine };
}

const clauses = ['1', '2', '3a'].map((id) => ({ id, title: `Title ${id}`, text: '', parent: null, children: [], weight: 1 }));

function report(candidates: Array<{ file: string; rulings: Ruling[] }>): Report {
  return {
    programme: { title: 'P', scoring: { agree: 1, 'agree-with-qualifications': 0.5, declined: 0, 'no-answer': 0 }, reviewThreshold: 0.6, clauses },
    incomplete: [],
    candidates: candidates.map((c, i) => ({ candidate: c.file, file: c.file, score: 0, maxScore: 3, percent: 0, rank: i + 1, rulings: c.rulings })),
  };
}

describe('needsReviewDiagnostics', () => {
  const vague = ruling('2', {
    stance: 'agree-with-qualifications',
    confidence: 0.42,
    source: 'topic',
    needsReview: true,
    evidence: [{ quote: 'Some of this sounds fine,   I suppose.', line: 7 }],
  });

  it('reports a flagged ruling at its evidence line, naming the clause, the guess, the confidence and the quote', () => {
    const diags = needsReviewDiagnostics(report([{ file: 'data/a.md', rulings: [ruling('1'), vague] }]), [reply('data/a.md', 5)]);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ code: 'needs-review', severity: 'error', file: 'data/a.md', line: 7, col: 1 });
    expect(diags[0]!.message).toContain('clause 2 (Title 2)');
    expect(diags[0]!.message).toContain('42%');
    expect(diags[0]!.message).toContain('"Some of this sounds fine, I suppose."');
    expect(diags[0]!.message).toContain('2: agree-with-qualifications');
    expect(exitCodeFor(diags)).toBe(1);
  });

  it('falls back to the reply’s first line when a flagged ruling has no evidence', () => {
    const bare = ruling('3a', { needsReview: true, confidence: 0.3, stance: 'no-answer', source: 'none' });
    const [d] = needsReviewDiagnostics(report([{ file: 'data/b.md', rulings: [bare] }]), [reply('data/b.md', 5)]);
    expect(d).toMatchObject({ line: 5, file: 'data/b.md' });
    expect(d!.message).toContain('no evidence');
  });

  it('leaves out rulings a reviewer settled in the front matter, and confident ones', () => {
    const settled = reply('data/a.md', 5, { '2': { stance: 'agree', note: undefined, line: 3 } });
    expect(needsReviewDiagnostics(report([{ file: 'data/a.md', rulings: [vague] }]), [settled])).toEqual([]);
    const override = ruling('2', { source: 'override', needsReview: true });
    expect(needsReviewDiagnostics(report([{ file: 'data/a.md', rulings: [override, ruling('1')] }]), [reply('data/a.md', 5)])).toEqual([]);
  });

  it('leaves out a roll-up whose doubt comes from a flagged sub-clause, but keeps one that stands alone', () => {
    const tree = report([]);
    tree.programme.clauses = [
      { id: '3', title: 'Three', text: '', parent: null, children: ['3a', '3b'], weight: 2 },
      { id: '3a', title: 'A', text: '', parent: '3', children: [], weight: 1 },
      { id: '3b', title: 'B', text: '', parent: '3', children: [], weight: 1 },
    ];
    const rollup = ruling('3', { source: 'rollup', needsReview: true, confidence: 0.4 });
    const child = ruling('3b', { source: 'topic', needsReview: true, confidence: 0.4 });
    tree.candidates = report([{ file: 'data/a.md', rulings: [rollup, ruling('3a'), child] }]).candidates;
    expect(needsReviewDiagnostics(tree, [reply('data/a.md', 5)]).map((d) => /^clause (\S+)/.exec(d.message)![1])).toEqual(['3b']);
    tree.candidates[0]!.rulings = [rollup, ruling('3a'), ruling('3b')];
    expect(needsReviewDiagnostics(tree, [reply('data/a.md', 5)]).map((d) => /^clause (\S+)/.exec(d.message)![1])).toEqual(['3']);
  });

  it('shortens long evidence and can report as warnings', () => {
    const long = ruling('1', { needsReview: true, confidence: 0.5, evidence: [{ quote: 'word '.repeat(60), line: 9 }] });
    const [d] = needsReviewDiagnostics(report([{ file: 'data/c.md', rulings: [long] }]), [reply('data/c.md', 5)], 'warning');
    expect(d!.severity).toBe('warning');
    expect(d!.message).toMatch(/…"/);
    expect(exitCodeFor([d!])).toBe(0);
  });
});

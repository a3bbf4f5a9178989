// The review screen: the reply around each quote with the quoted words marked, wrapped, and the proposal beside it.
import { describe, expect, it } from 'vitest';
import { renderReviewItem, type ReviewView } from '../../src/render/review.js';
import type { CandidateResult, Ruling } from '../../src/model/ruling.js';
import { makeChalk } from '../../src/util/colours.js';

const body = 'Dear organisers,\n1) Agree. I will publish reports.\nI back open meetings and, with care, council homes.\n\nSigned, Ann\n';

function view(evidence: Ruling['evidence'], extra: Partial<ReviewView> = {}): ReviewView {
  const ruling: Ruling = { clause: '1', stance: 'agree', confidence: 0.42, source: 'explicit', evidence, reason: 'a reason', needsReview: true };
  const candidate = { candidate: 'Ann Lee', file: 'data/ann-lee.md', rulings: [ruling] } as CandidateResult;
  return {
    item: { candidate, ruling },
    clause: { id: '1', title: 'Report back', text: 'Will publish a report after every meeting.', parent: null, children: [], weight: 1 },
    reply: { body, bodyLine: 4 },
    index: 0,
    total: 3,
    ...extra,
  };
}

describe('renderReviewItem', () => {
  it('shows the clause, one passage for quotes whose lines meet with » « around each, the proposal and reason', () => {
    const out = renderReviewItem(
      view([
        { quote: 'Agree.', line: 5 },
        { quote: 'with care, council homes.', line: 6 },
        { quote: 'I will publish reports.', line: 5 },
      ]),
      makeChalk(false),
      60,
    );
    expect(out).toBe(
      [
        '── 1 of 3 · Ann Lee · data/ann-lee.md ──────────────────────',
        '1  Report back',
        '    Will publish a report after every meeting.',
        '',
        '4 │ Dear organisers,',
        '5 │ 1) »Agree.« »I will publish reports.«',
        '6 │ I back open meetings and, »with care, council homes.«',
        '',
        'proposed  ✔ agrees · probability 0.42 · ? needs review',
        'reason    a reason',
        '',
      ].join('\n'),
    );
  });

  it('marks a quote across lines where it opens and where it closes, wrapping under the line number', () => {
    const out = renderReviewItem(view([{ quote: 'reports.\nI back', line: 5 }]), makeChalk(false), 34).split('\n');
    const from = out.indexOf('4 │ Dear organisers,');
    expect(out.slice(from, from + 5)).toEqual(['4 │ Dear organisers,', '5 │ 1) Agree. I will publish', '  │ »reports.', '6 │ I back« open meetings and,', '  │ with care, council homes.']);
  });

  it('in colour, shows the quoted words in reverse video instead', () => {
    const out = renderReviewItem(view([{ quote: 'Agree.', line: 5 }]), makeChalk(true), 60);
    expect(out).toContain('1) \u001b[7mAgree.\u001b[27m I will publish reports.');
    expect(out).not.toContain('»');
  });

  it('shows how the reply begins when nothing is quoted, and what this review wrote', () => {
    const out = renderReviewItem(view([], { written: { stance: 'declined', note: 'by phone' }, note: 'draft' }), makeChalk(false), 60);
    expect(out).toContain('no words of the reply are quoted for this clause; it begins:\n4 │ Dear organisers,\n5 │ 1) Agree. I will publish reports.\n6 │ I back');
    expect(out).toContain('\n8 │ Signed, Ann\n');
    expect(out).toContain('written   ✘ declined · note: by phone\nnew note  draft\n');
  });
});

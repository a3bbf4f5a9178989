// Clause references in every common notation, resolved against the programme tree.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/parse/normalise.js';
import { indexFor } from '../../src/parse/index.js';
import { inlineReferences, lineMarker } from '../../src/parse/references.js';
import { FLAT, NESTED, programmeOf } from './helpers.js';

function marker(text: string, context?: string, programme = NESTED): string[] | undefined {
  const norm = normalise(text);
  return lineMarker(indexFor(programme), norm, 0, norm.length, context)?.ids;
}

function inline(text: string, context?: string, programme = NESTED): string[][] {
  const norm = normalise(text);
  return inlineReferences(indexFor(programme), norm, 0, norm.length, context).map((r) => r.ids);
}

const UNION = programmeOf(`
title: Union questions
clauses:
  - { id: Q1, title: Pay, text: Support the pay claim. }
  - { id: Q2, title: Elections, text: Support elections for officials. }
  - id: Q3
    title: Democracy
    text: "Commit to:"
    clauses:
      - { id: Q3a, title: Publish votes, text: Publish NEC votes. }
      - { id: Q3b, title: Mergers, text: Oppose branch mergers without a ballot. }
      - id: Q3c
        title: Conditions
        text: "Only fund candidates who:"
        clauses:
          - { id: Q3c.i, title: Repeal, text: pledge to repeal anti-union laws; }
          - { id: Q3c.ii, title: Privatisation, text: oppose privatisation; }
          - { id: Q3c.iii, title: Pay claims, text: back our pay claims. }
`);

const DOTTED = programmeOf(`
title: Charter
clauses:
  - id: "1"
    title: Academies
    text: "If elected, I will:"
    clauses:
      - { id: "1.1", title: No academies, text: Oppose academy conversion. }
      - { id: "1.2", title: Consult, text: Consult parents. }
  - id: "2"
    title: SEND
    text: "If elected, I will:"
    clauses:
      - { id: "2.1", title: TA hours, text: Reject cuts to TA hours. }
      - { id: "2.2", title: Breakfast club, text: Keep the breakfast club free. }
`);

describe('line markers', () => {
  it.each([
    ['1) Agree', ['1']],
    ['3 e) nothing here', undefined],
    ['3 b) Agree with qualifications', ['3b']],
    ['3b. Agree', ['3b']],
    ['3(b) yes', ['3b']],
    ['3.b - yes', ['3b']],
    ['- 3a: yes', ['3a']],
    ['**3a** agree', ['3a']],
    ['## 2) Selection', ['2']],
    ['3)  a) I am in favour', ['3a']],
    ['3d.2 – yes', ['3d.2']],
    ['Pledge 4 yes', undefined],
    ['Point 2 – agreed', ['2']],
    ['3a, b, c,d) Agree', ['3a', '3b', '3c', '3d']],
    ['3a to 3c: yes', ['3a', '3b', '3c']],
    ['1 and 2 are fine by me', ['1', '2']],
  ])('%j → %j', (text, ids) => {
    expect(marker(text)).toEqual(ids);
  });

  it('reads a bare letter as a child of the clause before it', () => {
    expect(marker('b) I am in favour', '3')).toEqual(['3b']);
    expect(marker('c) yes', '3a')).toEqual(['3c']);
  });

  it('reads a bare letter without context as the one clause that has such a child', () => {
    expect(marker('c) yes')).toEqual(['3c']);
  });

  it('reads bullets by position under their parent: (ii) is the second', () => {
    expect(marker('(ii) yes', '3d')).toEqual(['3d.2']);
    expect(marker('(iii) no', '3d.1')).toEqual(['3d.3']);
  });

  it('does not read sentences that start like markers as markers', () => {
    expect(marker('I agree with everything')).toBeUndefined();
    expect(marker('A good programme.')).toBeUndefined();
    expect(marker('2 rule changes were moved')).toBeUndefined();
    expect(marker('2017 was a hard year.')).toBeUndefined();
  });

  it('reads Q-numbered ids with or without the Q, and dotted ids', () => {
    expect(marker('Q3(b): agree', undefined, UNION)).toEqual(['Q3b']);
    expect(marker('q1 agree 100%', undefined, UNION)).toEqual(['Q1']);
    expect(marker('3a to 3b – all fine by me', undefined, UNION)).toEqual(['Q3a', 'Q3b']);
    expect(marker('Q2: I disagree.', 'Q1', UNION)).toEqual(['Q2']);
    expect(marker('- 1.1 yes', undefined, DOTTED)).toEqual(['1.1']);
    expect(marker('Section 2: agree.', undefined, DOTTED)).toEqual(['2']);
  });
});

const STYLES = programmeOf(`
title: Numbering styles
clauses:
  - id: "1"
    title: Section one
    text: "Section one:"
    clauses:
      - { id: "1(a)", title: First, text: Keep the ward open. }
      - { id: "1(b)", title: Second, text: Fund the midwives. }
  - { id: P2, title: Encryption, text: Protect encryption. }
  - { id: P3, title: Repair, text: Support a right to repair. }
  - id: II
    title: Part two
    text: "Part two:"
    clauses:
      - id: II.1
        title: Rents
        text: "Rents:"
        clauses:
          - { id: II.1.a, title: Freeze, text: Freeze rents. }
          - { id: II.1.b, title: Cap, text: Cap rents. }
  - { id: A, title: Pledge A, text: Welcome refugees. }
  - { id: B, title: Pledge B, text: End detention. }
`);

describe('numbering styles of other programmes', () => {
  it.each([
    ['§1: agreed', ['1']],
    ['1(b) yes', ['1(b)']],
    ['- P3 ✓', ['P3']],
    ['II.1.a – yes', ['II.1.a']],
    ['(P2) Yes', ['P2']],
    ['P2 to P3: yes', ['P2', 'P3']],
    ['Pledge A: yes', ['A']],
  ])('%j → %j', (text, ids) => {
    expect(marker(text, undefined, STYLES)).toEqual(ids);
  });

  it('reads "Pledge A" as a label, but not "principle I" or "point a" as anything', () => {
    const norm = (t: string) => normalise(t);
    const refs = (t: string) => inlineReferences(indexFor(STYLES), norm(t), 0, t.length, undefined, t).map((r) => r.ids);
    expect(refs('On Pledge A, yes.')).toEqual([['A']]);
    expect(refs('As a matter of principle I will not sign.')).toEqual([]);
    expect(refs('That point a lot of people miss.')).toEqual([]);
  });
});

describe('inline references', () => {
  it.each([
    ['Agree with 1). Regular reports are overdue.', [['1']]],
    ['Agree with 3a, b, c,d) I authored a rule change', [['3a', '3b', '3c', '3d']]],
    ['I support points 1, 2 and 3', [['1', '2', '3']]],
    ['I support 1-3 without reservation', [['1', '2', '3']]],
    ['Yes to 3a to 3c.', [['3a', '3b', '3c']]],
    ['On 3(b) I have doubts', [['3b']]],
    ['I agree with 3.c, of course', [['3c']]],
    ['I back point four', [['4']]],
    ['I back pledge 5 too', [['5']]],
    ['the second pledge is the one I doubt', [['2']]],
  ])('%j → %j', (text, ids) => {
    expect(inline(text, undefined, text.includes('four') || text.includes('pledge 5') || text.includes('second') ? FLAT : NESTED)).toEqual(ids);
  });

  it('reads "the first two points" among the children of the clause in context', () => {
    expect(inline("I'm not going to answer the first two points", '3d')).toEqual([['3d.1', '3d.2']]);
  });

  it('takes the context for a relative reference from a reference earlier in the sentence', () => {
    expect(inline("On the conditions in Q3(c), I'm happy with the first two points, but (iii) goes too far.", 'Q1', UNION)).toEqual([
      ['Q3c'],
      ['Q3c.i', 'Q3c.ii'],
      ['Q3c.iii'],
    ]);
  });

  it('ignores numbers that are not references: quantities, years, money, citations', () => {
    expect(inline('I moved 2 rule changes at the 2018 conference')).toEqual([]);
    expect(inline('a 3 month time limit and a 5 year time frame')).toEqual([]);
    expect(inline('they said "keep away" (1). Working people ignored them.')).toEqual([]);
    expect(inline('5,000 homes a year would cost £100m')).toEqual([]);
  });

  it('checks every reference against the programme', () => {
    expect(inline('Agree with 3q and 7)')).toEqual([]);
    expect(inline('Agree with q3b', undefined, NESTED)).toEqual([['3b']]);
  });
});

// Splitting form and spreadsheet exports: one reply column or one column per clause; quoting, BOM, CRLF, delimiters.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/load/programme.js';
import { splitCsv } from '../../src/import/csv.js';
import { matchClauses } from '../../src/import/columns.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const programme = loadProgramme(`${root}pledges.yaml`, root).programme!;
const codes = (s: { diagnostics: { code: string }[] }): string[] => s.diagnostics.map((d) => d.code);
const crlf = (lines: string[]): string => `\uFEFF${lines.join('\r\n')}\r\n`;

describe('one free-text column', () => {
  const csv = crlf([
    'Timestamp,Your name,Email address,Your reply',
    '20/08/2022 10:15:00,Ann Lee,ann@example.org,"I agree with all of it.',
    '',
    'Except 3g, where I have doubts."',
    '21/08/2022 18:02:00,"Chan, Bo",bo@example.net,Yes.',
  ]);
  const split = splitCsv(csv, 'form.csv');

  it('keeps quoted multi-line cells whole, with LF line endings, and drops the BOM', () => {
    expect(split.shape).toBe('csv-text');
    expect(split.replies.map((r) => r.candidate)).toEqual(['Ann Lee', 'Chan, Bo']);
    expect(split.replies[0]!.body).toBe('I agree with all of it.\n\nExcept 3g, where I have doubts.\n');
    expect(split.replies[1]!.body).toBe('Yes.\n');
  });

  it('dates each reply from the timestamp column, day first when a value shows it', () => {
    expect(split.replies.map((r) => r.received)).toEqual(['2022-08-20', '2022-08-21']);
  });

  it('places each row at its lines in the file', () => {
    expect(split.replies.map((r) => [r.fromLine, r.toLine])).toEqual([
      [2, 4],
      [5, 5],
    ]);
    expect(split.diagnostics).toEqual([]);
  });

  it('reads semicolon-separated exports and a --name-column', () => {
    const semi = splitCsv('Wer;Antwort\nAnn Lee;Ja, alles.\n', 'form.csv', { nameColumn: 'wer' });
    expect(semi.replies.map((r) => [r.candidate, r.body])).toEqual([['Ann Lee', 'Ja, alles.\n']]);
  });

  it('reports a --name-column that is not there, with the columns it has', () => {
    const missing = splitCsv('Name,Reply\nAnn,Yes\n', 'form.csv', { nameColumn: 'Candidate' });
    expect(codes(missing)).toEqual(['column-not-found']);
    expect(missing.diagnostics[0]).toMatchObject({ line: 1, file: 'form.csv' });
    expect(missing.diagnostics[0]!.message).toContain('Name | Reply');
  });

  it('reports a file without a name column, and one with two text columns it cannot choose between', () => {
    expect(codes(splitCsv('Who,Reply\nAnn,Yes\n', 'f.csv'))).toEqual(['column-not-found']);
    expect(codes(splitCsv('Name,Thoughts,Feelings\nAnn,Yes,Good\n', 'f.csv'))).toEqual(['column-not-found']);
  });

  it('joins "First name" and "Last name", skips rows without a name and keeps the later of two rows', () => {
    const split2 = splitCsv('First name,Last name,Reply\nAnn,Lee,Yes\n,,Anonymous\nAnn,Lee,Yes to all\n', 'f.csv');
    expect(split2.replies.map((r) => [r.candidate, r.body])).toEqual([['Ann Lee', 'Yes to all\n']]);
    expect(codes(split2)).toEqual(['row-skipped', 'candidate-duplicate']);
  });

  it('reports broken quoting with its line', () => {
    const broken = splitCsv('Name,Reply\nAnn,"unclosed\n', 'f.csv');
    expect(codes(broken)).toEqual(['csv-syntax']);
    expect(broken.diagnostics[0]!.line).toBeGreaterThan(0);
  });
});

describe('one column per clause', () => {
  const csv = crlf([
    'Candidate,1) Report back from the NEC,2,Clause 3a,3 b),Q3g.1,Conference sovereign,Anything else?',
    'Ann Lee,Yes,"Yes, I was",Agree,"Agree, but not',
    'above everything else",,No,Thanks for asking.',
    'Bo Chan,,,No,,Yes,,',
  ]);
  const split = splitCsv(csv, 'form.csv', { programme });

  it('labels each answer with its clause id, in programme order, unmatched columns last', () => {
    expect(split.shape).toBe('csv-clauses');
    expect(split.replies[0]!.body).toBe(
      '1) Yes\n\n2) Yes, I was\n\n3a) Agree\n\n3b) Agree, but not\nabove everything else\n\n3d) No\n\nThanks for asking.\n',
    );
    expect(split.replies[1]!.body).toBe('3a) No\n\n3g.1) Yes\n');
  });

  it('reports the column that matches no clause', () => {
    expect(codes(split)).toEqual(['column-unmatched']);
    expect(split.diagnostics[0]!.message).toContain('Anything else?');
  });

  it('matches headers by id, title and the clause text a form copied, and reports ambiguous ones', () => {
    expect(matchClauses('3g.2 – IHRA', programme)).toEqual(['3g.2']);
    expect(matchClauses('Question 3 (e)', programme)).toEqual(['3e']);
    expect(matchClauses('Fight for socialism', programme)).toEqual(['3a']);
    expect(matchClauses('Have been selected by ballot of the grassroots membership', programme)).toEqual(['2']);
    expect(matchClauses('Do you back open selections?', programme)).toEqual(['3b']);
    expect(matchClauses('Your favourite colour', programme)).toEqual([]);
    const ambiguous = splitCsv('Name,1,Fight for socialism and Open selections\nAnn,Yes,Both\n', 'f.csv', { programme });
    expect(codes(ambiguous)).toEqual(['column-ambiguous']);
    expect(ambiguous.diagnostics[0]!.message).toMatch(/3a or 3b/);
    expect(ambiguous.replies[0]!.body).toBe('1) Yes\n\nBoth\n');
  });
});

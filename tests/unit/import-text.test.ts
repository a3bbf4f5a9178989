// Splitting combined texts: the seed article (against the bundled data files), pages written other ways, email threads.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitText } from '../../src/import/text.js';
import { planFiles } from '../../src/import/reply-file.js';
import { parseReply } from '../../src/load/replies.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string): string => readFileSync(`${root}tests/fixtures/import/${name}`, 'utf8');
const SEED = fixture('lla-action-programme-2022.txt');
const SIX = ['Roger Silverman', 'Chaudhry Qamer Iqbal', 'Carol Spedding-Taylor', 'Alec Price', 'Ahmad Wattoo', 'Crispin Flintoff'];
const codes = (s: { diagnostics: { code: string }[] }): string[] => s.diagnostics.map((d) => d.code);

describe('the seed article', () => {
  const split = splitText(SEED, 'seed.txt');

  it('yields the six candidates of the names list, in page order, dated from the dateline', () => {
    expect(split.shape).toBe('article');
    expect(split.replies.map((r) => r.candidate)).toEqual(SIX);
    expect(new Set(split.replies.map((r) => r.received))).toEqual(new Set(['2022-08-20']));
    expect(split.diagnostics).toEqual([]);
  });

  it('reproduces every bundled data file: its name, candidate, date and body exactly', () => {
    const planned = planFiles(split.replies);
    expect(planned.map((p) => p.name).sort()).toEqual(readdirSync(`${root}data`).filter((f) => f.endsWith('.md')).sort());
    for (const p of planned) {
      const bundled = parseReply(readFileSync(`${root}data/${p.name}`, 'utf8'), p.name).reply!;
      expect([p.reply.candidate, p.reply.received, p.reply.body], p.name).toEqual([bundled.candidate, bundled.received, bundled.body]);
      expect(parseReply(p.content, p.name).reply!.body).toBe(bundled.body);
    }
  });

  it('places each reply at its heading and leaves the programme out', () => {
    const alec = split.replies.find((r) => r.candidate === 'Alec Price')!;
    expect(SEED.split('\n')[alec.fromLine - 1]).toBe('Alec Price');
    expect(split.replies.some((r) => r.body.includes('The candidates should, as a minimum'))).toBe(false);
    expect(split.notes.join('\n')).toMatch(/names list on line 5/);
  });

  it('finds the same replies from the headings alone when the names list is missing', () => {
    const withoutList = SEED.split('\n').filter((l) => !l.startsWith('We have received answers')).join('\n');
    const again = splitText(withoutList, 'seed.txt');
    expect(again.replies.map((r) => r.candidate)).toEqual(SIX);
    expect(again.replies.map((r) => r.body)).toEqual(split.replies.map((r) => r.body));
  });

  it('takes the names from --names, and warns about a name without a reply', () => {
    const given = splitText(SEED, 'seed.txt', { names: ['Alec Price', 'Roger Silverman', 'Jo Nobody'] });
    expect(given.replies.map((r) => r.candidate)).toEqual(['Roger Silverman', 'Alec Price']);
    // Roger's reply runs on to Alec's heading: the sections of unnamed candidates belong to the one above.
    expect(given.replies[0]!.body).toContain('Chaudhry Qamer Iqbal');
    expect(codes(given)).toContain('reply-not-found');
    expect(codes(given)).toContain('heading-unlisted');
  });

  it('reads CRLF and a BOM the same as LF', () => {
    const crlf = splitText(`\uFEFF${SEED.replace(/\n/g, '\r\n')}`, 'seed.txt');
    expect(crlf.replies.map((r) => r.body)).toEqual(split.replies.map((r) => r.body));
  });
});

describe('pages written other ways', () => {
  it('reads Markdown and bold headings, a names list one per line, and leaves a footer out', () => {
    const page = [
      '# Candidates answer our pledge',
      '',
      'Posted on 3 May 2024 by the campaign team',
      '',
      'Replies came from these candidates:',
      '',
      '- Ann Lee',
      '- Bo van der Berg',
      '',
      '## Ann Lee',
      '',
      'I agree with every point.',
      '',
      '**Bo van der Berg**',
      'Yes to 1 and 2.',
      '',
      'Share this:',
      'Facebook',
    ].join('\n');
    const split = splitText(page, 'page.md');
    expect(split.replies.map((r) => [r.candidate, r.body, r.received])).toEqual([
      ['Ann Lee', 'I agree with every point.\n', '2024-05-03'],
      ['Bo van der Berg', 'Yes to 1 and 2.\n', '2024-05-03'],
    ]);
    expect(split.notes.join('\n')).toMatch(/page furniture from "Share this:"/);
  });

  it('reads headings worded as "Reply from …" when no names are known', () => {
    const split = splitText('Our pledge\n\nReply from Ann Lee\n\nYes.\n\nBo Chan’s response:\n\nNo.\n', 'page.txt');
    expect(split.replies.map((r) => [r.candidate, r.body])).toEqual([
      ['Ann Lee', 'Yes.\n'],
      ['Bo Chan', 'No.\n'],
    ]);
  });

  it('keeps a sign-off with its reply and skips a contents list of names', () => {
    const page = [
      'Contents',
      '',
      'Ann Lee',
      'Bo Chan',
      '',
      'Ann Lee',
      '',
      'I support the programme.',
      '',
      'Best Wishes,',
      'Ann Lee',
      '',
      'Bo Chan',
      '',
      'Count me in.',
      '',
      'Bo Chan',
    ].join('\n');
    const split = splitText(page, 'page.txt');
    expect(split.replies.map((r) => r.candidate)).toEqual(['Ann Lee', 'Bo Chan']);
    expect(split.replies[0]!.body).toBe('I support the programme.\n\nBest Wishes,\nAnn Lee\n');
    expect(split.replies[1]!.body).toBe('Count me in.\n\nBo Chan\n');
  });

  it('reads replies that follow the name on the same line, when the names are known', () => {
    const page = [
      'We received replies from the following candidates: Ann Lee and Bo Chan.',
      '',
      'Ann Lee: I agree with all of it.',
      '',
      'Except 3g.',
      '',
      '**Bo Chan:** Yes.',
    ].join('\n');
    const split = splitText(page, 'page.txt');
    expect(split.replies.map((r) => [r.candidate, r.body, r.fromLine])).toEqual([
      ['Ann Lee', 'I agree with all of it.\n\nExcept 3g.\n', 3],
      ['Bo Chan', 'Yes.\n', 7],
    ]);
  });

  it('joins two sections under the same name and warns', () => {
    const page = 'Ann Lee\n\nFirst part.\n\nBo Chan\n\nMine.\n\nAnn Lee\n\nA postscript.\n';
    const split = splitText(page, 'page.txt');
    expect(split.replies.map((r) => r.candidate)).toEqual(['Ann Lee', 'Bo Chan']);
    expect(split.replies[0]!.body).toBe('First part.\n\nA postscript.\n');
    expect(codes(split)).toEqual(['candidate-duplicate']);
  });

  it('reports a text without any reply heading', () => {
    const split = splitText('Our programme\n\n1) Publish reports.\n', 'page.txt');
    expect(split.replies).toEqual([]);
    expect(codes(split)).toEqual(['import-no-replies']);
  });
});

describe('an email thread', () => {
  const split = splitText(fixture('email-thread.txt'), 'thread.txt');

  it('makes one reply per candidate who wrote, dated from the header, leaving the organiser out', () => {
    expect(split.shape).toBe('email');
    expect(split.replies.map((r) => [r.candidate, r.received])).toEqual([
      ['Ann Lee', '2022-08-20'],
      ['Bo Chan', '2022-08-21'],
      ['Cy Dee', '2022-08-22'],
    ]);
    expect(split.notes.join('\n')).toMatch(/from Labour Left Alliance \(the others wrote to them/);
  });

  it('keeps the reply and its sign-off, without the signature block or the quoted programme', () => {
    expect(split.replies[0]!.body).toBe(
      'Dear LLA,\n\n1) Agree. I will report back after every meeting.\n\n3a) Agree with qualifications.\n\nBest wishes,\nAnn Lee\n',
    );
    expect(split.replies[1]!.body).toBe('I support all of it.\n');
  });

  it('keeps the quotes an answer is interleaved with, but not the mobile signature', () => {
    expect(split.replies[2]!.body).toBe(
      '> 1) Will publish regular reports of NEC meetings.\nYes, monthly.\n> 2) Have been selected by ballot of the grassroots membership.\nNo: I was nominated by my union.\n',
    );
  });

  it('with --names, keeps only the named senders', () => {
    const named = splitText(fixture('email-thread.txt'), 'thread.txt', { names: ['Bo Chan'] });
    expect(named.replies.map((r) => r.candidate)).toEqual(['Bo Chan']);
  });

  it('reads a thread printed from Gmail (sender and date on one line, then To:)', () => {
    const printed = 'Ann Lee <ann@example.org>\tSat, Aug 20, 2022 at 10:15 AM\nTo: LLA <info@lla.example>\n\nYes to all.\n';
    const split2 = splitText(printed, 'print.txt');
    expect(split2.replies.map((r) => [r.candidate, r.received, r.body])).toEqual([['Ann Lee', '2022-08-20', 'Yes to all.\n']]);
  });

  it('joins two messages from one sender', () => {
    const thread = [
      'From: Ann Lee <ann@example.org>',
      'Date: Sat, 20 Aug 2022 10:00:00 +0100',
      'Subject: pledges',
      '',
      'Yes to all.',
      '',
      'From: Ann Lee <ann@example.org>',
      'Date: Sun, 21 Aug 2022 10:00:00 +0100',
      'Subject: pledges again',
      '',
      'Except 3g.',
    ].join('\n');
    const two = splitText(thread, 'thread.txt');
    expect(two.replies).toHaveLength(1);
    expect(two.replies[0]).toMatchObject({ candidate: 'Ann Lee', body: 'Yes to all.\n\nExcept 3g.\n', received: '2022-08-21' });
  });
});

// What a name, a names list, a heading and a date look like to the importer; and its word lists' invariants.
import { describe, expect, it } from 'vitest';
import { datelineDate, isoDate, numericOrder } from '../../src/import/dates.js';
import { parseParty } from '../../src/import/email.js';
import { FOOTER_LINES, NAME_PARTICLES, NOT_NAME_WORDS, QUOTE_SEPARATORS, SIGNATURE_LINES } from '../../src/import/lexicon.js';
import { findNamesList, headingName, isNameLike, parseNamesOption, slugify } from '../../src/import/names.js';
import { formatReplyFile, planFiles } from '../../src/import/reply-file.js';

describe('names', () => {
  it.each(['Roger Silverman', 'Chaudhry Qamer Iqbal', 'Carol Spedding-Taylor', 'Seán O’Brien', 'Ludwig van Beethoven', 'J. K. Rowling', 'Cllr Ann Lee', 'ROGER SILVERMAN'])(
    '%s is a name',
    (s) => expect(isNameLike(s)).toBe(true),
  );

  it.each(['Replies from NEC candidates', 'Best Wishes', 'Kind Regards', 'Labour Left Alliance', 'Where I Stand', 'Agree with 1).', 'August 20, 2022', 'Roger', 'I agree.', 'Open selections for all public office holders now'])(
    '%s is not a name',
    (s) => expect(isNameLike(s)).toBe(false),
  );

  it('finds a names list after a colon, cutting the sentence that runs on', () => {
    const lines = ['Intro', 'We have received answers from the following NEC candidates: Ann Lee, Bo Chan and Cy Dee – they are featured below.'];
    expect(findNamesList(lines)).toEqual({ names: ['Ann Lee', 'Bo Chan', 'Cy Dee'], line: 2, endLine: 2 });
    expect(findNamesList(['These candidates replied: Ann Lee; Bo Chan.'])!.names).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('finds a names list one a line below its introduction, and ignores colons that introduce something else', () => {
    expect(findNamesList(['Replies came from:', '', '* Ann Lee', '* Bo Chan', '', 'Ann Lee'])).toEqual({ names: ['Ann Lee', 'Bo Chan'], line: 1, endLine: 4 });
    expect(findNamesList(['Replies came from:', 'Ann Lee', 'Bo Chan', '', 'Ann Lee'])!.endLine).toBe(3);
    expect(findNamesList(['The candidates should commit themselves to the following:', '', '1) Will publish reports.'])).toBeUndefined();
    expect(findNamesList(['Candidates: please reply by Friday.'])).toBeUndefined();
  });

  it('matches heading lines to names, with markup, a trailing colon or a short aside', () => {
    const names = ['Ann Lee', 'Bo Chan'];
    expect(['## Ann Lee', '**Ann Lee**', 'Ann Lee:', 'ANN  LEE', 'Ann Lee (Unite)', 'Ann Lee – Bristol West'].map((l) => headingName(l, names))).toEqual(
      Array(6).fill('Ann Lee'),
    );
    expect(['Reply from Ann Lee', 'Ann Lee’s response:', 'Ann Lee wrote:'].map((l) => headingName(l, names))).toEqual(Array(3).fill('Ann Lee'));
    expect(headingName('Ann Lee replied that she agrees.', names)).toBeUndefined();
  });

  it('splits --names on semicolons', () => {
    expect(parseNamesOption(' Ann Lee; Bo Chan ;;')).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('makes ASCII slugs and numbers clashing ones, reusing the file a candidate already has', () => {
    expect(slugify('Seán O’Brien-Núñez')).toBe('sean-obrien-nunez');
    const reply = (candidate: string) => ({ candidate, received: undefined, body: 'x\n', fromLine: 1, toLine: 1 });
    const planned = planFiles([reply('Ann Lee'), reply('Ann-Lee'), reply('Bo Chan')], new Map([['bo chan', 'sub/bo.md']]));
    expect(planned.map((p) => p.name)).toEqual(['ann-lee.md', 'ann-lee-2.md', 'sub/bo.md']);
  });

  it('quotes a name in the front matter only when YAML needs it', () => {
    expect(formatReplyFile({ candidate: 'Ann Lee', received: '2022-08-20', body: 'Yes.\n' })).toBe('---\ncandidate: Ann Lee\nreceived: 2022-08-20\n---\nYes.\n');
    expect(formatReplyFile({ candidate: 'true', received: undefined, body: '' })).toBe('---\ncandidate: "true"\n---\n');
    expect(formatReplyFile({ candidate: 'Lee: Ann', received: undefined, body: '' })).toBe('---\ncandidate: "Lee: Ann"\n---\n');
  });

  it('reads email senders written in the usual ways', () => {
    expect(parseParty('Ann Lee <Ann@Example.org>')).toEqual({ name: 'Ann Lee', address: 'ann@example.org' });
    expect(parseParty('"Lee, Ann" <ann@example.org>')).toEqual({ name: 'Ann Lee', address: 'ann@example.org' });
    expect(parseParty('Ann Lee [mailto:ann@example.org]')).toEqual({ name: 'Ann Lee', address: 'ann@example.org' });
    expect(parseParty('ann@example.org')).toEqual({ name: undefined, address: 'ann@example.org' });
  });
});

describe('dates', () => {
  it.each([
    ['August 20, 2022', '2022-08-20'],
    ['20th August 2022', '2022-08-20'],
    ['Sat, 20 Aug 2022 10:15:00 +0100', '2022-08-20'],
    ['Saturday, August 20, 2022 10:15 AM', '2022-08-20'],
    ['2022/08/20 10:15:00 AM GMT+1', '2022-08-20'],
    ['20/08/2022', '2022-08-20'],
    ['08/20/2022', '2022-08-20'],
  ])('%s → %s', (text, iso) => expect(isoDate(text)).toBe(iso));

  it('leaves an ambiguous numeric date alone unless the column tells the order', () => {
    expect(isoDate('03/04/2022')).toBeUndefined();
    expect(numericOrder(['03/04/2022', '25/04/2022'])).toBe('dmy');
    expect(isoDate('03/04/2022', 'dmy')).toBe('2022-04-03');
    expect(isoDate('31 February 2022')).toBeUndefined();
  });

  it('takes a dateline but not a sentence that mentions a date', () => {
    expect(datelineDate('Posted on 3 May 2024 by the campaign team')).toBe('2024-05-03');
    expect(datelineDate('The deadline for replies is 3 May 2024, after which we publish everything we have.')).toBeUndefined();
  });
});

describe('the importer’s word lists', () => {
  it('hold lower-case words, each once, each with a note, and never a word in both lists', () => {
    const notName = NOT_NAME_WORDS.map((e) => e.word);
    const particles = NAME_PARTICLES.map((e) => e.word);
    for (const list of [notName, particles]) {
      expect(new Set(list).size).toBe(list.length);
      for (const w of list) expect(w).toBe(w.toLowerCase().trim());
    }
    expect(notName.filter((w) => particles.includes(w))).toEqual([]);
    for (const e of [...NOT_NAME_WORDS, ...NAME_PARTICLES, ...FOOTER_LINES, ...QUOTE_SEPARATORS, ...SIGNATURE_LINES]) {
      expect(e.note.length).toBeGreaterThan(2);
    }
  });

  it('have patterns that match their own examples', () => {
    expect(FOOTER_LINES.some((f) => f.pattern.test('Share this:'))).toBe(true);
    expect(QUOTE_SEPARATORS.some((q) => q.pattern.test('On Fri, 12 Aug 2022 at 09:00, Ann Lee <ann@example.org> wrote:'))).toBe(true);
    expect(QUOTE_SEPARATORS.some((q) => q.pattern.test('-----Original Message-----'))).toBe(true);
    expect(SIGNATURE_LINES.some((s) => s.pattern.test('-- '))).toBe(true);
  });
});

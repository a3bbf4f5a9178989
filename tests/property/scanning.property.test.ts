// The parser's fast ways of scanning text must find exactly what the plain ways they stand for find.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasDigit, isDigitCode, isLetterOrNumberCode, isSpaceCode } from '../../src/util/chars.js';
import { normalise } from '../../src/parse/normalise.js';
import { contentStems, stemsIn } from '../../src/parse/topics.js';
import { allMatches, WordStartRegExp } from '../../src/util/regex.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

// Text made of what decides word boundaries: ASCII letters and digits, apostrophes, hyphens, dots and commas,
// letters and digits beyond ASCII (two-byte and astral), astral symbols, and words the lexicon knows.
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'i', 'q', 'x', 'e', 'Z', '3', '0', ' ', ' ', '\n', "'", '-', '.', ',', '(', ')', ';') },
  { weight: 2, arbitrary: fc.constantFrom('é', 'ß', 'Ω', 'ж', '٣', '²', '½', '𝐀', '𝟙', '😀', '\u00a0', '’', '*', '_') },
  {
    weight: 3,
    arbitrary: fc.constantFrom('all', 'the', 'points', 'point', 'agree with', 'yes to', 'except', 'first', 'two', "don't", 'time-limited', 'council', 'housing', 'bus fares', 'q3', '3a', 'ii.1', 'no.'),
  },
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** What WordStartRegExp stands for: the body after a lookbehind for what must not precede it. */
function plain(body: string, lookbehind: string): RegExp {
  return new RegExp(`(?<![${lookbehind}])(?:${body})`, 'gu');
}

const CASES: Array<{ body: string; options: ConstructorParameters<typeof WordStartRegExp>[1]; lookbehind: string }> = [
  { body: String.raw`(?:all|the|points?|agree with)(?![\p{L}\p{N}])`, options: { numbers: true, marks: "'" }, lookbehind: String.raw`\p{L}\p{N}'` },
  { body: String.raw`(?:point|q)(?![\p{L}])\s*(?=[(\d]|[a-z](?![\p{L}']))`, options: {}, lookbehind: String.raw`\p{L}` },
  { body: String.raw`(?:q\s?)?\d{1,3}(?:[a-z](?![\p{L}])|\.\d{1,2}(?!\d))|[ivxl]{1,4}\.\d`, options: { numbers: true, marks: '.' }, lookbehind: String.raw`\p{L}\p{N}.` },
  { body: String.raw`(\d{1,3}[a-z]?)[).:]?\s+`, options: { numbers: true, marks: '.,' }, lookbehind: String.raw`\p{L}\p{N}.,` },
  { body: String.raw`\(\s*(?:[ivx]{1,5}|[a-h])\s*\)`, options: { numbers: true }, lookbehind: String.raw`\p{L}\p{N}` },
];

describe('WordStartRegExp', () => {
  it.each(CASES)('finds the matches of the lookbehind it stands for: $body', ({ body, options, lookbehind }) => {
    const fast = new WordStartRegExp(body, options);
    const slow = plain(body, lookbehind);
    const shape = (ms: RegExpExecArray[]): unknown[] => ms.map((m) => [m.index, ...m]);
    fc.assert(
      fc.property(text, fc.nat(40), (t, from) => {
        expect(shape(fast.all(t))).toEqual(shape(allMatches(slow, t)));
        slow.lastIndex = Math.min(from, t.length);
        const first = slow.exec(t);
        const got = fast.exec(t, Math.min(from, t.length));
        expect(got && [got.index, ...got]).toEqual(first && [first.index, ...first]);
        expect(fast.test(t)).toBe(allMatches(slow, t).length > 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('does not match after a letter beyond ASCII, nor after an astral letter', () => {
    const re = new WordStartRegExp('(?:all)(?![\\p{L}])');
    expect(re.all('éall 𝐀all all').map((m) => m.index)).toEqual([11]);
    expect(re.all('😀all').map((m) => m.index)).toEqual([2]);
  });
});

describe('stemsIn', () => {
  it('gives the stems contentStems gives the same span as a string, wherever the span starts and ends', () => {
    fc.assert(
      fc.property(text, fc.nat(200), fc.nat(200), fc.boolean(), (t, a, b, forNames) => {
        const norm = normalise(t);
        const [start, end] = a <= b ? [a, b] : [b, a];
        const s = Math.min(start, norm.length);
        const e = Math.min(end, norm.length);
        expect(stemsIn(norm, s, e, forNames)).toEqual(contentStems(norm.slice(s, e), forNames));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('normalise', () => {
  it('keeps every offset: one character for one', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalise(t)).toHaveLength(t.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('folds quotes, dashes, odd spaces and emphasis marks, and lower-cases', () => {
    expect(normalise('“Yes” – I’d *agree*\u00a0with_3A\t—')).toBe('"yes" - i\'d  agree  with 3a -');
  });
});

describe('character tests', () => {
  it('isSpaceCode is \\s for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it('isLetterOrNumberCode is [\\p{L}\\p{N}] for every code point of the first planes', () => {
    const differ: number[] = [];
    for (let cp = 0; cp <= 0x2ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (isLetterOrNumberCode(cp) !== /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(cp))) differ.push(cp);
    }
    expect(differ).toEqual([]);
  });

  it('isDigitCode and hasDigit are \\d', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isDigitCode(code)).toBe(/\d/.test(String.fromCharCode(code)));
    fc.assert(
      fc.property(text, (t) => {
        expect(hasDigit(t)).toBe(/\d/.test(t));
      }),
      { numRuns: RUNS },
    );
  });
});

// The parser's word tables: where a span's words start, and how big the reused tables stay.
import { describe, expect, it } from 'vitest';
import { firstAbove, resizeFor } from '../../src/util/sorted.js';

describe('word-table helpers', () => {
  it('finds the first entry above a value among the first `count` entries only', () => {
    const ends = Int32Array.from([3, 7, 7, 12, 20, 99, 99]);
    expect([0, 3, 6, 7, 11, 12, 19, 20].map((v) => firstAbove(ends, 5, v))).toEqual([0, 1, 1, 3, 3, 4, 4, 5]);
    expect(firstAbove(ends, 0, 5)).toBe(0);
  });

  it('keeps a table that holds the words, grows it in powers of two, and lets go of a huge one after a short reply', () => {
    expect(resizeFor(1024, 10)).toBeUndefined();
    expect(resizeFor(1024, 1024)).toBeUndefined();
    expect(resizeFor(1024, 1025)).toBe(2048);
    expect(resizeFor(1024, 3_000_000)).toBe(4_194_304);
    expect(resizeFor(4_194_304, 2_000_000)).toBeUndefined();
    expect(resizeFor(4_194_304, 100)).toBe(1024);
    expect(resizeFor(65_536, 0)).toBeUndefined();
  });
});

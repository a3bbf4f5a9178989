// How many threads parse the replies: one unless there are many replies and cores to spare, or PLEDGECARD_JOBS says.
import { describe, expect, it } from 'vitest';
import { chooseThreads, PARALLEL_FROM } from '../../src/parallel/analyse.js';

describe('threads for parsing', () => {
  it('parses on one thread on two cores, however many replies', () => {
    expect(chooseThreads(PARALLEL_FROM * 5, undefined, 2)).toBe(1);
    expect(chooseThreads(PARALLEL_FROM * 5, undefined, 1)).toBe(1);
  });

  it('uses a thread per core, up to four, from PARALLEL_FROM replies on where there are three cores or more', () => {
    expect(chooseThreads(PARALLEL_FROM - 1, undefined, 8)).toBe(1);
    expect(chooseThreads(PARALLEL_FROM, undefined, 3)).toBe(3);
    expect(chooseThreads(PARALLEL_FROM, undefined, 16)).toBe(4);
  });

  it('does as PLEDGECARD_JOBS says when it is a whole number from 1, but never more threads than cores or chunks of replies', () => {
    expect(chooseThreads(5000, '2', 2)).toBe(2);
    expect(chooseThreads(PARALLEL_FROM, '1', 16)).toBe(1);
    expect(chooseThreads(120, '8', 2)).toBe(2);
    expect(chooseThreads(120, '8', 16)).toBe(3);
    expect(chooseThreads(5000, '64', 4)).toBe(4);
    expect(chooseThreads(10, '8', 2)).toBe(1);
    for (const nonsense of ['', '0', '-2', '1.5', 'many']) expect(chooseThreads(5000, nonsense, 2)).toBe(1);
    expect(chooseThreads(0, '4', 2)).toBe(1);
  });
});

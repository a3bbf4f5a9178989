// Helpers for the parser's per-reply tables of word positions: sorted offsets kept in typed arrays.

/** Index of the first of the first `count` entries of ascending `sorted` that is greater than `value` (`count` if none). */
export function firstAbove(sorted: Int32Array, count: number, value: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The size a reused table of `capacity` entries should take to hold `count`: undefined to keep it, else the power of
 * two that holds it. A table grows for a longer reply, and is let go of after a very long one so as not to keep it.
 */
export function resizeFor(capacity: number, count: number): number | undefined {
  if (count <= capacity && (capacity <= 65_536 || count > capacity / 4)) return undefined;
  return Math.max(1024, 2 ** Math.ceil(Math.log2(Math.max(1, count))));
}

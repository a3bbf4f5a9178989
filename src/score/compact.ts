// Rulings as a report keeps them: one copy of each reason, evidence lists no longer than their contents.
import type { Ruling } from '../model/ruling.js';

/** Makes a batch of rulings compact in place; called batch after batch, it shares reasons across all of them. */
export type RulingCompactor = (rulings: Ruling[]) => Ruling[];

/**
 * A compactor with a pool of reasons of its own. A report of 10,000 replies holds some 130,000 rulings, and
 * what the parser hands over is shaped for building, not for keeping:
 * - a reason is assembled from fragments, and V8 keeps such a string as a tree of them (some cut from a whole
 *   normalised reply, which they keep alive) until it is read as a whole; a few thousand reasons recur across
 *   all the replies;
 * - an evidence list filled by `push` has room for 16 more quotes than it holds.
 * Looking a reason up in the pool makes V8 flatten it once; every later ruling with the same reason shares that
 * copy. Together this about halves the heap a scored report takes. (Pooling quotes too saves little: they are
 * mostly distinct, and already cheap slices of the reply.)
 */
export function rulingCompactor(): RulingCompactor {
  const reasons = new Map<string, string>();
  return (rulings) => {
    for (const r of rulings) {
      const known = reasons.get(r.reason);
      if (known === undefined) reasons.set(r.reason, r.reason);
      else r.reason = known;
      // slice() allocates exactly as many slots as there are quotes.
      if (r.evidence.length > 0) r.evidence = r.evidence.slice();
    }
    return rulings;
  };
}

// Which rulings a person should look at: those the model gives less than the programme's review threshold, stances
// with nothing quoted to show for them, and the silences a reply may be hiding. A reply with statements no clause took, or a non-empty reply that leaves most
// clauses unanswered, may be answering in a way the parser does not read, so its "no answer" rulings are flagged.
import type { Stance } from '../model/stance.js';

export interface ReplyDoubt {
  /** Units that take a stance and that no detector tied to a clause. */
  unplaced: number;
  /** Leaf clauses ruled "no answer". */
  unanswered: number;
  leaves: number;
  /** The reply holds no words at all: its silence is certain. */
  empty: boolean;
}

/**
 * Whether a leaf ruling needs review. `quoted` says whether anything the reply wrote was tied to the clause: a stance
 * read from the reply as a whole, with nothing to quote, cannot explain itself and is always looked at.
 */
export function needsReview(probability: number, stance: Stance, threshold: number, doubt: ReplyDoubt, quoted: boolean): boolean {
  if (probability < threshold) return true;
  if (stance !== 'no-answer' && !quoted && !doubt.empty) return true;
  if (stance !== 'no-answer' || doubt.empty) return false;
  return doubt.unplaced > 0 || doubt.unanswered * 2 > doubt.leaves;
}

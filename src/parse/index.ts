// The reply parser: free text → one ruling per clause (placeholder until the staged parser lands).
import type { Programme } from '../model/programme.js';
import type { Reply } from '../model/reply.js';
import type { Ruling } from '../model/ruling.js';

/** Rules on every clause of the programme for one reply, in programme order. */
export function analyseReply(programme: Programme, reply: Reply): Ruling[] {
  return programme.clauses.map((clause) => {
    const override = reply.rulings[clause.id];
    if (override) {
      const ruling: Ruling = {
        clause: clause.id,
        stance: override.stance,
        confidence: 1,
        source: 'override',
        evidence: [],
        reason: 'ruling written in the reply file',
        needsReview: false,
      };
      if (override.note !== undefined) ruling.note = override.note;
      return ruling;
    }
    return { clause: clause.id, stance: 'no-answer', confidence: 1, source: 'none', evidence: [], reason: 'not addressed', needsReview: false };
  });
}

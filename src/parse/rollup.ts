// Parents are ruled from their children: all the same → that stance; any other mix → with qualifications.
import type { Clause } from '../model/programme.js';
import type { RulingSource } from '../model/ruling.js';
import type { DeclineKind, Stance } from '../model/stance.js';
import type { Span } from './segment.js';

/** One clause's ruling as the parser makes it, before it is quoted and rounded. */
export interface Decision {
  stance: Stance;
  declineKind: DeclineKind | undefined;
  confidence: number;
  source: RulingSource;
  /** Spans of the reply the decision rests on, for the evidence quotes. */
  quotes: Span[];
  reason: string;
}

export const DECLINE_WORDS: Record<DeclineKind, string> = {
  'refused-to-answer': 'refused to answer',
  'refused-to-sign': 'refused to sign',
  disagreed: 'disagreed',
};

/** A parent's stance from its children: all the same → that; any other mix → with qualifications. */
export function rollUpStance(children: readonly Stance[]): Stance {
  const first = children[0];
  if (first !== undefined && children.every((s) => s === first) && first !== 'agree-with-qualifications') return first;
  return 'agree-with-qualifications';
}

export function rollUp(clause: Clause, children: readonly Decision[]): Decision {
  const counts = new Map<Stance, number>();
  const kinds: DeclineKind[] = [];
  let confidence = Infinity;
  for (const c of children) {
    counts.set(c.stance, (counts.get(c.stance) ?? 0) + 1);
    if (c.declineKind !== undefined && !kinds.includes(c.declineKind)) kinds.push(c.declineKind);
    confidence = Math.min(confidence, c.confidence);
  }
  const stance = rollUpStance(children.map((c) => c.stance));
  let parts = '';
  for (const [s, n] of counts) parts += `${parts === '' ? '' : ', '}${n} ${s}`;
  const declineKind = stance === 'declined' ? kinds[0] : undefined;
  let reason = `rolled up from ${clause.children.join(', ')}: ${parts}`;
  if (stance === 'declined') reason = `${kinds.map((k) => DECLINE_WORDS[k]).join(' / ') || 'declined'}: ${reason}`;
  return { stance, declineKind, confidence, source: 'rollup', quotes: [], reason };
}

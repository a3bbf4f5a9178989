// The four stances a candidate can take on a clause, and how each is shown.
import { z } from 'zod';

export const STANCE_IDS = ['agree', 'agree-with-qualifications', 'declined', 'no-answer'] as const;
export const StanceSchema = z.enum(STANCE_IDS);
export type Stance = z.infer<typeof StanceSchema>;

export type StanceColour = 'green' | 'yellow' | 'red' | 'dim';

export interface StanceInfo {
  /** Words for a reader: "agrees with qualifications". */
  label: string;
  /** One character for tables. */
  symbol: string;
  /** ASCII fallback symbol for plain-text and CSV-friendly output. */
  ascii: string;
  colour: StanceColour;
  /** Position in legends and sorted lists. */
  order: number;
  /** Default points for the stance, overridable by the programme's `scoring:`. */
  points: number;
}

export const STANCES = {
  agree: { label: 'agrees', symbol: '✔', ascii: 'Y', colour: 'green', order: 0, points: 1 },
  'agree-with-qualifications': {
    label: 'agrees with qualifications',
    symbol: '◐',
    ascii: '~',
    colour: 'yellow',
    order: 1,
    points: 0.5,
  },
  declined: { label: 'declined', symbol: '✘', ascii: 'N', colour: 'red', order: 2, points: 0 },
  'no-answer': { label: 'no answer', symbol: '·', ascii: '.', colour: 'dim', order: 3, points: 0 },
} as const satisfies Record<Stance, StanceInfo>;

/** The mark beside a ruling whose confidence is below the review threshold, in every format. */
export const REVIEW_MARK = { symbol: '?', label: 'needs review' } as const;

/** The mark beside a ruling a person wrote in the reply's `rulings:` (reviewed), in every format. */
export const REVIEWED_MARK = { symbol: '✎', label: 'reviewed' } as const;

/** How published pages say each stance, for readers who never saw the parser. */
export const PUBLIC_WORDS = {
  agree: 'Agrees',
  'agree-with-qualifications': 'Agrees with qualifications',
  declined: 'Declined',
  'no-answer': 'No answer',
} as const satisfies Record<Stance, string>;

/** Stances in legend order. */
export function stancesInOrder(): Stance[] {
  return [...STANCE_IDS].sort((a, b) => STANCES[a].order - STANCES[b].order);
}

/** Why a clause was ruled `declined`. */
export const DECLINE_KINDS = ['refused-to-answer', 'refused-to-sign', 'disagreed'] as const;
export type DeclineKind = (typeof DECLINE_KINDS)[number];

/** How published pages say why a clause was declined, when the parser knows. */
export const DECLINE_WORDS = {
  'refused-to-answer': 'Declined to answer',
  'refused-to-sign': 'Declined to sign pledges',
  disagreed: 'Disagrees',
} as const satisfies Record<DeclineKind, string>;

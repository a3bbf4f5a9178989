// What the pipeline decides for one clause of one reply, and the scored report over all replies.
import type { Stance } from './stance.js';

export const RULING_SOURCES = ['explicit', 'topic', 'blanket', 'rollup', 'override', 'none'] as const;
export type RulingSource = (typeof RULING_SOURCES)[number];

export interface Evidence {
  /** An exact substring of the reply body. */
  quote: string;
  /** 1-based line in the reply file where the quote starts. */
  line: number;
}

export interface Ruling {
  clause: string;
  stance: Stance;
  /** 0..1: how sure the parser is; below the programme's review threshold the ruling needs review. */
  confidence: number;
  source: RulingSource;
  evidence: Evidence[];
  reason: string;
  needsReview: boolean;
  /** The reviewer's note, for overrides. */
  note?: string;
}

export interface ReportClause {
  id: string;
  title: string;
  text: string;
  parent: string | null;
  children: string[];
  weight: number;
}

export interface CandidateResult {
  candidate: string;
  file: string;
  score: number;
  maxScore: number;
  percent: number;
  rank: number;
  rulings: Ruling[];
}

export interface Report {
  programme: {
    title: string;
    organisation?: string;
    election?: string;
    source?: string;
    clauses: ReportClause[];
  };
  candidates: CandidateResult[];
}

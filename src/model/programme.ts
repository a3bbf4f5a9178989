// The programme file (pledges.yaml): its schema, and the flattened clause tree the pipeline works on.
import { z } from 'zod';
import { STANCES, type Stance } from './stance.js';

const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

const ClauseId = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(
    z
      .string()
      .min(1, 'a clause id must not be empty')
      .regex(/^[^\s,;]+$/, 'a clause id is one word, without spaces, commas or semicolons')
      // Ids become object keys (rulings, exports), where these names mean Object.prototype's own properties.
      .refine((id) => !RESERVED_IDS.has(id), { message: 'this name is reserved; choose another clause id' }),
  );

export interface ClauseInput {
  id: string;
  title: string;
  text: string;
  keywords?: string[] | undefined;
  weight?: number | undefined;
  polarity?: 'pro' | 'contra' | undefined;
  clauses?: ClauseInput[] | undefined;
}

export const ClauseInputSchema: z.ZodType<ClauseInput, unknown> = z.strictObject({
  id: ClauseId,
  title: z.string().trim().min(1, 'a clause needs a title'),
  text: z.string().trim().min(1, 'a clause needs its text as published'),
  keywords: z.array(z.string().trim().min(1, 'a keyword must not be empty')).optional(),
  weight: z.number().min(0, 'a weight is 0 or more').optional(),
  polarity: z.enum(['pro', 'contra']).optional(),
  get clauses() {
    return z.array(ClauseInputSchema).min(1, 'a clauses list needs at least one clause').optional();
  },
});

const points = z.number().finite();

export const ScoringSchema = z.strictObject({
  agree: points.default(STANCES.agree.points),
  'agree-with-qualifications': points.default(STANCES['agree-with-qualifications'].points),
  declined: points.default(STANCES.declined.points),
  'no-answer': points.default(STANCES['no-answer'].points),
});
export type Scoring = Record<Stance, number>;

export const DEFAULT_REVIEW_THRESHOLD = 0.6;

export const ProgrammeFileSchema = z.strictObject({
  title: z.string().trim().min(1, 'the programme needs a title'),
  organisation: z.string().optional(),
  election: z.string().optional(),
  source: z.string().optional(),
  clauses: z.array(ClauseInputSchema).min(1, 'a programme needs at least one clause'),
  scoring: ScoringSchema.optional(),
  'review-threshold': z.number().min(0).max(1).optional(),
});
export type ProgrammeFile = z.infer<typeof ProgrammeFileSchema>;

/** One clause of the programme, placed in the tree. */
export interface Clause {
  id: string;
  title: string;
  text: string;
  keywords: string[];
  /** The weight as written, or undefined when the file gave none. */
  weight: number | undefined;
  polarity: 'pro' | 'contra' | undefined;
  parent: string | undefined;
  children: string[];
  depth: number;
  /** 1-based position among its siblings. */
  position: number;
  /** Line of the clause's `id:` in the programme file. */
  line: number;
}

export interface Programme {
  file: string;
  title: string;
  organisation: string | undefined;
  election: string | undefined;
  source: string | undefined;
  /** Every clause, depth first, in the order the file gives them. */
  clauses: Clause[];
  scoring: Scoring;
  reviewThreshold: number;
}

/** Map from clause id to clause. */
export function clauseIndex(programme: Programme): Map<string, Clause> {
  return new Map(programme.clauses.map((c) => [c.id, c]));
}

export function leafClauses(programme: Programme): Clause[] {
  return programme.clauses.filter((c) => c.children.length === 0);
}

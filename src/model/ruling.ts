// What the pipeline decides for one clause of one reply, and the scored report over all replies: zod schemas, the
// single source of these types and of the JSON report's schema (./report-document.ts, schema/report.schema.json).
import { z } from 'zod';
import { DECLINE_KINDS, StanceSchema } from './stance.js';

export const RULING_SOURCES = ['explicit', 'topic', 'blanket', 'rollup', 'override', 'none'] as const;
export const RulingSourceSchema = z.enum(RULING_SOURCES).describe('where the stance came from; override: a person wrote it in the reply');
export type RulingSource = z.infer<typeof RulingSourceSchema>;

export const EvidenceSchema = z.object({
  quote: z.string().describe('an exact substring of the reply'),
  line: z.number().int().describe('1-based line in the reply file where the quote starts'),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const DeclineKindSchema = z.enum(DECLINE_KINDS).describe('why a clause was declined: a refusal to answer or to sign, or a disagreement');

/** The fields of a ruling, in the order every output lists them. */
export const RULING_FIELDS = {
  clause: z.string().describe('the clause id'),
  stance: StanceSchema,
  declineKind: DeclineKindSchema.optional(),
  confidence: z.number().describe('0..1: how sure the parser is; 1 for a ruling a person wrote'),
  source: RulingSourceSchema,
  evidence: z.array(EvidenceSchema),
  reason: z.string().describe('why, in words: for people, not for programs to branch on'),
  needsReview: z.boolean().describe('the confidence is below the programme’s review threshold and no person has ruled'),
  note: z.string().optional().describe('the reviewer’s note, for rulings a person wrote'),
};

export const RulingSchema = z.object(RULING_FIELDS);
export type Ruling = z.infer<typeof RulingSchema>;

/** Whether a person wrote the ruling (in the reply's `rulings:`), so it is reviewed rather than the parser's guess. */
export function isReviewed(r: Pick<Ruling, 'source'>): boolean {
  return r.source === 'override';
}

export const ReportClauseSchema = z.object({
  id: z.string(),
  title: z.string(),
  parent: z.string().nullable(),
  children: z.array(z.string()),
  text: z.string(),
  weight: z.number().describe('effective weight: a parent weighs the sum of its leaves'),
});
export type ReportClause = z.infer<typeof ReportClauseSchema>;

/** Candidate details an organiser keeps in the reply's front matter under `details:`; `email` is never published. */
export const DETAIL_KEYS = ['party', 'ward', 'slate', 'photo'] as const;
export const DetailsSchema = z
  .object({
    party: z.string().optional(),
    ward: z.string().optional(),
    slate: z.string().optional(),
    photo: z.string().optional().describe('URL of a photo (http or https)'),
  })
  .describe('details from the reply’s front matter; the email address is left out');
export type Details = z.infer<typeof DetailsSchema>;

export const CandidateResultSchema = z.object({
  candidate: z.string(),
  file: z.string().describe('the reply file, relative to where pledgecard ran'),
  received: z.string().optional().describe('the date the reply was received, YYYY-MM-DD'),
  source: z.string().optional().describe('where the reply was published or came from'),
  details: DetailsSchema.optional(),
  score: z.number(),
  maxScore: z.number(),
  percent: z.number(),
  rank: z.number().int().describe('competition rank: equal scores share a rank (1, 2, 2, 4)'),
  rulings: z.array(RulingSchema),
});
export type CandidateResult = z.infer<typeof CandidateResultSchema>;

export const ScoringPointsSchema = z.object({
  agree: z.number(),
  'agree-with-qualifications': z.number(),
  declined: z.number(),
  'no-answer': z.number(),
});

export const ReportProgrammeSchema = z.object({
  title: z.string(),
  organisation: z.string().optional(),
  election: z.string().optional(),
  source: z.string().optional(),
  scoring: ScoringPointsSchema.describe('points per stance'),
  reviewThreshold: z.number().describe('rulings less confident than this need review'),
  clauses: z.array(ReportClauseSchema),
});

/** A reply file that could not be read, so that its candidate is missing from the report. */
export const LeftOutSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  col: z.number().int(),
  code: z.string(),
  message: z.string(),
});
export type LeftOut = z.infer<typeof LeftOutSchema>;

export const ReportSchema = z.object({
  programme: ReportProgrammeSchema,
  incomplete: z.array(LeftOutSchema).describe('reply files that could not be read: their candidates are missing from this report'),
  candidates: z.array(CandidateResultSchema),
});
export type Report = z.infer<typeof ReportSchema>;

// The JSON documents pledgecard writes (`score --format json`, `export`'s scorecards.json, `show --format json`): the
// report's schemas with a `$schema` and a version in front and `reviewed` on every ruling. schema/*.schema.json are
// generated from these (npm run schema); the JSON renderer takes its field order from them.
import { z } from 'zod';
import { CandidateResultSchema, ReportClauseSchema, ReportProgrammeSchema, ReportSchema, RULING_FIELDS } from './ruling.js';

/** The version of the JSON documents: the major number changes when a field is removed or changes meaning. */
export const DOCUMENT_VERSION = '1.0';
export const REPORT_SCHEMA_ID = 'urn:pledgecard:schema:report:1';
export const CANDIDATE_SCHEMA_ID = 'urn:pledgecard:schema:candidate:1';

const { note, ...before } = RULING_FIELDS;

/** A ruling as JSON has it: `reviewed` after `needsReview`. */
export const DocumentRulingSchema = z.object({
  ...before,
  reviewed: z.boolean().describe('a person wrote this ruling in the reply’s front matter (source: override)'),
  note,
});

export const DocumentCandidateFields = { ...CandidateResultSchema.shape, rulings: z.array(DocumentRulingSchema) };
export const DocumentCandidateSchema = z.object(DocumentCandidateFields);

export const ReportDocumentSchema = z
  .object({
    $schema: z.literal(REPORT_SCHEMA_ID),
    version: z.literal(DOCUMENT_VERSION),
    programme: ReportProgrammeSchema,
    incomplete: ReportSchema.shape.incomplete,
    candidates: z.array(DocumentCandidateSchema),
  })
  .meta({ $id: REPORT_SCHEMA_ID, title: 'pledgecard report' });
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;

/** One candidate on its own (`show --format json`), with the programme's title and scoring for context. */
export const CandidateDocumentSchema = z
  .object({
    $schema: z.literal(CANDIDATE_SCHEMA_ID),
    version: z.literal(DOCUMENT_VERSION),
    programme: ReportProgrammeSchema.pick({ title: true, scoring: true, reviewThreshold: true }),
    ...DocumentCandidateFields,
  })
  .meta({ $id: CANDIDATE_SCHEMA_ID, title: 'pledgecard candidate' });
export type CandidateDocument = z.infer<typeof CandidateDocumentSchema>;

/** The keys of each JSON object, in the order they are written. */
export const DOCUMENT_KEYS = {
  report: Object.keys(ReportDocumentSchema.shape) as Array<keyof ReportDocument>,
  candidateAlone: Object.keys(CandidateDocumentSchema.shape) as Array<keyof CandidateDocument>,
  candidate: Object.keys(DocumentCandidateSchema.shape) as Array<keyof z.infer<typeof DocumentCandidateSchema>>,
  ruling: Object.keys(DocumentRulingSchema.shape) as Array<keyof z.infer<typeof DocumentRulingSchema>>,
  programme: Object.keys(ReportProgrammeSchema.shape) as Array<keyof z.infer<typeof ReportProgrammeSchema>>,
  clause: Object.keys(ReportClauseSchema.shape) as Array<keyof z.infer<typeof ReportClauseSchema>>,
};

/** The JSON Schema documents, generated from the zod schemas; written to schema/ by `npm run schema`. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'report.schema.json': z.toJSONSchema(ReportDocumentSchema, { target: 'draft-2020-12' }),
    'candidate.schema.json': z.toJSONSchema(CandidateDocumentSchema, { target: 'draft-2020-12' }),
  };
}

/** A schema file's text: two-space JSON with a final newline. */
export function schemaText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

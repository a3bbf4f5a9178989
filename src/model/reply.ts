// A candidate's reply file (data/*.md): front-matter schema and the loaded reply.
import { z } from 'zod';
import { STANCE_IDS, StanceSchema, type Stance } from './stance.js';

/** A ruling is a stance, or `{ stance, note }`; the short form is read as the long one. */
export const RulingOverrideSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { stance: v } : v),
  z.strictObject(
    {
      stance: StanceSchema,
      note: z.string().optional(),
    },
    { error: `a ruling is a stance (${STANCE_IDS.join(', ')}) or { stance: …, note: … }` },
  ),
);

const RECEIVED_MESSAGE = 'received is a date written year-month-day, such as 2022-08-20';

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

const detail = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

/** What an organiser may keep about a candidate under `details:`; the email address is never published. */
export const DetailsInputSchema = z.strictObject({
  party: detail.optional(),
  ward: detail.optional(),
  slate: detail.optional(),
  email: z.email('email is an address such as ann@example.org').optional(),
  photo: z.url({ protocol: /^https?$/, error: 'photo is the address of a picture, starting https://' }).optional(),
});
export type DetailsInput = z.infer<typeof DetailsInputSchema>;

export const FrontMatterSchema = z.strictObject({
  candidate: z
    .string({ error: (i) => (i.input === undefined ? 'a reply needs a candidate name' : 'candidate must be text') })
    .trim()
    .min(1, 'a reply needs a candidate name'),
  received: z
    .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))], { error: RECEIVED_MESSAGE })
    .refine(isIsoDate, { error: RECEIVED_MESSAGE })
    .optional(),
  source: z.string().optional(),
  details: DetailsInputSchema.optional(),
  rulings: z
    .record(z.union([z.string(), z.number()]).transform(String).pipe(z.string()), RulingOverrideSchema)
    .optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export interface RulingOverride {
  stance: Stance;
  note: string | undefined;
  /** Line of the ruling's key in the reply file. */
  line: number;
}

export interface Reply {
  /** Path as shown to users: relative to the working directory, with forward slashes. */
  file: string;
  candidate: string;
  received: string | undefined;
  source: string | undefined;
  /** What the organiser keeps about the candidate (`details:`), when given. */
  details?: DetailsInput | undefined;
  rulings: Record<string, RulingOverride>;
  /** The reply text after the front matter, exactly as written (line endings normalised to \n). */
  body: string;
  /** 1-based line in the file of the body's first line. */
  bodyLine: number;
}

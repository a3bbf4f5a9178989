// Reads --depth and --clauses into a clause selection for the renderers, or says what is wrong with them.
import type { Report } from '../model/ruling.js';
import { programmeDepth, unknownClauses } from '../render/view.js';
import { didYouMean } from '../util/suggest.js';

export type Selection = { ok: true; depth?: number; clauses?: string[] } | { ok: false; message: string };

/** Checks the options against the report's programme; an unknown clause id is named with a suggestion. */
export function parseSelection(report: Report, opts: { depth?: string | undefined; clauses?: string | undefined }): Selection {
  const out: Selection = { ok: true };
  if (opts.depth !== undefined) {
    if (!/^\s*[1-9]\d*\s*$/.test(opts.depth)) return { ok: false, message: `--depth expects a whole number from 1, not '${opts.depth}'` };
    out.depth = Math.min(Number(opts.depth), programmeDepth(report));
  }
  if (opts.clauses !== undefined) {
    const ids = opts.clauses.split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length === 0) return { ok: false, message: '--clauses expects clause ids separated by commas, e.g. 3a,3b' };
    const unknown = unknownClauses(report, ids);
    if (unknown.length > 0) {
      const known = report.programme.clauses.map((c) => c.id);
      const first = unknown[0]!;
      return { ok: false, message: `--clauses: '${first}' is not a clause of the programme${didYouMean(first, known)}; clauses: ${known.join(', ')}` };
    }
    out.clauses = ids;
  }
  return out;
}

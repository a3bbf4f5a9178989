// Rulings a person should confirm: low-confidence parser rulings without a reviewed override, as diagnostics.
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Reply } from '../model/reply.js';
import type { Report } from '../model/ruling.js';
import { STANCES } from '../model/stance.js';

const MAX_QUOTE = 80;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/**
 * One `needs-review` diagnostic per ruling the parser flagged and the reply's `rulings:` does not settle,
 * placed on the evidence's line (or the reply's first line when there is no evidence).
 */
export function needsReviewDiagnostics(
  report: Report,
  replies: readonly Reply[],
  severity: Diagnostic['severity'] = 'error',
): Diagnostic[] {
  const byFile = new Map(replies.map((r) => [r.file, r]));
  const titles = new Map(report.programme.clauses.map((c) => [c.id, c.title]));
  const out: Diagnostic[] = [];
  for (const result of report.candidates) {
    const reply = byFile.get(result.file);
    for (const ruling of result.rulings) {
      if (!ruling.needsReview || ruling.source === 'override' || reply?.rulings[ruling.clause]) continue;
      const evidence = ruling.evidence[0];
      const line = evidence?.line ?? reply?.bodyLine ?? 1;
      const title = titles.get(ruling.clause);
      const percent = Math.round(ruling.confidence * 100);
      const seen = evidence ? ` from "${quote(evidence.quote)}"` : ' (no evidence quoted)';
      out.push(
        diagnostic(
          'needs-review',
          result.file,
          { line, col: 1 },
          `clause ${ruling.clause}${title ? ` (${title})` : ''}: ${STANCES[ruling.stance].label}?` +
            ` ${percent}% sure${seen}; confirm it under rulings: in the front matter, e.g. ${ruling.clause}: ${ruling.stance}`,
          severity,
        ),
      );
    }
  }
  return out;
}

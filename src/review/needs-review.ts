// Rulings a person should confirm: low-confidence parser rulings without a reviewed override, as diagnostics.
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Reply } from '../model/reply.js';
import type { Report, Ruling } from '../model/ruling.js';
import { STANCES } from '../model/stance.js';

const MAX_QUOTE = 80;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/** The rulings of one reply that need review, leaving out roll-ups whose doubt comes from a flagged sub-clause. */
function unsettled(rulings: readonly Ruling[], reply: Reply | undefined, children: ReadonlyMap<string, readonly string[]>): Ruling[] {
  const flagged = rulings.filter((r) => r.needsReview && r.source !== 'override' && !reply?.rulings[r.clause]);
  const ids = new Set(flagged.map((r) => r.clause));
  const flaggedBelow = (id: string): boolean => (children.get(id) ?? []).some((c) => ids.has(c) || flaggedBelow(c));
  // Settling the sub-clause settles the roll-up above it, so only the sub-clause is worth a line.
  return flagged.filter((r) => r.source !== 'rollup' || !flaggedBelow(r.clause));
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
  const children = new Map(report.programme.clauses.map((c) => [c.id, c.children]));
  const out: Diagnostic[] = [];
  for (const result of report.candidates) {
    const reply = byFile.get(result.file);
    for (const ruling of unsettled(result.rulings, reply, children)) {
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
          `clause ${ruling.clause}${title ? ` (${title})` : ''}: the parser says "${STANCES[ruling.stance].label}"` +
            ` with ${percent}% confidence${seen}; settle it in the front matter under rulings:, e.g. ${ruling.clause}: ${ruling.stance}`,
          severity,
        ),
      );
    }
  }
  return out;
}

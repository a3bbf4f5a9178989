// Rulings a person should confirm: low-confidence parser rulings without a reviewed override, as diagnostics.
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Reply } from '../model/reply.js';
import type { CandidateResult, Report, Ruling } from '../model/ruling.js';
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

/** One ruling of one candidate, as a reviewer meets it. */
export interface ReviewItem {
  candidate: CandidateResult;
  ruling: Ruling;
}

/** Every ruling the parser flagged and the reply's `rulings:` does not settle, by candidate in report order. */
export function rulingsToSettle(report: Report, replies: readonly Reply[]): ReviewItem[] {
  const byFile = new Map(replies.map((r) => [r.file, r]));
  const children = new Map(report.programme.clauses.map((c) => [c.id, c.children]));
  return report.candidates.flatMap((candidate) =>
    unsettled(candidate.rulings, byFile.get(candidate.file), children).map((ruling) => ({ candidate, ruling })),
  );
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
  return rulingsToSettle(report, replies).map(({ candidate, ruling }) => {
    const evidence = ruling.evidence[0];
    const line = evidence?.line ?? byFile.get(candidate.file)?.bodyLine ?? 1;
    const title = titles.get(ruling.clause);
    const percent = Math.round(ruling.confidence * 100);
    const seen = evidence ? ` from "${quote(evidence.quote)}"` : ' (no evidence quoted)';
    return diagnostic(
      'needs-review',
      candidate.file,
      { line, col: 1 },
      `clause ${ruling.clause}${title ? ` (${title})` : ''}: the parser says "${STANCES[ruling.stance].label}"` +
        ` with ${percent}% confidence${seen}; settle it in the front matter under rulings:, e.g. ${ruling.clause}: ${ruling.stance}`,
      severity,
    );
  });
}

/** Which rulings `pledgecard review` walks through. */
export type ReviewScope = { kind: 'flagged' } | { kind: 'candidate'; candidate: CandidateResult } | { kind: 'all' };

/**
 * The rulings of `scope`, most doubtful (lowest confidence) first; equals in report order, then programme order.
 * `flagged` is what needs review and is not settled; a candidate or `all` is every ruling but the roll-ups on parent
 * clauses, which follow from their sub-clauses.
 */
export function reviewQueue(report: Report, replies: readonly Reply[], scope: ReviewScope): ReviewItem[] {
  const items =
    scope.kind === 'flagged'
      ? rulingsToSettle(report, replies)
      : (scope.kind === 'all' ? report.candidates : [scope.candidate]).flatMap((candidate) =>
          candidate.rulings.filter((r) => r.source !== 'rollup').map((ruling) => ({ candidate, ruling })),
        );
  const candidateAt = new Map(report.candidates.map((c, i) => [c, i]));
  const clauseAt = new Map(report.programme.clauses.map((c, i) => [c.id, i]));
  const place = (item: ReviewItem): [number, number, number] => [item.ruling.confidence, candidateAt.get(item.candidate) ?? 0, clauseAt.get(item.ruling.clause) ?? 0];
  return items
    .map((item) => ({ item, key: place(item) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map(({ item }) => item);
}

// The reply parser, top-down: read the reply once (doc) → detectors link its units to clauses → features per
// leaf clause → the trained model decides each leaf, with its reasons → parents rolled up → the reply's own
// rulings applied → rulings with evidence.
import type { Programme } from '../model/programme.js';
import type { Reply } from '../model/reply.js';
import type { Evidence, Ruling } from '../model/ruling.js';
import { lineOf, lineStarts } from '../load/text.js';
import { decideLeaf } from './decide.js';
import { readDoc, type Doc } from './doc.js';
import { featuresOf, type ReplyFeatures } from './features.js';
import { bundledModel, type Model } from './model.js';
import { buildIndex, type ProgrammeIndex } from './programme-index.js';
import { rollUp, type Decision } from './rollup.js';
import type { Span } from './segment.js';
import { needsReview, type ReplyDoubt } from './flag.js';

const indexes = new WeakMap<Programme, ProgrammeIndex>();

/** The programme's parser index, built once per programme. */
export function indexFor(programme: Programme): ProgrammeIndex {
  let index = indexes.get(programme);
  if (!index) indexes.set(programme, (index = buildIndex(programme)));
  return index;
}

// A reason is assembled from fragments, and V8 keeps such a string as a tree of them (some cut from the whole
// reply, which they would keep alive) until it is read whole. A few thousand reasons recur across any number of
// replies: each is kept once, flat, and every ruling that gives it shares that copy (bounded, as caches are).
const reasons = new Map<string, string>();

function pooled(reason: string): string {
  const known = reasons.get(reason);
  if (known !== undefined) return known;
  if (reasons.size >= 20_000) reasons.clear();
  reasons.set(reason, reason);
  return reason;
}

function round(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

/**
 * The features of every leaf clause of one reply, as the model sees them (for training and inspection); with a model,
 * only the text features it knows.
 */
export function replyFeatures(programme: Programme, body: string, model?: Model, candidate?: string): { doc: Doc; features: ReplyFeatures } {
  const index = indexFor(programme);
  index.topics.forget();
  // The candidate's name tells their own earlier message, quoted below a correction, from the organiser's.
  const doc = readDoc(index, readable(body), candidate);
  return { doc, features: featuresOf(doc, model?.text) };
}

/** Rules on every clause of the programme for one reply, in programme order. */
/**
 * How much of a reply is read: real replies are a few kilobytes; a reply many times longer than any candidate writes
 * (a pasted archive, a hostile file) is read up to this many characters, ending at a line, and every ruling on it is
 * flagged for review, saying so. It keeps the cost and memory of one reply bounded.
 */
export const MAX_READ = 1_000_000;

/** The part of a body the parser reads: all of it, or its first MAX_READ characters up to the last line break. */
function readable(body: string): string {
  if (body.length <= MAX_READ) return body;
  const cut = body.lastIndexOf('\n', MAX_READ);
  return body.slice(0, cut > MAX_READ / 2 ? cut : MAX_READ);
}

export function analyseReply(programme: Programme, reply: Reply): Ruling[] {
  const model = bundledModel();
  const cut = reply.body.length > MAX_READ;
  const { doc, features } = replyFeatures(programme, reply.body, model, reply.candidate);
  const decisions = new Map<string, Decision>();
  for (const leaf of features.leaves) decisions.set(leaf.clause, decideLeaf(doc, model, leaf));
  const doubt: ReplyDoubt = {
    unplaced: features.loose.length,
    unanswered: features.leaves.filter((l) => decisions.get(l.clause)!.stance === 'no-answer').length,
    leaves: features.leaves.length,
    empty: doc.empty,
  };
  // Children before parents: walk the programme backwards.
  const clauses = programme.clauses;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i]!;
    if (clause.children.length > 0) decisions.set(clause.id, rollUp(clause, clause.children.map((c) => decisions.get(c)!)));
  }
  applyOverrides(programme, reply, decisions);
  const body = reply.body;
  const starts = lineStarts(body);
  const fileLine = (offset: number): number => reply.bodyLine + lineOf(starts, offset) - 1;
  const flagged = new Set<string>();
  const rulings = clauses.map((clause) => {
    const d = decisions.get(clause.id)!;
    const confidence = round(d.confidence);
    const review =
      d.source === 'override'
        ? false
        : clause.children.length === 0
          ? needsReview(confidence, d.stance, programme.reviewThreshold, doubt, d.quotes.length > 0)
          : confidence < programme.reviewThreshold;
    if (review) flagged.add(clause.id);
    const ruling: Ruling = {
      clause: clause.id,
      stance: d.stance,
      confidence,
      source: d.source,
      evidence: evidenceFor(d.quotes, body, fileLine),
      reason: pooled(cut && d.source !== 'override' ? `${d.reason}; only the first ${MAX_READ.toLocaleString('en')} characters of this long reply were read` : d.reason),
      needsReview: review || (cut && d.source !== 'override'),
    };
    if (d.stance === 'declined' && d.declineKind !== undefined) ruling.declineKind = d.declineKind;
    const note = reply.rulings[clause.id]?.note;
    if (d.source === 'override' && note !== undefined) ruling.note = note;
    return ruling;
  });
  // A roll-up is in doubt when a sub-clause it rests on is.
  for (let i = rulings.length - 1; i >= 0; i--) {
    const r = rulings[i]!;
    const clause = clauses[i]!;
    if (r.source === 'rollup' && !r.needsReview && clause.children.some((c) => flagged.has(c))) {
      r.needsReview = true;
      flagged.add(clause.id);
    }
  }
  return rulings;
}

/**
 * The reply's own `rulings:` win. An override on a parent also rules its descendants that have no
 * override of their own; parents above an override are rolled up again.
 */
function applyOverrides(programme: Programme, reply: Reply, decisions: Map<string, Decision>): void {
  const ids = Object.keys(reply.rulings);
  if (ids.length === 0) return;
  const byId = new Map(programme.clauses.map((c) => [c.id, c]));
  const set = (id: string, from: string): void => {
    const o = reply.rulings[from]!;
    const prior = decisions.get(id)!;
    decisions.set(id, {
      stance: o.stance,
      declineKind: undefined,
      confidence: 1,
      source: 'override',
      quotes: prior.quotes,
      reason: `ruling written in ${reply.file} (line ${o.line})${from === id ? '' : ` for ${from}`}; the parser said ${prior.stance}`,
    });
  };
  const down = (id: string, from: string): void => {
    for (const child of byId.get(id)!.children) {
      if (!reply.rulings[child]) {
        set(child, from);
        down(child, from);
      }
    }
  };
  for (const clause of programme.clauses) {
    if (reply.rulings[clause.id]) {
      set(clause.id, clause.id);
      down(clause.id, clause.id);
    }
  }
  // Re-roll ancestors that were not themselves overridden, deepest first: a re-rolled child re-rolls its parent.
  for (const clause of [...programme.clauses].reverse()) {
    if (clause.children.length === 0 || reply.rulings[clause.id]) continue;
    const kids = clause.children.map((c) => decisions.get(c)!);
    if (kids.some((k) => k.source === 'override' || k.source === 'rollup') && decisions.get(clause.id)!.source === 'rollup') {
      decisions.set(clause.id, rollUp(clause, kids));
    }
  }
}

/** The sentences of a reply that take a stance no clause took, with their lines: what a reviewer should read. */
export function unplacedStatements(programme: Programme, reply: Reply): Evidence[] {
  const { doc, features } = replyFeatures(programme, reply.body, undefined, reply.candidate);
  const starts = lineStarts(reply.body);
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const u of features.loose) {
    const q = doc.sentences[doc.units[u]!.sentence]!.quote;
    if (seen.has(q.start)) continue;
    seen.add(q.start);
    out.push({ quote: clip(reply.body, q.start, q.end), line: reply.bodyLine + lineOf(starts, q.start) - 1 });
  }
  return out;
}

/** Evidence quotes, at most `limit`, each an exact substring of the body with its line. */
function evidenceFor(quotes: readonly Span[], body: string, lineOf: (offset: number) => number, limit = 3): Evidence[] {
  const out: Evidence[] = [];
  for (const q of quotes) {
    if (out.length >= limit) break;
    const quote = clip(body, q.start, q.end);
    if (quote.length > 0) out.push({ quote, line: lineOf(q.start) });
  }
  return out;
}

/** The quote, cut at a word boundary when long; always a prefix of the span, so still an exact substring. */
function clip(body: string, start: number, end: number, max = 280): string {
  let text = body.slice(start, end);
  if (text.length > max) {
    const cut = text.lastIndexOf(' ', max);
    text = text.slice(0, cut > max / 2 ? cut : max);
  }
  return text.trimEnd();
}

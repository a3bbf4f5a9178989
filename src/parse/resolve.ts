// Turns statements into one ruling per clause: the most specific statements win, later revisions
// replace earlier ones, parents are rolled up from their children unless ruled directly.
import type { Clause } from '../model/programme.js';
import type { Evidence, Ruling, RulingSource } from '../model/ruling.js';
import type { DeclineKind, Stance } from '../model/stance.js';
import type { Reach, Statement } from './evidence.js';
import type { ProgrammeIndex } from './programme-index.js';

/** Where a stance came from, for the reason line. */
const CUE_WORD: Record<Stance, string> = {
  agree: 'agreement',
  'agree-with-qualifications': 'qualification',
  declined: 'refusal',
  'no-answer': 'no',
};

const DECLINE_WORDS: Record<DeclineKind, string> = {
  'refused-to-answer': 'refused to answer',
  'refused-to-sign': 'refused to sign',
  disagreed: 'disagreed',
};

const REACH_SOURCE: Record<Reach, RulingSource> = {
  explicit: 'explicit',
  topic: 'topic',
  inherited: 'explicit',
  subtree: 'blanket',
  others: 'blanket',
  all: 'blanket',
};

export interface Decision {
  stance: Stance;
  declineKind: DeclineKind | undefined;
  confidence: number;
  source: RulingSource;
  statements: Statement[];
  reason: string;
}

/** Folds the statements of one level, in reply order, into one decision. */
export function combine(statements: readonly Statement[]): { stance: Stance; declineKind: DeclineKind | undefined; confidence: number; used: Statement[]; conflict: boolean } {
  // A deferral counts only where nothing else was said.
  const said = statements.filter((s) => s.stance !== 'no-answer');
  const sorted = [...(said.length > 0 ? said : statements)].sort((a, b) => a.order - b.order);
  let head = sorted[0]!;
  let stance = head.stance;
  let declineKind = head.declineKind;
  let confidence = head.confidence;
  let used = [head];
  let conflict = false;
  for (const s of sorted.slice(1)) {
    if (s.revision && s.stance !== stance) {
      head = s;
      stance = s.stance;
      declineKind = s.declineKind;
      confidence = s.confidence;
      used = [s];
      conflict = false;
      continue;
    }
    used.push(s);
    if (s.stance === stance) {
      confidence = Math.min(0.99, Math.max(confidence, s.confidence) + 0.02);
      continue;
    }
    if (stance === 'agree' && s.stance === 'agree-with-qualifications') {
      stance = s.stance;
      confidence = Math.min(confidence, s.confidence);
    } else if (stance === 'agree-with-qualifications' && s.stance === 'agree') {
      // Agreement after a qualification keeps the qualification.
    } else if (stance !== 'declined' && s.stance === 'declined') {
      if (s.strength > head.strength + 0.1) {
        stance = 'declined';
        declineKind = s.declineKind;
        confidence = s.confidence * 0.9;
      } else {
        stance = 'agree-with-qualifications';
        declineKind = undefined;
        confidence *= 0.85;
      }
      conflict = true;
    } else if (stance === 'declined' && s.stance !== 'declined') {
      if (s.strength > head.strength + 0.1) {
        stance = s.stance;
        declineKind = undefined;
        confidence = s.confidence * 0.9;
      } else {
        stance = 'agree-with-qualifications';
        declineKind = undefined;
        confidence *= 0.7;
      }
      conflict = true;
    }
  }
  return { stance, declineKind, confidence, used, conflict };
}

function quoteOf(s: Statement): string {
  return `'${s.refText}'`;
}

/** The reason line for a decision made from statements. */
function describe(reach: Reach, clause: Clause, c: ReturnType<typeof combine>, from?: string): string {
  const s = c.used[c.used.length - 1]!.revision ? c.used[c.used.length - 1]! : c.used[0]!;
  const cueWord = s.stance === 'declined' ? (s.declineKind === 'disagreed' ? 'disagreement' : 'refusal') : s.stance === 'no-answer' ? 'deferral' : CUE_WORD[s.stance];
  const polarity = s.why.includes('(') ? ` ${s.why.slice(s.why.indexOf('('))}` : '';
  let where: string;
  switch (reach) {
    case 'explicit':
      where = s.why === 'excluded from a blanket statement' ? `excluded by ${quoteOf(s)} from blanket '${s.cueText}'` : `explicit reference ${quoteOf(s)}`;
      break;
    case 'topic':
      where = `matched by subject (${s.refText})`;
      break;
    case 'inherited':
      where = `heading ruling on ${from} (${quoteOf(s)}) applies`;
      break;
    case 'subtree':
      where = `blanket statement naming '${clause.id === from ? clause.title : from}'`;
      break;
    case 'others':
      where = `blanket statement ${quoteOf(s)} (every clause not ruled on specifically)`;
      break;
    case 'all':
      where = `blanket statement ${quoteOf(s)}`;
      break;
  }
  let reason = s.why === 'excluded from a blanket statement' ? where : `${where} with ${cueWord} cue '${s.cueText}'${polarity}`;
  if (c.used[0]!.revision || (c.used.length > 0 && c.used[c.used.length - 1]!.revision && c.used.length === 1 && c.used[0]!.order > 0)) {
    reason += '; a later revision replaces what came before';
  }
  if (c.conflict) reason += '; conflicting statements in the reply';
  if (c.stance === 'agree-with-qualifications' && s.stance === 'agree') {
    const q = c.used.find((u) => u.stance === 'agree-with-qualifications' || u.stance === 'declined');
    if (q) reason += `, qualified by '${q.cueText}'`;
  }
  if (c.stance === 'declined' && c.declineKind) reason = `${DECLINE_WORDS[c.declineKind]}: ${reason}`;
  return reason;
}

/** What deciding one reply's clauses works from: its statements, split into direct ones (by clause) and blankets. */
interface Sorted {
  index: ProgrammeIndex;
  direct: Map<string, Statement[]>;
  blankets: Statement[];
  /**
   * Decisions made from blankets, by reach and the blanket statements used: every clause a blanket covers alike gets
   * the same decision, worked out once ("I agree with every pledge" rules on all of them with one reason).
   */
  fromBlankets: Map<string, Decision>;
}

/** Blankets in the order they are tried: the narrowest first. */
const BLANKET_REACHES = ['subtree', 'others', 'all'] as const;

/** Decides every clause from the statements (leaves and parents), without overrides. */
export function resolve(index: ProgrammeIndex, statements: readonly Statement[], noAnswerConfidence: (clause: string) => number): Map<string, Decision> {
  const sorted: Sorted = { index, direct: new Map(), blankets: [], fromBlankets: new Map() };
  // Who refuses to sign any pledge is held to that, but for clauses named explicitly.
  let refusesAll = false;
  for (const s of statements) if (s.reach === 'all' && s.declineKind === 'refused-to-sign') refusesAll = true;
  for (const s of statements) {
    if (refusesAll && s.reach === 'topic') continue;
    if (s.reach === 'explicit' || s.reach === 'topic') {
      for (const id of s.clauses) {
        const list = sorted.direct.get(id);
        if (list) list.push(s);
        else sorted.direct.set(id, [s]);
      }
    } else sorted.blankets.push(s);
  }
  const decisions = new Map<string, Decision>();
  // Children before parents: walk the programme backwards.
  const clauses = index.programme.clauses;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i]!;
    const decided = decideLeafOrDirect(sorted, clause);
    if (decided && (clause.children.length === 0 || sorted.direct.has(clause.id))) {
      decisions.set(clause.id, decided);
      continue;
    }
    if (clause.children.length > 0) {
      decisions.set(clause.id, rollUp(clause, clause.children.map((c) => decisions.get(c)!)));
      continue;
    }
    decisions.set(clause.id, {
      stance: 'no-answer',
      declineKind: undefined,
      confidence: noAnswerConfidence(clause.id),
      source: 'none',
      statements: [],
      reason: 'not addressed, directly or by a blanket statement',
    });
  }
  return decisions;
}

/** A clause is ruled specifically when it, or an ancestor, has direct statements. */
function isSpecific(sorted: Sorted, id: string): boolean {
  for (let c: string | undefined = id; c !== undefined; c = sorted.index.byId.get(c)?.parent) if (sorted.direct.has(c)) return true;
  return false;
}

/** A blanket that says the same as a weak specific statement makes it surer, not different: its confidence, or 0. */
function blanketAgrees(sorted: Sorted, clause: string, stance: Stance): number {
  let best = 0;
  for (const b of sorted.blankets) {
    if (b.clauses.includes(clause) && b.stance === stance && b.reach !== 'others') best = Math.max(best, b.confidence);
  }
  return best;
}

function explicitOnly(statements: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const s of statements) if (s.reach === 'explicit') out.push(s);
  return out;
}

/** A clause's decision from statements about it, an ancestor, or (for a leaf) a blanket; undefined when none speak. */
function decideLeafOrDirect(sorted: Sorted, clause: Clause): Decision | undefined {
  const { index, direct } = sorted;
  const own = direct.get(clause.id);
  if (own) {
    // Explicit statements beat topic ones.
    const explicit = explicitOnly(own);
    const reach: Reach = explicit.length > 0 ? 'explicit' : 'topic';
    const c = combine(explicit.length > 0 ? explicit : own);
    const confidence = reach === 'topic' ? Math.max(c.confidence, blanketAgrees(sorted, clause.id, c.stance)) : c.confidence;
    return { stance: c.stance, declineKind: c.declineKind, confidence, source: REACH_SOURCE[reach], statements: c.used, reason: describe(reach, clause, c) };
  }
  for (let p = clause.parent; p !== undefined; p = index.byId.get(p)?.parent) {
    const inherited = direct.get(p);
    if (!inherited) continue;
    const explicit = explicitOnly(inherited);
    const c = combine(explicit.length > 0 ? explicit : inherited);
    // "Q5(b): agree with qualifications … On (iii), …": once the qualification is placed on a named
    // child, the children it was not placed on are agreed without it.
    const placed = c.stance === 'agree-with-qualifications' && leavesUnderParent(index, p).some(
      (id) => id !== clause.id && (direct.get(id) ?? []).some((s) => s.reach === 'explicit' && s.stance === 'agree-with-qualifications'),
    );
    if (placed) {
      return { stance: 'agree', declineKind: undefined, confidence: c.confidence * 0.85, source: REACH_SOURCE.inherited, statements: c.used, reason: `${describe('inherited', clause, c, p)}; the qualification is placed on another part` };
    }
    return { stance: c.stance, declineKind: c.declineKind, confidence: c.confidence * 0.95, source: REACH_SOURCE.inherited, statements: c.used, reason: describe('inherited', clause, c, p) };
  }
  if (clause.children.length > 0) return undefined;
  for (const reach of BLANKET_REACHES) {
    const covering: Statement[] = [];
    for (const b of sorted.blankets) {
      if (b.reach === reach && b.clauses.includes(clause.id) && !(reach === 'others' && isSpecific(sorted, clause.id))) covering.push(b);
    }
    if (covering.length === 0) continue;
    const named = reach === 'subtree' ? covering[0]!.clauses[0] : undefined;
    // The decision depends on the reach and the statements alone, but for a clause that is the one named.
    const key = `${reach} ${clause.id === named ? clause.id : ''} ${covering.map((s) => s.order).join(' ')}`;
    let decision = sorted.fromBlankets.get(key);
    if (decision === undefined) {
      const c = combine(covering);
      decision = { stance: c.stance, declineKind: c.declineKind, confidence: c.confidence, source: 'blanket', statements: c.used, reason: describe(reach, clause, c, named) };
      sorted.fromBlankets.set(key, decision);
    }
    return decision;
  }
  return undefined;
}

function leavesUnderParent(index: ProgrammeIndex, id: string): string[] {
  const clause = index.byId.get(id);
  if (!clause) return [];
  return clause.children.flatMap((c) => [c, ...leavesUnderParent(index, c)]);
}

/** A parent's stance from its children: all the same → that; any other mix → with qualifications. */
export function rollUpStance(children: readonly Stance[]): Stance {
  const first = children[0];
  if (first !== undefined && children.every((s) => s === first) && first !== 'agree-with-qualifications') return first;
  return 'agree-with-qualifications';
}

export function rollUp(clause: Clause, children: readonly Decision[]): Decision {
  const counts = new Map<Stance, number>();
  const kinds: DeclineKind[] = [];
  let confidence = Infinity;
  for (const c of children) {
    counts.set(c.stance, (counts.get(c.stance) ?? 0) + 1);
    if (c.declineKind !== undefined && !kinds.includes(c.declineKind)) kinds.push(c.declineKind);
    confidence = Math.min(confidence, c.confidence);
  }
  const stance = rollUpStance(children.map((c) => c.stance));
  let parts = '';
  for (const [s, n] of counts) parts += `${parts === '' ? '' : ', '}${n} ${s}`;
  const declineKind = stance === 'declined' ? kinds[0] : undefined;
  let reason = `rolled up from ${clause.children.join(', ')}: ${parts}`;
  if (stance === 'declined') reason = `${kinds.map((k) => DECLINE_WORDS[k]).join(' / ') || 'declined'}: ${reason}`;
  return { stance, declineKind, confidence, source: 'rollup', statements: [], reason };
}

/** Evidence quotes for a decision, at most `limit`, each an exact substring of the body with its line. */
export function evidenceFor(decision: Decision, body: string, lineOf: (offset: number) => number, limit = 3): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<number>();
  for (const s of decision.statements) {
    if (out.length >= limit) break;
    if (seen.has(s.quote.start)) continue;
    seen.add(s.quote.start);
    out.push({ quote: clip(body, s.quote.start, s.quote.end), line: lineOf(s.quote.start) });
  }
  // A list filled by push has room for more than it holds; a report keeps some 200,000 of them.
  return out.length === 0 ? out : out.slice();
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

export type { Ruling };

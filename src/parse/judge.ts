// Judges what a reading means for one clause: a statement's direction against the clause's own
// (opposing what the clause opposes is agreement), and which clause a statement is about by subject.
import type { DeclineKind, Stance } from '../model/stance.js';
import type { ProgrammeIndex } from './programme-index.js';
import type { Span } from './segment.js';
import type { Reading } from './stance.js';
import { contentStems, stemsIn } from './topics.js';
import { CONTRA_VERBS, THE_CLAUSE_ITSELF } from './lexicon/references.js';
import { compileEntries, spellings } from './lexicon/patterns.js';
import { isLetterOrNumberCode } from '../util/chars.js';

export interface Judgement {
  stance: Stance;
  declineKind: DeclineKind | undefined;
  strength: number;
  cueText: string;
  why: string;
}

const VERB_STEMS = new Set(
  CONTRA_VERBS.flatMap((e) => e.p.replace(/[[\]?~]/g, ' ').split(/[\s|]+/)).filter((w) => /^[a-z]+$/.test(w) && w.length > 3).flatMap((w) => contentStems(w)),
);

/** How much a statement's object must share with a clause to be "about the same thing". */
const OBJECT_MATCH = 1.6;

/** Pronouns and reference words: an object made only of these points back at the clause itself. */
const POINTER_WORDS = new Set(
  'it this that these those them they one ones the a an to with of on in for about point points clause clauses pledge pledges proposal proposals idea ideas demand demands question questions item items either all both any each which what here there above below said same so too as well fully completely wholeheartedly entirely strongly totally stands stand written worded drafted currently now present moment is at'.split(' '),
);
const OPPOSING = new RegExp(`\\b(?:${['oppose', 'opposed', 'against', 'reject'].flatMap(spellings).join('|')})\\b`);
/** An object that names the organisation's own point: "(with) your point about …", "the pledge on …". */
const THE_PLEDGE = /^\s*(?:with\s+)?(?:your|the|this|that)\s+(?:point|pledge|clause|ask|demand|proposal|question|commitment|call)s?\s+(?:about|on|for|to|regarding|concerning)\b/;
const POINTER_END = /\b(?:it|this|that|these|those|them)$/;
/** A no said with force: "never", "no way", "hell no", "no no". */
const EMPHATIC_NO = /(?:\bnever\b|\bno way\b|\bhell no\b|\bno,?\s+no\b|\bno chance\b|\bnot a chance\b)/u;
/** A word by which a label takes the clause's own side ("Scrap parking charges - yes"), not only names its object. */
const CONTRA_WORD = compileEntries(CONTRA_VERBS);
/** "I wouldn't say I'm against it", "Sign? … against it": a word before the opposition that turns or questions it. */
const NEGATED_BEFORE = /(?:\bnot\b|n't\b|\bnever\b|\bwouldnt\b|\?)/;
const REFERENCE_TOKEN = /^\(?(?:q?\d{1,3}[a-z]?|[a-z]|[ivx]{1,4})\)?$/u;

/** How strongly the object of a statement matches the clause, in topic points. */
export function objectScore(index: ProgrammeIndex, norm: string, object: Span, clause: string): number {
  // The clause's own verb of opposing ("stand against", "fight") says nothing about the object.
  const stems = stemsIn(norm, object.start, Math.min(norm.length, object.end, object.start + 160)).filter((s) => !VERB_STEMS.has(s));
  if (stems.length === 0) return 0;
  const match = index.topics.match(stems).find((m) => m.clause === clause);
  return match?.score ?? 0;
}

/** Whether a statement's object is just a pointer ("this", "it", "that one"). */
function pointsBack(norm: string, object: Span): boolean {
  // Its words: the runs of letters, numbers, brackets and apostrophes (as splitting at /[^\p{L}\p{N}()']+/u has them).
  const text = norm.slice(object.start, Math.min(object.end, object.start + 60));
  for (let i = 0; i < text.length; ) {
    let end = i;
    while (end < text.length) {
      const cp = text.codePointAt(end)!;
      if (!isPointerCode(cp)) break;
      end += cp > 0xffff ? 2 : 1;
    }
    if (end === i) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const word = text.slice(i, end);
    if (!POINTER_WORDS.has(word) && !REFERENCE_TOKEN.test(word)) return false;
    i = end;
  }
  return true;
}

function isPointerCode(cp: number): boolean {
  return cp === 40 || cp === 41 || cp === 39 || isLetterOrNumberCode(cp);
}

export interface JudgeOptions {
  /** The statement sits under the clause's own marker, or names it. */
  inBlock: boolean;
  /** Where the sentence around the unit starts: "On Centennial Dam: I oppose it" finds "it" there. */
  sentenceStart?: number;
  /** The block already has a verdict: only qualifications and supporting agreement count now. */
  later: boolean;
  /**
   * The statement is the answer cell of the clause's own table row: what it opposes is the clause's subject, put in
   * its own words ("I oppose stock transfer full stop" in the row of "No transfer without a ballot").
   */
  ownRow?: boolean;
}

function judgement(reading: Reading, stance: Stance, declineKind: DeclineKind | undefined, why: string): Judgement {
  return { strength: reading.strength, cueText: reading.cue!.text.replace(/\s+/g, ' '), stance, declineKind, why };
}

/** What a reading says about one clause, or undefined when it says nothing about it. */
export function judge(index: ProgrammeIndex, norm: string, given: Reading, clause: string, opts: JudgeOptions): Judgement | undefined {
  let reading = given;
  const cue = reading.cue;
  const said = reading.stance;
  if (!said || !cue) return undefined;
  if (cue.kind === 'refuse-sign' || cue.kind === 'refuse-answer') {
    return judgement(reading, 'declined', reading.declineKind, reading.declineKind === 'refused-to-sign' ? 'refused to sign' : 'refused to answer');
  }
  if (cue.kind === 'defer') return judgement(reading, 'no-answer', undefined, 'deferred');
  if (cue.kind === 'qualified') {
    return judgement(reading, said, reading.declineKind, reading.stance === 'declined' ? 'disagreed' : 'qualification');
  }
  const polarity = index.polarity.get(clause) ?? 'pro';
  const object = reading.object;
  // "I don't agree with your point about tree planting", "I can't sign up to this one": the point is the pledge,
  // whichever way the pledge points.
  const objectStart = object ? norm.slice(object.start, Math.min(object.end, object.start + 40)) : '';
  if (object && (((cue.kind === 'agree' || cue.kind === 'disagree') && THE_PLEDGE.test(objectStart)) || THE_CLAUSE_ITSELF.test(objectStart))) {
    return judgement(reading, said, reading.declineKind, said === 'declined' ? 'disagreed' : said === 'agree-with-qualifications' ? 'qualification' : 'agreement');
  }
  // Only statements with a direction of their own ("opposed to X", "I support X", "X should be
  // scrapped", "I won't oppose X") are compared with the clause's direction; plain "should" is not.
  const directional =
    cue.kind === 'oppose' || cue.kind === 'agree' || cue.kind === 'disagree' || cue.negated || reading.direction === 'contra';
  // "Scrap it", "I can't oppose it": a pronoun after a verb of opposing stands for the clause's object.
  const pointer = object !== undefined && pointsBack(norm, object);
  // "If a transfer is what it takes, I'll support it": the pronoun's antecedent is earlier in the unit.
  const from = Math.min(reading.unit.start, opts.sentenceStart ?? reading.unit.start);
  // "On Centennial Dam: I oppose it": a statement against "it" whose antecedent is the clause's object opposes
  // that object, as the clause does.
  // "4. Absolutely I oppose it." in the answer to "Reject any transfer": in a clause's own answer "it" is what the
  // clause is about.
  const opposesIt = cue.kind === 'disagree' && OPPOSING.test(cue.text) && POINTER_END.test(cue.text);
  const ownAnswer = opts.inBlock && !NEGATED_BEFORE.test(norm.slice(reading.unit.start, cue.start));
  const opposesAntecedent = opposesIt && (ownAnswer || objectScore(index, norm, { start: from, end: cue.start }, clause) >= OBJECT_MATCH);
  const antecedent = pointer && cue.kind === 'agree' && objectScore(index, norm, { start: from, end: cue.start }, clause) >= OBJECT_MATCH;
  const matched =
    opposesAntecedent ||
    (opts.ownRow === true && cue.kind === 'oppose' && object !== undefined) ||
    (directional &&
      object !== undefined &&
      ((pointer && (cue.kind === 'oppose' || antecedent)) || (!pointer && objectScore(index, norm, object, clause) >= OBJECT_MATCH)));
  // "Fees - naw, never", "Bypass - no way" on a clause against fees or the bypass: an emphatic no after a label that
  // names only what the clause opposes is a no to that thing. A plain "Parking - no." or a column's "N" answers the
  // clause, and so does a no after "the bypass one".
  const label = cue.bare && said === 'declined' && polarity === 'contra' && !matched && opts.sentenceStart !== undefined && EMPHATIC_NO.test(norm.slice(cue.start, reading.unit.end)) ? { start: opts.sentenceStart, end: cue.start } : undefined;
  const labelText = label ? norm.slice(label.start, label.end) : '';
  const onLabel = label !== undefined && !CONTRA_WORD.test(labelText) && !/\bone[\s\p{P}]*$/u.test(labelText) && objectScore(index, norm, label, clause) >= OBJECT_MATCH;
  if (onLabel) reading = { ...reading, direction: 'contra' };
  if (matched && opposesAntecedent) reading = { ...reading, direction: 'contra' };
  let stance: Stance = said;
  let declineKind = reading.declineKind;
  let why = cue.kind === 'disagree' || stance === 'declined' ? 'disagreed' : stance === 'agree-with-qualifications' ? 'qualification' : 'agreement';
  if ((matched || onLabel) && !reading.partial) {
    // The statement is about what the clause is about: compare directions.
    const agrees = reading.direction === polarity;
    stance = agrees ? (reading.qualifier ? 'agree-with-qualifications' : 'agree') : 'declined';
    declineKind = agrees ? undefined : 'disagreed';
    why = agrees
      ? polarity === 'contra'
        ? 'agreement (opposes what the clause opposes)'
        : stance === 'agree' ? 'agreement' : 'qualification'
      : polarity === 'contra'
        ? 'disagreed (supports what the clause opposes)'
        : 'disagreed';
  } else if (cue.kind === 'oppose') {
    // "I am opposed to the backroom deals": opposition to something else is elaboration.
    return undefined;
  } else if (cue.kind === 'disagree' && object && !pointsBack(norm, object) && !opts.inBlock) {
    return undefined;
  }
  // After a block's verdict, only verdicts and qualifications speak; "I'll …" and "should" are elaboration, unless
  // they are about the clause's own object ("I oppose any increase in rank fees" under an echoed title).
  // The reason names the qualification where there is one ("with qualifications", not "agree").
  if (opts.later && !matched && !reading.partial && !reading.qualifier && !reading.ticked && (cue.kind === 'commit' || cue.kind === 'deontic' || cue.kind === 'oppose')) return undefined;
  const j = judgement(reading, stance, declineKind, why);
  if (stance === 'agree-with-qualifications' && reading.qualifier) j.cueText = reading.qualifier.text;
  return j;
}

export interface TopicTarget {
  clause: string;
  /** The words that matched, for the reason. */
  phrase: string;
  /** The text named the clause by its title or a keyword phrase, not only by shared words. */
  named: boolean;
  confidence: number;
}

/**
 * The clause a piece of text is about, when one clause clearly leads: a score of at least
 * `threshold` and well ahead of the runner-up. `among` restricts the candidates.
 */
export function topicTarget(
  index: ProgrammeIndex,
  stems: readonly string[],
  among: readonly string[] | undefined,
  threshold: number,
  minShared = 2,
): TopicTarget | undefined {
  if (stems.length === 0) return undefined;
  let matches = index.topics.match(stems);
  if (among) matches = matches.filter((m) => among.includes(m.clause));
  const best = matches[0];
  if (!best || best.score < threshold) return undefined;
  // One shared word is not a subject: it takes two, or a named phrase.
  if (best.phrases.length === 0 && sharedStems(index, stems, best.clause) < minShared && !stems.some((s) => index.topics.distinctive(s, best.clause))) return undefined;
  const second = matches.find((m) => m.clause !== best.clause && !isRelated(index, m.clause, best.clause));
  const runnerUp = second?.score ?? 0;
  if (runnerUp > best.score * 0.75) return undefined;
  const margin = (best.score - runnerUp) / best.score;
  const shared = best.phrases[0] ?? sharedWords(index, stems, best.clause);
  const named = best.phrases.some((p) => index.byId.get(best.clause)?.title === p);
  return { clause: best.clause, phrase: shared, confidence: Math.min(0.9, 0.55 + 0.4 * margin), named };
}

function isRelated(index: ProgrammeIndex, a: string, b: string): boolean {
  const ca = index.byId.get(a);
  const cb = index.byId.get(b);
  return ca?.parent === b || cb?.parent === a;
}

function sharedStems(index: ProgrammeIndex, stems: readonly string[], clause: string): number {
  return new Set(stems.filter((s) => index.topics.stemIn(s, clause))).size;
}

function sharedWords(index: ProgrammeIndex, stems: readonly string[], clause: string): string {
  const own = new Set(index.textStems.get(clause) ?? []);
  const words = [...new Set(stems.filter((s) => own.has(s)))].slice(0, 3);
  return words.length > 0 ? words.join(', ') : 'its subject';
}

// Reads the stance a unit of text takes: cue phrases from the lexicon, negation scope, qualifications,
// and the direction of a statement towards its object ("opposed to X", "X should be scrapped").
import type { DeclineKind, Stance } from '../model/stance.js';
import {
  AFFIRM,
  AGREE,
  BOOSTERS,
  COMMIT,
  DEFER,
  DEONTIC,
  DISAGREE,
  NEGATORS,
  NEUTRAL_PHRASES,
  PSEUDO_NEGATIONS,
  QUALIFIED,
  REFUSE_ANSWER,
  REFUSE_SIGN,
  REVISION,
  SOFT_HEDGES,
  ADDITIONS,
  SIGN_PLEDGES,
  STANDALONE_AGREE,
  STANDALONE_DISAGREE,
  FORM_INSTRUCTION,
  NO_AS_ASSENT,
  NOT_YET,
  SIGNATURE_FIELD,
} from './lexicon/cues.js';
import { compileEntries, entriesBody, PhraseMatcher, WORD_START } from './lexicon/patterns.js';
import { WordStartRegExp } from '../util/regex.js';
import { CONTRA_VERBS, NOT_OPPOSE_STATEMENTS, OPPOSE_STATEMENTS } from './lexicon/references.js';
import type { Span } from './segment.js';

export type CueKind =
  | 'refuse-sign'
  | 'refuse-answer'
  | 'qualified'
  | 'disagree'
  | 'agree'
  | 'affirm'
  | 'oppose'
  | 'commit'
  | 'deontic'
  | 'defer';

export interface Cue extends Span {
  kind: CueKind;
  /** The cue as written (normalised). */
  text: string;
  negated: boolean;
  /** A verdict standing alone ("No.", "Yes"): what follows it is explanation, not its object. */
  bare?: boolean;
}

/** Which way a statement points at its object: for it, or against it. */
export type Direction = 'pro' | 'contra';

export interface Reading {
  /** The cue that decides, if any. */
  cue: Cue | undefined;
  stance: Stance | undefined;
  declineKind: DeclineKind | undefined;
  /** How explicit the deciding cue is: 0.95 a verdict … 0.7 a statement of what should happen. */
  strength: number;
  /** A qualification cue in the unit (also when the verdict is agreement). */
  qualifier: Cue | undefined;
  /** The statement's direction towards its object, and the object's span, when it has one. */
  direction: Direction;
  object: Span | undefined;
  booster: boolean;
  revision: boolean;
  /** A word that often carries a reservation ("though", "may not", "expensive"): a hint, not a verdict. */
  hedged: boolean;
  /** A negated agreement whose complement is universal ("I don't agree that all cases …"): partial. */
  partial: boolean;
  /** The unit read, for pronouns whose antecedent sits earlier in it. */
  unit: Span;
  /** Read from a form's ticked option ("☒ I commit ☐ I do not commit"): a verdict wherever it stands. */
  ticked?: true;
}

/** Cue lists in the order a clash between overlapping cues is settled: earlier lists win. */
const CATEGORIES: CueKind[] = ['refuse-sign', 'refuse-answer', 'qualified', 'disagree', 'oppose', 'agree', 'affirm', 'defer', 'commit', 'deontic'];

/** Every list the stance reader looks for, matched in one pass over a unit's words. */
const LEXICON = new PhraseMatcher({
  'refuse-sign': REFUSE_SIGN,
  'refuse-answer': REFUSE_ANSWER,
  qualified: QUALIFIED,
  disagree: DISAGREE,
  oppose: OPPOSE_STATEMENTS,
  agree: AGREE,
  affirm: AFFIRM,
  defer: DEFER,
  commit: COMMIT,
  deontic: DEONTIC,
  notOppose: NOT_OPPOSE_STATEMENTS,
  neutral: NEUTRAL_PHRASES,
  sign: SIGN_PLEDGES,
  negator: NEGATORS,
  pseudo: PSEUDO_NEGATIONS,
  booster: BOOSTERS,
  revision: REVISION,
  hedge: SOFT_HEDGES,
  addition: ADDITIONS,
});
// A verdict alone, perhaps with the reference it answers around it: "Yes.", "not 5", "✓ 3a". The run of
// references is matched once and never backtracked into (a lookahead with a back-reference, JavaScript's atomic
// group): brackets and spaces may belong to a reference or to the gap after it, and a run like "5) 6) 7) … 60)"
// that fails at its end would otherwise be re-split every possible way.
// "☑ Section 2 (both)": a reference may be named with its noun, and say how much of it.
const REF_TOKENS = String.raw`(?=(?<refs>(?:\s*(?:(?:section|part|point|question|clause|pledge|item)\s+)?(?:[a-z§#]{0,2}\d{1,3}[a-z]?(?:\.\d{1,2})?|\(?[a-z]\)?|\(?[ivx]{1,4}\)?|all|both|in full|fully)(?![\p{L}\p{N}])[\s\p{P}]*)*))\k<refs>`;
// "ok 👍", "💯 safe", "yes yes yes": yeses said together are still a verdict alone. A no is repeated word for word
// ("no, no"): "no objection" is two words of refusal that together agree.
const yeses = (verdict: string): string => `${verdict}(?:[\\s\\p{P}]*${verdict})*`;
const noes = (verdict: string): string => `(?<no>${verdict})(?:[\\s\\p{P}]+\\k<no>)*`;
// "B no way 🙅‍♂️": emoji after a verdict (with their joiners and variation selectors) say how, not what.
const AFTER_VERDICT = String.raw`[\s\p{P}\p{Extended_Pictographic}\u200d\ufe0f]*`;
const STANDALONE: Array<[CueKind, RegExp]> = [
  ['agree', new RegExp(`^[\\s\\p{P}]*${yeses(compileEntries(STANDALONE_AGREE).source)}${AFTER_VERDICT}${REF_TOKENS}$`, 'u')],
  ['disagree', new RegExp(`^[\\s\\p{P}]*${noes(compileEntries(STANDALONE_DISAGREE).source)}${AFTER_VERDICT}${REF_TOKENS}$`, 'u')],
];
// "School speed limit thing yes fine", "Rest of it no sorry": a verdict word closing a unit that names its subject.
// "B3 Parking + escort      Y (about time!!)": a Y or N set apart in a column, or in a table's last cell, is a verdict too.
/** The ticks that stand for yes wherever they are set. */
const TICKS = '✓✔☑✅';
const TRAILING_VERDICT = new RegExp(
  String.raw`(?:(?:^|[\s,])(yes|yep|yeah|aye|agreed|absolutely|definitely|obviously|obvs|defo|deffo|for sure|ok|okay|grand|no|nope|no way|nah)|(?:[ \t]{2,}|\t|\|[ \t]*)(y|n)|(?:^|[\s,])(?:ok|okay)?([${TICKS}]+))(?:\s+(?:fine|sorry|thanks|mate|please|definitely|absolutely|obviously|obvs|deffo|defo|of course))?(?:\s*\([^()]{0,60}\))?[\s\p{P}${TICKS}]*$`,
  'u',
);
const NUMBER_AFTER = /^[ \t]*[:.#]?[ \t]*\d/;
// "Āe, oppose any sale": a one-word verdict opening a unit whose rest only elaborates; "P4 ✅ those askaris r
// thieves": a tick needs no stop after it.
const LEADING_YES = new RegExp(`^[\\s\\p{P}]*(?:${compileEntries(STANDALONE_AGREE).source}\\s*[,!;:\u2013\u2014-]|[${TICKS}]+\\s)`, 'u');
const ELABORATION_ONLY: Array<keyof Found> = ['refuse-sign', 'refuse-answer', 'qualified', 'disagree', 'agree', 'affirm', 'defer', 'notOppose', 'sign', 'negator'];
const LEADING_NO = new RegExp(`^[\\s\\p{P}]*${compileEntries(STANDALONE_DISAGREE).source}\\s*[.!;:,-]`, 'u');

/** A column gap (two spaces or more, a tab, a table's bar) after a verdict: the verdict stands in a cell of its own. */
const COLUMN_AFTER = /^(?:[ ]{2,}|\t|[ \t]*\|)/;
const CONTRA_RE = compileEntries(CONTRA_VERBS);
// "I oppose stock transfer full stop": "full stop" ends the point, it stops nothing; "end of 2030" is a date; "oppose
// any ban" names a ban, it bans nothing.
const CONTRA_AT_START = new RegExp(`^[\\s,;:-]*(?:[\\p{L}']+\\s+){0,3}?(?<!full\\s)(?<!(?:^|\\s)(?:any|a|an|the|every|each|this|that|another)\\s)${CONTRA_RE.source}(?!\\s+of(?![\\p{L}]))`, 'u');
const DEONTIC_CONTRA = new WordStartRegExp(`${entriesBody(DEONTIC)}(?:\\s+not)?\\s+(?:be\\s+|been\\s+)?${CONTRA_RE.source}`, WORD_START);
/** A form's answer prompt, unanswered: "Yes / No", "Y/N", "Agree / Disagree". */
const YES_NO_PROMPT = /(?<![\p{L}])(?:yes|y|agree|support)\s*\/\s*(?:no|n|disagree|oppose|do not support|don't support|not support)(?:\s*\/\s*(?:undecided|unsure|maybe|other|partly|part|don't know))?(?![\p{L}])[\s:.-]*/u;
const UNIVERSAL = new WordStartRegExp('(?:all|every|everyone|everything|always|automatically|entirely|completely|any|each)(?![\\p{L}])');
/**
 * Between a negator and the cue it negates: a few words, no clause boundary; or an aside set off by commas ("I do
 * not, however, support …", "I don't, to be honest, back …").
 */
const NEGATION_GAP = /^(?:[\s\p{L}']{0,24}|\s*,[\s\p{L}']{1,24},[\s\p{L}']{0,12})$/u;

const STRENGTH: Record<CueKind, number> = {
  'refuse-sign': 0.9,
  'refuse-answer': 0.92,
  qualified: 0.9,
  disagree: 0.9,
  agree: 0.95,
  affirm: 0.95,
  oppose: 0.85,
  commit: 0.85,
  deontic: 0.7,
  defer: 0.8,
};

type Found = ReturnType<typeof LEXICON.find>;

/** Every cue in a unit, with negation marked; overlapping weaker cues dropped. */
export function findCues(norm: string, unit: Span, found: Found = LEXICON.find(norm, unit.start, unit.end)): Cue[] {
  const text = norm.slice(unit.start, unit.end);
  if (FORM_INSTRUCTION.test(text)) return [];
  // "Signed: S.K.": a form's signature field, not a yes to the clause above it.
  if (SIGNATURE_FIELD.test(text) && norm.charCodeAt(unit.end) === 58 /* : */) return [];
  // "Yes / No: Comment: I won't be answering this one": a form's prompt left as it was is no answer.
  const prompt = YES_NO_PROMPT.exec(text);
  if (prompt) {
    // Read around it: what comes before ("I don't sign pledges or return yes/no questionnaires") and after.
    const before = { start: unit.start, end: unit.start + prompt.index };
    const after = { start: before.end + prompt[0].length, end: unit.end };
    return [...(before.end > before.start ? findCues(norm, before) : []), ...(after.end > after.start ? findCues(norm, after) : [])];
  }
  for (const [kind, re] of STANDALONE) {
    if (re.test(text)) return [{ start: unit.start, end: unit.end, kind, text: text.trim(), negated: false, bare: true }];
  }
  // "Not a and f, licensing is a stealth tax", "Not D sorry": a "Not" before the clauses it refuses.
  // Not where the rest of the unit gives a verdict of its own ("Not c, the rest yes"): that is read as it stands.
  const notList = LEADING_NOT_LIST.exec(text);
  if (notList && findCues(norm, { start: unit.start + notList[0].length, end: unit.end }).length === 0) {
    const at = unit.start + notList[0].indexOf('not');
    return [{ start: at, end: at + 3, kind: 'disagree', text: 'not', negated: false, bare: true }];
  }
  const no = LEADING_NO.exec(text);
  if (no) {
    // The verdict itself: a word ("no", "not really") or a sign ("✗").
    const word = /[\p{L}\p{S}]+(?:\s+\p{L}+)?/u.exec(no[0]) ?? { index: 0, 0: no[0].trim() };
    const at = unit.start + no.index + word.index;
    // "No, I would never vote to tear out a cycleway": the "No" answers the question, and the negated statement after
    // it says to what; that statement decides, read against the clause like any other.
    const after = { start: unit.start + no.index + no[0].length, end: unit.end };
    const restFound = LEXICON.find(norm, after.start, after.end);
    if (ECHO_NO.test(word[0])) {
      const rest = restFound.negator.length > 0 ? findCues(norm, after, restFound) : [];
      if (rest.some((c) => ECHOED.has(c.kind))) return rest;
    }
    // "No thanks, I won't be signing": a refusal after the no says what kind of no it is.
    if (restFound['refuse-sign'].length > 0 || restFound['refuse-answer'].length > 0) {
      const rest = findCues(norm, after, restFound);
      if (rest.some((c) => REFUSALS.has(c.kind))) return rest;
    }
    return [{ start: at, end: at + word[0].length, kind: 'disagree', text: word[0], negated: false, bare: true }];
  }
  const { pseudo, neutral } = found;
  let trailing = found.negator.length === 0 && CATEGORIES.every((k) => found[k].length === 0) ? TRAILING_VERDICT.exec(text) : null;
  // "Membership no: 0417": a number's abbreviation, not a verdict.
  if (trailing && trailing[1] === 'no' && NUMBER_AFTER.test(norm.slice(unit.end, unit.end + 6))) trailing = null;
  if (trailing) {
    const word = trailing[1] ?? trailing[2] ?? trailing[3]!;
    const at = unit.start + trailing.index + trailing[0].indexOf(word, trailing[0].length - trailing[0].trimStart().length);
    const kind: CueKind = /^(?:no|nope|no way|nah|n)$/.test(word) ? 'disagree' : 'agree';
    return [{ start: at, end: at + word.length, kind, text: word, negated: false, bare: true }];
  }
  const yes = ELABORATION_ONLY.every((k) => found[k].length === 0) ? LEADING_YES.exec(text) : null;
  if (yes) {
    const word = /[\p{L}\p{N}\p{S}%]+(?:\s+[\p{L}\p{N}%]+)*/u.exec(yes[0])!;
    const at = unit.start + yes.index + word.index;
    return [{ start: at, end: at + word[0].length, kind: 'agree', text: word[0], negated: false, bare: true }];
  }
  const negators = found.negator.filter((n) => !pseudo.some((p) => n.start < p.end && n.end > p.start));
  const cues: Cue[] = [];
  for (const kind of CATEGORIES) {
    for (const span of found[kind]) {
      if (cues.some((c) => span.start < c.end && span.end > c.start)) continue;
      // Cues inside a pseudo-negation are parts of it ("agree" in "couldn't agree more"); a cue that is the whole
      // phrase ("couldn't agree more" itself, "no reason not to") is what it says.
      if (pseudo.some((p) => span.start >= p.start && span.end <= p.end && (span.start !== p.start || span.end !== p.end))) continue;
      if (neutral.some((p) => span.start < p.end && span.end > p.start)) continue;
      // "… before I commit to anything": a commitment not given yet; the deferral around it is what was said. The 11
      // characters before the cue hold NOT_YET's longest form ("before we ").
      if ((kind === 'agree' || kind === 'affirm' || kind === 'commit') && NOT_YET.test(norm.slice(Math.max(unit.start, span.start - 11), span.start))) continue;
      // "I'll also be pushing for a birthing program, subject to consultation": the condition is on the addition.
      if (kind === 'qualified' && found.addition.some((a) => a.start < span.start)) continue;
      // Refusals, disagreements and qualifications carry their negation inside them ("isn't realistic").
      const negatable = kind === 'agree' || kind === 'affirm' || kind === 'commit' || kind === 'deontic' || kind === 'oppose';
      const negated = negatable && negators.some((n) => n.end <= span.start && NEGATION_GAP.test(norm.slice(n.end, span.start)));
      cues.push({ start: span.start, end: span.end, kind, text: norm.slice(span.start, span.end), negated });
    }
  }
  // "I won't oppose it": a statement of opposition, negated in its own words.
  for (const span of found.notOppose) {
    // "I wouldn't be against it": every cue inside the statement ("against it") is part of it.
    for (let at = cues.findIndex((c) => c.start < span.end && c.end > span.start); at !== -1; at = cues.findIndex((c) => c.start < span.end && c.end > span.start)) cues.splice(at, 1);
    // "There is no way I would not reject that": the double negative leaves the opposition as said.
    const negated = !pseudo.some((p) => span.start < p.end && span.end > p.start);
    cues.push({ start: span.start, end: span.end, kind: 'oppose', text: norm.slice(span.start, span.end), negated });
  }
  // "I do not think it would be proper … to sign a set of pledges": a negation anywhere before it.
  for (const span of found.sign) {
    if (negators.some((n) => n.end <= span.start) && !cues.some((c) => c.kind === 'refuse-sign')) {
      cues.push({ start: span.start, end: span.end, kind: 'refuse-sign', text: norm.slice(span.start, span.end), negated: false });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** "Not" opening a unit, then a list of clause ids and a stop, a comma or "sorry" ("Not a and f, …"; not "Not a chance"). */
const LEADING_NOT_LIST = /^[\s\p{P}]*not\s+(?:[a-z]{1,2}\d{1,3}[a-z]?|\d{1,3}[a-z]?|[a-h])(?:\s*(?:,|and|&|or|\/)\s*(?:[a-z]{1,2}\d{1,3}[a-z]?|\d{1,3}[a-z]?|[a-h]))*(?=\s*(?:[,.;:!–-]|sorry\b|$))/u;
/** A bare "No" that may only echo the negated statement after it, and the kinds of statement it may echo. */
const ECHO_NO = /^(?:no|nope|nah|naw)$/;
const ECHOED = new Set<CueKind>(['agree', 'commit', 'deontic', 'affirm']);
const REFUSALS = new Set<CueKind>(['refuse-sign', 'refuse-answer']);
const ORDER: CueKind[] = ['refuse-sign', 'refuse-answer', 'disagree', 'qualified', 'agree', 'oppose', 'affirm', 'defer', 'commit', 'deontic'];

/** The reading of a unit with no cue at all. */
const NO_STANCE: Reading = Object.freeze({
  cue: undefined,
  stance: undefined,
  declineKind: undefined,
  strength: 0,
  qualifier: undefined,
  direction: 'pro',
  object: undefined,
  booster: false,
  revision: false,
  hedged: false,
  partial: false,
  unit: Object.freeze({ start: 0, end: 0 }),
}) as Reading;

/** Reads one unit: the deciding cue, its stance on the surface, and the direction towards its object. */
export function readUnit(norm: string, unit: Span): Reading {
  const found = LEXICON.find(norm, unit.start, unit.end);
  const cues = findCues(norm, unit, found);
  const text = norm.slice(unit.start, unit.end);
  const qualifier = cues.find((c) => c.kind === 'qualified' && !c.negated);
  const reading: Reading = {
    cue: undefined,
    stance: undefined,
    declineKind: undefined,
    strength: 0,
    qualifier,
    direction: 'pro',
    object: undefined,
    booster: found.booster.length > 0,
    revision: found.revision.length > 0,
    hedged: found.hedge.length > 0,
    partial: false,
    unit,
  };
  let cue: Cue | undefined;
  for (const kind of ORDER) {
    cue = cues.find((c) => c.kind === kind);
    if (cue) break;
  }
  // "I support the expansion, provided …": the direction comes from the support, the qualifier stays.
  if (cue?.kind === 'qualified') {
    const directional = cues.find((c) => c.kind === 'agree' || c.kind === 'oppose');
    if (directional) cue = directional;
  }
  // Most units take no stance: they share one reading (frozen, so nothing marks it), and a long reply stays small.
  if (!cue) return qualifier || reading.booster || reading.revision || reading.hedged ? reading : NO_STANCE;
  reading.cue = cue;
  reading.strength = STRENGTH[cue.kind];
  const objectStart = cue.end;
  // "Support      Fees are a tax on …": a verdict in its own column of a form has no object; what follows is a comment.
  // "fill - 100% agree, rocklea flats rezoning is cooked": a verdict of agreement that a comma closes has no object
  // either; what follows is a comment.
  const closed = cue.kind === 'agree' && /^\s*,/.test(norm.slice(cue.end, cue.end + 3));
  const object = cue.bare || closed || COLUMN_AFTER.test(norm.slice(cue.end, cue.end + 4)) ? undefined : { start: objectStart, end: unit.end };
  const objectText = object ? norm.slice(object.start, object.end) : '';
  switch (cue.kind) {
    case 'refuse-sign':
      return settle(reading, 'declined', 'refused-to-sign');
    case 'refuse-answer':
      return settle(reading, 'declined', 'refused-to-answer');
    case 'disagree': {
      // "I disagree with X" has an object; "No", "goes too far", "withdraw my answer on C" do not.
      const takesObject = /^\s*(?:with|that|of|to)\b/.test(objectText) || /(?:with|of|to)$/.test(cue.text);
      reading.direction = 'contra';
      reading.object = takesObject ? object : undefined;
      return settle(reading, 'declined', 'disagreed');
    }
    case 'defer':
      return settle(reading, 'no-answer', undefined);
    case 'qualified':
      return cue.negated ? settle(reading, 'declined', 'disagreed') : settle(reading, 'agree-with-qualifications', undefined);
    default:
      break;
  }
  // Agreement, opposition, commitment or "should": a statement with a direction and an object.
  let direction: Direction = cue.kind === 'oppose' ? 'contra' : 'pro';
  if (cue.negated) direction = flip(direction);
  if ((CONTRA_AT_START.test(objectText) && !NO_AS_ASSENT.test(objectText)) || (cue.kind === 'deontic' && DEONTIC_CONTRA.test(norm.slice(cue.start, unit.end)))) {
    direction = flip(direction);
  } else if (DEONTIC_CONTRA.test(objectText)) direction = flip(direction);
  reading.direction = direction;
  reading.object = cue.kind === 'deontic' ? { start: unit.start, end: unit.end } : object;
  if (cue.negated && cue.kind !== 'oppose') {
    // "I don't agree that all cases should be overturned": disagrees with the universal part only.
    if (UNIVERSAL.test(objectText.slice(0, 60)) && (cue.kind === 'agree' || cue.kind === 'deontic')) {
      reading.partial = true;
      return settle(reading, 'agree-with-qualifications', undefined);
    }
    return settle(reading, 'declined', 'disagreed');
  }
  if (cue.kind === 'oppose') return settle(reading, 'declined', 'disagreed');
  return settle(reading, qualifier ? 'agree-with-qualifications' : 'agree', undefined);
}

/** The reading's stance, set on the reading itself (it is the caller's own, fresh for each unit). */
function settle(reading: Reading, stance: Stance, declineKind: DeclineKind | undefined): Reading {
  reading.stance = stance;
  reading.declineKind = declineKind;
  return reading;
}

function flip(d: Direction): Direction {
  return d === 'pro' ? 'contra' : 'pro';
}

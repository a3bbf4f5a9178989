// Blanket statements: "I agree with all the points", "all the other clauses", "the whole minimum platform",
// and the exceptions they carve out ("all except 4", "every point bar the second, which I can't back").
import type { Clause } from '../../model/programme.js';
import type { Doc, Sentence, Unit } from '../doc.js';
import { unitsOf } from '../doc.js';
import { BLANKET_ALL, BLANKET_OTHERS, COLLECTIVE_NOUNS, COUNT_FOLLOWS, EXCEPTIONS, FRONTED_VERDICT, GOVERNS, LOT_BEFORE, MIXED_VERDICT, NOT_THE_PROGRAMME, NUMBER_WORD_VALUES, OWN_AFTER, PROGRAMME_WORDS } from '../lexicon/references.js';
import { entriesBody, entriesSearch } from '../lexicon/patterns.js';
import type { Link, Signal, Sink } from '../link.js';
import { leavesUnder, type ProgrammeIndex } from '../programme-index.js';
import type { Reference } from '../references.js';
import type { Span } from '../segment.js';
import { readUnit, type CueKind, type Reading } from '../stance.js';
import { contentStems, stemsIn } from '../topics.js';
import { normalise } from '../normalise.js';
import { topicTarget } from '../judge.js';
import { readList } from '../references.js';
import { oppositeOf, signalOf } from '../signal.js';

const BLANKET_ALL_RE = entriesSearch(BLANKET_ALL);
/** What sets a later reference against a blanket: "all of them but not 3", "all, though 4 less so". */
const CONTRAST = /(?<![\p{L}])(?:but|except|though|although|apart|however|not)(?![\p{L}])/u;
/** Between a blanket and a reference after it: a turn, or a new clause with its own subject. */
const SET_AGAINST = new RegExp(`${CONTRAST.source}|[,;]\\s*(?:(?:and|while|whereas)\\s+)?(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|my|there's|there is|there are)(?![\\p{L}'])`, 'u');
const BLANKET_OTHERS_RE = entriesSearch(BLANKET_OTHERS);
const EXCEPTION_RE = entriesSearch(EXCEPTIONS);
/** A sentence that opens on an exception ("All yes. Except the loans one, no on that.") carves it from a blanket before. */
const LEADING_EXCEPTION = new RegExp(String.raw`^[\s\p{P}]*${entriesBody(EXCEPTIONS)}(?![\p{L}])`, 'u');
/** A blanket takes a verdict ("I agree with all of it"), not a vaguer "should" or "I'll fight". */
const BLANKET_CUES = new Set<CueKind>(['agree', 'affirm', 'qualified', 'disagree', 'refuse-answer', 'refuse-sign', 'defer']);

interface BlanketFound {
  reach: 'all' | 'others' | 'subtree';
  clauses: string[];
  span: Span;
  excluded: Reference[];
}

export function detectBlankets(doc: Doc, sink: Sink): void {
  const { sentences } = doc;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const units = unitsOf(doc, sentence);
    const verdict = units.find((u) => u.reading.cue && BLANKET_CUES.has(u.reading.cue.kind));
    if (!verdict) {
      emitBareException(doc, sink, sentence, units);
      continue;
    }
    const blanket = findBlanket(doc, sentence);
    if (!blanket || verdictNamesItsOwnObject(doc, sentence, units, blanket, verdict)) continue;
    // The exception may open one of the next few sentences, in the paragraph or the next one ("yep the lot. 2 is the
    // big one for me. ¶ only thing is no 3, …").
    const next = blanket.excluded.length === 0 ? sentences.slice(i + 1, i + 4).find((s) => s.segment <= sentence.segment + 1 && LEADING_EXCEPTION.test(doc.norm.slice(s.start, s.end))) : undefined;
    if (next) {
      // The exception is read as if the two sentences were one.
      const joined: Sentence = { ...sentence, end: next.end, refs: [...sentence.refs, ...next.refs] };
      const withException = findBlanket(doc, joined);
      if (withException) {
        emitBlanket(doc, sink, joined, units, withException, verdict, next.start);
        continue;
      }
    }
    // Or the one before it ("Bar the school streets thing, folk need to get the bairns to school. Aye all fine by me.").
    const before = blanket.excluded.length === 0 ? leadingException(doc, i) : undefined;
    if (before) {
      emitBlanket(doc, sink, sentence, units, { ...blanket, excluded: before.excluded }, verdict, Infinity, before.sentence.end);
      continue;
    }
    emitBlanket(doc, sink, sentence, units, blanket, verdict);
  }
}

/**
 * "Since I posted the card, I'm afraid I have to withdraw my support for number 3", "I can't back number 5 after all;
 * everything else stands": the blanket's words have no verdict of their own, and the sentence's verdict, said after
 * them or in another clause, governs a reference of its own. The verdict is that reference's, not the programme's.
 */
function verdictNamesItsOwnObject(doc: Doc, sentence: Sentence, units: Unit[], blanket: BlanketFound, verdict: Unit): boolean {
  const own = units.find((u) => u.start <= blanket.span.start && blanket.span.start < u.end);
  const main = own?.reading.cue && BLANKET_CUES.has(own.reading.cue.kind) ? own : verdict;
  const cue = main.reading.cue!;
  if (main === own && cue.start < blanket.span.end) return false;
  return sentence.refs.some((r) => !r.excepted && r.start >= cue.end && r.start <= main.end && GOVERNS.test(doc.norm.slice(cue.end, r.start)));
}

/**
 * An exception said in a sentence of its own just before a blanket, in its paragraph or the one before: a sentence
 * that opens on an exception word, takes no verdict on the programme itself, and names a clause after it.
 */
function leadingException(doc: Doc, at: number): { sentence: Sentence; excluded: Reference[] } | undefined {
  const current = doc.sentences[at]!;
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const prev = doc.sentences[k]!;
    if (prev.segment < current.segment - 1) return undefined;
    if (!LEADING_EXCEPTION.test(doc.norm.slice(prev.start, prev.end))) continue;
    if (findBlanket(doc, prev)) return undefined;
    const excluded = exceptionsIn(doc.index, doc.norm, prev, prev.refs, { start: prev.start, end: prev.start });
    return excluded.length > 0 ? { sentence: prev, excluded } : undefined;
  }
  return undefined;
}

/** Replies this short may answer with a blanket and its exception alone ("All bar R2."). */
const BARE_EXCEPTION_WORDS = 8;

/**
 * "All bar R2.", "Everything except 3": a reply that is nothing but a blanket and its exception says yes to the rest
 * without a verdict word; so does a sentence of a longer reply that opens on them ("All of it bar the toilets, council
 * cant staff them"). The exception itself is the references detector's, as in any blanket.
 */
function emitBareException(doc: Doc, sink: Sink, sentence: Sentence, units: Unit[]): void {
  // Only a blanket over all the clauses can carry one (not "all the others", not a parent named): test its words
  // before reading the sentence's topics.
  const text = doc.norm.slice(sentence.start, sentence.end);
  if (BLANKET_OTHERS_RE.test(text) || !BLANKET_ALL_RE.test(text)) return;
  const blanket = findBlanket(doc, sentence);
  if (!blanket || blanket.reach !== 'all' || blanket.excluded.length === 0) return;
  if (doc.words > BARE_EXCEPTION_WORDS && !/^[\s\p{P}]*$/u.test(doc.norm.slice(sentence.start, blanket.span.start))) return;
  const excluded = new Set(blanket.excluded.flatMap((r) => r.ids));
  const own = units.find((u) => u.start <= blanket.span.start && blanket.span.start < u.end) ?? units[0]!;
  sink.link({
    unit: doc.units.indexOf(own),
    clauses: blanket.clauses.filter((id) => !excluded.has(id)),
    channel: 'all',
    weight: 1,
    ref: doc.norm.slice(blanket.span.start, blanket.span.end),
    span: blanket.span,
    signal: 'agree',
    strength: 0.8,
  });
}

/**
 * Emits a blanket's link and its exceptions'. An exception by number in the blanket's own sentence is the
 * references detector's, which reads it in its unit; one carried from the next sentence (from `carriedFrom` on) is
 * read here, where the blanket it is carved from is known.
 */
function emitBlanket(doc: Doc, sink: Sink, sentence: Sentence, units: Unit[], blanket: BlanketFound, verdict: Unit, carriedFrom = Infinity, leadingEnd?: number): void {
  const { index, norm } = doc;
  // The blanket's stance is the one said in its own unit, where it has one.
  const ownAt = units.findIndex((u) => u.start <= blanket.span.start && blanket.span.start < u.end);
  const own = ownAt >= 0 ? units[ownAt]! : undefined;
  const main = own?.reading.cue && BLANKET_CUES.has(own.reading.cue.kind) ? own : verdict;
  const u = doc.units.indexOf(main);
  const said = signalOf(main.reading);
  // "All of them apart from the bypass one, which I can't support": a verdict said after the exception is
  // about the exception, and the blanket agrees with the rest.
  const afterException = leadingEnd === undefined && blanket.excluded.length > 0 && main.reading.cue!.start > blanket.excluded[0]!.start;
  const blanketSignal: Signal = !afterException ? said : said === 'agree' ? 'disagree' : 'agree';
  const refText = norm.slice(blanket.span.start, blanket.span.end);
  const block = sentence.block;
  // Inside a marker block, "all of it" means all of that block's clauses.
  const scoped = block && block.kind === 'marker' && blanket.reach !== 'subtree' ? [...new Set(block.ids.flatMap((id) => [id, ...leavesUnder(index, id)]))] : undefined;
  const link: Link = {
    unit: u,
    clauses: scoped ?? blanket.clauses,
    channel: scoped ? 'marker' : blanket.reach,
    weight: 1,
    ref: refText,
    span: blanket.span,
    signal: blanketSignal,
    strength: main.reading.strength,
  };
  sink.link(link);
  for (const ref of blanket.excluded) {
    if (ref.excepted && ref.start < carriedFrom) continue;
    // "…apart from the parking one, still making my mind up on that": what is said after the exception is its answer.
    // Said in a sentence of its own before the blanket, only a verdict there answers it ("folk need to get the bairns to
    // school" argues against it).
    const rest = afterException ? undefined : readUnit(norm, { start: ref.end, end: leadingEnd ?? sentence.end });
    const after = rest?.stance !== undefined && (leadingEnd === undefined || (rest.cue && BLANKET_CUES.has(rest.cue.kind))) ? rest : undefined;
    sink.link({
      unit: u,
      clauses: ref.ids,
      channel: 'excluded',
      weight: 1,
      ref: `${doc.body.slice(ref.start, ref.end)}' excluded from '${refText}`,
      span: { start: ref.start, end: ref.end },
      // What was said of the exception where it was said after it ("…, which I can't back"); otherwise the
      // opposite of what the blanket says ("every one bar the 1% for art"), as for an exception by number.
      signal: afterException ? said : after ? signalOf(after) : oppositeOf(blanketSignal),
      strength: after ? after.strength : main.reading.strength,
    });
  }
}

/** A blanket statement in a sentence, with any exceptions it makes. */
function findBlanket(doc: Doc, sentence: Sentence): BlanketFound | undefined {
  const { index, norm } = doc;
  const refs = sentence.refs;
  const text = norm.slice(sentence.start, sentence.end);
  const others = BLANKET_OTHERS_RE.exec(text);
  const all = BLANKET_ALL_RE.exec(text);
  const hit = others ?? all;
  const specific = refs.some((r) => !r.excepted);
  // A name of a parent clause ("the minimum political platform") covers that clause's part of the programme.
  const parent = !others && !specific && (!all || !/\ball\b|\bevery/.test(all[0])) ? namedParent(index, norm, sentence) : undefined;
  if (parent) {
    return { reach: 'subtree', clauses: [parent.id, ...leavesUnder(index, parent.id)], span: sentence, excluded: exceptionsIn(index, norm, sentence, refs, sentence) };
  }
  if (!hit || MIXED_VERDICT.test(text)) return undefined;
  const span = { start: sentence.start + hit.index, end: sentence.start + hit.index + hit[0].length };
  if (!namesTheProgramme(index, norm, sentence, hit[0], span)) return undefined;
  // "Q3a, b, c and d – yes to all of them": with references in the sentence, "all" means those; but a reference
  // set against the blanket after it ("all five, but not 3") is an answer of its own, and the blanket stands.
  // So is one in a clause of its own after it ("everything bar number V, and I've got one caveat on VI").
  if (!others && specific && !refs.every((r) => r.excepted || (r.start >= span.end && SET_AGAINST.test(norm.slice(span.end, r.start))))) {
    // "Count me in on every one of these - A1 through to A5": the references after the blanket name what it covers.
    const after = refs.filter((r) => !r.excepted);
    if (after.every((r) => r.start >= span.end && /^\s*[-\u2013\u2014:(]/.test(norm.slice(span.end, r.start)))) {
      return { reach: 'all', clauses: [...new Set(after.flatMap((r) => r.ids))], span, excluded: [] };
    }
    return undefined;
  }
  return { reach: others ? 'others' : 'all', clauses: index.leafIds, span, excluded: exceptionsIn(index, norm, sentence, refs, span) };
}

/**
 * The words of the programme's own title that are its name, not its subject ("Aiseag" in "Aiseag Charter 2026", not
 * "hospital" in "Wendlebury Hospital Pledge", which the clauses speak of): read once per programme.
 */
const TITLE_WORDS = new WeakMap<ProgrammeIndex, Set<string>>();
function titleWords(index: ProgrammeIndex): Set<string> {
  let words = TITLE_WORDS.get(index);
  if (!words) {
    const all = normalise(index.programme.title).split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 0);
    TITLE_WORDS.set(index, (words = new Set(all.filter((w) => !contentStems(w).some((s) => index.vocabulary.has(s))))));
  }
  return words;
}

const OTHER_PLURAL_AFTER = new RegExp(String.raw`^\s+(?!(?:is|was|has|as|yes|yeses|does|plus|thus|always|boxes|ticks|${COLLECTIVE_NOUNS})(?![\p{L}]))[\p{L}]+s(?![\p{L}'])`, 'u');
const FAIRNESS_BEFORE = /(?:fairness|fair|respect|courtesy)\s+to\s+$/;
const SAID_SO_FAR_BEFORE = /(?:having said|after|despite|in spite of|notwithstanding)\s+$/;
const SAID_SO_FAR_AFTER = /^\s+(?:said|being said|aside|to one side)(?![\p{L}])/u;

const TIME_WORDS = 'week|weeks|month|months|year|years|time|morning|afternoon|evening|night|weekend|day|days|summer|winter|spring|autumn|term|session|while';
const TIME_AFTER = new RegExp(`^\\s+(?:${TIME_WORDS})\\b`);
const TIME_WITHIN = new RegExp(`^all (?:(?:this|that|these|those|the|of the)\\s+)?(?:${TIME_WORDS})\\b`);

/**
 * Whether words read as the programme by what stands around them: "yes to the lot", not "publish the lot", nor "I've
 * had enough of the lot of them" (people).
 */
export function lotNamesProgramme(words: string, before: string, after: string): boolean {
  if (!/^the (?:whole )?lot$/.test(words)) return true;
  return LOT_BEFORE.test(before) && !(OF_BEFORE.test(before) && LOT_OF_PEOPLE.test(after)) && !LOT_SOMEWHERE.test(after);
}
/** "The lot at the Guildhall have treated boat owners as a cash cow": people somewhere, not the programme. */
const LOT_SOMEWHERE = /^\s+(?:at|in|from|down at|up at|over at)\s+the\s/u;
/** "enough of the lot of them": people; "back the lot of them" is the programme's points. */
const OF_BEFORE = /(?:^|\s)of\s*$/u;
const LOT_OF_PEOPLE = /^\s+of\s+(?:them|you|us|'em|yous|youse)(?![\p{L}])/u;

const ONLY_ONE_BEFORE = /(?:^|[\s\p{P}])only\s+(?:one|thing|point|item|bit|pledge|clause|question)\s+(?:on|in|of|from)\s*$/u;
/** A verb in -ing, not one of signing or backing, straight before "all of them". */
const GERUND_BEFORE = /(?:^|\s)(?!(?:sign|back|support|endors|accept|agree|tick|answer|fill|cover|includ)ing\b)(?!(?:no|any|some|every)thing\b)\p{L}{3,}ing\s*$/u;

/**
 * Whether a blanket's words, found at `span`, name the organisation's programme and not something else that happens
 * to share them: "the questions on the political fund", "all 22 police districts", "the state's ongoing solar
 * programme", "the platform I am running on", "the meal program", "publish the lot", "the rest of the NEC".
 */
function namesTheProgramme(index: ProgrammeIndex, norm: string, sentence: Span, words: string, span: Span): boolean {
  const after = norm.slice(span.end, sentence.end);
  if (!/\ball\b|\bevery|\beach|\bwhole|\bentire|\bfull|\bcomplete|\bhale\b|\blot\b|\bnothing\b/.test(words) && /^\s+(?:on|about|regarding|concerning|relating to|around|for)\s/.test(after)) return false;
  // A count names the programme when it is no more than its clauses and no noun of its own follows.
  const count = /\s(\d+)$/.exec(words);
  if (count && (Number(count[1]) > index.programme.clauses.length || !COUNT_FOLLOWS.test(after))) return false;
  // "all four beaches", "all six districts": a count of the writer's own nouns; "all six boxes ticked" and "all six will
  // be delivered" count the programme's.
  const worded = /^all ([a-z]+)$/.exec(words);
  const counted = worded ? NUMBER_WORD_VALUES.get(worded[1]!) : undefined;
  if (counted !== undefined && (counted > index.programme.clauses.length || OTHER_PLURAL_AFTER.test(after))) return false;
  // "in fairness to all of them": the groups that wrote, not the programme; "the reason I got into all this": politics.
  const before = norm.slice(Math.max(sentence.start, span.start - 24), span.start);
  if (/^all\b/.test(words) && (FAIRNESS_BEFORE.test(before) || /(?:^|\s)into\s*$/u.test(before))) return false;
  // "Having said all that", "all that aside": what the reply said so far, not the programme.
  if (/^all (?:that|this)$/.test(words) && (SAID_SO_FAR_BEFORE.test(before) || SAID_SO_FAR_AFTER.test(after))) return false;
  if (/^(?:the|your|this|that|these|those|its)\s/.test(words) && !/\b(?:all|every|each|whole|entire|full|complete|hale|haill|lot)\b/.test(words)) {
    const gap = words.split(/\s+/).slice(1, -1);
    // "The rest I support in principle" (but "The rest I'm fine with:" names them in the list it opens).
    const fronted = /^the (?:rest|others|remaining|other)\b/.test(words) && FRONTED_VERDICT.test(after) && !/:\s*$/.test(after);
    if (gap.length > 2 || gap.some((w) => NOT_THE_PROGRAMME.has(w)) || (OWN_AFTER.test(after) && !fronted)) return false;
    // A word of its own between them names another programme; "your …" is the organisation's.
    // The programme's own title ("the Aiseag Charter") names it too.
    const own = titleWords(index);
    if (!words.startsWith('your') && gap.some((w) => !PROGRAMME_WORDS.has(w) && !own.has(w) && !/'s?$/.test(w))) return false;
  }
  if (!lotNamesProgramme(words, before, after)) return false;
  // "Only one on your list I'd put my name to": one of the programme's clauses picked out, not all of them.
  if (ONLY_ONE_BEFORE.test(before)) return false;
  // "I will vote for fitting all of them": the object of the writer's own verb (the valves), not the programme.
  if (/^all\b/.test(words) && GERUND_BEFORE.test(before)) return false;
  // "Bloomfield should be on that list": a place on a list of the writer's, not the programme.
  if (/\blist$/.test(words) && /(?:^|\s)(?:be|is|are|was|get|got|put|added|go|goes|included|stay|stays)\s+on\s*$/u.test(before)) return false;
  // "the same people who rig everything in this city": the object of someone else's verb, not the programme.
  if (/^(?:everything|anything)\b/.test(words) && /\b(?:who|which|that)\s+[\p{L}']+\s+$/u.test(norm.slice(Math.max(sentence.start, span.start - 30), span.start))) return false;
  // "I'm travelling all this week": a stretch of time, not the programme.
  if (/^all (?:this|that|these|those)$/.test(words) ? TIME_AFTER.test(after) : TIME_WITHIN.test(words)) return false;
  // "support enforcing 20mph across the board": the breadth of a subject the sentence names, not of the programme.
  if (words === 'across the board' && index.topics.match(stemsIn(norm, sentence.start, span.start)).some((m) => index.byId.get(m.clause)?.children.length === 0)) return false;
  if (/\brest$/.test(words) && /^\s+of\s+(?!them|it\b|the (?:points|clauses|pledges|questions|demands|issues|list|programme|charter|card))/.test(after)) return false;
  return true;
}

/**
 * The parent clause a text names, if any. The name must be the parent's own: a phrase that also names
 * one of its leaves is about that leaf; between a parent and a sub-part named alike, the closer match wins.
 */
function namedParent(index: ProgrammeIndex, norm: string, span: Span): Clause | undefined {
  const namedIds = index.topics.named(stemsIn(norm, span.start, span.end, true));
  if (namedIds.size === 0) return undefined;
  const named = index.programme.clauses.filter((c) => namedIds.has(c.id));
  const scores = new Map(index.topics.match(stemsIn(norm, span.start, span.end)).map((m) => [m.clause, m.score]));
  const parents = named
    .filter((c) => c.children.length > 0 && !named.some((d) => d.children.length === 0 && leavesUnder(index, c.id).includes(d.id)))
    .sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
  return parents[0];
}

/**
 * Exceptions to a blanket: references after "except" (the references detector ties those), or a subject
 * ("apart from publishing minutes"), which only the blanket can find.
 */
function exceptionsIn(index: ProgrammeIndex, norm: string, sentence: Span, refs: Reference[], blanket: Span): Reference[] {
  const byRef = refs.filter((r) => r.excepted);
  if (byRef.length > 0) return byRef;
  const text = norm.slice(blanket.start, sentence.end);
  const m = EXCEPTION_RE.exec(text);
  if (!m) return [];
  const from = blanket.start + m.index + m[0].length;
  const stop = norm.slice(from, sentence.end).search(/[:;.,!?(]/);
  const to = stop === -1 ? sentence.end : from + stop;
  // "only thing is 3, …", "only thing is no 3": a bare number the references detector had no cause to read.
  const bare = /^\s*(?:no\s+)?(?=\d)/.exec(norm.slice(from, to));
  const list = bare ? readList(index, norm, from + bare[0].length, to, undefined) : undefined;
  if (list && list.ids.length > 0 && /^\s*$/.test(norm.slice(list.end, to))) {
    return [{ ids: list.ids, start: from + bare![0].length, end: list.end, kind: 'inline' }];
  }
  // "bar the dredging one and the coal and gas one": several clauses pointed at by their subjects, each its own exception.
  const parts = subjectParts(norm, from, to);
  if (parts.length > 1) {
    const found: Reference[] = [];
    for (const part of parts) {
      const target = topicTarget(index, stemsIn(norm, part.start, part.end), undefined, 1.0, 1);
      if (target && !found.some((f) => f.ids[0] === target.clause)) found.push({ ids: [target.clause], start: part.start, end: part.end, kind: 'inline' });
    }
    if (found.length === parts.length) return found;
  }
  // "apart from the parking one": a clause pointed at by its subject needs only a word of it that no other clause has.
  const pointer = CLAUSE_BY_SUBJECT.test(norm.slice(from, to));
  const target = topicTarget(index, stemsIn(norm, from, to), undefined, pointer ? 1.0 : 2.0, pointer ? 1 : 2);
  return target ? [{ ids: [target.clause], ...trimStart(norm, from, to), kind: 'inline' }] : [];
}

/** Where "and" or "or" joins two clauses named by their subjects ("the parking one and the bypass one"). */
const SUBJECT_JOIN = /\s+(?:and|or|nor|&)\s+(?=(?:the|that|your)\s)/gu;

/** An exception's text cut where it joins clauses named by their subjects, when every part names one that way. */
function subjectParts(norm: string, from: number, to: number): Span[] {
  const parts: Span[] = [];
  let at = from;
  for (const m of norm.slice(from, to).matchAll(SUBJECT_JOIN)) {
    parts.push(trimStart(norm, at, from + m.index));
    at = from + m.index + m[0].length;
  }
  parts.push(trimStart(norm, at, to));
  return parts.every((p) => CLAUSE_BY_SUBJECT.test(norm.slice(p.start, p.end))) ? parts : [];
}

/** The span from `start` to `end` without the spaces it opens with. */
function trimStart(norm: string, start: number, end: number): Span {
  let s = start;
  while (s < end && /\s/.test(norm[s]!)) s++;
  return { start: s, end };
}

/**
 * "the parking one", "the bit about fares", "the budget point", or just "the parking" before a comma: a clause named
 * by its subject, not its number.
 */
const CLAUSE_BY_SUBJECT =
  /^\s*(?:the|that|your)\s+(?:[\p{L}\p{N}'%-]+\s+){1,4}(?:one|ones|bit|part|point|pledge|item|thing|question|ask)(?![\p{L}])|^\s*(?:the|that|your)\s+(?:bit|part|point|one|pledge|question)\s+(?:about|on|re)\s|^\s*(?:the|that|your)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s*$/u;

export type { Reading };

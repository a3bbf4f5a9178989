// Walks a reply top-down and collects statements: who they are about (a marker block, an inline
// reference, an ordinal, a blanket, or the subject matter) and what stance they take.
import type { Clause } from '../model/programme.js';
import type { DeclineKind, Stance } from '../model/stance.js';
import { BLANKET_ALL, BLANKET_OTHERS, EXCEPTIONS } from './lexicon/references.js';
import { entriesSearch } from './lexicon/patterns.js';
import { ancestorsOf, leavesUnder, type ProgrammeIndex } from './programme-index.js';
import { inlineReferences, lineMarker, type Reference } from './references.js';
import { splitLines, splitSentences, splitUnits, trim, type Span, type Unit } from './segment.js';
import { readUnit, type CueKind, type Reading } from './stance.js';
import { contentStems, stemsIn } from './topics.js';
import { normalise } from './normalise.js';
import { isSpaceCode } from '../util/chars.js';
import { judge, topicTarget, type Judgement } from './judge.js';

/** How a statement found its clause, most specific first. */
export type Reach = 'explicit' | 'topic' | 'inherited' | 'subtree' | 'others' | 'all';

export interface Statement {
  /** Clauses the statement is about (for blankets: the clauses it covers). */
  clauses: string[];
  reach: Reach;
  stance: Stance;
  declineKind: DeclineKind | undefined;
  confidence: number;
  /** What the reader is shown: the quote, and words for the reason. */
  quote: Span;
  refText: string;
  cueText: string;
  why: string;
  /** Order in the reply, for "later revision wins". */
  order: number;
  revision: boolean;
  strength: number;
}

interface Block {
  ids: string[];
  /** The marker as written, e.g. "3 e)". */
  marker: string;
  markerStart: number;
  kind: 'marker' | 'heading';
  /** Whether the block has had a verdict of its own yet. */
  decided: boolean;
  firstSentence: boolean;
}

const BLANKET_ALL_RE = entriesSearch(BLANKET_ALL);
const BLANKET_CUES = new Set<CueKind>(['agree', 'affirm', 'qualified', 'disagree', 'refuse-answer', 'refuse-sign', 'defer']);
const BLANKET_OTHERS_RE = entriesSearch(BLANKET_OTHERS);
const EXCEPTION_RE = entriesSearch(EXCEPTIONS);

const REACH_CONFIDENCE: Record<Reach, number> = {
  explicit: 0.97,
  topic: 0.8,
  inherited: 0.92,
  subtree: 0.85,
  others: 0.9,
  all: 0.92,
};

/** Lines that are not the candidate's own words: quotations of the programme or of an email. */
function isQuoteLine(text: string): boolean {
  // `^\s*>`
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 62;
}

const HEADING = /^\s*(?:#{1,6}\s+(.+?)\s*#*\s*$|\*\*([^*]+)\*\*:?\s*$|__([^_]+)__:?\s*$)/u;

export interface Collected {
  statements: Statement[];
  /** Units that take a stance but could not be tied to any clause. */
  loose: Array<{ span: Span; stems: string[] }>;
}

/** A run of lines that reads as one piece of text, under the block in force where it starts. */
interface Segment {
  span: Span;
  block: Block | undefined;
  /** The context its marker set, so that relative references below it resolve there. */
  context: string | undefined;
}

/** Collects every statement of a reply. */
export function collectStatements(index: ProgrammeIndex, body: string, norm: string): Collected {
  const collector = new Collector(index, body, norm);
  for (const segment of segmentReply(index, body, norm)) collector.segment(segment);
  return { statements: collector.statements, loose: collector.loose };
}

/** Cuts a reply into segments: marker blocks, headings and quoted clauses open blocks; paragraphs and bullets cut. */
function segmentReply(index: ProgrammeIndex, body: string, norm: string): Segment[] {
  const segments: Segment[] = [];
  let block: Block | undefined;
  let context: string | undefined;
  let current: Segment | undefined;
  for (const line of splitLines(body)) {
    const text = body.slice(line.start, line.end);
    if (isQuoteLine(text)) {
      // A quoted clause ("> Campaign against the outsourcing …") says which clause the answer below is for.
      const quoted = topicTarget(index, stemsIn(norm, line.start, line.end), undefined, 4);
      if (quoted && line.paragraphStart) {
        block = { ids: [quoted.clause], marker: `> ${quoted.phrase}`, markerStart: line.start, kind: 'heading', decided: false, firstSentence: true };
        context = quoted.clause;
      }
      current = undefined;
      continue;
    }
    const marker = lineMarker(index, norm, line.start, line.end, context);
    if (marker) {
      block = {
        ids: marker.ids,
        marker: body.slice(marker.start, marker.end).trim(),
        markerStart: line.start + (body.slice(line.start, marker.start).match(/^\s*/)?.[0].length ?? 0),
        kind: 'marker',
        decided: false,
        firstSentence: true,
      };
      context = marker.ids[marker.ids.length - 1];
      current = { span: { start: marker.end, end: line.end }, block, context };
      segments.push(current);
      continue;
    }
    const heading = HEADING.exec(text);
    if (heading && line.paragraphStart) {
      const title = heading[1] ?? heading[2] ?? heading[3] ?? '';
      const titleStart = line.start + text.indexOf(title);
      // "My answers to the Members' Charter" heads the whole reply, not one clause.
      const found = topicTarget(index, stemsIn(norm, titleStart, titleStart + title.length), undefined, 2, 1);
      const target = found && (found.named || !isDocumentHeading(index, norm.slice(titleStart, titleStart + title.length))) ? found : undefined;
      block = target
        ? { ids: [target.clause], marker: title.trim(), markerStart: titleStart, kind: 'heading', decided: false, firstSentence: true }
        : undefined;
      if (target) context = target.clause;
      current = undefined;
      continue;
    }
    const bullet = /^\s*[-*•+]\s/.test(text);
    // A new paragraph clearly about another clause ends the block it was in.
    if (block && line.paragraphStart && !bullet && startsElsewhere(index, norm, line, block)) block = undefined;
    if (!current || line.paragraphStart || bullet) {
      current = { span: { start: line.start, end: line.end }, block, context: undefined };
      segments.push(current);
    } else current.span.end = line.end;
  }
  return segments;
}

/** What one sentence holds, as the units of it are read. */
interface SentenceRead {
  sentence: Span;
  block: Block | undefined;
  units: Unit[];
  readings: Reading[];
  quote: Span;
  /** References the units can point at (those a blanket excluded are its own). */
  refs: Reference[];
  /** What the previous sentence of the paragraph was about. */
  targetsBefore: string[] | undefined;
  /** References carried from one unit to the next ("3a yes; but …"). */
  carried: Reference[];
}

/** Walks a reply's segments in order, sentence by sentence, collecting statements. */
class Collector {
  readonly statements: Statement[] = [];
  readonly loose: Collected['loose'] = [];
  /** Order in the reply of the next statement. */
  private order = 0;
  /** The clause the last reference named, for relative references ("b)" after "3)"). */
  private context: string | undefined = undefined;
  /** What the last sentence of the current segment was about. */
  private lastTargets: string[] | undefined = undefined;

  constructor(
    private readonly index: ProgrammeIndex,
    private readonly body: string,
    private readonly norm: string,
  ) {}

  segment(segment: Segment): void {
    if (segment.context !== undefined) this.context = segment.context;
    this.lastTargets = undefined;
    for (const sentence of splitSentences(this.body, segment.span)) this.sentence(segment.block, sentence);
  }

  private sentence(block: Block | undefined, sentence: Span): void {
    const { index, norm } = this;
    const refs = inlineReferences(index, norm, sentence.start, sentence.end, this.context, this.body);
    const units = splitAtReferences(norm, splitUnits(norm, sentence), refs);
    // A unit that opens with a reference ("3d no – …") is read from after it.
    const readings: Reading[] = [];
    let revision = false;
    for (const u of units) {
      const lead = refs.find((r) => r.start <= u.start + 2 && r.end > u.start && r.end < u.end);
      const reading = readUnit(norm, lead ? { start: lead.end, end: u.end } : u);
      if (reading.revision) revision = true;
      readings.push(reading);
    }
    // "Correction – I said yes to 1.1a, but …": a revision speaks for its whole sentence.
    if (revision) for (const r of readings) r.revision = true;
    const quoteStart = block?.firstSentence && block.kind === 'marker' ? block.markerStart : sentence.start;
    const quote = { start: Math.min(quoteStart, sentence.start), end: sentence.end };
    if (block) block.firstSentence = false;
    const read: SentenceRead = { sentence, block, units, readings, quote, refs, targetsBefore: this.lastTargets, carried: [] };
    // Blankets: "all the points", "all the other clauses", "the minimum platform".
    // A blanket takes a verdict ("I agree with all of it"), not a vaguer "should" or "I'll fight".
    const verdictReading = readings.find((r) => r.cue && BLANKET_CUES.has(r.cue.kind));
    const blanket = verdictReading ? findBlanket(index, norm, sentence, refs) : undefined;
    if (blanket && verdictReading && !(block?.decided && block.kind === 'marker')) {
      read.refs = refs.filter((r) => !blanket.excluded.includes(r));
      this.blanket(read, blanket, verdictReading);
      if (read.refs.length === 0) {
        if (refs.length > 0) this.context = refs[refs.length - 1]!.ids.at(-1);
        return;
      }
    }
    // Each unit with a stance: about the references in it, or before it in the sentence,
    // or else the block it sits in, or else whatever clause it is about.
    for (let i = 0; i < units.length; i++) this.unit(read, i);
    if (refs.length > 0) this.context = refs[refs.length - 1]!.ids.at(-1);
  }

  /** A blanket statement, and a statement for each clause it excludes. */
  private blanket(read: SentenceRead, blanket: BlanketFound, verdictReading: Reading): void {
    const { units, readings, block, quote } = read;
    const { norm } = this;
    // The blanket's stance is the one said in its own unit, where it has one.
    const own = units.findIndex((u) => u.start <= blanket.span.start && blanket.span.start < u.end);
    const ownReading = own >= 0 ? readings[own] : undefined;
    const main = ownReading?.cue && BLANKET_CUES.has(ownReading.cue.kind) ? ownReading : verdictReading;
    // Inside a marker block, "all of it" means all of that block's clauses.
    const scoped = block && block.kind === 'marker' && blanket.reach !== 'subtree'
      ? [...new Set(block.ids.flatMap((id) => [id, ...leavesUnder(this.index, id)]))]
      : undefined;
    // "All of them apart from the bypass one, which I can't support": a verdict said after the
    // exception is about the exception, and the blanket agrees with the rest.
    const afterException = blanket.excluded.length > 0 && main.cue!.start > blanket.excluded[0]!.start;
    const said: Stance = main.stance!;
    const opposite: Stance = said === 'declined' ? 'agree' : 'declined';
    const blanketStance = afterException ? opposite : said;
    this.statements.push({
      clauses: scoped ?? blanket.clauses,
      reach: scoped ? 'explicit' : blanket.reach,
      stance: blanketStance,
      declineKind: blanketStance === said ? main.declineKind : undefined,
      confidence: REACH_CONFIDENCE[blanket.reach] * main.strength + (main.booster ? 0.03 : 0),
      quote,
      refText: norm.slice(blanket.span.start, blanket.span.end),
      cueText: main.cue!.text,
      why: 'blanket',
      order: this.order++,
      revision: main.revision,
      strength: main.strength,
    });
    for (const ref of blanket.excluded) {
      const excluded = afterException ? said : opposite;
      this.statements.push({
        clauses: ref.ids,
        reach: 'explicit',
        stance: excluded,
        declineKind: excluded === 'declined' ? (afterException ? main.declineKind : 'disagreed') : undefined,
        confidence: 0.8,
        quote,
        refText: norm.slice(ref.start, ref.end),
        cueText: norm.slice(blanket.span.start, blanket.span.end),
        why: 'excluded from a blanket statement',
        order: this.order++,
        revision: main.revision,
        strength: main.strength,
      });
    }
  }

  /** Unit i of a sentence: what it is about, and the statement it makes there if it takes a stance. */
  private unit(read: SentenceRead, i: number): void {
    const { index, norm, body } = this;
    const { units, readings, sentence, quote } = read;
    const unit = units[i]!;
    const reading = readings[i]!;
    const blockHere = read.block;
    if (reading.stance && quotesClause(index, norm, unit)) return;
    const inUnit = read.refs.filter((r) => r.start >= unit.start && r.start < unit.end);
    if (inUnit.length > 0) read.carried = inUnit;
    // After "but", a qualification still speaks of what came before; a verdict of its own may not.
    else if (unit.afterContrast && reading.stance !== 'agree-with-qualifications') read.carried = [];
    if (!reading.stance) return;
    // "On section 2, … the first two points": a reference that only sets the context for a
    // narrower one in the same unit is not itself a target.
    const refsHere = dropContextRefs(index, inUnit.length > 0 ? inUnit : read.carried);
    if (refsHere.length > 0) {
      for (const ref of refsHere) {
        const ids = ref.kind === 'ordinal' ? chooseOrdinal(index, norm, unit, ref) : { ids: ref.ids, conflict: false };
        const written = body.slice(ref.start, ref.end);
        // Say so when the subject overruled the plain reading of an ordinal.
        const refText = ids.conflict ? `${written}' read by its subject as '${ids.ids.join(', ')}` : written;
        this.pushJudged(ids.ids, 'explicit', reading, quote, refText, ids.conflict ? 0.62 : ref.kind === 'ordinal' ? 0.85 : 1);
      }
      this.lastTargets = refsHere.flatMap((r) => r.ids);
      return;
    }
    // "On II.2, I agree … But I would set the bar lower.": a statement right after a sentence of the
    // same paragraph that named other clauses than the block's is about those clauses.
    const recent = read.targetsBefore;
    const moved = blockHere && recent && !recent.every((id) => blockHere.ids.includes(id));
    if (moved) {
      this.pushJudged(recent, 'explicit', reading, quote, 'the reference before', 0.85, true);
      return;
    }
    if (blockHere) {
      // Inside a parent's block with no verdict of its own, a statement clearly about one child goes to it.
      const kids = blockHere.ids.length === 1 ? index.byId.get(blockHere.ids[0]!)?.children ?? [] : [];
      if (kids.length > 0 && !blockHere.decided) {
        const t = topicTarget(index, stemsIn(norm, unit.start, unit.end), kids, 1.5);
        if (t) {
          this.pushJudged([t.clause], 'explicit', reading, quote, `${blockHere.marker} (${t.phrase})`, 0.8);
          return;
        }
      }
      const pushed = this.pushJudged(blockHere.ids, 'explicit', reading, quote, blockHere.marker, blockHere.kind === 'heading' ? 0.85 : 1, blockHere.decided);
      if (pushed) blockHere.decided = true;
      return;
    }
    const stems = stemsIn(norm, unit.start, unit.end);
    // "Breakfast club: yes." – a label before the verdict says what it is about.
    // A short stance-less unit before a colon or dash names the subject: "Rents – yes", "Buses: yes".
    const before = i > 0 ? units[i - 1]! : undefined;
    const label =
      before && !readings[i - 1]!.stance && /^\s*(?::|-)/.test(norm.slice(before.end, before.end + 2)) && stemsIn(norm, before.start, before.end).length <= 6
        ? before
        : undefined;
    const labelled = label ? topicTarget(index, stemsIn(norm, label.start, label.end), undefined, 1.5, 1) : undefined;
    if (labelled) {
      this.pushJudged([labelled.clause], 'topic', reading, quote, labelled.phrase, Math.max(labelled.confidence, 0.8));
      this.lastTargets = [labelled.clause];
      return;
    }
    // A refusal with nothing else to point at covers the whole programme ("I don't sign pledges").
    if (reading.cue && (reading.cue.kind === 'refuse-sign' || (reading.cue.kind === 'refuse-answer' && !hasOwnSubject(norm, reading)))) {
      this.statements.push({
        clauses: index.programme.clauses.map((c) => c.id),
        reach: 'all',
        stance: 'declined',
        declineKind: reading.declineKind,
        confidence: REACH_CONFIDENCE.all * reading.strength,
        quote,
        refText: 'the whole programme',
        cueText: reading.cue.text,
        why: 'refusal',
        order: this.order++,
        revision: reading.revision,
        strength: reading.strength,
      });
      return;
    }
    // The unit's own words first; a short unit leans on its sentence.
    // A free-standing sentence rules on a leaf; whole parts are named by markers, headings and blankets.
    const leaves = index.leafIds;
    const t = topicTarget(index, stems, leaves, 2.2) ?? (stems.length <= 2 ? topicTarget(index, stemsIn(norm, sentence.start, sentence.end), leaves, 2.2) : undefined);
    if (t) {
      this.pushJudged([t.clause], 'topic', reading, quote, t.phrase, t.confidence);
      this.lastTargets = [t.clause];
      return;
    }
    if (this.lastTargets && /^(?:it|this|that|these|those|they)\b/.test(norm.slice(unit.start, unit.end).replace(/^i\s+(?:believe|think|feel)\s+/, ''))) {
      this.pushJudged(this.lastTargets, 'topic', reading, quote, 'the statement before', 0.6);
      return;
    }
    this.loose.push({ span: unit, stems });
  }

  /** A statement per clause the reading says something about; whether it made any. */
  private pushJudged(ids: string[], reach: Reach, reading: Reading, quote: Span, refText: string, refFactor: number, later = false): boolean {
    let pushed = false;
    for (const id of ids) {
      const j: Judgement | undefined = judge(this.index, this.norm, reading, id, { inBlock: reach === 'explicit', later });
      if (!j) continue;
      this.statements.push({
        clauses: [id],
        reach,
        stance: j.stance,
        declineKind: j.declineKind,
        confidence: Math.min(0.99, REACH_CONFIDENCE[reach] * j.strength * refFactor + (reading.booster ? 0.02 : 0)),
        quote,
        refText,
        cueText: j.cueText,
        why: j.why,
        order: this.order++,
        revision: reading.revision,
        strength: j.strength,
      });
      pushed = true;
    }
    return pushed;
  }
}

function dropContextRefs(index: ProgrammeIndex, refs: Reference[]): Reference[] {
  if (refs.length < 2) return refs;
  return refs.filter((r) => !refs.some((o) => o !== r && o.start > r.start && o.ids.every((id) => r.ids.some((a) => ancestorsOf(index, id).includes(a)))));
}

/** Picks a reading of "the first clause" by what the rest of the sentence is about. */
function chooseOrdinal(index: ProgrammeIndex, norm: string, unit: Span, ref: Reference): { ids: string[]; conflict: boolean } {
  const readings = [ref.ids, ...(ref.alternatives ?? [])];
  if (readings.length === 1) return { ids: ref.ids, conflict: false };
  const stems = stemsIn(norm, unit.start, unit.end).filter((s) => !/\d/.test(s));
  const scores = new Map(index.topics.match(stems).map((m) => [m.clause, m.score]));
  const score = (ids: string[]): number => Math.max(0, ...ids.flatMap((id) => [id, ...leavesUnder(index, id)]).map((id) => scores.get(id) ?? 0));
  const first = score(readings[0]!);
  let best = readings[0]!;
  let bestScore = first;
  for (const r of readings.slice(1)) {
    const s = score(r);
    if (s > bestScore + 1.5 && s >= 2.5) {
      best = r;
      bestScore = s;
    }
  }
  return { ids: best, conflict: best !== readings[0] };
}

interface BlanketFound {
  reach: 'all' | 'others' | 'subtree';
  clauses: string[];
  span: Span;
  excluded: Reference[];
}

/** A blanket statement in a sentence, with any exceptions it makes. */
function findBlanket(index: ProgrammeIndex, norm: string, sentence: Span, refs: Reference[]): BlanketFound | undefined {
  const text = norm.slice(sentence.start, sentence.end);
  const others = BLANKET_OTHERS_RE.exec(text);
  const all = BLANKET_ALL_RE.exec(text);
  const hit = others ?? all;
  const specific = refs.some((r) => !isAfterException(norm, sentence, r));
  // A name of a parent clause ("the minimum political platform") covers that clause's part of the programme.
  const parent = !others && !specific && (!all || !/\ball\b|\bevery/.test(all[0])) ? namedParent(index, norm, sentence) : undefined;
  if (parent) {
    return { reach: 'subtree', clauses: [parent.id, ...leavesUnder(index, parent.id)], span: sentence, excluded: exceptionsIn(index, norm, sentence, refs, sentence) };
  }
  if (!hit) return undefined;
  const span = { start: sentence.start + hit.index, end: sentence.start + hit.index + hit[0].length };
  // "the questions on the political fund" is not every question.
  if (!/\ball\b|\bevery|\beach|\bwhole|\bentire|\bfull|\bcomplete|\blot\b/.test(hit[0]) && /^\s+(?:on|about|regarding|concerning|relating to|around|for)\s/.test(norm.slice(span.end, span.end + 16))) return undefined;
  // "the rest of the NEC" is not the rest of the programme.
  if (/\brest$/.test(hit[0]) && /^\s+of\s+(?!them|it\b|the (?:points|clauses|pledges|questions|demands|issues|list|programme|charter|card))/.test(norm.slice(span.end, span.end + 30))) return undefined;
  // "Q3a, b, c and d – yes to all of them": with references in the sentence, "all" means those.
  if (!others && specific) return undefined;
  const clauses = index.programme.clauses.map((c) => c.id);
  return { reach: others ? 'others' : 'all', clauses, span, excluded: exceptionsIn(index, norm, sentence, refs, span) };
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

function isAfterException(norm: string, sentence: Span, ref: Reference): boolean {
  const before = norm.slice(Math.max(sentence.start, ref.start - 40), ref.start);
  const matches = EXCEPTION_RE.all(before);
  if (matches.length === 0) return false;
  const last = matches[matches.length - 1]!;
  // Only words of the reference itself ("the", "point", "sixth") may sit between the exception and it.
  const between = before.slice(last.index + last[0].length);
  return /^[\s\p{L},]{0,30}$/u.test(between) && !/[.;:]/.test(between);
}

/** Exceptions to a blanket: references after "except", or a subject ("apart from publishing minutes"). */
function exceptionsIn(index: ProgrammeIndex, norm: string, sentence: Span, refs: Reference[], blanket: Span): Reference[] {
  const byRef = refs.filter((r) => isAfterException(norm, sentence, r));
  if (byRef.length > 0) return byRef;
  const text = norm.slice(blanket.start, sentence.end);
  const m = EXCEPTION_RE.exec(text);
  if (!m) return [];
  const from = blanket.start + m.index + m[0].length;
  const stop = norm.slice(from, sentence.end).search(/[:;.,!?(]/);
  const to = stop === -1 ? sentence.end : from + stop;
  const target = topicTarget(index, stemsIn(norm, from, to), undefined, 2.0);
  return target ? [{ ids: [target.clause], start: from, end: to, kind: 'inline' }] : [];
}

const DOCUMENT_WORDS = /(?<![\p{L}])(?:answers?|replies|reply|responses?|my views|where i stand|questionnaire|survey|pledges?|programme|program|charter|manifesto)(?![\p{L}])/u;

/** A heading about the reply itself ("My answers", "Response to the charter") or naming the programme. */
function isDocumentHeading(index: ProgrammeIndex, titleNorm: string): boolean {
  const own = new Set(contentStems(normalise(index.programme.title)));
  const stems = contentStems(titleNorm);
  if (stems.length > 0 && stems.filter((s) => own.has(s)).length >= Math.min(2, stems.length)) return true;
  return DOCUMENT_WORDS.test(titleNorm);
}

/** Whether the first sentence of a paragraph is clearly about a clause outside the block's own family. */
function startsElsewhere(index: ProgrammeIndex, norm: string, line: Span, block: Block): boolean {
  const end = norm.slice(line.start, line.end).search(/[.!?]\s|$/);
  const t = topicTarget(index, stemsIn(norm, line.start, line.start + (end === -1 ? line.end - line.start : end)), undefined, 3);
  if (!t) return false;
  const family = new Set(block.ids.flatMap((id) => [id, ...leavesUnder(index, id), ...ancestorsOf(index, id)]));
  for (const id of [...family]) for (const c of index.byId.get(id)?.children ?? []) family.add(c);
  return !family.has(t.clause);
}

/**
 * "1 yes 2 yes 3 no": a unit holding several references, each with words of its own after it, is
 * several answers; it is cut before each reference after the first.
 */
function splitAtReferences(norm: string, units: Unit[], refs: readonly Reference[]): Unit[] {
  if (refs.length === 0) return units;
  const out: Unit[] = [];
  for (const unit of units) {
    const inside = refs.filter((r) => r.start >= unit.start && r.end <= unit.end && r.kind !== 'ordinal');
    // Cut before a reference when a verdict-bearing word stands between it and what came before.
    const cuts = inside.filter((r, i) => {
      const gap = norm.slice(i === 0 ? unit.start : inside[i - 1]!.end, r.start);
      return i > 0 ? VERDICT_WORD.test(gap) : STANDALONE_WORD.test(gap);
    });
    if (cuts.length === 0) {
      out.push(unit);
      continue;
    }
    let start = unit.start;
    for (const cut of cuts) {
      out.push({ start, end: trim(norm, { start, end: cut.start }).end, afterContrast: start === unit.start ? unit.afterContrast : false });
      start = cut.start;
    }
    out.push({ start, end: unit.end, afterContrast: false });
  }
  return out.filter((u) => u.end > u.start);
}

/** A unit that opens with a bare verdict before its first reference: "yes, 3 no". */
const STANDALONE_WORD = /^[\s\p{P}]*(?:yes|no|agreed?|y|n|✓|✔|✗|✘)[\s\p{P}]*$/u;

/** A verdict word between two references: each reference has its own answer ("1 yes 2 no"). */
const VERDICT_WORD = /(?<![\p{L}])(?:yes|no|agreed?|disagreed?|y|n|not|✓|✔|✗|✘)(?![\p{L}])/u;

/** Whether a refusal names something of its own to refuse ("I won't comment on the leadership"). */
function hasOwnSubject(norm: string, reading: Reading): boolean {
  if (!reading.cue) return false;
  return stemsIn(norm, reading.cue.end, Math.min(norm.length, reading.object?.end ?? reading.cue.end + 80)).length > 0;
}

/** A unit that copies a clause's own words back ("**B. Support a borough-wide …**") is not a stance. */
function quotesClause(index: ProgrammeIndex, norm: string, unit: Span): boolean {
  const text = norm.slice(unit.start, unit.end);
  // A candidate speaking in the first person is answering, even in the clause's own words.
  if (/(?<![\p{L}'])(?:i|i'm|i'd|i'll|i've|me|my|we|we're|we'll|our)(?![\p{L}'])/u.test(text)) return false;
  const stems = stemsIn(norm, unit.start, unit.end);
  if (stems.length < 5) return false;
  for (const own of index.textStems.values()) {
    // The longest run of the unit's words that stands, in order, in the clause.
    let longest = 0;
    for (let i = 0; i < stems.length; i++) {
      for (let j = 0; j < own.length; j++) {
        let k = 0;
        while (i + k < stems.length && j + k < own.length && stems[i + k] === own[j + k]) k++;
        if (k > longest) longest = k;
      }
    }
    if (longest >= 5 && longest / stems.length >= 0.6) return true;
  }
  return false;
}

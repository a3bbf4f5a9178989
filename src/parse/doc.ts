// The one reading pass every detector shares: a reply cut into blocks, sentences and units, each unit read
// for its stance cue and each sentence for its clause references, all as offsets into the reply.
import { entriesSearch } from './lexicon/patterns.js';
import { ancestorsOf, childrenOf, echoKey, leavesUnder, type ProgrammeIndex } from './programme-index.js';
import { inlineReferences, lineMarker, readList, titledMarker, type Reference } from './references.js';
import { splitLines, splitSentences, splitUnits, trim, type Line, type Span, type Unit as RawUnit } from './segment.js';
import { readUnit, type Reading } from './stance.js';
import { contentStems, stemsIn } from './topics.js';
import { normalise } from './normalise.js';
import { isSpaceCode } from '../util/chars.js';
import { topicTarget } from './judge.js';
import { ANSWER_BOX, ANSWER_OPENERS, ANSWERS_BELOW, CHAT_STAMP, CHECK_MARKS, CHECKED_BOX } from './lexicon/layout.js';
import { QUOTE_SEPARATORS, QUOTED_HEADER, QUOTED_HEADER_NEXT, senderKey } from '../util/quoted-mail.js';
import { compileEntries } from './lexicon/patterns.js';
import { BLANKET_OTHERS, EXCEPTIONS } from './lexicon/references.js';

/** A run of the reply under one marker ("3 e)"), heading ("## Buses") or quoted clause ("> Oppose the …"). */
export interface Block {
  ids: string[];
  /** The marker or heading as written, e.g. "3 e)". */
  marker: string;
  markerStart: number;
  kind: 'marker' | 'heading';
}

export interface Sentence extends Span {
  block: Block | undefined;
  /** 0 for the first sentence of its block, 1 for the next, … */
  inBlock: number;
  /** Index of the paragraph (or bullet) it stands in. */
  segment: number;
  /** References in the sentence. */
  refs: Reference[];
  /** The text a ruling quotes for the sentence: from the block's marker on the block's first sentence. */
  quote: Span;
  firstUnit: number;
  unitCount: number;
}

export interface Unit extends Span {
  sentence: number;
  afterContrast: boolean;
  reading: Reading;
  /** A reference that opens the unit ("3d no – …"); the unit was read from after it. */
  lead: Reference | undefined;
  /** References that start inside the unit. */
  refs: Reference[];
  /** References in force from earlier in the sentence when the unit has none of its own ("3a yes; but …"). */
  carried: Reference[];
  /** Clauses the sentence before (in the same paragraph) named, when this unit names none. */
  before: string[] | undefined;
  /** The text the reading was taken from: the unit after its opening reference, or a form's ticked option. */
  read: Span;
  /** Its leaning as a plain statement, once read (see signal.ts evaluation). */
  leaning?: 'pos' | 'neg' | 'none';
  /** The unit copies a clause's own words back ("**B. Support a borough-wide …**"): not a stance. */
  quotesClause: boolean;
}

export interface Doc {
  index: ProgrammeIndex;
  body: string;
  norm: string;
  sentences: Sentence[];
  units: Unit[];
  /** Offsets of lines quoted from elsewhere ("> …"): not the candidate's own words. */
  quotedLines: Span[];
  /** The reply holds no letter or digit at all. */
  empty: boolean;
  /** Words in the candidate's own text (quoted lines left out). */
  words: number;
  /** The header rows of markdown tables, in order: they name columns, and nothing in them is an answer. */
  tableHeaders: Span[];
}

interface Segment {
  span: Span;
  block: Block | undefined;
  /** The context its marker set, so that relative references below it resolve there. */
  context: string | undefined;
}

/** Lines that are not the candidate's own words: quotations of the programme or of an email. */
function isQuoteLine(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 62;
}

/**
 * ">> YES. Publicly run." under a form's question: one quoted line alone between lines of the candidate's own, opening
 * with a verdict, marks an answer; a quotation of an earlier message runs over several lines.
 */
function isolatedAnswer(body: string, lines: ReadonlyArray<Span>, n: number): boolean {
  if (!MARKED_ANSWER.test(body.slice(lines[n]!.start, lines[n]!.end))) return false;
  const near = (step: number): string | undefined => {
    for (let k = n + step; k >= 0 && k < lines.length; k += step) {
      const text = body.slice(lines[k]!.start, lines[k]!.end);
      if (text.trim()) return text;
    }
    return undefined;
  };
  const before = near(-1);
  const after = near(1);
  return before !== undefined && !isQuoteLine(before) && (after === undefined || !isQuoteLine(after));
}
const MARKED_ANSWER = /^\s*>+\s*(?:yes|no|agreed?|in principle)(?![\p{L}])/iu;

/** The references of a unit or sentence that has none: one shared, never written to. */
const NO_REFS: Reference[] = Object.freeze([]) as unknown as Reference[];

const HEADING = /^\s*(?:#{1,6}\s+(.+?)\s*#*\s*$|\*\*([^*]+)\*\*:?\s*$|__([^_]+)__:?\s*$)/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Reads a reply once for every detector. */
export function readDoc(index: ProgrammeIndex, written: string, candidate?: string): Doc {
  const key = candidateKey(candidate);
  const body = key === undefined ? written : ownQuotesUnmarked(written, key);
  const norm = normalise(body);
  const doc: Doc = { index, body, norm, sentences: [], units: [], quotedLines: [], empty: !/[\p{L}\p{N}]/u.test(body), words: 0, tableHeaders: tableHeaders(norm) };
  let context: string | undefined;
  let segmentNo = 0;
  const seen = new Map<Block, number>();
  for (const segment of segmentReply(index, body, norm, doc.quotedLines, key)) {
    if (segment.context !== undefined) context = segment.context;
    let before: string[] | undefined;
    for (const span of splitSentences(body, segment.span)) {
      const block = segment.block;
      const inBlock = block ? (seen.get(block) ?? 0) : 0;
      if (block) seen.set(block, inBlock + 1);
      context = readSentence(doc, segment, span, inBlock, segmentNo, context, before);
      const refs = doc.sentences[doc.sentences.length - 1]!.refs;
      before = refs.length > 0 ? refs.flatMap((r) => r.ids) : before;
    }
    segmentNo++;
  }
  for (const s of doc.sentences) doc.words += body.slice(s.start, s.end).match(WORD)?.length ?? 0;
  return doc;
}

/** Reads one sentence into the doc; returns the reference context after it. */
function readSentence(
  doc: Doc,
  segment: Segment,
  span: Span,
  inBlock: number,
  segmentNo: number,
  context: string | undefined,
  beforeTargets: string[] | undefined,
): string | undefined {
  const { index, norm, body } = doc;
  const refs = inlineReferences(index, norm, span.start, span.end, context, body);
  for (const r of refs) if (isAfterException(norm, span, r)) r.excepted = true;
  const raw = splitAtReferences(norm, joinFieldLists(norm, splitUnits(norm, span), refs), refs);
  const block = segment.block;
  const quoteStart = block && inBlock === 0 && block.kind === 'marker' ? block.markerStart : span.start;
  const sentence: Sentence = {
    start: span.start,
    end: span.end,
    block,
    inBlock,
    segment: segmentNo,
    refs,
    quote: { start: Math.min(quoteStart, span.start), end: span.end },
    firstUnit: doc.units.length,
    unitCount: raw.length,
  };
  const sentenceNo = doc.sentences.length;
  doc.sentences.push(sentence);
  let revision = false;
  const units: Unit[] = [];
  let carried: Reference[] = NO_REFS;
  for (const u of raw) {
    const lead = refs.find((r) => r.start <= u.start + 2 && r.end > u.start && r.end < u.end);
    const option = optionSpan(norm, u);
    let read: Span = option ?? (lead ? { start: lead.end, end: u.end } : u);
    // A table's header row ("| | Pledge | Support? | Comment |") names its columns: nothing in it is an answer.
    let reading = inTableHeader(doc.tableHeaders, u.start) ? readUnit(norm, { start: u.start, end: u.start }) : readUnit(norm, read);
    if (option && reading.stance !== undefined) reading = { ...reading, ticked: true };
    // "Yes but not if it's a family letting a room": read with its "but", the unit qualifies.
    if (u.contrastStart !== undefined && !lead && reading.stance !== 'agree-with-qualifications') {
      const whole = readUnit(norm, { start: u.contrastStart, end: u.end });
      if (whole.stance === 'agree-with-qualifications') {
        reading = whole;
        read = { start: u.contrastStart, end: u.end };
      }
    }
    if (reading.revision) revision = true;
    const inUnit = refs.length === 0 ? NO_REFS : refs.filter((r) => r.start >= u.start && r.start < u.end);
    // After "but", a qualification still speaks of what came before; a verdict of its own may not. A "though" that
    // follows only a reference ("On Q3(d), though, no qualification") turns nothing.
    const before = units[units.length - 1];
    if (inUnit.length === 0 && u.afterContrast && reading.stance !== 'agree-with-qualifications' && before?.reading.stance !== undefined) carried = NO_REFS;
    units.push({
      start: u.start,
      end: u.end,
      sentence: sentenceNo,
      afterContrast: u.afterContrast,
      reading,
      lead,
      read: { start: read.start, end: read.end },
      refs: inUnit,
      carried: inUnit.length > 0 ? NO_REFS : carried,
      before: inUnit.length > 0 || carried.length > 0 ? undefined : beforeTargets,
      quotesClause: quotesClause(index, norm, u),
    });
    if (inUnit.length > 0) carried = inUnit;
  }
  // "Correction – I said yes to 1.1a, but …": a revision speaks for every statement of its sentence.
  if (revision) for (const u of units) if (u.reading.stance !== undefined) u.reading.revision = true;
  for (const u of units) doc.units.push(u);
  return refs.length > 0 ? refs[refs.length - 1]!.ids.at(-1) : context;
}

/**
 * A form's line of answer boxes ("☒ Support ☐ Support with conditions ☐ Do not support", or "YES [x]   NO [ ]" with
 * each box after its option) says what the ticked option says, and nothing where no box or several are ticked (an
 * empty span). The boxes are counted over the whole
 * line, as an option's own comma ("☐ I commit, with comments") may have cut it into units; a unit that does not
 * hold the ticked option says nothing.
 */
function optionSpan(norm: string, unit: Span): Span | undefined {
  if (!HAS_BOX.test(norm.slice(unit.start, unit.end))) return undefined;
  const lineStart = norm.lastIndexOf('\n', unit.start - 1) + 1;
  const newline = norm.indexOf('\n', unit.start);
  const lineEnd = newline === -1 ? norm.length : newline;
  const boxes = [...norm.slice(lineStart, lineEnd).matchAll(ANSWER_BOX)];
  if (boxes.length < 2) return undefined;
  const nothing = { start: unit.start, end: unit.start };
  const checked = boxes.filter((b) => CHECKED_BOX.test(b[0]));
  if (checked.length !== 1) return nothing;
  const box = checked[0]!;
  const line = norm.slice(lineStart, lineEnd);
  const last = boxes[boxes.length - 1]!;
  if (BOXES_AFTER_OPTIONS.test(line.slice(last.index + last[0].length))) {
    // "Keep the wharves     YES [x]   NO [ ]": each box follows its option, set apart by a column gap; a comment may
    // follow the last box ("Agree [X] Disagree [ ] Comment: only if …").
    const previous = boxes.filter((b) => b.index < box.index).at(-1);
    const gap = [...line.slice(0, box.index).matchAll(COLUMN_GAP)].at(-1);
    const start = lineStart + Math.max(previous ? previous.index + previous[0].length : 0, gap ? gap.index + gap[0].length : 0);
    const end = lineStart + box.index;
    if (end <= unit.start || start >= unit.end) return nothing;
    return { start: Math.max(start, unit.start), end: Math.min(end, unit.end) };
  }
  const from = lineStart + box.index + box[0].length;
  if (from < unit.start || from >= unit.end) return nothing;
  const next = boxes.find((b) => b.index > box.index);
  return { start: from, end: next ? lineStart + next.index : lineEnd };
}

const COLUMN_GAP = /(?: {2,}|\t)/g;
/** What may follow the last box of a line whose boxes come after their options: nothing, or a labelled comment. */
const BOXES_AFTER_OPTIONS = /^[^\p{L}]*(?:$|(?:comments?|notes?|reasons?|why|explanation|remarks?)\s*[:\u2013-])/u;

const HAS_BOX = new RegExp(ANSWER_BOX.source, 'u');

/** Whether the line starting at `offset` is quoted from elsewhere ("> …", or below "-----Original Message-----"). */
export function isQuotedAt(doc: Doc, offset: number): boolean {
  return doc.quotedLines.some((q) => q.start === offset);
}

/** A line introducing the candidate's own list: "my priorities are:", "I'm standing on three things:". */
const OWN_LIST_INTRO =
  /(?<![\p{L}])(?:my|our|his|her|their)\s+(?:own\s+)?(?:priorities|priority|manifesto|platform|campaign|plan|plans|focus|aims|goals|agenda|top\s+\w+|(?:two|three|four|five|six|main|key)\s+\w+)(?![\p{L}])[^:\n]{0,80}:\s*$|(?<![\p{L}])(?:i'm|i am|i will be|i'll be)\s+(?:standing|running|campaigning)\s+on[^:\n]{0,60}:\s*$|(?<![\p{L}])what\s+(?:i'm|i am|i'll be|i will be|we're|we are)\s+(?:fighting|standing|campaigning|running)\s+(?:for|on)[^:\n]{0,40}:\s*$|(?<![\p{L}])(?:mes|nos)\s+(?:priorités|engagements|propositions|\d+\s+[\p{L}]+)(?![\p{L}])[^:\n]{0,80}:\s*$/u;

/** A line opening on a few words of label and a spaced dash: "parkin - no way", "Haul roads – I support …". */
const LABEL_LINE = /^[ \t]*[\p{L}][\p{L}'’&/ ]{0,30}?[ \t]+[-–—][ \t]+\S/u;

/** Shorter than this, a line that does not carry on is a message of its own, not a wrapped line of prose. */
const SHORT_LINE = 50;
const CARRIES_ON = /(?:[,;:(\-\u2013\u2014&/]|(?<![\p{L}])(?:and|or|but|the|a|an|to|of|with|for|on|in|that|which|i|my|your|our))\s*$/u;

/** Whether a line ends a message: short, and not ending on a comma or a word that needs the next line. */
function endsMessage(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length < SHORT_LINE && !CARRIES_ON.test(t.toLowerCase());
}

/** Whether a line opens a chat export's message ("[20/2/27, 9:14 pm] Kirra: …"). */
const CHAT_LINE = new RegExp(CHAT_STAMP.source, 'u');

/** Whether a line is a form's row of answer boxes, not a checklist item. */
export function isOptionLine(text: string): boolean {
  return (text.match(ANSWER_BOX)?.length ?? 0) >= 2;
}

/** A row of a markdown table: "| 3 | Yes | |". */
const TABLE_ROW = /^\s*\|/;
/** The rule under a markdown table's header: "|---|:---:|---|". */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

/**
 * The header rows of the markdown tables in `text`: each a row ("| 3 | Yes |") with the table's rule on the line after
 * it, from its bar to its line's end. Found in one pass, so a reply of one long line costs no more than many short ones.
 */
function tableHeaders(text: string): Span[] {
  const headers: Span[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    if (end === -1) break;
    const next = text.indexOf('\n', end + 1);
    const row = text.slice(start, end);
    if (TABLE_ROW.test(row) && TABLE_RULE.test(text.slice(end + 1, next === -1 ? text.length : next))) {
      headers.push({ start: start + row.indexOf('|'), end });
    }
    start = end + 1;
  }
  return headers;
}

/** Whether `offset` lies on one of the table header rows `headers` (in order), from its opening bar on. */
function inTableHeader(headers: readonly Span[], offset: number): boolean {
  for (const h of headers) {
    if (h.start > offset) return false;
    if (offset <= h.end) return true;
  }
  return false;
}

/**
 * Whether line `n` separates the reply from a quoted message: "-----Original Message-----", "On … wrote:", or a rule of
 * underscores with a "From:" line straight under it ("Back now, sorry for the wait!" under a bare rule, after an
 * auto-reply, is the candidate's own answer).
 */
function isSeparator(body: string, lines: readonly Line[], n: number): boolean {
  const text = body.slice(lines[n]!.start, lines[n]!.end).trim();
  const separator = QUOTE_SEPARATORS.find((q) => q.pattern.test(text));
  if (!separator?.headerBelow) return separator !== undefined;
  return lines.slice(n + 1, n + 4).some((l) => QUOTED_HEADER.test(body.slice(l.start, l.end)));
}

/**
 * Whether the message quoted below a separator line was sent by the reply's own sender, or by the candidate by name
 * ("On Sun, 6 Apr 2028 Grace Lumactod wrote:", "-----Original Message----- / From: Priya Raman"): the candidate's
 * own earlier answers, below a correction or an auto-reply.
 */
function ownMessageBelow(body: string, lines: readonly Line[], n: number, own: string | undefined, candidate: string | undefined): boolean {
  if (namesCandidate(body.slice(lines[n]!.start, lines[n]!.end), candidate)) return true;
  if (own === undefined && candidate === undefined) return false;
  for (const l of lines.slice(n + 1, n + 4)) {
    const text = body.slice(l.start, l.end);
    if (QUOTED_HEADER.test(text)) return (own !== undefined && senderKey(text) === own) || namesCandidate(text, candidate);
  }
  return false;
}

/** The quote marks opening a line ("> ", ">> "), and how many. */
const QUOTE_MARKS = /^[ \t]*((?:>[ \t]?)+)/;
function quoteDepth(line: string): number {
  const m = QUOTE_MARKS.exec(line);
  return m ? m[1]!.replace(/[^>]/g, '').length : 0;
}

/**
 * "> From: Daniel Whitworth" under a correction: the candidate's own earlier message, quoted by their mail program.
 * Its lines (at that depth, up to the next message quoted inside it or after it) are the candidate's answers: their
 * quote marks become spaces, so that offsets stay and every detector reads them as written. Deeper quotes (the
 * organiser's message the candidate answered) stay quoted.
 */
function ownQuotesUnmarked(body: string, candidate: string): string {
  if (!body.includes('>')) return body;
  let own = 0;
  let changed = false;
  const lines = body.split('\n').map((line) => {
    const depth = quoteDepth(line);
    if (depth === 0) {
      if (line.trim() !== '') own = 0;
      return line;
    }
    const inner = line.slice(QUOTE_MARKS.exec(line)![0].length);
    if (QUOTED_HEADER.test(inner)) own = namesCandidate(inner, candidate) ? depth : own === depth ? 0 : own;
    else if (depth < own) own = 0;
    if (own === 0 || depth !== own) return line;
    changed = true;
    return line.replace(QUOTE_MARKS, (marks) => ' '.repeat(marks.length));
  });
  return changed ? lines.join('\n') : body;
}

/** Whether a header or separator line names the candidate (their name as the reply's front matter gives it). */
function namesCandidate(line: string, candidate: string | undefined): boolean {
  return candidate !== undefined && line.toLowerCase().includes(candidate);
}

/** The candidate's name as a header line would hold it, when it is distinctive enough to look for (two words or more). */
function candidateKey(name: string | undefined): string | undefined {
  const key = name?.trim().toLowerCase().replace(/\s+/g, ' ');
  return key !== undefined && key.length >= 5 && key.includes(' ') ? key : undefined;
}

function hasBracket(text: string, start: number, end: number): boolean {
  const at = text.indexOf('(', start);
  return at !== -1 && at < end;
}

/** Cuts a reply into segments: marker blocks, headings and quoted clauses open blocks; paragraphs and bullets cut. */
function segmentReply(index: ProgrammeIndex, body: string, norm: string, quotedLines: Span[], candidate: string | undefined): Segment[] {
  const segments: Segment[] = [];
  let block: Block | undefined;
  let context: string | undefined;
  let current: Segment | undefined;
  const lines = splitLines(body);
  let trail = false;
  let ownList = false;
  let ownSender: string | undefined;
  let written = false;
  let answersBelow = false;
  // Whether the block was opened by a row of a table: its answer ends with the table.
  let rowBlock = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const text = body.slice(line.start, line.end);
    // "| c | Riverbank land | | |" and then, after the table, "All the best with the campaign": not said of c.
    if (rowBlock && line.paragraphStart && !TABLE_ROW.test(text)) {
      block = undefined;
      rowBlock = false;
    }
    // Below "-----Original Message-----", "On … wrote:" or a "From: … Sent: …" header is the earlier message,
    // the organiser's words: none of it is an answer.
    // A header opening the reply ("From: Katie … To: … Subject: pledge form back") is the candidate's own message,
    // and so is a later one sent from the same domain (an auto-reply, then the campaign's real answer below it).
    const header = QUOTED_HEADER.test(text) && lines.slice(n + 1, n + 4).some((l) => QUOTED_HEADER_NEXT.test(body.slice(l.start, l.end)));
    const atTop = !written;
    if (text.trim()) written = true;
    if (header && atTop) ownSender = senderKey(text);
    const quotedHeader = !atTop && header && (ownSender === undefined || senderKey(text) !== ownSender) && !namesCandidate(text, candidate);
    // "-----Original Message-----" over "From: Alain Cormier", the sender of the reply: the candidate's own earlier
    // answers, not the organiser's words.
    if (!trail && (quotedHeader || (isSeparator(body, lines, n) && !ownMessageBelow(body, lines, n, ownSender, candidate)))) trail = true;
    if (!trail && !answersBelow && ANSWERS_BELOW.test(norm.slice(line.start, line.end))) answersBelow = true;
    // "Answers below in capitals": in the quoted message, the organiser's clauses (each a marker line) and the answers
    // written under them are read again from the first clause on; its header and greeting stay quoted.
    if (trail && answersBelow && lineMarker(index, norm, line.start, line.end, context)) trail = false;
    // Answers written inline ("> Q1 …" then the answer) stand between quoted lines: from the first "> " line on,
    // only the "> " lines are the earlier message's.
    if (trail && isQuoteLine(text)) trail = false;
    if (trail) {
      quotedLines.push({ start: line.start, end: line.end });
      current = undefined;
      continue;
    }
    if (isQuoteLine(text) && !isolatedAnswer(body, lines, n)) {
      quotedLines.push({ start: line.start, end: line.end });
      // A quoted clause ("> Campaign against the outsourcing …") says which clause the answer below is for.
      const quoted = topicTarget(index, stemsIn(norm, line.start, line.end), undefined, 4);
      if (quoted && line.paragraphStart) {
        block = { ids: [quoted.clause], marker: `> ${quoted.phrase}`, markerStart: line.start, kind: 'heading' };
        context = quoted.clause;
      }
      current = undefined;
      continue;
    }
    // "My manifesto is about three things: 1. … 2. …": a list the candidate introduces as their own numbers their
    // own points, not the programme's clauses.
    const lineNorm = norm.slice(line.start, line.end);
    if (ownList && line.paragraphStart && !LIST_ITEM.test(lineNorm)) ownList = false;
    // "1 ✅ 2 ✅ 4 ✅✅ 5 ✅", "✓ A  ✓ B  ✗ C": several answers on one line, each a clause and its mark, each a block of
    // its own.
    const pairs = ownList ? undefined : answerPairs(lineNorm);
    if (pairs) {
      for (const pair of pairs) {
        const boxed = pair.id.start > pair.start;
        const at = boxed ? boxedClause(index, norm, line.start + pair.id.start, line.start + pair.id.end, context) : lineMarker(index, norm, line.start + pair.id.start, line.start + pair.id.end, context);
        if (!at) continue;
        block = { ids: at.ids, marker: body.slice(at.start, at.end).trim(), markerStart: at.start, kind: 'marker' };
        context = at.ids[at.ids.length - 1];
        // The answer is the mark, after the clause's number or before its letter.
        segments.push({ span: boxed ? { start: line.start + pair.start, end: line.start + pair.id.start } : { start: at.end, end: line.start + pair.end }, block, context });
      }
      current = undefined;
      continue;
    }
    const marker = ownList
      ? undefined
      : (lineMarker(index, norm, line.start, line.end, context) ??
        nextInRun(index, norm, line, current) ??
        firstOfRun(index, norm, lines, n) ??
        (line.paragraphStart && hasBracket(norm, line.start, line.end) ? titledMarker(index, norm, line.start, line.end, context) : undefined));
    // The introduction ends its line with a colon: most lines are passed over without running the pattern.
    if (lineNorm.trimEnd().endsWith(':') && OWN_LIST_INTRO.test(lineNorm)) ownList = true;
    if (marker) {
      block = {
        ids: marker.ids,
        marker: body.slice(marker.start, marker.end).trim(),
        markerStart: line.start + (norm.slice(line.start, marker.start).match(/^\s*/)?.[0].length ?? 0),
        kind: 'marker',
      };
      rowBlock = TABLE_ROW.test(text);
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
      block = target ? { ids: [target.clause], marker: title.trim(), markerStart: titleStart, kind: 'heading' } : undefined;
      if (target) context = target.clause;
      current = undefined;
      continue;
    }
    // Bullets, checklist items and answer lines ("Yes", "No – too costly", "7. yes") each stand on their own.
    // So does each message of a chat export.
    const bullet = /^\s*[-*•+]\s/.test(text) || CHECK_MARKS.test(text) || isAnswerLine(norm.slice(line.start, line.end)) || CHAT_LINE.test(text);
    // A new paragraph clearly about another clause ends the block it was in; a postscript's first sentence is read past
    // its "P.S." ("P.S. Pour les abribus : …" after the candidate's own numbered list), not as the sentence "P.S".
    const postscript = POSTSCRIPT.exec(text);
    if (block && line.paragraphStart && !bullet && startsElsewhere(index, norm, postscript ? { start: line.start + postscript[0].length, end: line.end } : line, block)) block = undefined;
    // "The rest I support in principle, subject to …" after the numbered answers: a paragraph opened by the rest of the
    // programme is said of the rest, not of the clause answered last.
    if (block && line.paragraphStart && !bullet && OTHERS_FIRST.test(norm.slice(line.start, line.end))) block = undefined;
    // "- P4 - yes" then "- Bike parking - yes": a bullet beside the marker's own bullet, about another clause, is an
    // item of its own, not more of that answer.
    if (block && bullet && block.kind === 'marker' && bulletAt(body, block.markerStart) && startsElsewhere(index, norm, line, block)) block = undefined;
    // A short line with nothing carrying it on ("yep happy w all of it 👍👍") ends a message, as in a text; so does a
    // line of a run that each open on a label and a dash ("clubhouse - its fallin down, put the money in").
    // A numbered line after one that ends on a colon ("my answers:" then "1 shed — yes obviously") starts the list.
    const previousLine = n > 0 ? body.slice(lines[n - 1]!.start, lines[n - 1]!.end) : '';
    const afterShort =
      n > 0 &&
      !line.paragraphStart &&
      (endsMessage(previousLine) || (LABEL_LINE.test(text) && LABEL_LINE.test(previousLine)) || (/:\s*$/.test(previousLine) && /^\s*\d{1,2}[ \t.)]/.test(text)));
    if (!current || line.paragraphStart || bullet || afterShort) {
      // A chat message starts after its stamp, blanked in the normalised text.
      const start = line.start + (norm.slice(line.start, line.end).match(/^\s*/)?.[0].length ?? 0);
      current = { span: { start, end: line.end }, block, context: undefined };
      segments.push(current);
    } else current.span.end = line.end;
  }
  return segments;
}

/**
 * "2 yes" then "3 obviously yes": in a run of numbered answer lines, a line opening with the number of the clause
 * after the last one is its answer, though a bare number would otherwise need a bracket, a stop or a verdict.
 */
function nextInRun(index: ProgrammeIndex, norm: string, line: Line, previous: Segment | undefined): { ids: string[]; end: number; start: number } | undefined {
  const last = previous?.block?.kind === 'marker' ? previous.block.ids.at(-1) : undefined;
  if (last === undefined) return undefined;
  const m = /^[ \t]*((?:[a-z]{1,2})?\d{1,3}[a-z]?)[ \t]+(?=[\p{L}])/u.exec(norm.slice(line.start, line.end));
  if (!m) return undefined;
  const list = readList(index, norm, line.start + m[0].length - m[0].trimStart().length, line.end, last);
  if (!list || list.ids.length !== 1 || !followsIn(index, last, list.ids[0]!)) return undefined;
  return { ids: list.ids, start: line.start + m.index + m[0].length - m[0].trimStart().length, end: line.start + m[0].length };
}

/**
 * "1 shed — yes obviously", "2 toilets yes", … "5 no way": the first line of a run of lines that open with bare
 * numbers counting up from 1, each the next, answers the first clause, as nextInRun reads the lines after it. A run
 * out of order ("1 aye", "2 aye", "4 aye bit …") is left to the order detector.
 */
function firstOfRun(index: ProgrammeIndex, norm: string, lines: Line[], n: number): { ids: string[]; end: number; start: number } | undefined {
  const line = lines[n]!;
  const m = /^[ \t]*1[ \t]+(?=[\p{L}])/u.exec(norm.slice(line.start, line.end));
  if (!m) return undefined;
  let count = 1;
  for (let k = n + 1; k < lines.length; k++) {
    const number = /^[ \t]*(\d{1,2})[ \t.):-]/.exec(norm.slice(lines[k]!.start, lines[k]!.end));
    if (!number) {
      if (lines[k]!.paragraphStart) break;
      continue;
    }
    if (Number(number[1]) !== count + 1) return undefined;
    count++;
  }
  if (count < 3) return undefined;
  const at = line.start + m[0].length - m[0].trimStart().length;
  const list = readList(index, norm, at, line.end, undefined);
  if (!list || list.ids.length !== 1 || index.leafIds[0] !== list.ids[0]) return undefined;
  return { ids: list.ids, start: at, end: line.start + m[0].length };
}

const MARK = String.raw`(?:✅|✓|✔|☑|❌|✗|✘|ok|y|n)`;
const ANSWER_PAIR = new RegExp(String.raw`\d{1,2}[a-z]?[.):]?[ \t]*${MARK}(?:[ \t]*${MARK})*`, 'gu');
const PAIR_LINE = new RegExp(String.raw`^[ \t]*(?:\d{1,2}[a-z]?[.):]?[ \t]*${MARK}(?:[ \t]*${MARK})*(?:[ \t,;]+|$)){2,}$`, 'u');
/** A tick or a cross before the clause it answers: "✓ A", "✗ Q3", "☒ 2b". */
const BOX = String.raw`(?:✅|✓|✔|☑|☒|❌|✗|✘|☐)`;
const ID_AFTER_BOX = String.raw`(?:[a-z]{1,2}\d{0,2}[a-z]?|\d{1,2}[a-z]?)`;
const BOX_PAIR = new RegExp(String.raw`${BOX}[ \t]*(${ID_AFTER_BOX})(?![\p{L}\p{N}])`, 'gu');
const BOX_PAIR_LINE = new RegExp(String.raw`^[ \t]*(?:${BOX}[ \t]*${ID_AFTER_BOX}(?![\p{L}\p{N}])[.):]?(?:[ \t,;]+|$)){2,}$`, 'u');

/**
 * The spans of a line made only of answers, each a number and its marks ("1 ✅ 2 ✅ 4 ✅✅ 5 ❌") or a box and its
 * clause ("✓ A  ✓ B  ✗ C"), with where each one's clause is named; or undefined.
 */
function answerPairs(lineNorm: string): Array<Span & { id: Span }> | undefined {
  if (PAIR_LINE.test(lineNorm)) return [...lineNorm.matchAll(ANSWER_PAIR)].map((m) => ({ start: m.index, end: m.index + m[0].length, id: { start: m.index, end: m.index + m[0].length } }));
  if (!BOX_PAIR_LINE.test(lineNorm)) return undefined;
  return [...lineNorm.matchAll(BOX_PAIR)].map((m) => {
    const idStart = m.index + m[0].length - m[1]!.length;
    return { start: m.index, end: m.index + m[0].length, id: { start: idStart, end: m.index + m[0].length } };
  });
}

/** The clause a box's id names ("A" in "✓ A", "3" in "✗ 3,"). */
function boxedClause(index: ProgrammeIndex, norm: string, start: number, end: number, context: string | undefined): { ids: string[]; start: number; end: number } | undefined {
  const list = readList(index, norm, start, end, context);
  return list && list.ids.length > 0 ? { ids: list.ids, start, end: list.end } : undefined;
}

/** Whether `next` is the clause after `id`: its next sibling, or the next sibling of one of its ancestors. */
function followsIn(index: ProgrammeIndex, id: string, next: string): boolean {
  for (const at of [id, ...ancestorsOf(index, id)]) {
    const siblings = childrenOf(index, index.byId.get(at)?.parent);
    const i = siblings.findIndex((c) => c.id === at);
    if (i >= 0 && siblings[i + 1]?.id === next) return true;
  }
  return false;
}

const DOCUMENT_WORDS = /(?<![\p{L}])(?:answers?|replies|reply|responses?|my views|where i stand|questionnaire|survey|pledges?|programme|program|charter|manifesto)(?![\p{L}])/u;

/** A heading about the reply itself ("My answers", "Response to the charter") or naming the programme. */
function isDocumentHeading(index: ProgrammeIndex, titleNorm: string): boolean {
  const own = new Set(contentStems(normalise(index.programme.title)));
  const stems = contentStems(titleNorm);
  if (stems.length > 0 && stems.filter((s) => own.has(s)).length >= Math.min(2, stems.length)) return true;
  return DOCUMENT_WORDS.test(titleNorm);
}

/** A postscript's opening: "P.S.", "PS:", "P.P.S.", "N.B.". */
/** A line opened by the clauses not yet answered: "The rest I support …", "Everything else, yes". */
const OTHERS_FIRST = new RegExp(`^[\\s\\p{P}]*(?:${compileEntries(BLANKET_OTHERS).source})(?![\\p{L}])`, 'u');
const POSTSCRIPT = /^\s*(?:p\.?\s?p\.?\s?s|p\.?\s?s|n\.\s?b)(?:\.|:|,|\s)/iu;

/** Whether the line holding `at` opens with a bullet. */
function bulletAt(body: string, at: number): boolean {
  return /^\s*[-*•+]\s/.test(body.slice(body.lastIndexOf('\n', at - 1) + 1, at + 2));
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
 * Joins units cut where they should not be: inside a reference ("1 - 4" is a range, not two statements), and at a
 * form field's colon ("Pledges I will not sign: 6"), where a part that holds nothing but clauses is what the label
 * before it is said of.
 */
function joinFieldLists(norm: string, units: RawUnit[], refs: readonly Reference[]): RawUnit[] {
  if (refs.length === 0 || units.length < 2) return units;
  const out: RawUnit[] = [units[0]!];
  for (const unit of units.slice(1)) {
    const prev = out[out.length - 1]!;
    const straddles = refs.some((r) => r.start < prev.end && r.end > unit.start);
    if (straddles || (norm.slice(prev.end, unit.start).includes(':') && onlyClauses(norm, unit, refs))) {
      out[out.length - 1] = { ...prev, end: unit.end };
    } else out.push(unit);
  }
  return out;
}

/** The unit holds references and nothing else but joining words: "1, 2 and 4 only". */
function onlyClauses(norm: string, unit: Span, refs: readonly Reference[]): boolean {
  const inside = refs.filter((r) => r.end > unit.start && r.start < unit.end);
  if (inside.length === 0) return false;
  let rest = '';
  let at = unit.start;
  for (const r of inside) {
    rest += norm.slice(at, Math.max(at, r.start));
    at = Math.max(at, r.end);
  }
  return FIELD_REST.test(rest + norm.slice(at, unit.end));
}

/** What a field's list may hold besides its clauses. */
const FIELD_REST = /^[\s\p{P}]*(?:(?:and|&|inclusive|incl|only|too|as well)[\s\p{P}]*)*$/u;

/**
 * "1 yes 2 yes 3 no": a unit holding several references, each with words of its own after it, is
 * several answers; it is cut before each reference after the first.
 */
function splitAtReferences(norm: string, units: RawUnit[], refs: readonly Reference[]): RawUnit[] {
  if (refs.length === 0) return units;
  const out: RawUnit[] = [];
  for (const unit of units) {
    const within = refs.filter((r) => r.start >= unit.start && r.end <= unit.end);
    // An ordinal ("the last one") is a reference of its own only after a verdict that leads ("yes on 1 to 4, no on the
    // last one"); elsewhere it is read with what is around it.
    const leads = within.length > 0 && VERDICT_LEADS.test(norm.slice(unit.start, within[0]!.start));
    const inside = leads ? within : within.filter((r) => r.kind !== 'ordinal');
    const gaps = inside.map((r, i) => norm.slice(i === 0 ? unit.start : inside[i - 1]!.end, r.start));
    let cuts: number[];
    if (inside.length > 1 && marksLead(norm, unit, inside, gaps)) {
      // "✓ 1 ✓ 2 ✗ 3": each mark stands before its reference, so cut before each mark after the first.
      cuts = inside.slice(1).map((r, i) => r.start - gaps[i + 1]!.length + gaps[i + 1]!.search(/[\p{L}✓✔✗✘]/u));
    } else {
      // Cut before a reference when a verdict-bearing word stands between it and what came before.
      // "yes, 3 no": a verdict before the first reference is its own answer when the reference has one too; in
      // "agree 1, 2, 4" it is the answer of the references after it.
      const own = (i: number): boolean => VERDICT_WORD.test(norm.slice(inside[i]!.end, inside[i + 1]?.start ?? unit.end));
      // "yes on 1 through 4, no on 5": where the first verdict stands before its reference (`leads`), so do the others,
      // and the cut goes before the verdict word, not before the reference it answers.
      cuts = inside.flatMap((r, i) => {
        if (i === 0) return STANDALONE_WORD.test(gaps[0]!) && own(0) ? [r.start] : [];
        const word = VERDICT_WORD.exec(gaps[i]!);
        if (!word) return [];
        return [leads ? r.start - gaps[i]!.length + word.index : r.start];
      });
    }
    if (cuts.length === 0) {
      out.push(unit);
      continue;
    }
    let start = unit.start;
    for (const cut of cuts) {
      // The comma between two answers belongs to neither: "✓ 1, ✓ 2".
      const end = start + norm.slice(start, cut).replace(/[\s,;]+$/u, '').length;
      out.push({ start, end, afterContrast: start === unit.start ? unit.afterContrast : false });
      start = cut;
    }
    out.push({ start, end: unit.end, afterContrast: false });
  }
  return out.filter((u) => u.end > u.start);
}

/** Marks written before their references: every gap is a bare mark and nothing follows the last reference. */
function marksLead(norm: string, unit: Span, inside: readonly Reference[], gaps: readonly string[]): boolean {
  if (!gaps.every((g) => STANDALONE_WORD.test(g) && /\S/u.test(g))) return false;
  return !/[\p{L}\p{N}✓✔✗✘]/u.test(norm.slice(inside[inside.length - 1]!.end, unit.end));
}

/** A unit that opens with a bare verdict before its first reference: "yes, 3 no". */
const STANDALONE_WORD = /^[\s\p{P}]*(?:yes|no|agreed?|y|n|✓|✔|✗|✘)[\s\p{P}]*$/u;

/** A unit that opens with a verdict and the word that leads to its reference: "yes on 1 through 4", "No to 3". */
const VERDICT_LEADS = /^[\s\p{P}]*(?:yes|no|nah|agreed?)\s+(?:on|to|for)\s*$/u;

/** A verdict word between two references: each reference has its own answer ("1 yes 2 no"). */
const VERDICT_WORD = /(?<![\p{L}])(?:yes|no|agreed?|disagreed?|y|n|not|✓|✔|✗|✘)(?![\p{L}])/u;

/** A unit that copies a clause's own words back ("**B. Support a borough-wide …**") is not a stance. */
/** Longer than this, a unit is no title's echo (titles are short, for tables). */
const TITLE_ECHO_MAX = 120;

/** A table row's id cell: "c", "(c)", "3a", "P1", "2.1". */
const ROW_ID = /^\(?[a-z]{0,2}\d{0,3}(?:\.\d{1,2})?[a-z]?\)?$/;

function quotesClause(index: ProgrammeIndex, norm: string, unit: Span): boolean {
  const text = norm.slice(unit.start, unit.end);
  // A candidate speaking in the first person is answering, even in the clause's own words.
  if (/(?<![\p{L}'])(?:i|i'm|i'd|i'll|i've|me|my|we|we're|we'll|our)(?![\p{L}'])/u.test(text)) return false;
  // A form repeats each clause's title above its answer ("3. No to the bypass", then the ticked box).
  if (text.length <= TITLE_ECHO_MAX && index.titles.has(echoKey(text))) return true;
  // A table row that repeats it between its cells and leaves the answer cell empty: "| c | Riverbank land | | |".
  if (text.includes('|') && text.length <= TITLE_ECHO_MAX + 16) {
    const cells = text.split('|').map((c) => echoKey(c)).filter((c) => c !== '');
    if (cells.length > 0 && cells.length <= 2 && index.titles.has(cells[cells.length - 1]!) && (cells.length === 1 || ROW_ID.test(cells[0]!))) return true;
  }
  const stems = stemsIn(norm, unit.start, unit.end);
  if (stems.length < 5) return false;
  for (const [id, own] of index.textStems) {
    // A run of five needs five shared words: most clauses share fewer and are passed over at once.
    const set = index.textStemSets.get(id)!;
    let shared = 0;
    for (const stem of stems) if (set.has(stem)) shared++;
    if (shared < 5) continue;
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

const EXCEPTION_RE = entriesSearch(EXCEPTIONS);

/** A line numbered as a list item: "3.", "(c)", "iv)", with an optional bullet before it. */
export const LIST_ITEM = /^\s*(?:[-*•+]\s+)?(?:q\s?)?(?:(\d{1,2})[.)]|\((\d{1,2})\)|([a-l])[.)]|\(([a-l])\)|(i{1,3}|iv|vi{0,3}|ix|x|xi{1,2})[.)]|\((i{1,3}|iv|vi{0,3}|ix|x|xi{1,2})\))\s+/u;
const BULLET_LEAD = /^\s*[-*•+]\s+/u;
const OPENER = new RegExp(
  String.raw`^(?:${compileEntries(ANSWER_OPENERS).source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}'\]\)/, '')})(?=\s*$|\s*[.,;:!?\u2013\u2014\-(]|\s+(?:i|we|but|though|although|absolutely|definitely|of course|fully|totally|to|and|with|in|from|for|on|if|as|subject)\b)`,
  'u',
);

/** Whether a (normalised) line opens with a verdict, after any list number or bullet: "Yes", "2) No – …". */
export function isAnswerLine(norm: string): boolean {
  const item = LIST_ITEM.exec(norm);
  const rest = item ? norm.slice(item[0].length) : norm.replace(BULLET_LEAD, '');
  return OPENER.test(rest.trimStart());
}

/** Whether a reference is named as an exception: "all except 4", "everything but the sixth point". */
export function isAfterException(norm: string, sentence: Span, ref: Reference): boolean {
  const before = norm.slice(Math.max(sentence.start, ref.start - 40), ref.start);
  const matches = EXCEPTION_RE.all(before);
  if (matches.length === 0) return false;
  const last = matches[matches.length - 1]!;
  // Only words of the reference itself ("the", "point", "sixth") may sit between the exception and it.
  // "except No. 5", "bar #3": the abbreviation for "number" is part of the reference.
  const between = before.slice(last.index + last[0].length).replace(/(?:(?<![\p{L}])(?:no|nº|nos|nr|num)\.?|#)\s*$/u, '');
  // "all, but not 3" sets 3 against the blanket by its own "not": it is an answer, not an exception.
  return /^[\s\p{L},]{0,30}$/u.test(between) && !/[.;:]/.test(between) && !/(?<![\p{L}])not(?![\p{L}])/u.test(between);
}

/** The units of one sentence. */
export function unitsOf(doc: Doc, sentence: Sentence): Unit[] {
  return doc.units.slice(sentence.firstUnit, sentence.firstUnit + sentence.unitCount);
}


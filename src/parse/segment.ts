// Cuts a reply into paragraphs, lines, sentences and contrast units, all as offsets into the reply.
import { CONTRAST } from './lexicon/cues.js';
import { SUBJECT_VERDICT } from './lexicon/references.js';
import { PhraseMatcher } from './lexicon/patterns.js';
import { allMatches } from '../util/regex.js';
import { isDigitCode, isSpaceCode } from '../util/chars.js';

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** First line of a paragraph (after a blank line or at the start). */
  paragraphStart: boolean;
}

/** Whether the character before `at` is a digit, within the span from `from` ("3." of "3.5"). */
function digitBefore(text: string, at: number, from: number): boolean {
  return at - 1 >= from && at - 1 < text.length && isDigitCode(text.charCodeAt(at - 1));
}

/**
 * Whether the first character from `at` on that is not white space is a digit that marks an item ("1. 2. and 3.",
 * "3. 4)"), not one that opens a sentence ("Yes on 1 thru 3. 4 and 5 in principle").
 */
function digitAfterSpace(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= text.length || !isDigitCode(text.charCodeAt(i))) return false;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return i >= text.length || !isSpaceCode(text.charCodeAt(i));
}

/** Whether text[start, end) is only spaces, tabs and no-break spaces (`^[ \t\u00a0]*$`). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

/** Lines with their offsets; blank lines are dropped but mark the next line as a paragraph start. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let paragraphStart = true;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    if (isBlank(text, pos, end)) paragraphStart = true;
    else {
      lines.push({ start: pos, end, paragraphStart });
      paragraphStart = false;
    }
    pos = end + 1;
  }
  return lines;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'cllr', 'cllrs', 'prof', 'st', 'jr', 'sr', 'rt', 'hon', 'vs', 'approx', 'e.g', 'i.e',
  'etc', 'no', 'nos', 'p', 'pp', 'cf', 'al', 'inc', 'ltd', 'co', 'gen', 'sec', 'dept', 'govt',
]);

/** Words that open sentences, so "… on C. I've" ends one rather than being an initial. */
const SENTENCE_OPENERS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'the', 'this', 'that', 'it', "it's", 'we', 'my', 'but', 'and', 'so', 'yes', 'no', 'not', 'a', 'as', 'if', 'in', 'on', 'to', 'thanks', 'please', 'sorry']);

// A full stop, question or exclamation mark (with closing quotes/brackets), then space. In a text message a
// picture after words ends the sentence as a full stop would: "yep the lot 👍👍 tbh 2a is the big one". A line that
// opens with a form's label ("Pledges I will not sign: 6") starts a sentence, whatever the line before ended with.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)|\n(?=[ \t]*(?:[-*•>]|\d{1,2}[.)]\s|\(?[a-z][).]\s|\p{Lu}[^\n:.!?]{0,60}:[ \t]))|(?<=[\p{L}\p{N}%!][ \t]*)\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]*(?=[ \t]+\p{L})/gu;

/**
 * A verdict word at the start of a line, after the clause's number if any, followed by a capitalised word that opens
 * the next sentence ("3 No Some late-night routes …", "Yes The amount …"); not "Yes I", which may go on ("Yes I will").
 */
const VERDICT_RUN_ON = /^[ \t]*(?:[(\[]?(?:[A-Za-z]{0,2}\d{1,3}[a-z]?|[a-hA-H]|[ivxIVX]{1,4})[).:]?[ \t]+)?(?:[Yy]es|YES|[Nn]o|NO|[Aa]greed?|AGREED?|[Dd]isagree|DISAGREE)(?=[ \t]+(?!I\b)\p{Lu}\p{Ll})/gmu;

/** Sentences of a span of `text` (original, not normalised: capitals help find boundaries). */
export function splitSentences(text: string, span: Span): Span[] {
  const cuts: number[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of allMatches(BOUNDARY, slice)) {
    const at = span.start + m.index + m[0].length;
    if (m[0].startsWith('.')) {
      const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(span.start, at - 12), at - m[0].length + 1));
      const w = word?.[1]?.toLowerCase();
      // "Cllr. Smith", "No. 2", "e.g. this": not the end of a sentence; nor a single initial ("J. Smith").
      const next = /^\s*([\p{L}']+)/u.exec(text.slice(at, at + 20))?.[1] ?? '';
      // "I support A, B and F. C and D I'd need …": a lone capital with no stop after it is a clause, not a name.
      const loneAfter = next.length === 1 && !/^\s*\p{L}\./u.test(text.slice(at, at + 6));
      const initial = /^\p{Lu}$/u.test(word?.[1] ?? '') && /^\p{Lu}/u.test(next) && !loneAfter && !SENTENCE_OPENERS.has(next.toLowerCase());
      // "No. 5" is a number; "No. I know this won't be popular" is an answer, and a new sentence follows it.
      const refusal = w === 'no' && !/^\s*\d/.test(text.slice(at, at + 4));
      if (w && !refusal && (ABBREVIATIONS.has(w) || initial)) continue;
    }
    // A lower-case word after a full stop still starts a sentence: people write in lower case.
    if (m[0].startsWith('.') && digitBefore(text, at - m[0].length, span.start) && digitAfterSpace(text, at)) continue;
    cuts.push(at);
  }
  // "1b No Some late-night routes run near empty": a verdict that opens a line, run on into its reason without a stop.
  for (const m of slice.matchAll(VERDICT_RUN_ON)) cuts.push(span.start + m.index + m[0].length);
  if (slice.includes('\n')) {
    for (const at of shortLineEnds(text, span)) cuts.push(at);
  }
  cuts.sort((a, b) => a - b);
  const out: Span[] = [];
  let start = span.start;
  for (const at of cuts) {
    if (at > start) out.push(trim(text, { start, end: at }));
    start = Math.max(start, at);
  }
  if (start < span.end) out.push(trim(text, { start, end: span.end }));
  return out.filter((s) => s.end > s.start);
}

/** Longest line that still reads as a line of its own when it ends without a full stop. */
const SHORT_LINE = 40;
/** Words set apart in columns by a run of spaces or a tab. */
const COLUMNS = /\S(?: {3,}|\t)\S/;
/** A line that ends mid-sentence: a comma, a dash or a word that needs the next line. */
const LINE_GOES_ON = /(?:[,;:&(–—-]|(?<![\p{L}'])(?:and|or|but|the|to|of|a|an|with|for|in|on|my|our|i|we|is|are|not|be|will|would|that|which|as|at|by))\s*$/iu;

/**
 * Where short lines end: "Agree 1, 2, 4" over "Disagree 3" are two answers though neither has a full stop. A long
 * line is prose wrapped by the writer's mail program and goes on in the next.
 */
function shortLineEnds(text: string, span: Span): number[] {
  const out: number[] = [];
  let lineStart = span.start;
  for (let nl = text.indexOf('\n', span.start); nl !== -1 && nl < span.end; nl = text.indexOf('\n', nl + 1)) {
    const line = text.slice(lineStart, nl).trim();
    lineStart = nl + 1;
    // A row of columns ("C  Keep the wharves      YES [x]   NO [ ]") ends where its line does, however long.
    const row = COLUMNS.test(line);
    if (line.length === 0 || (line.length > SHORT_LINE && !row) || (LINE_GOES_ON.test(line) && !row)) continue;
    if (/^[ \t]*[\p{L}\p{N}]/u.test(text.slice(nl + 1, nl + 4))) out.push(nl + 1);
  }
  return out;
}

// Semicolons, colons that are not part of a time ("12:30"), and spaced dashes.
const UNIT_BREAK = /;|:(?!\d)|\s-\s/g;

const CONTRASTS = new PhraseMatcher({ contrast: CONTRAST });
/** Between the items of a list of subjects and verdicts (kept by split: items at even places). */
const LIST_SEPARATOR = /(,\s*(?:and\s+)?|\s+and\s+)/;
// ", and I …", ", and no to …": what follows "and" is a statement of its own.
// So does what follows "et je" in French: "Je suis contre et je voterai contre".
const AND_STATEMENT = /,?\s+(?:and\s+(?=(?:i|we|i'll|i'd|i'm|i've|we'll|we'd|we're|we've)(?![\p{L}'\u2019])|(?:no|yes)\s+to\s)|et\s+(?=(?:je|j'|nous)(?![\p{L}])))/gu;

// A comma before "yes to" or "no to" (in French "oui à", "non à") ends one answer and starts the next.
const COMMA_VERDICT = /,\s*(?=(?:yes|no|oui|non)\s+(?:to|on|à|au|aux)\s)/gu;

export interface Unit extends Span {
  /** The unit follows a contrast word ("…, but I am opposed …"). */
  afterContrast: boolean;
  /** Where that contrast word starts: "but only if …" qualifies as a whole. */
  contrastStart?: number;
}

/** Splits a sentence at contrast words and semicolons: "X, but Y" → X and Y. */
export function splitUnits(norm: string, sentence: Span): Unit[] {
  const out: Unit[] = [];
  let start = sentence.start;
  let afterContrast = false;
  let contrastStart: number | undefined;
  const cuts: Array<{ at: number; len: number; contrast: boolean }> = [];
  for (const m of CONTRASTS.find(norm, sentence.start, sentence.end).contrast) {
    if (isAside(norm, sentence.start, m)) continue;
    cuts.push({ at: m.start - sentence.start, len: m.end - m.start, contrast: true });
  }
  // Semicolons, colons that are not part of a time ("12:30"), and spaced dashes separate units too.
  if (hasBreakMark(norm, sentence.start, sentence.end)) {
    for (const m of allMatches(UNIT_BREAK, norm.slice(sentence.start, sentence.end))) cuts.push({ at: m.index, len: m[0].length, contrast: false });
  }
  // "I have always supported the living wage and I will vote for free school meals": "and I" starts a statement of
  // its own, about its own subject; so does "and no to" ("yes to all 5, and NO to superstores").
  const text = norm.slice(sentence.start, sentence.end);
  if (text.includes(' and ') || text.includes(' et ')) for (const m of allMatches(AND_STATEMENT, text)) cuts.push({ at: m.index, len: m[0].length, contrast: false });
  // "yes to the bus, yes to the drop in, no to the curfew": a verdict and its subject after each comma.
  if (text.includes(',')) for (const m of allMatches(COMMA_VERDICT, text)) cuts.push({ at: m.index, len: m[0].length, contrast: false });
  // "stages yes, the town ban NO WAY we shall fight it, training yes, desk at city hall yes", "Living wage def yes and
  // the youth clubs 100%": a line of subjects and their verdicts, an answer on each side of a comma or an "and" that
  // a verdict ends.
  if (text.includes(',') || text.includes(' and ')) {
    const parts = text.split(LIST_SEPARATOR);
    if (parts.filter((part, k) => k % 2 === 0 && SUBJECT_VERDICT.test(part)).length >= 2) {
      let at = 0;
      for (let k = 1; k < parts.length; k += 2) {
        at += parts[k - 1]!.length;
        const comma = parts[k]!.includes(',');
        if (SUBJECT_VERDICT.test(parts[k - 1]!) || (comma && SUBJECT_VERDICT.test(parts[k + 1]!))) cuts.push({ at, len: parts[k]!.length, contrast: false });
        at += parts[k]!.length;
      }
    }
  }
  cuts.sort((a, b) => a.at - b.at);
  for (const cut of cuts) {
    const at = sentence.start + cut.at;
    if (at > start) out.push(unitOf(trim(norm, { start, end: at }), afterContrast, contrastStart));
    start = at + cut.len;
    afterContrast = cut.contrast;
    contrastStart = cut.contrast ? at : undefined;
  }
  if (start < sentence.end) out.push(unitOf(trim(norm, { start, end: sentence.end }), afterContrast, contrastStart));
  return out.filter((u) => u.end > u.start);
}

/** A few words before an aside: "I do not, however, support …" (the subject and its verb, not a statement). */
const ASIDE_BEFORE = /^[\p{L}']+(?:\s+[\p{L}']+){0,3}\s*,\s*$/u;

/**
 * Whether a contrast word is set off by commas inside the sentence's first words ("I do not, however, support
 * it"): it sets the sentence against the one before, and the sentence is read whole.
 */
function isAside(norm: string, sentenceStart: number, m: Span): boolean {
  return /^\s*,/.test(norm.slice(m.end, m.end + 3)) && ASIDE_BEFORE.test(norm.slice(sentenceStart, m.start));
}

/** Whether text[start, end) has a semicolon, colon or hyphen, without which UNIT_BREAK cannot match. */
function hasBreakMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 59 || code === 58 || code === 45) return true;
  }
  return false;
}

function unitOf(span: Span, afterContrast: boolean, contrastStart: number | undefined): Unit {
  return contrastStart === undefined ? { start: span.start, end: span.end, afterContrast } : { start: span.start, end: span.end, afterContrast, contrastStart };
}

/** Shrinks a span past surrounding white space and stray punctuation. */
export function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && (isSpaceCode(text.charCodeAt(start)) || text.charCodeAt(start) === 44 /* , */)) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

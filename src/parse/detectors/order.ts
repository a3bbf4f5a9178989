// Answers in programme order without the programme's ids: bare "Yes"/"No" lines, a candidate's own numbering
// ("1." … "8." for A1 … B4, "(b)" for the second clause of a section), or a checklist, matched to the clauses
// they stand for by position, where their number fits the programme (all leaves, the top level, or the
// children of the section named just above).
import { isAnswerLine, isOptionLine, isQuotedAt, LIST_ITEM, type Doc } from '../doc.js';
import { CHECK_MARKS, CROSSED, EMPTY_BOX, TICKED } from '../lexicon/layout.js';
import type { Signal, Sink } from '../link.js';
import { splitLines, type Line } from '../segment.js';
import { stemsIn } from '../topics.js';

interface Item {
  start: number;
  /** Where the item's own line ends; `end` takes in the lines after it, up to the next item. */
  lineEnd: number;
  end: number;
  /** The item's own number ("3." → 3, "c)" → 3, "iii." → 3), when it has one. */
  number: number | undefined;
  /** The line opens with a verdict word or a mark. */
  verdict: boolean;
  mark: Signal | undefined;
}

const BULLET = /^\s*[-*•+]\s+/u;
/** A line that opens with a label of its own, a heading or a quote: not the continuation of an answer above it. */
const OTHER_LABEL = /^\s*(?:#{1,6}\s|>|\(?[\p{L}\p{N}]{1,4}(?:\.[\p{L}\p{N}]{1,3})?\s*[.):–—-]\s)/u;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

function itemOf(doc: Doc, line: Line): Item | undefined {
  const text = doc.norm.slice(line.start, line.end);
  if (isQuotedAt(doc, line.start) || isOptionLine(text)) return undefined;
  let rest = text;
  let number: number | undefined;
  let mark: Signal | undefined;
  const n = LIST_ITEM.exec(text);
  if (n) {
    const digits = n[1] ?? n[2];
    const letter = n[3] ?? n[4];
    const roman = n[5] ?? n[6];
    number = digits !== undefined ? Number(digits) : letter !== undefined ? letter.charCodeAt(0) - 96 : ROMAN[roman!];
    rest = text.slice(n[0].length);
  } else if (CHECK_MARKS.test(text)) {
    mark = TICKED.test(text) ? 'agree' : CROSSED.test(text) ? 'disagree' : EMPTY_BOX.test(text) ? 'unticked' : undefined;
    rest = text.replace(CHECK_MARKS, '');
  } else rest = text.replace(BULLET, '');
  const verdict = mark !== undefined || isAnswerLine(rest);
  if (number === undefined && !verdict) return undefined;
  return { start: line.start, lineEnd: line.end, end: line.end, number, verdict, mark };
}

/** Runs of items close together, a restarted numbering starting a new run. */
function runsOf(doc: Doc): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  let gap = 0;
  for (const line of splitLines(doc.body)) {
    const item = itemOf(doc, line);
    if (!item) {
      // A line labelled otherwise ("3a)", "(b)", "## Buses") starts something else: the item before ends there.
      if (run.length > 0 && OTHER_LABEL.test(doc.norm.slice(line.start, line.end))) {
        runs.push(run);
        run = [];
        gap = 0;
        continue;
      }
      if (run.length > 0) {
        run[run.length - 1]!.end = line.end;
        if (++gap > 3) {
          runs.push(run);
          run = [];
        }
      }
      continue;
    }
    const prev = run[run.length - 1];
    const restart = prev && item.number !== undefined && prev.number !== undefined && item.number <= prev.number;
    const mixed = prev && (item.number === undefined) !== (prev.number === undefined);
    if (restart || mixed) {
      runs.push(run);
      run = [];
    }
    run.push(item);
    gap = 0;
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length >= 2);
}

export function detectOrder(doc: Doc, sink: Sink): void {
  const { index } = doc;
  for (const run of runsOf(doc)) {
    const numbered = run[0]!.number !== undefined;
    const verdicts = run.filter((i) => i.verdict).length;
    // A numbered list with no verdict words is only an answer list if it fills the programme.
    if (!numbered && verdicts < run.length) continue;
    // Answers that each name their clause ("Agree with 1)", "Agree with 3a, b") are the references detector's.
    if (run.every((item) => namesClause(doc, item))) continue;
    const count = numbered ? Math.max(...run.map((i) => i.number!)) : run.length;
    const section = sectionAbove(doc, run[0]!.start);
    const named = namedAbove(doc, run[0]!.start);
    let targets: string[] | undefined;
    let weight = 0;
    if (named && named.length === count) {
      // "Governance (your points 1, 2 and 9)" then "i. Yes" "ii. Yes" "iii. No": the items answer those, in order.
      targets = named;
      weight = 0.85;
    } else if (section && section.length === count) {
      targets = section;
      weight = 0.85;
    } else if (count === index.leafIds.length) {
      targets = index.leafIds;
      weight = 0.9;
    } else if (count === index.top.length) {
      targets = index.top.map((c) => c.id);
      weight = 0.8;
    } else if (count < index.leafIds.length && verdicts === run.length && !run.some((item) => namesClause(doc, item))) {
      // Fewer answers than clauses, none naming its clause: perhaps the first ones, in order (a weak tie); one short of
      // the programme, most likely the first ones with the last left blank.
      targets = index.leafIds;
      weight = count === index.leafIds.length - 1 ? 0.6 : 0.35;
    }
    if (!targets) continue;
    // "My priorities if elected are: 1. Keeping rates fair …": a list with no verdict in it answers in order only if
    // its items speak of the clauses they would stand for; otherwise it is the candidate's own.
    if (verdicts === 0 && !speaksOfTargets(doc, run, targets)) continue;
    if (verdicts < run.length) weight *= 0.8;
    run.forEach((item, k) => {
      const target = targets![(item.number ?? k + 1) - 1];
      if (target === undefined) return;
      const units = doc.units.map((u, i) => [u, i] as const).filter(([u]) => u.start >= item.start && u.start < item.end);
      const ref = `answer ${k + 1} in order`;
      units.forEach(([, u], j) => {
        if (j === 0 && item.mark) sink.link({ unit: u, clauses: [target], channel: 'cell', weight, ref, signal: item.mark, strength: 0.95 });
        sink.link({ unit: u, clauses: [target], channel: 'order', weight: j === 0 ? weight : weight * 0.8, ref, span: { start: item.start, end: item.start } });
      });
    });
  }
}

/** Whether at least half of a run's items share a word of subject with the clause at their place. */
function speaksOfTargets(doc: Doc, run: Item[], targets: string[]): boolean {
  const speaking = run.filter((item, k) => {
    const target = targets[(item.number ?? k + 1) - 1];
    return target !== undefined && doc.index.topics.match(stemsIn(doc.norm, item.start, item.end)).some((m) => m.clause === target);
  });
  return speaking.length * 2 >= run.length;
}

/**
 * Whether an item's own line names a clause ("Agree with 3a, b" in a run of "Agree with …" lines). What follows the
 * last item ("Didnt understand the last one") is not the item's.
 */
function namesClause(doc: Doc, item: Item): boolean {
  return doc.sentences.some((s) => s.start >= item.start && s.start < item.lineEnd && (s.refs.length > 0 || (s.block !== undefined && s.inBlock === 0)));
}

/** The clauses the sentence just above a run names, in order, when it names several. */
function namedAbove(doc: Doc, at: number): string[] | undefined {
  let last: (typeof doc.sentences)[number] | undefined;
  for (const s of doc.sentences) {
    if (s.end > at) break;
    last = s;
  }
  if (!last || at - last.end > 200) return undefined;
  const ids = [...new Set(last.refs.flatMap((r) => r.ids))];
  return ids.length >= 2 ? ids : undefined;
}

/** The children of the parent clause a marker or heading just above names, when there is one. */
function sectionAbove(doc: Doc, at: number): string[] | undefined {
  let best: string[] | undefined;
  for (const s of doc.sentences) {
    if (s.start >= at) break;
    const block = s.block;
    if (block && block.ids.length === 1 && at - block.markerStart < 400) {
      const kids = doc.index.byId.get(block.ids[0]!)?.children;
      best = kids && kids.length > 0 ? kids : undefined;
    }
  }
  return best;
}

// Answers carried by layout: a checklist item naming its clause ("- [x] 4", "☒ Q2 Free buses") and a table row
// (clause | answer | comment), where the mark or the answer cell is the verdict and the comment may qualify it.
import { isOptionLine, isQuotedAt, type Doc } from '../doc.js';
import { judge, topicTarget } from '../judge.js';
import { ANSWER_OPENERS, CHECK_MARKS, CROSSED, EMPTY_BOX, LIMITED_YES, TICKED } from '../lexicon/layout.js';
import { compileEntries } from '../lexicon/patterns.js';
import type { Signal, Sink } from '../link.js';
import { echoKey } from '../programme-index.js';
import { readList } from '../references.js';
import { splitLines, type Line, type Span } from '../segment.js';
import { readUnit } from '../stance.js';
import { signalFor, signalOf } from '../signal.js';
import { stemsIn } from '../topics.js';

const OPENS_WITH_ANSWER = new RegExp(`^\\s*${compileEntries(ANSWER_OPENERS).source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}'\]\)/, '')}`, 'u');
const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}/;

export function detectLayout(doc: Doc, sink: Sink): void {
  const rows: Array<{ line: Line; cells: Span[] }> = [];
  const formRows: Array<{ line: Line; cells: Span[] }> = [];
  for (const line of splitLines(doc.body)) {
    const text = doc.body.slice(line.start, line.end);
    if (isQuotedAt(doc, line.start)) continue;
    // A row of a table is one, whatever marks its cells hold ("| (a) Premium | ☒ | ☐ | Definitely. |").
    if ((text.match(/\|/g)?.length ?? 0) >= 2 && !SEPARATOR_ROW.test(text)) {
      rows.push({ line, cells: cellsOf(doc.body, line) });
      continue;
    }
    const options = isOptionLine(text);
    if (options) boxedClauses(doc, sink, line, text);
    else if (CHECK_MARKS.test(text)) checklistItem(doc, sink, line);
    else if (text.includes('....') || text.includes('. . .')) {
      // An empty answer, or boxes to tick ("..... [ ] Agree  [ ] Disagree", read as options above), is no row of this kind.
      const leader = LEADER_ROW.exec(text);
      if (leader?.[2]) formRows.push({ line, cells: leaderCells(line, text, leader) });
    }
  }
  if (rows.length > 0) table(doc, sink, rows);
  if (formRows.length > 0) table(doc, sink, formRows);
}

/** A printed form's line: the item, a leader of dots, and the answer after it ("B  Channel crossings ...... ✓"). */
const LEADER_ROW = /^(\s*\S.{0,80}?)[ \t]*(?:\.{4,}|(?:\. ){3,}\.)[ \t]*(.*?)\s*$/u;

function leaderCells(line: Line, text: string, leader: RegExpExecArray): Span[] {
  const end = line.start + text.trimEnd().length;
  return [
    { start: line.start + leader[1]!.search(/\S/), end: line.start + leader[1]!.length },
    { start: end - leader[2]!.length, end },
  ];
}

function unitAt(doc: Doc, span: Span): number {
  return doc.units.findIndex((u) => u.end > span.start && u.start < span.end);
}

/** What a clause cell or a checklist item's text names: a reference at its start, or else its subject. */
function clauseNamed(doc: Doc, span: Span, context: string | undefined): { ids: string[]; ref: string; by: 'id' | 'subject' } | undefined {
  const { index, norm } = doc;
  let at = span.start;
  while (at < span.end && /[\s(#*]/.test(norm[at]!)) at++;
  const label = /^(?:q|question|pledge|point|clause|item|no\.?)\s*/.exec(norm.slice(at, span.end));
  const list = readList(index, norm, at + (label?.[0].length ?? 0), span.end, context);
  if (list && /^[\s).:\-|]|^$/.test(norm.slice(list.end, list.end + 1))) return { ids: list.ids, ref: doc.body.slice(at, list.end), by: 'id' };
  const t = topicTarget(index, stemsIn(norm, span.start, span.end), undefined, 1.5, 1);
  return t ? { ids: [t.clause], ref: t.phrase, by: 'subject' } : undefined;
}

/**
 * "[X] A   [X] B   [X] C   [ ] D": a line of boxes, each before a clause's id, answers each clause by its box. A line
 * whose boxes stand before answers ("[X] Agree  [ ] Disagree") is a question's options, read elsewhere.
 */
function boxedClauses(doc: Doc, sink: Sink, line: Span, text: string): void {
  const boxes = [...text.matchAll(BOXED_ID)];
  if (boxes.length < 2) return;
  const items = boxes.map((b, k) => ({ start: line.start + b.index, end: line.start + (boxes[k + 1]?.index ?? text.length) }));
  const named = items.map((item) => {
    const at = item.start + (CHECK_MARKS.exec(doc.norm.slice(item.start, item.end))?.[0].length ?? 0);
    return readList(doc.index, doc.norm, at + (/^\s*/.exec(doc.norm.slice(at, item.end))?.[0].length ?? 0), item.end, undefined);
  });
  if (named.some((n) => !n)) return;
  const u = unitAt(doc, line);
  if (u < 0) return;
  items.forEach((item, k) => {
    const mark: Signal = TICKED.test(doc.norm.slice(item.start, item.end)) ? 'agree' : 'unticked';
    sink.link({ unit: u, clauses: named[k]!.ids, channel: 'cell', weight: 1, ref: doc.body.slice(item.start, item.end).trim(), signal: mark, strength: 0.95 });
  });
}

/** A box and the short id after it: "[X] A", "[ ] 4b". */
const BOXED_ID = /(?:\[\s*[xX✓✔]?\s*\]|[☐☑☒])[ \t]*[\p{L}\p{N}().]{1,8}(?=[ \t]|$)/gu;

function checklistItem(doc: Doc, sink: Sink, line: Line): void {
  const text = doc.norm.slice(line.start, line.end);
  const mark: Signal | undefined = TICKED.test(text) ? 'agree' : CROSSED.test(text) ? 'disagree' : EMPTY_BOX.test(text) ? 'unticked' : undefined;
  const markEnd = line.start + (CHECK_MARKS.exec(text)?.[0].length ?? 0);
  const named = clauseNamed(doc, { start: markEnd, end: line.end }, undefined);
  const u = unitAt(doc, line);
  if (!named || !mark || u < 0) return;
  sink.link({ unit: u, clauses: named.ids, channel: 'cell', weight: named.by === 'id' ? 1 : 0.8, ref: named.ref, signal: mark, strength: 0.95 });
  // Words after the item's name may qualify the tick ("☑ 4 – once the budget allows").
  sink.link({ unit: u, clauses: named.ids, channel: 'cell', weight: 0.7, ref: named.ref });
}

function cellsOf(body: string, line: Line): Span[] {
  const cells: Span[] = [];
  let start = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || body[i] === '|') {
      const span = { start, end: i };
      while (span.start < span.end && /\s/.test(body[span.start]!)) span.start++;
      while (span.end > span.start && /\s/.test(body[span.end - 1]!)) span.end--;
      cells.push(span);
      start = i + 1;
    }
  }
  // The outer pipes of "| a | b |" leave an empty cell at each end.
  if (cells.length > 0 && cells[0]!.end === cells[0]!.start) cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.end === cells[cells.length - 1]!.start) cells.pop();
  return cells;
}

/**
 * The signal of a row: its answer cell, made a qualification by a comment that qualifies. An answer with an object
 * of its own is set against the row's clause ("I oppose rent bidding" on "No return of rent bidding" agrees).
 */
function rowSignal(doc: Doc, cell: Span, others: Span[], clause: string | undefined, answerCell: boolean): { signal: Signal; strength: number; cue: string | undefined } {
  // The answer is its cell's first sentence, and what follows in the cell a comment on it: "Can't sign this one. Half
  // the young ones have gone into poultry" refuses the clause; the reasons after it are not the refusal's object.
  const stop = /[.!?](?=\s+\S)/.exec(doc.norm.slice(cell.start, cell.end));
  const answer = stop ? { start: cell.start, end: cell.start + stop.index + 1 } : cell;
  const text = doc.norm.slice(answer.start, answer.end);
  const ticked = TICKED.exec(text);
  const crossed = ticked ? null : CROSSED.exec(text);
  // "✓  where the maintenance budget allows": words after a mark comment on it.
  const mark = ticked ?? crossed;
  const markComment = mark && mark[0].length < text.trimEnd().length ? [{ start: answer.start + mark[0].length, end: answer.end }] : [];
  const comments = [...markComment, ...(stop ? [{ start: answer.end, end: cell.end }] : []), ...others];
  let signal: Signal = ticked ? 'agree' : crossed ? 'disagree' : EMPTY_BOX.test(text) ? 'unticked' : answerSignal(doc, answer, clause);
  if (signal === 'agree' && LIMITED_YES.test(doc.body.slice(answer.start, answer.end))) signal = 'qual';
  // An answer cell that says yes or no itself is the row's verdict (its words become the cue); one that only
  // comments leaves the verdict to the row's words.
  const cue = signal !== 'none' && answerCell ? doc.body.slice(answer.start, answer.end).trim() : undefined;
  for (const c of comments) {
    const r = readUnit(doc.norm, c);
    if (signal === 'agree' && r.stance === 'agree-with-qualifications') signal = 'qual';
    if (signal === 'none' && r.stance) signal = signalOf(r);
  }
  return { signal, strength: 0.9, cue };
}

/** What an answer cell says, judged against the row's clause where it says it of something. */
function answerSignal(doc: Doc, answer: Span, clause: string | undefined): Signal {
  const reading = readUnit(doc.norm, answer);
  if (clause === undefined || !reading.object) return signalOf(reading);
  const j = judge(doc.index, doc.norm, reading, clause, { inBlock: true, later: false, ownRow: true });
  return j ? signalFor(j.stance, j.declineKind) : signalOf(reading);
}

function sameClause(a: { ids: string[] } | undefined, b: { ids: string[] }): boolean {
  return a !== undefined && a.ids.length === b.ids.length && a.ids.every((id) => b.ids.includes(id));
}

/** A cell that only marks its column: "X", "✓", "Y". */
const MARK_ONLY = /^\s*(?:x|✓|✔|☑|☒|✅|y|yes|\*)\s*$/iu;

/**
 * The answer columns of a table's header row ("| No. | Pledge | Agree | Agree with comments | Disagree |"): each
 * column's signal by its position, when at least two columns are answers.
 */
function answerColumns(doc: Doc, rows: Array<{ cells: Span[] }>): { row: number; signals: Array<Signal | undefined> } | undefined {
  const header = rows[0];
  if (!header) return undefined;
  const signals = header.cells.map((c) => {
    const text = doc.norm.slice(c.start, c.end);
    // A header names its column in a word or a few ("Agree with comments"); an answer with reasons is a row.
    return OPENS_WITH_ANSWER.test(text) && text.split(/\s+/).length <= 4 ? signalOf(readUnit(doc.norm, c)) : undefined;
  });
  return signals.filter((s) => s !== undefined && s !== 'none').length >= 2 ? { row: 0, signals } : undefined;
}

function table(doc: Doc, sink: Sink, rows: Array<{ line: Line; cells: Span[] }>): void {
  const unplaced: Array<{ u: number; signal: Signal; strength: number; cue: string | undefined }> = [];
  let data = 0;
  const columns = answerColumns(doc, rows);
  for (const [r, { line, cells }] of rows.entries()) {
    if (cells.length < 2 || r === columns?.row) continue;
    let nameAt = 0;
    let named = clauseNamed(doc, cells[0]!, undefined);
    // "| i. | No closures without agreement | Agree. |": a row number first, then the clause's name, then the
    // answer; a name that opens with "No" is still the name when an answer follows it.
    if (!named && cells.length >= 3 && cells[0]!.end > cells[0]!.start) {
      const second = clauseNamed(doc, cells[1]!, undefined);
      if (second?.by === 'subject' && cells.slice(2).some((c) => readUnit(doc.norm, c).stance !== undefined)) {
        named = second;
        nameAt = 1;
      }
    }
    const rest = cells.slice(nameAt + 1);
    // A cell that repeats a clause's title ("No transfer without a ballot") is its name, not an answer that opens with "No".
    const isTitle = (c: Span): boolean => doc.index.titles.has(echoKey(doc.norm.slice(c.start, c.end)));
    let answerAt = rest.findIndex((c) => (OPENS_WITH_ANSWER.test(doc.norm.slice(c.start, c.end)) && !isTitle(c)) || CHECK_MARKS.test(doc.body.slice(c.start, c.end)));
    // "| P2 | No ban / no impounding | I oppose any ban |": a cell naming the row's clause in words of its own is its
    // name, though it opens with "No", when the cell after it answers.
    if (answerAt === 0 && named && rest.length >= 2 && readUnit(doc.norm, rest[1]!).stance !== undefined && sameClause(clauseNamed(doc, rest[0]!, undefined), named)) answerAt = 1;
    if (answerAt < 0 && !named) continue;
    const answer = answerAt >= 0 ? rest[answerAt]! : (rest.find((c) => !isTitle(c)) ?? rest[0]!);
    let { signal, strength, cue } = rowSignal(doc, answer, rest.filter((c) => c !== answer), named?.ids.length === 1 ? named.ids[0] : undefined, answerAt >= 0);
    // "| 3 | Bilingual by default | | X | |": the mark's column is the answer.
    if (columns && cells.length === columns.signals.length) {
      const marked = cells.flatMap((c, k) => (columns.signals[k] && MARK_ONLY.test(doc.body.slice(c.start, c.end)) ? [k] : []));
      if (marked.length === 1) {
        signal = columns.signals[marked[0]!]!;
        strength = 0.95;
        const head = rows[columns.row]!.cells[marked[0]!]!;
        cue = doc.body.slice(head.start, head.end).trim();
      }
    }
    const u = unitAt(doc, line);
    if (u < 0) continue;
    data++;
    if (named) sink.link({ unit: u, clauses: named.ids, channel: 'cell', weight: named.by === 'id' ? 1 : 0.8, ref: named.ref, signal, strength, cue });
    else unplaced.push({ u, signal, strength, cue });
  }
  // Rows that name no clause answer the programme in order, when there is a row for every clause.
  if (unplaced.length > 0 && data === doc.index.leafIds.length && unplaced.length === data) {
    unplaced.forEach((r, k) => sink.link({ unit: r.u, clauses: [doc.index.leafIds[k]!], channel: 'cell', weight: 0.7, ref: `row ${k + 1}`, signal: r.signal, strength: r.strength, cue: r.cue }));
  }
}

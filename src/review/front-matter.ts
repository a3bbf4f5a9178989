// Writes reviewed rulings into a reply file's front matter: the smallest edit of the text, found with the YAML document.
//
// The document (yaml's parseDocument) says where the `rulings:` map and each ruling are; the edit replaces or inserts
// only the characters of the one ruling, so comments, key order, quoting, indentation and line endings elsewhere stay
// as written, and the reply body is never touched. Every edit is then read back by the loader and refused unless the
// file says exactly what it said before, plus the one ruling.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, Scalar, stringify, type Node, type Pair, type YAMLMap } from 'yaml';
import { normaliseNewlines } from '../load/text.js';
import { parseReply } from '../load/replies.js';
import { MAX_FRONT_MATTER_BYTES, pairOf, parseYaml, scalarText } from '../load/yaml.js';
import type { Reply } from '../model/reply.js';
import type { Stance } from '../model/stance.js';

/** A reviewer's ruling on one clause. `note` undefined keeps the note there is; '' removes it. */
export interface RulingEdit {
  clause: string;
  stance: Stance;
  note?: string | undefined;
}

export type EditResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; line: number; message: string };

/** A reply file's text cut where the front matter's YAML begins and ends. */
interface Parts {
  bom: string;
  head: string;
  yaml: string;
  tail: string;
  /** The line break the file uses after its first line. */
  eol: string;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Cuts the text around its front matter, line endings as written; undefined when there is none to edit. */
function partsOf(text: string): Parts | undefined {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const rest = text.slice(bom.length);
  let start = 0;
  let yamlStart = -1;
  while (start < rest.length) {
    const nl = rest.indexOf('\n', start);
    const end = nl === -1 ? rest.length : nl + 1;
    const line = rest.slice(start, nl === -1 ? rest.length : nl).replace(/\r$/, '');
    if (yamlStart === -1) {
      if (!OPEN.test(line)) return undefined;
      yamlStart = end;
    } else if (CLOSE.test(line)) {
      const head = rest.slice(0, yamlStart);
      return { bom, head, yaml: rest.slice(yamlStart, start), tail: rest.slice(start), eol: head.endsWith('\r\n') ? '\r\n' : '\n' };
    }
    if (nl === -1) break;
    start = end;
  }
  return undefined;
}

/** Column of `offset` in `text`, counted from 0. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Where a new line goes after the line holding `offset` (or right there when `offset` starts a line). */
function afterLineOf(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** The line break in use at `offset`'s line, or the file's. */
function eolAt(text: string, offset: number, fallback: string): string {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return fallback;
  return text[nl - 1] === '\r' ? '\r\n' : '\n';
}

function range(node: unknown): [number, number] | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** A note as a double-quoted YAML scalar on one line. */
function noteText(note: string): string {
  return stringify(note, { defaultStringType: 'QUOTE_DOUBLE', doubleQuotedAsJSON: true, lineWidth: 0 }).trimEnd();
}

/** A clause id as a key: as plain as YAML allows, or quoted the way the map's other keys are when they all are. */
function keyText(id: string, siblings: readonly Pair[]): string {
  const types = siblings.map((p) => (isScalar(p.key) ? p.key.type : undefined));
  const quoting = types.length > 0 && types.every((t) => t === Scalar.QUOTE_SINGLE) ? 'QUOTE_SINGLE' : types.length > 0 && types.every((t) => t === Scalar.QUOTE_DOUBLE) ? 'QUOTE_DOUBLE' : undefined;
  if (quoting === 'QUOTE_SINGLE' && !id.includes('\n')) return `'${id.replaceAll("'", "''")}'`;
  if (quoting === 'QUOTE_DOUBLE') return noteText(id);
  const plain = stringify(id, { lineWidth: 0 }).trimEnd();
  // stringify quotes what would not read back as the same text; anything on more than one line is quoted too.
  return plain.includes('\n') ? noteText(id) : plain;
}

/** A ruling's value written fresh: the short form without a note, else a flow map. */
function valueText(stance: Stance, note: string | undefined): string {
  return note ? `{ stance: ${stance}, note: ${noteText(note)} }` : stance;
}

interface Splice {
  at: number;
  remove: number;
  insert: string;
}

/** The ruling's pair in the rulings map, matched as the loader matches ruling keys. */
function rulingPair(map: YAMLMap, clause: string): Pair | undefined {
  return map.items.find((p) => scalarText(p.key)?.trim() === clause);
}

/** The note a ruling's map holds now, if any. */
function noteOf(pair: Pair | undefined): string | undefined {
  return isScalar(pair?.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined;
}

/** The edits that change an existing ruling's value (a stance, or a map of stance and note) to `stance` and `note`. */
function changeValue(yaml: string, value: unknown, stance: Stance, note: string | undefined, eol: string): Splice[] | string {
  const at = range(value);
  if (!at) return 'the ruling has no value to change';
  if (isScalar(value)) return [{ at: at[0], remove: at[1] - at[0], insert: valueText(stance, note) }];
  if (!isMap(value)) return 'the ruling is neither a stance nor { stance, note }';
  const stancePair = pairOf(value, 'stance');
  const notePair = pairOf(value, 'note');
  const stanceAt = range(stancePair?.value);
  if (!stancePair || !stanceAt) return 'the ruling has no stance';
  const splices: Splice[] = [{ at: stanceAt[0], remove: stanceAt[1] - stanceAt[0], insert: stance }];
  if (noteOf(notePair) === note) return splices;
  // A flow map is the one line of the ruling itself: written again when its note changes.
  if (value.flow) return [{ at: at[0], remove: at[1] - at[0], insert: valueText(stance, note) }];
  const noteAt = range(notePair?.value);
  const noteKeyAt = range(notePair?.key);
  if (noteAt && noteKeyAt && note) {
    // A block scalar's range takes its last line break with it: put one back.
    const ends = yaml.slice(noteAt[0], noteAt[1]).endsWith('\n') ? eolAt(yaml, noteAt[1] - 1, eol) : '';
    splices.push({ at: noteAt[0], remove: noteAt[1] - noteAt[0], insert: noteText(note) + ends });
  } else if (noteAt && noteKeyAt) {
    const from = noteKeyAt[0] - columnOf(yaml, noteKeyAt[0]);
    splices.push({ at: from, remove: afterLineOf(yaml, noteAt[1]) - from, insert: '' });
  } else if (note) {
    const keyAt = range(stancePair.key)!;
    const line = `${' '.repeat(columnOf(yaml, keyAt[0]))}note: ${noteText(note)}${eolAt(yaml, stanceAt[1], eol)}`;
    splices.push({ at: afterLineOf(yaml, stanceAt[1]), remove: 0, insert: line });
  }
  return splices;
}

/** The edits that add a ruling for a clause the front matter has none for. */
function addRuling(root: YAMLMap, yaml: string, clause: string, value: string, eol: string): Splice[] | string {
  const rulings = pairOf(root, 'rulings');
  if (!rulings) {
    // A new `rulings:` after the last line, in line with the other keys.
    const first = range(root.items[0]?.key);
    const indent = ' '.repeat(first ? columnOf(yaml, first[0]) : 0);
    const lead = yaml === '' || yaml.endsWith('\n') ? '' : eol;
    return [{ at: yaml.length, remove: 0, insert: `${lead}${indent}rulings:${eol}${indent}  ${keyText(clause, [])}: ${value}${eol}` }];
  }
  const map = rulings.value;
  if (!isMap(map)) return 'rulings: is not a map of clause: stance';
  const key = keyText(clause, map.items);
  const last = map.items[map.items.length - 1];
  const lastEnd = last ? (range(last.value) ?? range(last.key)) : undefined;
  if (map.flow) {
    if (lastEnd) return [{ at: lastEnd[1], remove: 0, insert: `, ${key}: ${value}` }];
    const at = range(map)!;
    return [{ at: at[0], remove: at[1] - at[0], insert: `{ ${key}: ${value} }` }];
  }
  const firstKey = range(map.items[0]?.key);
  if (!firstKey || !lastEnd) return 'rulings: is not a map of clause: stance';
  const line = `${' '.repeat(columnOf(yaml, firstKey[0]))}${key}: ${value}${eolAt(yaml, firstKey[0], eol)}`;
  return [{ at: afterLineOf(yaml, lastEnd[1]), remove: 0, insert: line }];
}

function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.at - a.at)) out = out.slice(0, s.at) + s.insert + out.slice(s.at + s.remove);
  return out;
}

/** The reply as the loader reads it, for comparing what a file says before and after an edit. */
function readBack(text: string): Reply | undefined {
  const parsed = parseReply(normaliseNewlines(text), 'reply');
  return parsed.diagnostics.some((d) => d.severity === 'error') ? undefined : parsed.reply;
}

/** What a reply file says: its front matter's values and its body, without where each ruling is written. */
interface Meaning {
  candidate: string;
  received: string | undefined;
  source: string | undefined;
  body: string;
  rulings: Record<string, { stance: Stance; note: string | undefined }>;
}

function meaning(reply: Reply): Meaning {
  const rulings = Object.fromEntries(Object.entries(reply.rulings).map(([id, r]) => [id, { stance: r.stance, note: r.note }]));
  return { candidate: reply.candidate, received: reply.received, source: reply.source, body: reply.body, rulings };
}

/** The line in the file of an offset in the front matter's YAML. */
function fileLine(parts: Parts, offset: number): number {
  const before = parts.head + parts.yaml.slice(0, offset);
  return before.split('\n').length;
}

/**
 * Writes `edit` into the front matter of a reply file's text: the ruling's value is replaced where there is one,
 * else a line is added to `rulings:` (which is added when missing). `changed` is false when the file already says so.
 */
export function setRuling(text: string, edit: RulingEdit): EditResult {
  const parts = partsOf(text);
  if (!parts) return { ok: false, line: 1, message: 'the file has no front matter to write the ruling into' };
  if (/\r(?!\n)/.test(parts.head + parts.yaml)) {
    return { ok: false, line: 1, message: 'the front matter ends its lines with CR alone; save the file with LF or CRLF line endings' };
  }
  const before = readBack(text);
  if (!before) return { ok: false, line: 1, message: 'the file has problems (run pledgecard check); fix them first' };
  const parsed = parseYaml(parts.yaml, 'reply', 0, MAX_FRONT_MATTER_BYTES);
  if (parsed.diagnostics.length > 0) return { ok: false, line: fileLine(parts, 0), message: 'the front matter cannot be read (run pledgecard check)' };
  const root = parsed.source.doc.contents;
  if (!isMap(root)) return { ok: false, line: fileLine(parts, 0), message: 'the front matter is not a map of keys' };
  const old = before.rulings[edit.clause];
  const note = edit.note === undefined ? old?.note : edit.note === '' ? undefined : edit.note;
  if (old && old.stance === edit.stance && old.note === note) return { ok: true, text, changed: false };
  const rulingsPair = pairOf(root, 'rulings');
  const pair = isMap(rulingsPair?.value) ? rulingPair(rulingsPair.value, edit.clause) : undefined;
  const splices = pair
    ? changeValue(parts.yaml, pair.value, edit.stance, note, parts.eol)
    : addRuling(root, parts.yaml, edit.clause, valueText(edit.stance, note), parts.eol);
  const place = fileLine(parts, range(pair?.key ?? rulingsPair?.key)?.[0] ?? 0);
  if (typeof splices === 'string') return { ok: false, line: place, message: splices };
  const out = parts.bom + parts.head + applySplices(parts.yaml, splices) + parts.tail;
  const after = readBack(out);
  const wanted = meaning(before);
  wanted.rulings[edit.clause] = { stance: edit.stance, note };
  if (!after || !isDeepStrictEqual(meaning(after), wanted)) {
    return { ok: false, line: place, message: `cannot write the ruling here without changing something else; write "${edit.clause}: ${edit.stance}" under rulings: by hand` };
  }
  return { ok: true, text: out, changed: true };
}

export type CarryResult = { ok: true; text: string; kept: string[] } | { ok: false; line: number; message: string };

const RULINGS_LINE = /^[ \t]*["']?rulings["']?[ \t]*:/m;

/**
 * Carries the reviewed rulings of a reply file's previous text into its next one (a reply imported again): the
 * `rulings:` block as written, comments and notes included, added to the end of the next front matter. Refuses when
 * the previous front matter cannot be read but seems to hold rulings, since they would be lost.
 */
export function carryRulings(previous: string, next: string): CarryResult {
  const before = readBack(previous);
  const parts = partsOf(normaliseNewlines(previous));
  if (!before || !parts) {
    if (RULINGS_LINE.test(previous)) {
      return { ok: false, line: 1, message: 'its front matter cannot be read (run pledgecard check), and reviewed rulings in it would be lost' };
    }
    return { ok: true, text: next, kept: [] };
  }
  const kept = Object.keys(before.rulings);
  const root = parseYaml(parts.yaml, 'reply', 0, MAX_FRONT_MATTER_BYTES).source.doc.contents;
  const pair = isMap(root) ? pairOf(root, 'rulings') : undefined;
  if (!pair || kept.length === 0) return { ok: true, text: next, kept: [] };
  const target = partsOf(next);
  const fresh = readBack(next);
  if (!target || !fresh) return { ok: false, line: 1, message: 'the new reply file cannot be read back' };
  // The block from its key's line to the end of its last line, comments after the last ruling included.
  const keyAt = range(pair.key)!;
  const end = (pair.value as Node | null)?.range?.[2] ?? keyAt[1];
  const indent = columnOf(parts.yaml, keyAt[0]);
  const block = parts.yaml
    .slice(keyAt[0] - indent, afterLineOf(parts.yaml, end))
    .split('\n')
    .map((line) => (line.slice(0, indent).trim() === '' ? line.slice(indent) : line))
    .join('\n')
    .replace(/\n*$/, '\n');
  const lead = target.yaml === '' || target.yaml.endsWith('\n') ? '' : '\n';
  const text = target.bom + target.head + target.yaml + lead + block + target.tail;
  const after = readBack(text);
  const wanted: Meaning = { ...meaning(fresh), rulings: meaning(before).rulings };
  if (!after || !isDeepStrictEqual(meaning(after), wanted)) {
    return { ok: false, line: fileLine(parts, keyAt[0]), message: 'its reviewed rulings cannot be carried into the new file as written' };
  }
  return { ok: true, text, kept };
}

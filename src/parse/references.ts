// Clause references in every common notation: line markers ("3 e)", "a)", "(iii)", "Q3(b):"),
// inline lists and ranges ("Agree with 3a, b, c,d)", "points 1, 2 and 5", "1-3", "3a to 3d"),
// number words ("point four") and ordinals ("the second pledge", "the first two points").
import { LIST_JOINERS, NUMBER_WORDS, NUMBER_WORD_VALUES, ORDINALS, RANGE_JOINERS, REFERENCE_NOUNS, REFERENCE_VERBS } from './lexicon/references.js';
import { entriesBody, WORD_START } from './lexicon/patterns.js';
import { WordStartRegExp } from '../util/regex.js';
import { hasDigit, isDigitCode, isLowerCode, isSpaceCode } from '../util/chars.js';
import { ancestorsOf, childGroup, childrenOf, compactId, type ProgrammeIndex } from './programme-index.js';

export interface Atom {
  text: string;
  /** 'id' is a whole lettered id in brackets: "(B1)". */
  kind: 'number' | 'letter' | 'roman' | 'word' | 'id';
  start: number;
  end: number;
}

export interface Reference {
  ids: string[];
  start: number;
  end: number;
  kind: 'marker' | 'inline' | 'ordinal';
  /** For ordinals: the other readings that were possible. */
  alternatives?: string[][];
  /** Named as an exception ("all except 4", "every point bar the second"). */
  excepted?: boolean;
}

/** The value of a roman numeral of i, v, x and l (1 to 40), or undefined. */
function romanValue(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGIT.get(s[i]!);
    if (v === undefined) return undefined;
    const next = i + 1 < s.length ? (ROMAN_DIGIT.get(s[i + 1]!) ?? 0) : 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total <= 40 ? total : undefined;
}
const ROMAN_DIGIT = new Map([['i', 1], ['v', 5], ['x', 10], ['l', 50]]);

function atomValue(atom: Atom): number | undefined {
  if (atom.kind === 'number') return Number(atom.text);
  if (atom.kind === 'word') return NUMBER_WORD_VALUES.get(atom.text);
  if (atom.kind === 'letter') return atom.text.charCodeAt(0) - 96;
  return romanValue(atom.text);
}

const NUMBER_WORD_ALT = Object.keys(NUMBER_WORDS).join('|');
// One atom: a number, a parenthesised atom, or a lone letter / roman numeral.
const FIRST_ATOM = new RegExp(
  String.raw`(?:(#|§|no\.?|q(?=\s\d)|[a-z]{1,2}(?=\d))\s?)?(?:(\d{1,3})(?!\d|,\d{3}|\.\d+%)|\(\s*([a-z]{1,2}\d{1,3}[a-z]?|\d{1,3}|[a-z]|[ivxl]{1,5})\s*\)|([a-z]|[ivxl]{2,5})(?![\p{L}\p{N}'])|(${NUMBER_WORD_ALT})(?![\p{L}]))`,
  'uy',
);
const NEXT_ATOM = /(\s{0,3}(?:[.)]\s{0,3})?)(?:\(\s*(\d{1,2}|[a-z]|[ivxl]{1,5})\s*\)|(\d{1,2})(?!\d)|([a-z]|[ivxl]{2,5})(?![\p{L}\p{N}']))/uy;
const AFTER_SPACED_ATOM = /\s*(?:[),.:;!?]|$|and\b|&|\/|or\b|to\b)/uy;

/** `^[ivxl]+$`: letters of a roman numeral, at least one. */
function isRoman(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!ROMAN_DIGIT.has(text[i]!)) return false;
  return true;
}

/** `^\s+$` */
function isAllSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** `[\da-z]` */
function isDigitOrLower(code: number): boolean {
  return isDigitCode(code) || isLowerCode(code);
}

/** `/[a-z]/.test(text)` */
function hasLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLowerCode(text.charCodeAt(i))) return true;
  return false;
}

/** `^[ai]$`: the article or the pronoun alone, which an atom may be but a sentence mostly means as a word. */
function isArticleOrPronoun(text: string): boolean {
  return text === 'a' || text === 'i';
}

/** An atom's kind: the texts the atom patterns read are digits, letters, roman numerals, number words or ids. */
function classify(text: string): Atom['kind'] {
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) digits++;
  if (digits > 0) return digits === text.length ? 'number' : 'id';
  if (NUMBER_WORD_VALUES.has(text)) return 'word';
  if (text.length === 1) return text === 'i' || text === 'v' || text === 'x' ? 'roman' : 'letter';
  return 'roman';
}

/** Reads a chain of atoms at `pos` ("3", "3a", "3 e", "3(e)", "3.e", "3g.1", "q3(b)", "(iii)"). */
export function readChain(norm: string, pos: number, limit: number): { atoms: Atom[]; prefix: string | undefined; end: number } | undefined {
  FIRST_ATOM.lastIndex = pos;
  const m = FIRST_ATOM.exec(norm);
  if (!m || m.index !== pos || FIRST_ATOM.lastIndex > limit) return undefined;
  const text = m[2] ?? m[3] ?? m[4] ?? m[5]!;
  const atoms: Atom[] = [{ text, kind: classify(text), start: pos, end: FIRST_ATOM.lastIndex }];
  let end = FIRST_ATOM.lastIndex;
  // A number or a bracketed atom can have sub-parts after it; so can a roman part with a dotted
  // sub-part ("II.1.a"), but never a word.
  if (m[2] !== undefined || m[3] !== undefined || (m[4] !== undefined && isRoman(m[4]) && norm.charCodeAt(end) === 46 /* . */ && isDigitOrLower(norm.charCodeAt(end + 1)))) {
    for (;;) {
      NEXT_ATOM.lastIndex = end;
      const n = NEXT_ATOM.exec(norm);
      if (!n || n.index !== end || NEXT_ATOM.lastIndex > limit) break;
      const sep = n[1]!;
      const t = n[2] ?? n[3] ?? n[4]!;
      const atomEnd = NEXT_ATOM.lastIndex;
      // "3 e)" is a reference, "3 a lot" is not: after a bare space the atom must end the reference.
      if (sep.length > 0 && isAllSpace(sep) && n[2] === undefined) {
        AFTER_SPACED_ATOM.lastIndex = atomEnd;
        if (!AFTER_SPACED_ATOM.test(norm)) break;
      }
      atoms.push({ text: t, kind: classify(t), start: atomEnd - t.length, end: atomEnd });
      end = atomEnd;
    }
  }
  return { atoms, prefix: m[1], end };
}

/** Finds the child of `parentId` (or a top-level clause) that an atom names, by label then by position. */
function childFor(index: ProgrammeIndex, parentId: string | undefined, atom: Atom): string | undefined {
  const group = childGroup(index, parentId);
  const labelled = group.byLabel.get(atom.text);
  if (labelled !== undefined) return labelled;
  const value = atomValue(atom);
  if (value === undefined) return undefined;
  // Position is only trusted where the siblings' own labels are not of the atom's kind, and a letter
  // never stands for a numbered item.
  if (group.numbered && (atom.kind === 'letter' || (parentId === undefined && atom.kind === 'number'))) return undefined;
  // At the top level a lone letter or numeral only names a clause so labelled, never a position.
  if (parentId === undefined && (atom.kind === 'letter' || atom.kind === 'roman')) return undefined;
  return group.kids[value - 1]?.id;
}

/** Letters written before a number for any programme's questions: "Q3", "No 3". */
const GENERIC_PREFIXES = new Set(['q', 'no']);
const prefixesOf = new WeakMap<ProgrammeIndex, Set<string>>();

/** The letters the programme's own ids start with ("p" for P1…P5, "a" and "b" for A1…B2). */
function idPrefixes(index: ProgrammeIndex): Set<string> {
  let set = prefixesOf.get(index);
  if (!set) {
    set = new Set();
    for (const key of index.compact.keys()) {
      const m = /^([a-z]+)\d/.exec(key);
      if (m) set.add(m[1]!);
    }
    prefixesOf.set(index, set);
  }
  return set;
}

/**
 * Resolves atoms to a clause. Absolute chains start at the top level; a chain that starts with a
 * letter or roman numeral is relative to `context` (or its ancestors), as "b)" after "3)" means 3b.
 * Returns the clause for the longest prefix of atoms that resolves, with how many atoms it used.
 */
export function resolveAtoms(
  index: ProgrammeIndex,
  atoms: readonly Atom[],
  context: string | undefined,
  prefix?: string,
): { id: string; used: number } | undefined {
  // Whole-id match first: "3g.1" written as "3g1", "3(g)(1)", "q3b"; the longest run of atoms that is one.
  // "P3", "Q1", "A2": the letters are part of the id where the programme writes them so.
  const letters = prefix !== undefined && /^[a-z]+$/.test(prefix) ? prefix : undefined;
  const keys: string[] = [];
  let key = '';
  for (const atom of atoms) keys.push((key += atom.text));
  for (let n = atoms.length; n >= 1; n--) {
    const id = (letters !== undefined ? index.compact.get(letters + keys[n - 1]!) : undefined) ?? index.compact.get(keys[n - 1]!);
    if (id && (n > 1 || atoms[0]!.kind === 'number' || prefix || !isRelative(atoms[0]!))) return { id, used: n };
  }
  // "the problem up the M4", "my daughter is in P4": letters the programme's ids never start with, and that are no
  // word for a question, are another numbering (a road, a school year), not the clause of that number.
  if (letters !== undefined && !GENERIC_PREFIXES.has(letters) && !idPrefixes(index).has(letters)) return undefined;
  const first = atoms[0]!;
  const starts: Array<string | undefined> = [];
  if (isRelative(first)) {
    for (let c = context; c !== undefined; c = index.byId.get(c)?.parent) starts.push(c);
    starts.push(undefined);
  } else starts.push(undefined);
  // A label anywhere up the chain ("B –" after "A –" is clause B) beats a position ("b" as A's second).
  if (isRelative(first) && atoms.length === 1) {
    for (const start of starts) {
      const kid = childGroup(index, start).byLabel.get(first.text);
      if (kid !== undefined) return { id: kid, used: 1 };
    }
  }
  for (const start of starts) {
    let current = start;
    let used = 0;
    for (const atom of atoms) {
      const next = childFor(index, current, atom);
      if (next === undefined) break;
      current = next;
      used++;
    }
    if (used > 0 && current !== undefined) return { id: current, used };
  }
  if (isRelative(first) && atoms.length === 1) {
    const id = soleOwnerChild(index, first);
    if (id !== undefined) return { id, used: 1 };
  }
  return undefined;
}

// What a lone relative letter means with no context depends only on the programme: worked out once per letter.
const soleOwners = new WeakMap<ProgrammeIndex, Map<string, string | null>>();

/** A relative letter with no context: the child so labelled of the one clause that has such a child. */
function soleOwnerChild(index: ProgrammeIndex, atom: Atom): string | undefined {
  let known = soleOwners.get(index);
  if (!known) soleOwners.set(index, (known = new Map()));
  const key = `${atom.kind} ${atom.text}`;
  let id = known.get(key);
  if (id === undefined) {
    id = null;
    const labelled = index.programme.clauses.filter((c) => c.children.some((k) => index.labels.get(k)!.includes(atom.text)));
    if (labelled.length === 1) id = childFor(index, labelled[0]!.id, atom)!;
    else {
      const owners = index.programme.clauses.filter((c) => c.children.length > 0 && childFor(index, c.id, atom));
      if (owners.length === 1) id = childFor(index, owners[0]!.id, atom)!;
    }
    known.set(key, id);
  }
  return id ?? undefined;
}

function isRelative(atom: Atom): boolean {
  return atom.kind === 'letter' || atom.kind === 'roman';
}

const LIST_JOINER = new RegExp(
  String.raw`\s*(?:${LIST_JOINERS.map((j) => (/^[a-z ]+$/.test(j) ? `${j}(?![\p{L}])` : j.replace(/[+/]/g, '\\$&'))).join('|')})(?:\s*(?:,|and(?![\p{L}])|&))?\s*`,
  'uy',
);
/** What makes the number after it a count: "all 6 yes", "alle 8". */
const COUNTED = /(?<![\p{L}])(?:all|alle|todos|todas|tous|tutti)\s+$/u;

/**
 * "yes to 1 2 3 and 5", "sign me up for A B C and F", "P1 P2 P4 ✅": bare numbers, lone letters or the programme's
 * prefixed ids, apart by spaces only, read as a list where each is more than the one before.
 */
const SPACE_JOINER = /[ \t]+(?=#?\d|[a-z](?![\p{L}\p{N}'])|[a-z]{1,2}\d{1,3}(?![\p{L}\p{N}]))/uy;
const BARE_NUMBERS = /^#?\d{1,2}(?:[ \t]+#?\d{1,2})*$/;
const BARE_LETTERS = /^[a-z](?:[ \t]+[a-z])*$/;
const BARE_IDS = /^[a-z]{1,2}\d{1,3}(?:[ \t]+[a-z]{1,2}\d{1,3})*$/;
const SPACED_ITEM = /^(?:#?\d+|[a-z]{1,2}\d{1,3}|[a-z])/;

/** The value of a spaced list's item: a number's, a letter's place in the alphabet, or an id's letters then number. */
function spacedValue(text: string): number {
  const bare = text.replace(/^#/, '');
  const id = /^([a-z]{1,2})(\d+)$/.exec(bare);
  if (id) return (id[1]!.charCodeAt(0) - 96) * 10_000 + (id[1]!.length > 1 ? (id[1]!.charCodeAt(1) - 96) * 1_000 : 0) + Number(id[2]);
  return /^\d/.test(bare) ? Number(bare) : bare.charCodeAt(0) - 96;
}

const RANGE_JOINER = new RegExp(String.raw`\s*(?:${RANGE_JOINERS.map((j) => (/^[a-z]+$/.test(j) ? `${j}(?![\p{L}])` : j)).join('|')})\s*`, 'uy');

/** Letters, a dot or hyphen and a number: how programmes write a section's item ("A.3", "II-1", "C.12"). */
const SECTION_ID = /[a-z]{1,4}[.-]\d{1,3}(?![\p{L}\p{N}]|\.\d)/uy;

/**
 * Expands a range: between siblings ("1-3", "3a to 3d") every sibling in between; across sections ("B1–C3",
 * "1-3e") every leaf in programme order in between, with the two ends.
 */
function expandRange(index: ProgrammeIndex, from: string, to: string): string[] | undefined {
  const a = index.byId.get(from);
  const b = index.byId.get(to);
  if (!a || !b) return undefined;
  if (a.parent === b.parent) {
    const siblings = childrenOf(index, a.parent);
    const i = siblings.findIndex((c) => c.id === from);
    const j = siblings.findIndex((c) => c.id === to);
    if (i === -1 || j === -1 || j < i) return undefined;
    return siblings.slice(i, j + 1).map((c) => c.id);
  }
  const order = index.programme.clauses;
  const i = order.indexOf(a);
  const j = order.indexOf(b);
  if (i === -1 || j <= i) return undefined;
  return order.slice(i, j + 1).filter((c, k) => k === 0 || k === j - i || c.children.length === 0).map((c) => c.id);
}

export interface ListRead {
  ids: string[];
  end: number;
  /** Atoms-based reading was "strong": more than one atom, a list, or a closing bracket. */
  strong: boolean;
  lastId: string;
}

/**
 * Reads a list of references at `pos`: "3a, b, c,d)", "1, 2 and 5", "1-3", "3a to 3d", "(i) and (iii)".
 * Bare letters in a list inherit the number before them.
 */
export function readList(index: ProgrammeIndex, norm: string, pos: number, limit: number, context: string | undefined): ListRead | undefined {
  const chain = readChain(norm, pos, limit);
  if (!chain) return undefined;
  // "A.3", "II.1", "I-2": an id of the programme written whole is that clause, whatever its parts would resolve to
  // ("I-2" is not a range from section I to II, nor "A.3" the third section).
  SECTION_ID.lastIndex = pos;
  const written = SECTION_ID.test(norm) && SECTION_ID.lastIndex <= limit ? index.compact.get(compactId(norm.slice(pos, SECTION_ID.lastIndex))) : undefined;
  const resolved = resolveAtoms(index, chain.atoms, context, chain.prefix);
  // The parts may go on past it ("II.1 (a) to (c)"): then their reading, inside that clause, stands.
  const whole = written !== undefined && (!resolved || (resolved.id !== written && !ancestorsOf(index, resolved.id).includes(written)));
  const first = whole ? { id: written, used: 0 } : resolved;
  if (!first) return undefined;
  const ids = [first.id];
  let end = whole ? SECTION_ID.lastIndex : chain.atoms[first.used - 1]!.end;
  let strong = whole || first.used > 1 || (chain.prefix !== undefined && index.compact.get(compactId(chain.prefix) + chain.atoms.slice(0, first.used).map((a) => a.text).join('')) === first.id) || chain.prefix === '#';
  let last = first.id;
  for (;;) {
    RANGE_JOINER.lastIndex = end;
    const range = RANGE_JOINER.exec(norm);
    if (range && range.index === end) {
      const next = readChain(norm, RANGE_JOINER.lastIndex, limit);
      const target = next && resolveAtoms(index, next.atoms, index.byId.get(last)?.parent ?? last, next.prefix);
      const expanded = target && expandRange(index, last, target.id);
      if (next && target && expanded) {
        for (const id of expanded.slice(1)) ids.push(id);
        last = target.id;
        end = next.atoms[target.used - 1]!.end;
        strong = true;
        continue;
      }
    }
    LIST_JOINER.lastIndex = end;
    const joiner = LIST_JOINER.exec(norm);
    let spaced = false;
    if (!joiner || joiner.index !== end) {
      SPACE_JOINER.lastIndex = end;
      const before = norm.slice(pos, end);
      if (!SPACE_JOINER.test(norm)) break;
      const first = norm.charCodeAt(SPACE_JOINER.lastIndex);
      const letter = !isDigitCode(first) && first !== 35; /* # */
      const id = letter && /^[a-z]{1,2}\d/.test(norm.slice(SPACE_JOINER.lastIndex, SPACE_JOINER.lastIndex + 3));
      if (!(id ? BARE_IDS : letter ? BARE_LETTERS : BARE_NUMBERS).test(before)) break;
      spaced = true;
    }
    const at = spaced ? SPACE_JOINER.lastIndex : LIST_JOINER.lastIndex;
    // A spaced number is read alone: "2 3" is two items here, not a number and its part.
    const next = readChain(norm, at, spaced ? Math.min(limit, at + SPACED_ITEM.exec(norm.slice(at, at + 5))![0].length) : limit);
    if (!next) break;
    if (spaced && !(spacedValue(norm.slice(at, next.end)) > spacedValue(norm.slice(pos, end).split(/\s+/).pop()!))) break;
    // A bare letter after "3a," is a sibling of 3a; a number starts again from the top.
    const lastClause = index.byId.get(last);
    const ctx = lastClause?.parent ?? last;
    const target = resolveAtoms(index, next.atoms, isRelative(next.atoms[0]!) ? ctx : undefined, next.prefix ?? chain.prefix);
    if (!target) break;
    // "2.3, i can't": a lone "i" or "a" is a word unless it closes or continues the list.
    if (next.atoms.length === 1 && isArticleOrPronoun(next.atoms[0]!.text) && !/^\s*(?:[),.:;]|and\b|or\b|&)/.test(norm.slice(next.end, next.end + 5))) break;
    // Lists join like with like: "1, 2" or "a, b", not "1 and i think".
    const kindA = chain.atoms[0]!.kind === 'word' ? 'number' : chain.atoms[0]!.kind;
    if (next.atoms.length === 1 && next.atoms[0]!.kind !== 'number' && next.atoms[0]!.kind !== 'word' && !isRelative(chain.atoms[chain.atoms.length - 1]!) && kindA === 'number' && first.used === 1) break;
    ids.push(target.id);
    last = target.id;
    end = next.atoms[target.used - 1]!.end;
    strong = true;
  }
  if (norm[end] === ')') {
    end++;
    strong = true;
  }
  return { ids: [...new Set(ids)], end, strong, lastId: last };
}

// Line markers: optional bullets/quote marks/heading hashes, an optional label word, then a list.
/**
 * The nouns a line may name its one clause with ("Commitment 3 — …", "Number 6, …"): the reference nouns, words only
 * and singular ("Points A1 to B1 I can sign …" opens a statement, not a block).
 */
const PLURAL = (n: string): boolean => (REFERENCE_NOUNS as readonly string[]).includes(n.replace(/(?:ies|s)$/, (m) => (m === 'ies' ? 'y' : ''))) && /s$/.test(n);
const LABEL_ALT = REFERENCE_NOUNS.filter((n) => /^[a-z]{3,}$/.test(n) && n !== 'one' && n !== 'ones' && !PLURAL(n)).join('|');
const MARKER_LEAD = new RegExp(
  String.raw`[ \t]*(?:[-+>#|]+[ \t]*)*(?:(?:your[ \t]+(?=(?:${LABEL_ALT})[ \t]))?(?:re:?|(?:${LABEL_ALT})(?![\p{L}])|q(?=\s?\d|\s?\([a-z]{1,4}\))|no\.(?=[ \t]*\d))[ \t]*)?`,
  'uy',
);
// An upper-case "A" or "I" after a reference noun is a label ("Pledge A"); lower-case it is a word.
const ARTICLE_OR_PRONOUN = /^[ai](?![\p{L}\p{N}])/u;
/** "Pledge A: yes", "point I and II", "Pledge A is fine": a label, as the pronoun and article never stand so. */
const LABEL_USE = /^(?:[AI](?:\s*(?:[),.:;!?\u2013\u2014-]|$)|\s+(?:and|or|to|&)\b)|A\s+(?:is|was|gets|has)\b)/;
const MARKER_END = /[ \t]*(?:[):.\-|]|$|\n)/uy;
const VERDICT_AFTER = /^\s+(?:yes|no|agreed?|disagree|maybe|not sure|definitely|absolutely|ok|✓|✔|✗|✘|✅|❌)(?![\p{L}])/u;

/**
 * A clause marker at the start of a line ("1)", "3 e)", "3)  a)", "(iii)", "Q3(b):", "Q(b)", "3a.", "- 2:").
 * Returns the clause ids and where the marker ends, or undefined when the line does not start with one.
 */
export function lineMarker(
  index: ProgrammeIndex,
  norm: string,
  lineStart: number,
  lineEnd: number,
  context: string | undefined,
): { ids: string[]; end: number; start: number } | undefined {
  MARKER_LEAD.lastIndex = lineStart;
  const lead = MARKER_LEAD.exec(norm);
  let pos = lead && lead.index === lineStart ? MARKER_LEAD.lastIndex : lineStart;
  const labelled = lead !== null && hasLower(lead[0]);
  const start = pos;
  let ids: string[] = [];
  let ctx = context;
  // "3)  a)" composes: each marker on the line narrows the one before.
  for (let round = 0; round < 3; round++) {
    const list = readList(index, norm, pos, lineEnd, ctx);
    if (!list) break;
    MARKER_END.lastIndex = list.end;
    const endMatch = MARKER_END.exec(norm);
    // "Number 3, step free.": after a label word, a comma closes the marker too.
    const closed = norm[list.end - 1] === ')' || (endMatch !== null && endMatch.index === list.end) || (labelled && round === 0 && norm[list.end] === ',');
    // "3a Agree" or "Pledge 4 yes" need no punctuation; a bare number or letter does.
    const compound = labelled || /\d[a-z]/.test(norm.slice(start, list.end));
    // A second marker on the line ("3)  a)") must be closed by its own bracket or stop.
    // "a yes", "c no": a bare label straight before a verdict word is a marker too.
    const after = norm.slice(list.end, list.end + 12);
    // "i agree" is the pronoun; "i yes" and "b agree" are labels.
    const verdictNext = list.end - pos === 1 && isArticleOrPronoun(norm[pos]!) ? /^\s+(?:yes|no|✓|✔|✗|✘)(?![\p{L}])/u.test(after) : VERDICT_AFTER.test(after);
    if (!closed && (round > 0 || !(((compound || list.strong) && /\s/.test(norm[list.end] ?? '')) || verdictNext))) break;
    ids = list.ids;
    ctx = list.lastId;
    pos = closed && endMatch && endMatch.index === list.end && norm[list.end - 1] !== ')' ? MARKER_END.lastIndex : norm[list.end] === ',' ? list.end + 1 : list.end;
    while (pos < lineEnd && (norm.charCodeAt(pos) === 32 || norm.charCodeAt(pos) === 9)) pos++;
    if (ids.length !== 1) break;
  }
  if (ids.length === 0) return letterForPosition(index, norm, start, lineEnd);
  return { ids, end: pos, start };
}

// A title of a few words and a bracket: "Frequency (1.a).", "Homes (your point 1):".
const TITLE_BEFORE_BRACKET = /[ \t]*(?:[-+>#*]+[ \t]*)?\p{L}[\p{L}'’&/-]*(?:[ \t]+[\p{L}'’&/-]+){0,4}[ \t]*\(/uy;
const AFTER_BRACKET = /\)[ \t]*(?:[.:\u2013\u2014-][ \t]*)?/y;

/**
 * "Fare cap (2.a). Labor brought in the cap …": a paragraph that opens with a clause's title and its reference in
 * brackets answers that clause, as a line opening with the reference does.
 */
export function titledMarker(index: ProgrammeIndex, norm: string, lineStart: number, lineEnd: number, context: string | undefined): { ids: string[]; end: number; start: number } | undefined {
  TITLE_BEFORE_BRACKET.lastIndex = lineStart;
  if (!TITLE_BEFORE_BRACKET.test(norm) || TITLE_BEFORE_BRACKET.lastIndex >= lineEnd) return undefined;
  const open = TITLE_BEFORE_BRACKET.lastIndex;
  const inner = lineMarker(index, norm, open, lineEnd, context);
  if (!inner) return undefined;
  // The bracket closes the reference and a stop, colon or dash may follow it: "(2.a).", "(point 6):".
  if (inner.end - 1 <= open || norm[inner.end - 1] !== ')') return undefined;
  AFTER_BRACKET.lastIndex = inner.end - 1;
  AFTER_BRACKET.test(norm);
  return { ids: inner.ids, end: AFTER_BRACKET.lastIndex, start: lineStart };
}

// "(c)", "c)", "(a) to (c)", or a letter or run of letters before a verdict: "A to D yes ✅", "e - no".
const LETTER_MARKER = /(?:\(?([a-h])\)(?:[ \t]*(?:to|-|\u2013|thru|through)[ \t]*\(?([a-h])\))?|([a-h])(?:\s*(?:to|-|\u2013|thru|through)\s*([a-h]))?(?=[ \t]*[-:\u2013]?[ \t]+(?:yes|yep|no|agreed?|ok|aye|obviously|obvs|definitely|defo|absolutely|of course|sure|not sure|maybe|✓|✔|✅|❌|✗)(?![\p{L}])))[ \t]*/uy;

/**
 * "(c) Night rank marshals: yes" or "A to D yes" to a programme numbered T1…T6: a letter opening a line, bracketed
 * or before a verdict, where no clause is labelled with letters, stands for the clause in that place at the top of
 * the programme.
 */
function letterForPosition(index: ProgrammeIndex, norm: string, start: number, lineEnd: number): { ids: string[]; end: number; start: number } | undefined {
  LETTER_MARKER.lastIndex = start;
  const m = LETTER_MARKER.exec(norm);
  if (!m || LETTER_MARKER.lastIndex > lineEnd) return undefined;
  const top = childGroup(index, undefined);
  if (top.byLabel.has('a') || top.byLabel.has('b')) return undefined;
  const kids = childrenOf(index, undefined);
  const from = (m[1] ?? m[3]!).charCodeAt(0) - 97;
  const last = m[2] ?? m[4];
  const to = last ? last.charCodeAt(0) - 97 : from;
  if (to < from || to >= kids.length) return undefined;
  return { ids: kids.slice(from, to + 1).map((k) => k.id), end: LETTER_MARKER.lastIndex, start };
}

const NOUN_ALT = REFERENCE_NOUNS.filter((n) => n !== 'one' && n !== 'ones')
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace('.', '\\.'))
  .join('|');
const ORDINAL_ALT = Object.keys(ORDINALS).join('|');
// "point 4", "section C", "question (b)", "§2", "pledge four".
const NOUN_TRIGGER = new WordStartRegExp(
  String.raw`(?:${NOUN_ALT})(?![\p{L}])\s*(?=[(\d#§]|[a-z]{1,2}\d|[ivxl]{1,4}\.[\da-z]|[a-z](?![\p{L}'])|(?:${NUMBER_WORD_ALT})\b)`,
);
/** Words that end what is said of a clause named as a verb's object: "I won't answer D at all", "can't sign 4 as written". */
const REF_GOES_ON = String.raw`(?:at all|for now|right now|as (?:it is |it's )?written|as it stands|either)`;
/** Words that go on from a lone letter to the next in a list or range: "a and c", "b to d", "I throu III". */
const LETTER_LIST_GOES_ON = String.raw`(?:and|&|or|to|through|thru|throu|thro|tae|an|as well|too|also)`;
/** How a lone letter or roman numeral after a verb ends as a reference: "on b)", "on ii through v", "On i - I support". */
const LETTER_REF_END = String.raw`(?:[),.:;]|\s+${LETTER_LIST_GOES_ON}\b|\s+${REF_GOES_ON}(?![\p{L}])|\s[-–]\s|[-–](?:[a-z]|[ivxl]{2,5})(?![\p{L}])|$)`;
const VERB_TRIGGER = new WordStartRegExp(
  entriesBody(REFERENCE_VERBS) + String.raw`\s*(?=[(\d§]|#\s?\d|[a-z]{1,2}\d|[ivxl]{1,4}\.[\da-z]|(?:[a-z]|[ivxl]{2,5})${LETTER_REF_END}|[a-z]\s+[a-z]\s+(?:and\b|&|[a-z](?![\p{L}\p{N}'])))`,
  WORD_START,
);
// A sentence that opens with a reference list: "A and C I agree with", "c is a tricky one", "D yes", "Not D sorry".
const SENTENCE_START = /^[\s"'(]*(?:not\s+)?/uy;
const COMPOUND = new WordStartRegExp(
  String.raw`[ivxl]{1,4}\.\d{1,2}(?:\.[a-z0-9]{1,3})*(?![\p{L}\p{N}])|(?:q\s?)?\d{1,3}(?:[a-z](?![\p{L}])|\s?\(\s*[a-z0-9]{1,4}\s*\)|\.[a-z](?![\p{L}])|\.\d{1,2}(?!\d)|\s[a-z]\))|[a-z]{1,2}\d{1,3}(?:[a-z]|\.[a-z0-9]{1,4})?(?![\p{L}\p{N}])`,
  { numbers: true, marks: '.' },
);
const BEFORE_VERDICT = new WordStartRegExp(
  String.raw`((?:[a-z]{1,2})?\d{1,3}[a-z]?)[).:]?\s+(?=(?:yes|no|agreed?|disagreed?|y|n|✓|✔|✗|✘)(?![\p{L}]))`,
  { numbers: true, marks: '.,' },
);
/** A colon that is not part of a time ("12:30"), with the space after it. */
const FIELD_COLON = /(?<!\d):[ \t]*/g;
/** What may follow the last clause of a field's list: "1 - 4 inclusive", "2 and 5 only." */
const LIST_TAIL = /^[\s.,;!)]*(?:(?:inclusive|incl\.?|only|too|as well)[\s.,;!)]*)?$/u;
/** Words that carry a sentence on after a bare reference: "support 3 but …", "agree with 2 in principle". */
const CLAUSE_GOES_ON = new RegExp(String.raw`^\s+(?:but|and|although|though|if|provided|subject|in principle|too|also|fully|entirely|with|as long|so long|unless|${REF_GOES_ON})(?![\p{L}])`, 'u');
const MARK_HINT = /[✓✔✗✘]/u;
const AFTER_MARK = /(?<=[✓✔✗✘][ \t]{0,2})(?:[a-z]{1,2})?\d{1,3}[a-z]?(?![\p{L}\p{N}])/gu;
// "1-3e", "2 through 4", "B1–C3": a range is a reference wherever it stands.
// "I.1 to II.3": ids of a roman section and a number, at either end.
const RANGE_END = String.raw`(?:(?:[a-z]{1,2})?\d{1,3}[a-z]?|[ivxl]{1,4}\.\d{1,2})`;
const RANGE_TRIGGER = new WordStartRegExp(String.raw`(?:(?:[a-z]{1,2})?\d{1,3}[a-z]?(?:\.\d{1,2})?|[ivxl]{1,4}\.\d{1,2})\s*(?:-|through\s+to|up\s+to|to|through|thru|throu|thro|tae|à)\s*${RANGE_END}(?![\p{L}\p{N}])`, { numbers: true, marks: '.' });
/** A number word after "number" that ranks something: "number one priority", "number two concern". */
const RANK_AFTER = /^(?:one|two|three|1|2|3)\s+(?:priority|priorities|concern|concerns|issue|issues|reason|reasons|fan|job|goal|aim|focus|target|problem|thing|choice|ask)(?![\p{L}])/u;
const QUANTITY_AFTER = /^\s*(?:%|per\s?cent|people|persons|(?:business|working|school|calendar|week)\s+days?|years?|months?|weeks?|days?|hours?|minutes?|times|km|miles|metres|meters|homes|houses|beds|pupils|students|staff|members|kids|children|of\b|am\b|pm\b|o'clock)/u;
const PAREN_ROMAN = new WordStartRegExp(String.raw`\(\s*(?:[ivx]{1,5}|[a-h])\s*\)`, { numbers: true });
const ORDINAL_REF = new WordStartRegExp(
  String.raw`(?:the\s+|my\s+|your\s+)?(${ORDINAL_ALT})(?:\s+(${NUMBER_WORD_ALT}|\d))?\s+(?:(?:two|three|four)\s+)?(${NOUN_ALT}|bullet points?|ones?(?=\s*(?:[.,;:!?)]|$|and\b|but\b|too\b|as well\b|again\b)))(?![\p{L}])|the\s+(${ORDINAL_ALT})(?=\s*(?:[,:;-]|\s(?:i|i'm|i'd|i'll|is|was|would|will|we|you|too|as well|also|though)\b))`,
);

const NUMBER_WORD_HINT = new RegExp(`\\b(?:${NUMBER_WORD_ALT})\\b`);
const ORDINAL_HINT = new RegExp(`\\b(?:${ORDINAL_ALT})\\b`);
/**
 * What a VERB_TRIGGER match needs after its verb: a digit, bracket or §; a roman part with a dotted sub-part; or a
 * lone letter (after the space or colon that ends the verb) that closes or continues a list.
 */
const VERB_HINT = new RegExp(String.raw`[(\d§]|#\s?\d|[ivxl]\.[\da-z]|[\s:](?:[a-z]|[ivxl]{2,5})${LETTER_REF_END}|[\s:][a-z]\s+[a-z]\s+(?:and\b|&|[a-z]\b)`);

/** Whether a reference read at the start of a sentence is one, rather than an English word ("A good …"). */
function opensWithReference(norm: string, first: number, opening: ListRead): boolean {
  if (opening.strong) return true;
  const token = norm.slice(first, opening.end);
  // "a" and "i" open English sentences: only as "a)" or "i." are they references.
  if (isArticleOrPronoun(token)) return /^[).:-]/.test(norm.slice(opening.end, opening.end + 1));
  return /^(?:\d+|[\p{L}]|[ivxl]{2,5}|[a-z]{1,2}\d{1,3}[a-z]?)$/u.test(token);
}

/** Inline references inside a span of text. */
export function inlineReferences(
  index: ProgrammeIndex,
  norm: string,
  start: number,
  end: number,
  context: string | undefined,
  original?: string,
): Reference[] {
  const span = norm.slice(start, end);
  const found: Reference[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number): boolean => taken.some(([x, y]) => a < y && b > x);
  // Context for a relative reference ("(iii)"): the nearest reference before it in the sentence.
  const contextAt = (pos: number): string | undefined => found.filter((r) => r.end <= pos).sort((a, b) => a.end - b.end).at(-1)?.ids.at(-1) ?? context;
  const tryAt = (pos: number, requireStrong: boolean, minEnd = pos, supersede = false): void => {
    if (overlaps(pos, pos + 1)) return;
    // "all 6 yes": a count of the clauses, not clause 6.
    if (COUNTED.test(norm.slice(Math.max(start, pos - 8), pos))) return;
    const list = readList(index, norm, pos, end, contextAt(pos));
    // "3q" is not a reference to 3 followed by a stray letter: the whole compound must resolve.
    if (!list || list.end < minEnd) return;
    // "1 through to 5": a range read whole replaces the "to 5" a verb read inside it.
    if (supersede && overlaps(pos, list.end) && taken.every(([x, y]) => !(pos < y && list.end > x) || (x >= pos && y <= list.end))) {
      for (let k = taken.length - 1; k >= 0; k--) {
        const [x, y] = taken[k]!;
        if (x >= pos && y <= list.end) {
          taken.splice(k, 1);
          const at = found.findIndex((r) => r.start === x && r.end === y);
          if (at !== -1) found.splice(at, 1);
        }
      }
    }
    if (overlaps(pos, list.end)) return;
    if (requireStrong && !list.strong && !/^\s*(?:[,.;:!?()–—-]|$)/.test(norm.slice(list.end, list.end + 2)) && !CLAUSE_GOES_ON.test(norm.slice(list.end, list.end + 14))) return;
    found.push({ ids: list.ids, start: pos, end: list.end, kind: 'inline' });
    taken.push([pos, list.end]);
  };
  // A sentence may open with a reference: "A and C I agree with", "c is a tricky one", "3d no – …".
  SENTENCE_START.lastIndex = start;
  const lead = SENTENCE_START.exec(norm);
  const first = lead ? SENTENCE_START.lastIndex : start;
  const opening = readList(index, norm, first, end, context);
  if (opening && opensWithReference(norm, first, opening)) {
    found.push({ ids: opening.ids, start: first, end: opening.end, kind: 'inline' });
    taken.push([first, opening.end]);
  }
  // Most sentences hold no digit, bracket, number word or ordinal: skip the scans they would need.
  const numeric = /[\d(#§]|\b[a-z]\b/.test(span);
  if (numeric || NUMBER_WORD_HINT.test(span)) {
    for (const m of NOUN_TRIGGER.all(span)) {
      const at = start + m.index + m[0].length;
      // "principle I will …", "point a bit": a lower-case a/i is a word; "Pledge A" is a label.
      if (ARTICLE_OR_PRONOUN.test(norm.slice(at, at + 2)) && !(original && LABEL_USE.test(original.slice(at, at + 8)))) continue;
      // "my number one priority", "the number one issue": a rank, not clause one.
      if (RANK_AFTER.test(norm.slice(at, at + 40))) continue;
      tryAt(at, false);
    }
  }
  if (VERB_HINT.test(span)) for (const m of VERB_TRIGGER.all(span)) tryAt(start + m.index + m[0].length, true);
  // A form's field: "Pledges I will sign (list by number): 1 - 4 inclusive", a colon and then nothing but clauses.
  if (span.includes(':')) {
    for (const m of span.matchAll(FIELD_COLON)) {
      const at = start + m.index + m[0].length;
      const list = readList(index, norm, at, end, contextAt(at));
      if (list && LIST_TAIL.test(norm.slice(list.end, end))) tryAt(at, false);
    }
  }
  // Each of these needs a digit or a bracket to match at all.
  if (hasDigit(span)) {
    // "1 yes 2 yes 3 no": a number right before a verdict word answers that clause.
    for (const m of RANGE_TRIGGER.all(span)) {
      // "3-4 people", "2 to 3 years": a range of quantities, not of clauses.
      if (QUANTITY_AFTER.test(span.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      tryAt(start + m.index, false, start + m.index + m[0].length, true);
    }
    for (const m of BEFORE_VERDICT.all(span)) tryAt(start + m.index, false, start + m.index + m[1]!.length);
    // "✓ 1, ✓ 2, ✗ 3": a number right after a tick or a cross is the clause it marks.
    if (MARK_HINT.test(span)) for (const m of span.matchAll(AFTER_MARK)) tryAt(start + m.index, false, start + m.index + m[0].length);
    for (const m of COMPOUND.all(span)) tryAt(start + m.index, false, start + m.index + m[0].replace(/\)$/, '').length);
  }
  if (span.includes('(')) for (const m of PAREN_ROMAN.all(span)) tryAt(start + m.index, false);
  if (!ORDINAL_HINT.test(span)) return found.sort((a, b) => a.start - b.start);
  for (const m of ORDINAL_REF.all(span)) {
    const at = start + m.index;
    if (overlaps(at, at + m[0].length)) continue;
    const position = ORDINALS[m[1] ?? m[4]!]!;
    const count = m[2] ? (NUMBER_WORD_VALUES.get(m[2]) ?? Number(m[2])) : 1;
    // "On section 2, … the first two points": the nearest reference before the ordinal is its context.
    const named = found.some((r) => r.end <= at);
    const readings = ordinalReadings(index, position, count, contextAt(at));
    if (readings.length === 0) continue;
    // Named just before ("On section 2, … the first two points"), the context is not in doubt.
    found.push({ ids: readings[0]!, start: at, end: at + m[0].length, kind: 'ordinal', alternatives: named ? [] : readings.slice(1) });
    taken.push([at, at + m[0].length]);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Every reading of "the Nth (two) …": among the children of the context and its ancestors first,
 * then the top level, then any other sibling group.
 */
export function ordinalReadings(index: ProgrammeIndex, position: number, count: number, context: string | undefined): string[][] {
  const groups: Array<string | undefined> = [];
  for (let c = context; c !== undefined; c = index.byId.get(c)?.parent) {
    if ((index.byId.get(c)?.children.length ?? 0) > 0) groups.push(c);
  }
  groups.push(undefined);
  for (const c of index.programme.clauses) if (c.children.length > 0 && !groups.includes(c.id)) groups.push(c.id);
  const readings: string[][] = [];
  for (const g of groups) {
    const kids = childrenOf(index, g);
    const from = position === -1 ? kids.length - count : position - 1;
    if (from < 0 || from + count > kids.length) continue;
    readings.push(kids.slice(from, from + count).map((k) => k.id));
  }
  return readings;
}

// The lexicon's pattern language over normalised (lower-case) text: compiled to regular expressions for
// single lists, or merged into one tree of words by PhraseMatcher where many lists are matched at once.
//
//   words        literal words, any run of spaces between them
//   [a|b c]      alternatives (each may have several words)
//   x?  [a|b]?   optional word or group
//   ~            up to five words of anything
//
// A pattern matches whole words only.

import { WordStartRegExp } from '../../util/regex.js';
import { MISSPELLINGS } from './misspellings.js';
import { firstAbove, resizeFor } from '../../util/sorted.js';
import { isLetterOrNumberCode, isSpaceCode } from '../../util/chars.js';

export interface Entry {
  /** The pattern, in the language above. */
  p: string;
  /** Why the entry is there (shown by reviewers, never to users). */
  note?: string;
  /** Only as the first words of a unit ('start'), or never there ('later'). */
  at?: 'start' | 'later';
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The spellings a literal word of a pattern matches: the misspellings of a hurried reply ("opose", MISSPELLINGS), and
 * contractions typed without their apostrophe ("cant", "dont", "im", "ive", "id"), except where dropping the
 * apostrophe makes another common word ("we'll" is not "well").
 */
const NOT_A_CONTRACTION = new Set(['well', 'ill', 'hell', 'shell', 'were', 'wed', 'shed', 'hed', 'lets']);
export function spellings(word: string): string[] {
  const misspelt = MISSPELLINGS[word];
  if (misspelt) return [word, ...misspelt];
  if (!word.includes("'")) return [word];
  const bare = word.replace(/'/g, '');
  return bare.length > 1 && !NOT_A_CONTRACTION.has(bare) ? [word, bare] : [word];
}

function splitTop(src: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of src) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === sep && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/**
 * Between two words of a phrase: spaces, or a comma and spaces ("yes, if", "agreed, all three"); a quotation mark may
 * close the word before or open the next ("asking me to "sign up"").
 */
const SEPARATOR = String.raw`"?(?:\s*,)?\s+"?`;

/** Compiles one pattern to a regex source (no flags, no anchors). */
export function compilePattern(pattern: string): string {
  const tokens = splitTop(pattern.trim(), ' ').filter(Boolean);
  let out = '';
  let needSep = false;
  for (const token of tokens) {
    if (token === '~') {
      out += String.raw`(?:\s+[^\s.;:!?]+){0,5}`;
      continue;
    }
    let body = token;
    let optional = false;
    if (body.endsWith('?') && body.length > 1) {
      optional = true;
      body = body.slice(0, -1);
    }
    const piece =
      body.startsWith('[') && body.endsWith(']')
        ? `(?:${splitTop(body.slice(1, -1), '|').map((alt) => compilePattern(alt)).join('|')})`
        : spellings(body).length > 1
          ? `(?:${spellings(body).map(escape).join('|')})`
          : escape(body);
    const sep = needSep ? SEPARATOR : '';
    if (optional && !needSep) out += `(?:${piece}${SEPARATOR})?`;
    else if (optional) out += `(?:${sep}${piece})?`;
    else {
      out += `${sep}${piece}`;
      needSep = true;
    }
  }
  return out;
}

/** The regex source of entries without what may precede a match: any of them, ending a word. */
export function entriesBody(entries: readonly Entry[]): string {
  const alternatives = entries.map((e) => compilePattern(e.p));
  // Longest first so that "not going to answer" wins over "answer" where both match at one place.
  alternatives.sort((a, b) => b.length - a.length);
  // A word must end where the match does; a sign needs no such end ("✓A1" is a tick for A1).
  return String.raw`(?:${alternatives.join('|')})(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))`;
}

/** Compiles entries to one regex that matches any of them as whole words (global). */
export function compileEntries(entries: readonly Entry[]): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}'])${entriesBody(entries)}`, 'gu');
}

/** Entries as a search for whole words, after neither a letter, a digit nor an apostrophe. */
export function entriesSearch(entries: readonly Entry[]): WordStartRegExp {
  return new WordStartRegExp(entriesBody(entries), WORD_START);
}

/** What must not stand before a lexicon match: a letter, a digit or an apostrophe. */
export const WORD_START = { numbers: true, marks: "'" };

const NONE: Array<{ start: number; end: number }> = [];

/**
 * Adds a pattern to a phrase tree below each of `from`; returns the nodes where it can end. Alternatives
 * and optional words branch and meet again at shared nodes, so no pattern is spelt out phrase by phrase.
 */
function insert<K>(from: ReadonlyArray<PhraseNode<K>>, pattern: string, owner = ++insertions): Array<PhraseNode<K>> {
  let nodes = from;
  for (const token of splitTop(pattern.trim(), ' ').filter(Boolean)) {
    if (token === '~') {
      nodes = [...new Set(nodes.map((n) => (n.any ??= phraseNode())))];
      continue;
    }
    const optional = token.endsWith('?') && token.length > 1;
    const body = optional ? token.slice(0, -1) : token;
    const next =
      body.startsWith('[') && body.endsWith(']') ? splitTop(body.slice(1, -1), '|').flatMap((alt) => insert(nodes, alt, owner)) : spellings(body).flatMap((w) => children(nodes, w, owner));
    nodes = [...new Set(optional ? [...nodes, ...next] : next)];
  }
  return [...nodes];
}

/** A next word of a phrase tree: the literal, the length of the plain word it starts with, where it leads. */
interface PhraseStep<K> {
  literal: string;
  keyLength: number;
  node: PhraseNode<K>;
}

/** One word of a phrase tree: where the phrases that go on from here lead, and the lists that end here. */
interface PhraseNode<K> {
  /** Next words, by the hash of the plain word they start with (see wordKeyEnd); words that start with a sign under 0. */
  next: Map<number, Array<PhraseStep<K>>> | undefined;
  /** `~`: up to five words of anything, then the rest of the phrase. */
  any: PhraseNode<K> | undefined;
  ends: Array<{ kind: number; at: Entry['at'] }>;
  /**
   * The pattern that made the node when several nodes lead to it (0 when one does): the branches of one pattern's
   * alternatives meet again there, and no other pattern goes on from it, or it would be reached by paths it never named.
   */
  owner: number;
}

function phraseNode<K>(owner = 0): PhraseNode<K> {
  // Most nodes end a phrase and lead nowhere: their map is made when a first word follows them.
  return { next: undefined, any: undefined, ends: [], owner };
}

/** Counts the patterns inserted, so that a node made for one pattern is known as its own. */
let insertions = 0;


/**
 * Where the plain word at `at` ends: letters and digits, with apostrophes inside ("don't"); `at` when
 * none starts there. Its hash is left in `keyHash`, so words are looked up without cutting them out.
 * For a literal of the lexicon ("100%" → "100", "re:" → "re") the plain word is what it is filed under.
 */
function wordKeyEnd(text: string, at: number): number {
  let i = at;
  let h = 0;
  for (;;) {
    if (isLetterOrDigit(text, i)) {
      // Kept to 30 bits, so the hash stays a small integer and a lookup allocates nothing.
      h = (Math.imul(h, 31) + text.charCodeAt(i)) & 0x3fffffff;
      i++;
    } else if (i > at && i < text.length && text.charCodeAt(i) === 39 && isLetterOrDigit(text, i + 1)) {
      h = (Math.imul(h, 31) + 39) & 0x3fffffff;
      i++;
    } else break;
  }
  keyHash = h === 0 && i > at ? 1 : h;
  return i;
}
let keyHash = 0;

/** A letter or digit, as `[\p{L}\p{N}]` with the u flag reads the code point at `i`. */
function isLetterOrDigit(text: string, i: number): boolean {
  // Bounds first: reading past the end gives NaN, which costs the optimised code its speed.
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return isLetterOrNumberCode(text.codePointAt(i)!);
}

function isSpace(text: string, i: number): boolean {
  return i < text.length && isSpaceCode(text.charCodeAt(i));
}

/**
 * The plain words of a text, found once and shared by every search over it: where each starts and ends, its hash
 * (as wordKeyEnd makes it), and whether it starts just after an apostrophe, where no phrase may start.
 */
interface WordTable {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  afterApostrophe: Uint8Array;
}

/**
 * The one table there is at a time, its arrays reused from reply to reply: outside the heap, grown as a longer reply
 * needs and let go of again after it, so a reply of any length costs four bytes or so a word and none are allocated
 * for each reply.
 */
const words: WordTable = { text: '', count: 0, starts: new Int32Array(1024), ends: new Int32Array(1024), hashes: new Int32Array(1024), afterApostrophe: new Uint8Array(1024) };

/** Makes room for `count` words in the shared table: more when it is short, less again after a very long reply. */
function reserve(count: number): void {
  const size = resizeFor(words.starts.length, count);
  if (size === undefined) return;
  words.starts = new Int32Array(size);
  words.ends = new Int32Array(size);
  words.hashes = new Int32Array(size);
  words.afterApostrophe = new Uint8Array(size);
}

/** Words as find() meets them scanning from the start of the text: each a maximal run, as wordKeyEnd reads it. */
function buildWordTable(text: string): WordTable {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    if (!isLetterOrDigit(text, i)) i++;
    else {
      i = wordKeyEnd(text, i);
      count++;
    }
  }
  reserve(count);
  const table = words;
  table.text = text;
  table.count = count;
  let k = 0;
  for (let i = 0; i < text.length; ) {
    if (!isLetterOrDigit(text, i)) {
      i++;
      continue;
    }
    const pos = i;
    i = wordKeyEnd(text, pos);
    table.starts[k] = pos;
    table.ends[k] = i;
    table.hashes[k] = keyHash;
    // The character before a word is not a letter or digit (it would be part of the word), but may be an apostrophe.
    table.afterApostrophe[k] = pos > 0 && text.charCodeAt(pos - 1) === 39 ? 1 : 0;
    k++;
  }
  return table;
}

// Every unit and sentence of a reply is searched in the same normalised text: its words are found once.
function wordTable(text: string): WordTable {
  return words.text === text && text !== '' ? words : buildWordTable(text);
}

/** The first word of the table that ends after `at` (a word that `at` falls inside, or the next one). */
function firstWordEndingAfter(table: WordTable, at: number): number {
  return firstAbove(table.ends, table.count, at);
}

/** The word that starts at `at`, searching forward from word `from`; -1 when none starts there. */
function wordStartingAt(table: WordTable, at: number, from: number): number {
  let k = from;
  while (k < table.count && table.starts[k]! < at) k++;
  return k < table.count && table.starts[k] === at ? k : -1;
}

/**
 * Where the next word starts after the separator between two words (spaces, or a comma and spaces), or -1. A
 * quotation mark at either side of the spaces is stepped over: "asking me to "sign up"" reads as "asking me to sign up".
 */
function afterSeparator(text: string, e: number): number {
  let i = e;
  if (text.charCodeAt(i) === 34 /* " */) i++;
  const spaces = i;
  while (isSpace(text, i)) i++;
  if (i < text.length && text.charCodeAt(i) === 44 /* , */) {
    let k = i + 1;
    while (isSpace(text, k)) k++;
    if (k === i + 1) return -1;
    i = k;
  } else if (i === spaces) return -1;
  return text.charCodeAt(i) === 34 ? i + 1 : i;
}

/** Characters a `~` word is made of: anything but space and the marks that end a sentence or clause. */
function isLooseWordChar(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code === 46 || code === 59 || code === 58 || code === 33 || code === 63) return false;
  return !isSpace(text, i);
}

/**
 * Finds the phrases of several lexicon lists in one pass over the words of a text. The lists are
 * merged into one tree of words, walked from each word of the text, so the cost grows with the text,
 * not with the lexicon. Within each list, matches are leftmost and longest, and do not overlap.
 */
export class PhraseMatcher<K extends string = string> {
  private readonly root = phraseNode<K>();
  private readonly kinds: K[];
  private readonly empty: Record<K, Array<{ start: number; end: number }>>;
  // Scratch per find: where each list's last match ended, and the longest end at the current word.
  private readonly reached: Int32Array;
  private readonly best: Int32Array;
  /** The lists with an end noted in `best` at the current word, `touchedCount` of them. */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private norm = '';
  private end = 0;
  private first = 0;
  private pos = 0;
  /** The word where the phrase being walked starts: words further on are looked for from there. */
  private word = 0;
  private table: WordTable | undefined;

  constructor(lists: Record<K, readonly Entry[]>) {
    this.kinds = Object.keys(lists) as K[];
    this.empty = Object.fromEntries(this.kinds.map((k) => [k, NONE])) as Record<K, Array<{ start: number; end: number }>>;
    this.reached = new Int32Array(this.kinds.length);
    this.best = new Int32Array(this.kinds.length).fill(-1);
    this.touched = new Int32Array(this.kinds.length);
    this.kinds.forEach((kind, k) => {
      for (const entry of lists[kind]) {
        for (const node of insert([this.root], entry.p)) {
          if (!node.ends.some((e) => e.kind === k && e.at === entry.at)) node.ends.push({ kind: k, at: entry.at });
        }
        // A phrase must start with a word: the tree is entered by the words of the text.
        if (this.root.any || this.root.ends.length > 0) throw new Error(`lexicon pattern must start with a word: ${entry.p}`);
      }
    });
  }

  /** Matches of every list between `start` and `end` of `norm`, by list. */
  find(norm: string, start = 0, end = norm.length): Record<K, ReadonlyArray<{ start: number; end: number }>> {
    // Lists without a match share one empty array: most units match few lists, and garbage is time.
    const out = { ...this.empty } as Record<K, Array<{ start: number; end: number }>>;
    const { reached, best, kinds } = this;
    const table = wordTable(norm);
    reached.fill(-1);
    this.norm = norm;
    this.end = end;
    this.table = table;
    this.first = -1;
    let k = firstWordEndingAfter(table, start);
    if (k < table.count && table.starts[k]! < start) {
      // `start` falls inside a word: its rest is a word too, where no phrase starts (past an apostrophe if on one).
      const pos = isLetterOrDigit(norm, start) ? start : start + 1;
      if (pos < end) this.first = pos;
      k++;
    }
    for (; k < table.count; k++) {
      const pos = table.starts[k]!;
      if (pos >= end) break;
      if (this.first === -1) this.first = pos;
      // Inside a word ("'agree'" after its quote mark, "don't" after its apostrophe) no phrase starts.
      if (table.afterApostrophe[k] === 1) continue;
      const listed = this.root.next?.get(table.hashes[k]!);
      if (!listed) continue;
      const wordLength = table.ends[k]! - pos;
      this.pos = pos;
      this.word = k;
      this.touchedCount = 0;
      for (let j = 0; j < listed.length; j++) {
        const step = listed[j]!;
        if (step.keyLength === wordLength && norm.startsWith(step.literal, pos)) this.walk(step.node, pos + step.literal.length);
      }
      // The longest phrase of each list that ends somewhere after this word (each end is past it).
      for (let t = 0; t < this.touchedCount; t++) {
        const q = this.touched[t]!;
        const kind = kinds[q]!;
        if (out[kind] === NONE) out[kind] = [];
        out[kind].push({ start: pos, end: best[q]! });
        reached[q] = best[q]!;
        best[q] = -1;
      }
    }
    return out;
  }

  /** Follows the tree from `node`, whose words end at `e`, noting every list whose phrase ends here. */
  private walk(node: PhraseNode<K>, e: number): void {
    const { norm, end } = this;
    if (e > end) return;
    if (node.ends.length > 0 && !isLetterOrDigit(norm, e)) {
      for (const { kind, at } of node.ends) {
        if (this.reached[kind]! > this.pos) continue;
        if ((at === 'start' && this.pos !== this.first) || (at === 'later' && this.pos === this.first)) continue;
        const noted = this.best[kind]!;
        if (e > noted) {
          if (noted === -1) this.touched[this.touchedCount++] = kind;
          this.best[kind] = e;
        }
      }
    }
    if (node.next) {
      const r = afterSeparator(norm, e);
      if (r !== -1 && r < end) {
        // A word that starts with a sign ("+1") has no plain word: it is filed, and found, under 0.
        const table = this.table!;
        const w = wordStartingAt(table, r, this.word);
        const hash = w === -1 ? 0 : table.hashes[w]!;
        const wordLength = w === -1 ? 0 : table.ends[w]! - r;
        const steps = node.next.get(hash);
        if (steps !== undefined) {
          for (let j = 0; j < steps.length; j++) {
            const step = steps[j]!;
            if (step.keyLength === wordLength && norm.startsWith(step.literal, r)) this.walk(step.node, r + step.literal.length);
          }
        }
      }
    }
    if (node.any) {
      // Up to five words of anything, each after spaces, none across a full stop, colon or semicolon.
      let q = e;
      this.walk(node.any, q);
      for (let n = 0; n < 5; n++) {
        let r = q;
        while (isSpace(norm, r)) r++;
        if (r === q) break;
        let w = r;
        while (isLooseWordChar(norm, w)) w++;
        if (w === r || w > end) break;
        q = w;
        this.walk(node.any, q);
      }
    }
  }
}


/**
 * The nodes a word leads to from each of `nodes`: where a node has the word already (from an earlier pattern, or this
 * one), that child; the others all lead to one new node, so alternatives do not multiply the tree. A node reached from
 * several belongs to this pattern (`owner`); one reached from a single node may be gone on from by any pattern.
 */
function children<K>(nodes: ReadonlyArray<PhraseNode<K>>, literal: string, owner: number): Array<PhraseNode<K>> {
  const keyLength = wordKeyEnd(literal, 0);
  const hash = keyHash;
  const out: Array<PhraseNode<K>> = [];
  let fresh: PhraseNode<K> | undefined;
  for (const node of nodes) {
    node.next ??= new Map();
    let list = node.next.get(hash);
    if (!list) node.next.set(hash, (list = []));
    const found = list.find((c) => c.literal === literal && (c.node.owner === 0 || c.node.owner === owner));
    if (found) {
      out.push(found.node);
      continue;
    }
    fresh ??= phraseNode<K>(nodes.length > 1 ? owner : 0);
    list.push({ literal, keyLength, node: fresh });
  }
  if (fresh) out.push(fresh);
  return out;
}

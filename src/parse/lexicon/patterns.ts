// The lexicon's pattern language, compiled to regular expressions over normalised (lower-case) text.
//
//   words        literal words, any run of spaces between them
//   [a|b c]      alternatives (each may have several words)
//   x?  [a|b]?   optional word or group
//   ~            up to five words of anything
//
// A pattern matches whole words only.

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
        : escape(body);
    // Words may stand apart by spaces, or by a comma and spaces ("yes, if", "agreed, all three").
    const sep = needSep ? String.raw`(?:\s*,)?\s+` : '';
    if (optional && !needSep) out += `(?:${piece}(?:\\s*,)?\\s+)?`;
    else if (optional) out += `(?:${sep}${piece})?`;
    else {
      out += `${sep}${piece}`;
      needSep = true;
    }
  }
  return out;
}

/** Compiles entries to one regex that matches any of them as whole words (global, for matchAll). */
export function compileEntries(entries: readonly Entry[]): RegExp {
  const alternatives = entries.map((e) => compilePattern(e.p));
  // Longest first so that "not going to answer" wins over "answer" where both match at one place.
  alternatives.sort((a, b) => b.length - a.length);
  return new RegExp(String.raw`(?<![\p{L}\p{N}'])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`, 'gu');
}

const WORD_AT = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/uy;
const WORD_CHAR = /[\p{L}\p{N}']/u;

/** A letter, digit or apostrophe: ASCII decided at once, the rest by Unicode class. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 39;
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** The words a pattern can start with, or undefined when it can start with anything. */
function firstWords(pattern: string): Set<string> | undefined {
  const out = new Set<string>();
  for (const token of splitTop(pattern.trim(), ' ').filter(Boolean)) {
    if (token === '~') return undefined;
    const optional = token.endsWith('?') && token.length > 1;
    const body = optional ? token.slice(0, -1) : token;
    if (body.startsWith('[') && body.endsWith(']')) {
      for (const alt of splitTop(body.slice(1, -1), '|')) {
        const inner = firstWords(alt);
        if (!inner) return undefined;
        for (const w of inner) out.add(w);
      }
    } else {
      const word = /^[\p{L}\p{N}']+/u.exec(body)?.[0];
      if (!word) return undefined;
      out.add(word);
    }
    if (!optional) return out;
  }
  return out;
}

const NONE: Array<{ start: number; end: number }> = [];
const WORDS = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

interface Compiled<K> {
  re: RegExp;
  kind: K;
  at: Entry['at'];
}

/**
 * Finds the phrases of several lexicon lists in one pass over the words of a text: each pattern is
 * tried only where a word it can start with stands, so the cost grows with the text, not with the
 * lexicon. Within each list, matches are leftmost and longest, and do not overlap.
 */
export class PhraseMatcher<K extends string = string> {
  private readonly byFirst = new Map<string, Compiled<K>[]>();
  private readonly anywhere: Compiled<K>[] = [];
  private readonly kinds: K[];
  private readonly empty: Record<K, Array<{ start: number; end: number }>>;
  private readonly reached = new Map<K, number>();
  private readonly best = new Map<K, number>();

  constructor(lists: Record<K, readonly Entry[]>) {
    this.kinds = Object.keys(lists) as K[];
    this.empty = Object.fromEntries(this.kinds.map((k) => [k, NONE])) as Record<K, Array<{ start: number; end: number }>>;
    // One regex per first word, list and position rule: its alternatives, longest first, are tried
    // in one go, so a word costs one attempt per list rather than one per entry.
    const groups = new Map<string, { word: string | undefined; kind: K; at: Entry['at']; sources: string[] }>();
    for (const kind of this.kinds) {
      for (const entry of lists[kind]) {
        const source = compilePattern(entry.p);
        const firsts = firstWords(entry.p);
        for (const word of firsts ?? [undefined]) {
          const key = `${word ?? ''}\u0000${kind}\u0000${entry.at ?? ''}`;
          const group = groups.get(key) ?? { word, kind, at: entry.at, sources: [] };
          group.sources.push(source);
          groups.set(key, group);
        }
      }
    }
    for (const { word, kind, at, sources } of groups.values()) {
      sources.sort((a, b) => b.length - a.length);
      const compiled = { re: new RegExp(`(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'uy'), kind, at };
      if (word === undefined) this.anywhere.push(compiled);
      else {
        const list = this.byFirst.get(word) ?? [];
        list.push(compiled);
        this.byFirst.set(word, list);
      }
    }
  }

  /** Matches of every list between `start` and `end` of `norm`, by list. */
  find(norm: string, start = 0, end = norm.length): Record<K, ReadonlyArray<{ start: number; end: number }>> {
    // Lists without a match share one empty array: most units match few lists, and garbage is time.
    const out = { ...this.empty } as Record<K, Array<{ start: number; end: number }>>;
    // Where each list's last match ended (matches within a list never overlap), and the best end here.
    const reached = this.reached;
    const best = this.best;
    reached.clear();
    WORDS.lastIndex = start;
    let first = -1;
    for (let m = WORDS.exec(norm); m && m.index < end; m = WORDS.exec(norm)) {
      const pos = m.index;
      if (first === -1) first = pos;
      if (pos > 0 && isWordChar(norm.charCodeAt(pos - 1))) continue;
      const listed = this.byFirst.get(m[0]);
      if (!listed && this.anywhere.length === 0) continue;
      best.clear();
      if (listed) this.tryAt(norm, pos, end, first, listed, reached, best);
      if (this.anywhere.length > 0) this.tryAt(norm, pos, end, first, this.anywhere, reached, best);
      for (const [kind, stop] of best) {
        if (out[kind] === NONE) out[kind] = [];
        out[kind].push({ start: pos, end: stop });
        reached.set(kind, stop);
      }
    }
    return out;
  }

  private tryAt(norm: string, pos: number, end: number, first: number, list: readonly Compiled<K>[], reached: Map<K, number>, best: Map<K, number>): void {
    for (const { re, kind, at } of list) {
      if ((reached.get(kind) ?? -1) > pos) continue;
      if ((at === 'start' && pos !== first) || (at === 'later' && pos === first)) continue;
      re.lastIndex = pos;
      const hit = re.exec(norm);
      if (!hit) continue;
      const stop = pos + hit[0].length;
      if (stop <= end && stop > (best.get(kind) ?? pos)) best.set(kind, stop);
    }
  }
}

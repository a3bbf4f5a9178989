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
    const sep = needSep ? String.raw`\s+` : '';
    if (optional && !needSep) out += `(?:${piece}\\s+)?`;
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

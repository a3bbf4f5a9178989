// Regular-expression helpers for hot paths.
import { isLetterCode, isLetterOrNumberCode } from './chars.js';

/**
 * Every match of a global regex in `text`, like `[...text.matchAll(re)]`. matchAll copies the regex
 * on every call, which costs more than the search itself on short texts; this loop reuses it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would find itself again: step past it, by a whole code point under the u flag.
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}


/** How many UTF-16 units the code point at `at` takes. */
function codePointWidth(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** The code point that ends just before `at` (a surrogate pair read whole), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * A global regular expression whose matches must not follow a letter (nor, as asked, a digit or one of a few ASCII
 * marks): the matches of `(?<![\p{L}\p{N}…])(?:body)` with the u flag. A lookbehind for \p{L} is tested at every
 * position of the text and costs more than the rest of the search; here the regex looks behind for ASCII only, and
 * a match that follows a character beyond ASCII is checked in code, which is rare.
 */
export class WordStartRegExp {
  private readonly re: RegExp;

  constructor(
    body: string,
    private readonly options: { numbers?: boolean; marks?: string } = {},
  ) {
    const marks = (options.marks ?? '').replace(/[\]\\^-]/g, '\\$&');
    this.re = new RegExp(`(?<![a-zA-Z${options.numbers ? '0-9' : ''}${marks}])(?:${body})`, 'gu');
  }

  /** The first match at or after `from`, as RegExp.prototype.exec finds it. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const re = this.re;
    re.lastIndex = from;
    for (;;) {
      const m = re.exec(text);
      if (m === null || !this.followsWordCharacter(text, m.index)) {
        re.lastIndex = 0;
        return m;
      }
      // The real lookbehind fails here for every alternative: search on from the next position.
      re.lastIndex = m.index + codePointWidth(text, m.index);
    }
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  /** Every match, as allMatches finds them. */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.exec(text); m !== null; ) {
      out.push(m);
      // An empty match would find itself again: step past it, by a whole code point.
      m = this.exec(text, m.index + (m[0].length > 0 ? m[0].length : codePointWidth(text, m.index)));
    }
    return out;
  }

  private followsWordCharacter(text: string, at: number): boolean {
    const cp = codePointBefore(text, at);
    if (cp < 128) return false;
    return this.options.numbers === true ? isLetterOrNumberCode(cp) : isLetterCode(cp);
  }
}

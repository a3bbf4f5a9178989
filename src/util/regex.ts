// Regular-expression helpers for hot paths.

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

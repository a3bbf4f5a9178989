// Plain-text helpers for renderers: visible width, wrapping, truncation and number formats.
import { stripVTControlCharacters } from 'node:util';

const COMBINING = /\p{M}/u;
// Wide characters: CJK, Hangul, full-width forms and emoji pictographs take two terminal columns.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns `text` takes in a terminal, colour codes excluded. */
export function visibleWidth(text: string): number {
  // Plain ASCII, the most of what tables hold, takes a column a character.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const ch of stripVTControlCharacters(text)) {
    if (COMBINING.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

/** Columns one character takes. */
function charWidth(ch: string): number {
  if (ch.length === 1 && ch >= ' ' && ch <= '~') return 1;
  return COMBINING.test(ch) ? 0 : visibleWidth(ch);
}

/** Shortens `text` to `width` columns, ending in an ellipsis when cut; in time that grows with the columns kept. */
export function truncate(text: string, width: number): string {
  if (text.length <= width && visibleWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  if (out.length === text.length) return text;
  return `${out.trimEnd()}…`;
}

/** Splits a word wider than `width` into pieces: at its hyphens first, then with a hyphen added. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let carry = '';
  for (const part of word.split(/(?<=-)/)) {
    let rest = carry + part;
    carry = '';
    // "Spedding-" one column too wide moves its hyphen to the next piece: "Spedding" / "-Taylor".
    if (visibleWidth(rest) === width + 1 && rest.endsWith('-')) [rest, carry] = [rest.slice(0, -1), '-'];
    if (visibleWidth(rest) > width && width > 1) {
      // The characters once, cut a piece at a time: a long word costs its length, not its length squared.
      const chars = [...rest];
      let at = 0;
      while (chars.length - at > 0 && visibleWidth(chars.slice(at).join('')) > width) {
        // Leave at least three letters for the last line: "Silver-" / "man", not "Silverm-" / "an".
        const left = chars.length - at;
        const take = left - (width - 1) < 3 && left - 3 >= 3 ? left - 3 : width - 1;
        pieces.push(`${chars.slice(at, at + take).join('')}-`);
        at += take;
      }
      rest = chars.slice(at).join('');
    }
    pieces.push(rest);
  }
  if (carry) pieces.push(carry);
  return pieces;
}

/**
 * Wraps `text` into lines of at most `width` columns, at spaces where it can, else within words; with `maxLines`, the
 * last line kept ends in an ellipsis when there was more (a 3,000-character name stays a few lines in a table).
 */
export function wrapText(text: string, width: number, maxLines = Infinity): string[] {
  if (Number.isFinite(maxLines)) {
    // Only what could fill the lines is wrapped: the rest would be cut anyway.
    const room = (width + 1) * (maxLines + 1);
    const cut = text.length > room * 2;
    const lines = wrapText(cut ? text.slice(0, room * 2) : text, width);
    if (lines.length <= maxLines && !cut) return lines;
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = truncate(`${kept[maxLines - 1]!}…`, width);
    if (!kept[maxLines - 1]!.endsWith('…')) kept[maxLines - 1] = `${kept[maxLines - 1]!}…`;
    return kept;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = visibleWidth(word) > width ? breakWord(word, width) : [word];
    pieces.forEach((piece, i) => {
      const joined = line ? (i === 0 ? `${line} ${piece}` : line + piece) : piece;
      if (visibleWidth(joined) <= width) line = joined;
      else {
        if (line) lines.push(line);
        line = piece;
      }
    });
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Packs short items onto as few lines as fit in `width`, separated by `gap`. */
export function packItems(items: readonly string[], width: number, gap = '  '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && visibleWidth(line + gap + item) <= width) line += gap + item;
    else {
      if (line) lines.push(line);
      line = item;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A score without trailing zeros: 8.5, 11, 7.25. */
export function formatScore(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A percentage with its one decimal: 77.3. */
export function formatPercent(n: number): string {
  return n.toFixed(1);
}

/** A confidence with two decimals: 0.90. */
export function formatConfidence(n: number): string {
  return n.toFixed(2);
}

// C0 and C1 control characters other than tab and newline: escape sequences a terminal would obey.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Replaces control characters with U+FFFD so text from replies cannot drive the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '\ufffd');
}

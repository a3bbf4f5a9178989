// Turns a file's bytes into text: UTF-8 only, BOM dropped, CRLF and CR folded to LF, binary refused.
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';

export type DecodeResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Keeps a byte-order mark in the text, for files that are edited and written back. */
const keepingBom = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and byte column of `offset`, counting line breaks as normaliseNewlines does (LF, CRLF, lone CR). */
function lineColAtByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * Decodes a file's bytes; `file` is only used to name it in the diagnostic. `asWritten` keeps the byte-order mark and
 * the line endings, for text that is edited and written back.
 */
export function decodeText(bytes: Uint8Array, file: string, { asWritten = false } = {}): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      diagnostic: diagnostic('invalid-utf8', file, { line: 1, col: 1 }, 'the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8'),
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      diagnostic: diagnostic(
        'binary-content',
        file,
        lineColAtByte(bytes, nul),
        'this looks like a binary file (it contains a NUL byte); replies and programmes are UTF-8 text',
      ),
    };
  }
  let text: string;
  try {
    text = (asWritten ? keepingBom : decoder).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      diagnostic: diagnostic(
        'invalid-utf8',
        file,
        lineColAtByte(bytes, Math.max(0, at)),
        'the file is not valid UTF-8; save it as UTF-8 and try again',
      ),
    };
  }
  return { ok: true, text: asWritten ? text : normaliseNewlines(text) };
}

/** Drops a leading BOM and turns CRLF and lone CR into LF. */
export function normaliseNewlines(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/** Offsets of the start of every line, for turning an offset into a 1-based line quickly. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of `offset`, by binary search over `lineStarts(text)`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// The one place that reads user files: bytes in, decoded text or a diagnostic out.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { decodeText } from './text.js';

/** Largest file pledgecard reads; anything bigger is refused rather than risk memory. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** The path as shown to users: relative to the working directory when inside it, with forward slashes. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return shown.split(path.sep).join('/');
}

/**
 * What the shown path of every entry of folder `dir` starts with: its shown path and a slash ('' for the working
 * directory itself); undefined when the folder is not below the working directory, where entries are shown in full.
 */
export function shownPrefix(dir: string, cwd = process.cwd()): string | undefined {
  const rel = path.relative(cwd, path.resolve(cwd, dir));
  if (rel === '') return '';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return `${rel.split(path.sep).join('/')}/`;
}

/** displayPath(path.join(dir, name)) for an entry of `dir`, whose shownPrefix is `prefix`: without resolving it again. */
export function shownEntry(prefix: string | undefined, dir: string, name: string, cwd = process.cwd()): string {
  // A name that starts with ".." would read as a way out of the folder: shown in full, as displayPath shows it.
  return prefix !== undefined && !name.startsWith('.') ? prefix + name : displayPath(path.join(dir, name), cwd);
}

function errnoCode(err: unknown): string | undefined {
  return err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

function tooLarge(shown: string, bytes: number): ReadResult {
  const size = bytes > MAX_FILE_BYTES ? `more than ${MAX_FILE_BYTES / 1048576} MB` : `${(bytes / 1048576).toFixed(1)} MB`;
  return {
    ok: false,
    diagnostic: diagnostic('file-too-large', shown, undefined, `${size}: larger than the ${MAX_FILE_BYTES / 1048576} MB pledgecard reads`),
  };
}

/** Reads at most MAX_FILE_BYTES + 1 bytes, so a device or pipe that never ends cannot exhaust memory. */
function readBounded(fd: number, expected: number, regular: boolean): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // The first read is sized by stat, plus one byte to notice a file that grew, so a small file costs a small buffer.
  let want = expected + 1;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(want, MAX_FILE_BYTES + 1 - total));
    want = 1 << 20;
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > MAX_FILE_BYTES) break;
    // A short read of a regular file is its end; pipes and devices are read until they say so.
    if (regular && n < chunk.length) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function folder(shown: string, what: string): ReadResult {
  return { ok: false, diagnostic: diagnostic('file-unreadable', shown, undefined, `expected a ${what}, found a folder`) };
}

/** Reads a UTF-8 text file; `shown` names it in diagnostics. `asWritten` keeps its byte-order mark and line endings. */
export function readText(file: string, shown: string, what = 'file', { asWritten = false } = {}): ReadResult {
  let bytes: Buffer;
  try {
    // One open and an fstat of what was opened: one path lookup per file.
    const fd = openSync(file, 'r');
    try {
      const st = fstatSync(fd);
      if (st.isDirectory()) return folder(shown, what);
      if (st.size > MAX_FILE_BYTES) return tooLarge(shown, st.size);
      bytes = readBounded(fd, st.size, st.isFile());
    } finally {
      closeSync(fd);
    }
    if (bytes.length > MAX_FILE_BYTES) return tooLarge(shown, bytes.length);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'EISDIR') return folder(shown, what);
    if (code === 'ENOENT') {
      return { ok: false, diagnostic: diagnostic('file-missing', shown, undefined, `${what} not found`) };
    }
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'symbolic link loop' : (code ?? String(err));
    return { ok: false, diagnostic: diagnostic('file-unreadable', shown, undefined, `cannot read ${what}: ${why}`) };
  }
  return decodeText(bytes, shown, { asWritten });
}

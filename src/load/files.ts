// The one place that reads user files: bytes in, decoded text or a diagnostic out.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
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
function readBounded(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_FILE_BYTES + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > MAX_FILE_BYTES) break;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads a UTF-8 text file; `shown` names it in diagnostics. */
export function readText(file: string, shown: string, what = 'file'): ReadResult {
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory()) {
      return { ok: false, diagnostic: diagnostic('file-unreadable', shown, undefined, `expected a ${what}, found a folder`) };
    }
    if (st.size > MAX_FILE_BYTES) return tooLarge(shown, st.size);
    bytes = readBounded(file);
    if (bytes.length > MAX_FILE_BYTES) return tooLarge(shown, bytes.length);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') {
      return { ok: false, diagnostic: diagnostic('file-missing', shown, undefined, `${what} not found`) };
    }
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'symbolic link loop' : (code ?? String(err));
    return { ok: false, diagnostic: diagnostic('file-unreadable', shown, undefined, `cannot read ${what}: ${why}`) };
  }
  return decodeText(bytes, shown);
}

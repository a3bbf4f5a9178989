// The one place pledgecard writes files: atomically (temp file beside the target, then rename); and whether a write would change one.
import { chmodSync, closeSync, linkSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** What a file is written from: text, bytes, or text in pieces (written one after another, never joined). */
export type Content = string | Uint8Array | Iterable<string>;

/** How many bytes text in pieces is gathered into before it is handed on. */
const CHUNK_BYTES = 1 << 20;

/**
 * The bytes of `content`, a chunk at a time. Text in pieces is encoded into one buffer, reused, so each chunk must
 * be used before the next is asked for: encoding a piece at a time into buffers of its own cost more than writing.
 */
function* bytesOf(content: Content): Generator<Uint8Array> {
  if (typeof content === 'string') yield Buffer.from(content, 'utf8');
  else if (content instanceof Uint8Array) yield content;
  else {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    for (const piece of content) {
      // A UTF-16 unit takes at most three bytes of UTF-8: a piece that might not fit goes after the chunk so far.
      if (used + piece.length * 3 > CHUNK_BYTES && used > 0) {
        yield buffer.subarray(0, used);
        used = 0;
      }
      if (piece.length * 3 > CHUNK_BYTES) yield Buffer.from(piece, 'utf8');
      else used += buffer.write(piece, used, 'utf8');
    }
    if (used > 0) yield buffer.subarray(0, used);
  }
}

/** Writes `content` to a new file, failing if there is one. */
function writeNew(file: string, content: Content): void {
  const fd = openSync(file, 'wx');
  try {
    for (const bytes of bytesOf(content)) {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes `content` to a new temp file beside `file` (creating the folder) and hands it to `place`. */
function viaTempFile<T>(file: string, content: Content, place: (temp: string) => T): T {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
  try {
    writeNew(temp, content);
    return place(temp);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Writes `content` to `file` so that readers see either the old file or the whole new one, never a part. */
export function writeFileAtomic(file: string, content: Content): void {
  viaTempFile(file, content, (temp) => renameSync(temp, file));
}

/**
 * Replaces the content of an existing file atomically, as writeFileAtomic does, keeping its permissions; a link is
 * followed, so the file it leads to is rewritten rather than the link replaced by a copy.
 */
export function rewriteFileAtomic(file: string, content: Content): void {
  const real = realpathSync(file);
  const mode = statSync(real).mode & 0o7777;
  viaTempFile(real, content, (temp) => {
    chmodSync(temp, mode);
    renameSync(temp, real);
  });
}

/**
 * Writes a file only when it does not exist yet, atomically: the temp file is hard-linked into place,
 * which fails if the target appeared meanwhile. Returns false (and writes nothing) when it exists.
 */
export function writeFileExclusive(file: string, content: Content): boolean {
  try {
    return viaTempFile(file, content, (temp) => {
      linkSync(temp, file);
      return true;
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'EEXIST') return false;
    throw err;
  }
}

export type FileStatus = 'current' | 'missing' | 'different';

/** Reads from `position` until `into` is full or the file ends; how many bytes it read. */
function readAt(fd: number, into: Buffer, position: number): number {
  let got = 0;
  while (got < into.length) {
    const n = readSync(fd, into, got, into.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Whether the file open at `fd` holds exactly the bytes of `content`: compared a piece at a time, neither read whole. */
function holds(fd: number, content: Content): boolean {
  let at = 0;
  for (const bytes of bytesOf(content)) {
    const found = Buffer.allocUnsafe(bytes.length);
    if (readAt(fd, found, at) < bytes.length || !found.equals(bytes)) return false;
    at += bytes.length;
  }
  return readAt(fd, Buffer.alloc(1), at) === 0;
}

/**
 * Whether `file` already holds exactly `content`. It lives beside the writers because it answers
 * one question for them: would writing change anything (export --check)?
 */
export function fileStatus(file: string, content: Content): FileStatus {
  try {
    const fd = openSync(file, 'r');
    try {
      return holds(fd, content) ? 'current' : 'different';
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    if (code === 'EISDIR') return 'different';
    throw err;
  }
}

/** What is at `target` now: a file, a folder, or nothing; writers check before they start. */
export function targetKind(target: string): 'file' | 'folder' | 'missing' {
  try {
    return statSync(target).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

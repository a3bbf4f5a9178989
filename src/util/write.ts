// The one place pledgecard writes files: atomically (temp file beside the target, then rename); and whether a write would change one.
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** What a file is written from: text, bytes, or text in pieces (written one after another, never joined). */
export type Content = string | Uint8Array | Iterable<string>;

/** Writes `content` to a new file, failing if there is one. */
function writeNew(file: string, content: Content): void {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    writeFileSync(file, content, { flag: 'wx' });
    return;
  }
  const fd = openSync(file, 'wx');
  try {
    for (const piece of content) {
      const bytes = Buffer.from(piece, 'utf8');
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

/**
 * Whether `file` already holds exactly `content`. It lives beside the writers because it answers
 * one question for them: would writing change anything (export --check)?
 */
export function fileStatus(file: string, content: string): FileStatus {
  try {
    return readFileSync(file).equals(Buffer.from(content, 'utf8')) ? 'current' : 'different';
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

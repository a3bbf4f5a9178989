// The one place pledgecard writes files: atomically (temp file beside the target, then rename); and whether a write would change one.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** Writes `content` to a new temp file beside `file` (creating the folder) and hands it to `place`. */
function viaTempFile<T>(file: string, content: string | Uint8Array, place: (temp: string) => T): T {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    return place(temp);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Writes `content` to `file` so that readers see either the old file or the whole new one, never a part. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  viaTempFile(file, content, (temp) => renameSync(temp, file));
}

/**
 * Writes a file only when it does not exist yet, atomically: the temp file is hard-linked into place,
 * which fails if the target appeared meanwhile. Returns false (and writes nothing) when it exists.
 */
export function writeFileExclusive(file: string, content: string | Uint8Array): boolean {
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

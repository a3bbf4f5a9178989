// The one place pledgecard writes files: atomically (temp file beside the target, then rename); and whether a write would change one.
import { chmodSync, closeSync, linkSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A file that could not be written: the target as the user named it, and the system's reason. */
export class WriteError extends Error {
  readonly target: string;
  /** Why, in words: "no space left on the device (ENOSPC)". */
  readonly reason: string;

  constructor(target: string, cause: unknown) {
    const reason = systemReason(cause);
    super(`cannot write ${target}: ${reason}`, { cause });
    this.name = 'WriteError';
    this.target = target;
    this.reason = reason;
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EIO: 'input/output error',
  EFBIG: 'the file is too large for the file system',
  EPIPE: 'the reader went away',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'no such file or folder',
};

/** The reason an operating-system error gives, in words, with its code. */
export function systemReason(err: unknown): string {
  const code = (err as { code?: string } | undefined)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}

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
    // Small files (a scorecard, a page) never need the big buffer: their pieces are kept until they outgrow it.
    let small: string[] = [];
    let smallLength = 0;
    let buffer: Buffer | undefined;
    let used = 0;
    for (const piece of content) {
      if (buffer === undefined) {
        small.push(piece);
        smallLength += piece.length;
        if (smallLength * 3 <= CHUNK_BYTES) continue;
        buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        const held = small;
        small = [];
        for (const p of held) yield* into(p);
        continue;
      }
      yield* into(piece);
    }
    if (buffer === undefined) {
      if (smallLength > 0) yield Buffer.from(small.join(''), 'utf8');
    } else if (used > 0) yield buffer.subarray(0, used);

    function* into(piece: string): Generator<Uint8Array> {
      // A UTF-16 unit takes at most three bytes of UTF-8: a piece that might not fit goes after the chunk so far.
      if (used + piece.length * 3 > CHUNK_BYTES && used > 0) {
        yield buffer!.subarray(0, used);
        used = 0;
      }
      if (piece.length * 3 > CHUNK_BYTES) yield Buffer.from(piece, 'utf8');
      else used += buffer!.write(piece, used, 'utf8');
    }
  }
}

/** Writes all of `content` to the open file `fd`, and closes it. */
function writeAll(fd: number, content: Content): void {
  try {
    for (const bytes of bytesOf(content)) {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes `content` to a new file, failing if there is one. */
function writeNew(file: string, content: Content): void {
  writeAll(openSync(file, 'wx'), content);
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

/** Writes `content` into a device or FIFO that exists (`--out /dev/null`): there is no file to replace. */
function writeInto(file: string, content: Content): void {
  writeAll(openSync(file, 'w'), content);
}

/**
 * Writes `content` to `file` so that readers see either the old file or the whole new one, never a part. A device or
 * FIFO is written into, never replaced. Any failure is a WriteError naming `file`, with nothing left behind.
 */
export function writeFileAtomic(file: string, content: Content): void {
  try {
    const kind = special(file);
    if (kind) writeInto(file, content);
    else viaTempFile(file, content, (temp) => renameSync(temp, file));
  } catch (err) {
    throw err instanceof WriteError ? err : new WriteError(file, err);
  }
}

/** Whether `file` exists and is something other than a regular file or a folder (a device, a FIFO, a socket). */
function special(file: string): boolean {
  try {
    const st = statSync(file);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

/** Removes a file this program wrote earlier; a file already gone is fine. */
export function removeFile(file: string): void {
  try {
    unlinkSync(file);
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw new WriteError(file, err);
  }
}

/** What a command read: no file it writes may replace one of `files` or land inside one of `folders`. */
export interface ReadInputs {
  files: ReadonlyArray<{ path: string; what: string }>;
  folders: ReadonlyArray<{ path: string; what: string }>;
}

/** The real path of `target`, also when it does not exist yet: its nearest existing folder's, resolved, and the rest. */
function realTarget(target: string): string {
  const rest: string[] = [];
  let at = path.resolve(target);
  for (;;) {
    try {
      return path.join(realpathSync(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return path.resolve(target);
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Why writing a target would destroy something the command read: it is an input file (by name, through a link, or as
 * a hard link to it) or lies inside an input folder. The check works the inputs' real paths out once, so that an
 * export of thousands of files against thousands of replies costs a few look-ups a file.
 */
export function inputGuard(inputs: ReadInputs): (target: string) => string | undefined {
  const folders = inputs.folders.map((f) => ({ real: realTarget(f.path), what: f.what }));
  const files = new Map(inputs.files.map((f) => [realTarget(f.path), f.what]));
  let inodes: Map<string, string> | undefined;
  const inodeKey = (st: { dev: number; ino: number }): string => `${st.dev}:${st.ino}`;
  return (target) => {
    const real = realTarget(target);
    for (const folder of folders) if (inside(real, folder.real)) return `is inside ${folder.what}`;
    const named = files.get(real);
    if (named) return `is ${named}`;
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(real);
    } catch {
      return undefined;
    }
    // A hard link is the same file under another name: only a file with several names can be one.
    if (st.nlink < 2) return undefined;
    if (inodes === undefined) {
      inodes = new Map();
      for (const f of inputs.files) {
        try {
          inodes.set(inodeKey(statSync(f.path)), f.what);
        } catch {
          // An input that is gone cannot be written over.
        }
      }
    }
    const linked = inodes.get(inodeKey(st));
    return linked ? `is ${linked} (a link to it)` : undefined;
  };
}

/** inputGuard for one target. */
export function touchesInput(target: string, inputs: ReadInputs): string | undefined {
  return inputGuard(inputs)(target);
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
    throw err instanceof WriteError ? err : new WriteError(file, err);
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

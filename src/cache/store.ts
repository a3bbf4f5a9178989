// The cache's files: packs of rulings in a folder per programme and build. A pack is written once, atomically, under
// the hash of its bytes, and never changed: a reader checks the hash and so sees a whole pack or none. A run that parses
// something new writes one new pack with everything still worth keeping, then removes the packs it read; two runs at
// once each write their own, and the next run merges them. Nothing here can make a run fail: a folder that cannot be
// read or written only means parsing again.
import { readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { digest, digestPieces } from './key.js';
import type { EncodedRulings, Shape, Tables } from './encode.js';
import { writeFileAtomic } from '../util/write.js';

/** The pack format; a pack of another format is not read. */
export const PACK_FORMAT = 1;
/** Entries no run has used for this many days are dropped when a pack is next written. */
export const KEEP_DAYS = 30;
/** Folders of other builds or programmes that no run has touched for this many days are removed. */
const KEEP_FOLDER_DAYS = 30;
/** A temp file older than this is left from a run that stopped mid-write. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** One reply's entry: its key, the day it was last used, its encoded rulings. */
export type PackEntry = [key: string, day: number, rulings: EncodedRulings];

export interface Pack extends Tables {
  format: number;
  entries: PackEntry[];
}

export interface ReadPack {
  file: string;
  pack: Pack;
}

/** Today, as days since 1970: entries are dated to the day. */
export function today(now = Date.now()): number {
  return Math.floor(now / 86_400_000);
}

function isPack(value: unknown): value is Pack {
  const p = value as Pack;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.format === PACK_FORMAT &&
    Array.isArray(p.strings) &&
    Array.isArray(p.shapes) &&
    p.shapes.every((s: Shape) => Array.isArray(s) && s.length % 2 === 0) &&
    Array.isArray(p.entries)
  );
}

/**
 * Every whole pack in `folder`. A pack whose bytes do not match its name (a disk that lost a write) is removed, since it
 * can never become whole; one that went away meanwhile (another run merged it) is skipped.
 */
export function readPacks(folder: string): ReadPack[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith('.pack')).sort();
  } catch {
    return [];
  }
  const packs: ReadPack[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    let pack: unknown;
    try {
      pack = digest(bytes) === name.slice(0, -'.pack'.length) ? JSON.parse(bytes.toString('utf8')) : undefined;
    } catch {
      pack = undefined;
    }
    if (isPack(pack)) packs.push({ file, pack });
    else remove(file);
  }
  return packs;
}

/** The pack as JSON, a piece at a time (the tables, then each entry), so that a large one is never one string. */
function* packPieces(pack: Pack): Generator<string> {
  yield `{"format":${pack.format},"strings":${JSON.stringify(pack.strings)},"shapes":${JSON.stringify(pack.shapes)},"entries":[`;
  for (let i = 0; i < pack.entries.length; i++) yield `${i === 0 ? '' : ','}${JSON.stringify(pack.entries[i])}`;
  yield ']}';
}

/** Writes `pack` into `folder` under the hash of its bytes; the pack's file. */
export function writePack(folder: string, pack: Pack): string {
  const file = path.join(folder, `${digestPieces(packPieces(pack))}.pack`);
  writeFileAtomic(file, packPieces(pack));
  return file;
}

/** Removes a file if it can: a cache on a read-only disk is still read. */
function remove(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Left for a run that can.
  }
}

/** Removes packs a newer one holds everything of. */
export function removePacks(files: readonly string[], keep: string): void {
  for (const file of files) if (file !== keep) remove(file);
}

/** Marks `folder` as in use, so that tidying never takes it for the folder of an old build. */
export function markUsed(folder: string, now = Date.now()): void {
  try {
    utimesSync(folder, now / 1000, now / 1000);
  } catch {
    // Only a mark: a folder that cannot be touched is tidied a month after its last write.
  }
}

/**
 * Tidies the cache after a write: temp files left by runs that stopped mid-write, and the folders of other builds or
 * programmes that no run has touched for KEEP_FOLDER_DAYS days. `folder` itself is marked as in use.
 */
export function tidy(root: string, folder: string, now = Date.now()): void {
  try {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.tmp')) continue;
      const file = path.join(folder, name);
      if (now - statSync(file).mtimeMs > STALE_TEMP_MS) rmSync(file, { force: true });
    }
    markUsed(folder, now);
    for (const name of readdirSync(root)) {
      const other = path.join(root, name);
      // Only folders the cache made (named by a hash), never anything else in a folder the user named.
      if (other === folder || !/^[0-9a-f]{32}$/.test(name)) continue;
      const st = statSync(other);
      if (st.isDirectory() && now - st.mtimeMs > KEEP_FOLDER_DAYS * 86_400_000) rmSync(other, { recursive: true, force: true });
    }
  } catch {
    // Tidying is a courtesy: another run may be doing the same.
  }
}

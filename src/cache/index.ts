// Rulings cached between runs: each reply's rulings are filed under its key (the reply as the parser is given it) in a
// folder of their programme and build, so a re-run parses only what changed, and loads the parser only if anything did.
// What comes back is checked to be exactly what the parser gave when it was kept, so outputs are the same byte for byte.
import path from 'node:path';
import type { Programme } from '../model/programme.js';
import type { Reply } from '../model/reply.js';
import type { Ruling } from '../model/ruling.js';
import { TableBuilder, decodeRulings, encodeRulings, reencodeRulings } from './encode.js';
import { BUILD, namespaceKey, replyKey, type BuildIdentity } from './key.js';
import { KEEP_DAYS, PACK_FORMAT, markUsed, readPacks, removePacks, tidy, today, writePack, type Pack, type PackEntry } from './store.js';

export interface CacheOptions {
  /** The cache folder (rulings are kept in `rulings/` inside it); undefined parses every reply. */
  dir: string | undefined;
  /** Who makes the rulings; the built command line's identity unless given (tests give one). */
  build?: BuildIdentity | undefined;
  /** The time, for dating entries. */
  now?: number;
}

export interface CachedRulings {
  /** Each reply's rulings, in reply order. */
  rulings: Ruling[][];
  /** How many replies' rulings came from the cache. */
  fromCache: number;
  /** How many replies were parsed. */
  parsed: number;
  /** Why nothing was kept, when a write failed. */
  problem?: string;
}

interface Hit {
  entry: PackEntry;
  pack: Pack;
}

/** Parses `replies` on as many threads as pledgecard would use; the parser is loaded on first use. */
async function parse(programme: Programme, replies: readonly Reply[]): Promise<Ruling[][]> {
  if (replies.length === 0) return [];
  const { analyseAll } = await import('../parallel/analyse.js');
  return analyseAll(programme, replies);
}

/** Every reply's rulings: from the cache where it holds them, parsed where it does not (and then kept there). */
export async function cachedRulings(programme: Programme, replies: readonly Reply[], options: CacheOptions): Promise<CachedRulings> {
  const build = 'build' in options ? options.build : BUILD;
  if (options.dir === undefined || build === undefined) {
    return { rulings: await parse(programme, replies), fromCache: 0, parsed: replies.length };
  }
  const root = path.join(options.dir, 'rulings');
  const folder = path.join(root, namespaceKey(build, programme, PACK_FORMAT));
  const packs = readPacks(folder);
  const known = new Map<string, Hit>();
  for (const { pack } of packs) {
    for (const entry of pack.entries) if (Array.isArray(entry) && typeof entry[0] === 'string' && !known.has(entry[0])) known.set(entry[0], { entry, pack });
  }
  const keys = replies.map(replyKey);
  const hits: (Hit | undefined)[] = [];
  const rulings: (Ruling[] | undefined)[] = keys.map((key, i) => {
    const hit = known.get(key);
    const decoded = hit && Array.isArray(hit.entry[2]) ? decodeRulings(hit.entry[2], hit.pack, replies[i]!.body) : undefined;
    hits.push(decoded && hit);
    return decoded;
  });
  const missing = rulings.flatMap((r, i) => (r === undefined ? [i] : []));
  const fresh = await parse(programme, missing.map((i) => replies[i]!));
  missing.forEach((reply, j) => (rulings[reply] = fresh[j]));
  const result: CachedRulings = { rulings: rulings as Ruling[][], fromCache: replies.length - missing.length, parsed: missing.length };
  if (missing.length > 0 || packs.length > 1) {
    try {
      const pack = merged(replies, keys, result.rulings, hits, packs.map((p) => p.pack), today(options.now));
      const file = writePack(folder, pack);
      removePacks(packs.map((p) => p.file), file);
      tidy(root, folder, options.now);
    } catch (err) {
      result.problem = (err as NodeJS.ErrnoException).code ?? String(err);
    }
  } else if (packs.length > 0) markUsed(folder, options.now);
  return result;
}

/** One pack of this run's rulings, then the entries of the packs read that were used within KEEP_DAYS days. */
function merged(
  replies: readonly Reply[],
  keys: readonly string[],
  rulings: readonly Ruling[][],
  hits: readonly (Hit | undefined)[],
  read: readonly Pack[],
  day: number,
): Pack {
  const tables = new TableBuilder();
  const entries: PackEntry[] = [];
  const kept = new Set<string>();
  keys.forEach((key, i) => {
    if (kept.has(key)) return;
    const hit = hits[i];
    const reply = replies[i]!;
    const encoded = hit ? reencodeRulings(hit.entry[2], hit.pack, tables) : encodeRulings(rulings[i]!, reply.body, reply.bodyLine, tables);
    if (encoded === undefined) return;
    kept.add(key);
    entries.push([key, day, encoded]);
  });
  for (const pack of read) {
    for (const entry of pack.entries) {
      const [key, used, encoded] = entry;
      if (kept.has(key) || !(typeof used === 'number' && used >= day - KEEP_DAYS) || !Array.isArray(encoded)) continue;
      const again = reencodeRulings(encoded, pack, tables);
      if (again === undefined) continue;
      kept.add(key);
      entries.push([key, used, again]);
    }
  }
  return { format: PACK_FORMAT, strings: tables.strings, shapes: tables.shapes, entries };
}

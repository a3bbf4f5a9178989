// What a cached ruling is filed under: the build that made it (pledgecard's version, its code, the model's version),
// the programme, and the reply as the parser is given it. Anything that could change a ruling changes its key.
import crypto from 'node:crypto';
import type { Programme } from '../model/programme.js';
import type { Reply } from '../model/reply.js';

/** Who made a ruling: written into the built command line by scripts/build.js. */
export interface BuildIdentity {
  /** pledgecard's version (package.json). */
  version: string;
  /** A hash of every file the command line is built from, dependencies included. */
  code: string;
  /** The parser's model version: bundledModel().version. */
  model: string;
}

declare const PLEDGECARD_BUILD: BuildIdentity | undefined;

/**
 * The built command line's identity; undefined when pledgecard runs from its sources or as the library, where nothing
 * says which code made a ruling, so nothing is cached.
 */
export const BUILD: BuildIdentity | undefined = typeof PLEDGECARD_BUILD === 'undefined' ? undefined : PLEDGECARD_BUILD;

// crypto.hash (Node 20.12 and later) hashes a small input in one call, several times faster than a Hash object.
const oneShot = (crypto as { hash?: (algorithm: string, data: string | Buffer, encoding: 'hex') => string }).hash;

/** The first 128 bits of the SHA-256 of `data`, in hex: a name no other content will have. */
export function digest(data: string | Buffer): string {
  const hex = oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
  return hex.slice(0, 32);
}

/** digest() of the UTF-8 bytes of `pieces` one after another, never joined. */
export function digestPieces(pieces: Iterable<string>): string {
  const hash = crypto.createHash('sha256');
  for (const piece of pieces) hash.update(piece, 'utf8');
  return hash.digest('hex').slice(0, 32);
}

/** The folder name for rulings of `programme` made by `build`, in pack format `format`. */
export function namespaceKey(build: BuildIdentity, programme: Programme, format: number): string {
  return digest(JSON.stringify([format, build.version, build.code, build.model, programme]));
}

/** A reply's key: everything the parser is given of it (file, front matter, body and where the body starts). */
export function replyKey(reply: Reply): string {
  return digest(JSON.stringify(reply));
}

// The cache of rulings in-process: what comes back is exactly what was kept, keyed by everything that could change it;
// packs that are not whole are never read; tidying removes only what the cache made. (The command line's use of the
// cache, cold and warm, at any thread count, is in tests/cli/cache.test.ts.)
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedRulings } from '../../src/cache/index.js';
import { TableBuilder, decodeRulings, encodeRulings, same } from '../../src/cache/encode.js';
import { digest, namespaceKey, replyKey, type BuildIdentity } from '../../src/cache/key.js';
import { PACK_FORMAT, readPacks, tidy } from '../../src/cache/store.js';
import { isWithin } from '../../src/cache/location.js';
import type { Ruling } from '../../src/model/ruling.js';
import { analyseReply } from '../../src/parse/index.js';
import { requireInputs } from '../../src/pipeline.js';
import { ROOT } from '../helpers/pledgecard.js';
import { tempDir as makeTempDir } from '../cli/spawn.js';
import { RUNS } from '../property/reports.js';

const BUILD: BuildIdentity = { version: '0.1.0', code: 'c0de', model: 'm1' };
const made: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = makeTempDir(prefix);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const example = () => requireInputs({ pledges: 'pledges.yaml', data: 'data', cwd: ROOT });

/** The one folder of packs below a cache folder. */
function packFolder(dir: string): string {
  const root = path.join(dir, 'rulings');
  const [folder] = readdirSync(root);
  return path.join(root, folder!);
}

describe('encoding rulings', () => {
  it('gives back the parser’s rulings of every bundled reply exactly, from a pack far smaller than their JSON', () => {
    const { programme, replies } = example();
    const tables = new TableBuilder();
    let json = 0;
    const encoded = replies.map((reply) => {
      const rulings = analyseReply(programme, reply);
      json += JSON.stringify(rulings).length;
      const e = encodeRulings(rulings, reply.body, reply.bodyLine, tables);
      expect(e).toBeDefined();
      expect(same(decodeRulings(e!, tables, reply.body), rulings)).toBe(true);
      return e;
    });
    expect(JSON.stringify({ ...tables, encoded }).length).toBeLessThan(json / 2);
  });

  it('keeps what it cannot place or write as JSON apart, and refuses what would not come back the same', () => {
    const body = 'first line\nYes to all of it.\n';
    const ruling = (extra: Partial<Ruling> & Record<string, unknown>): Ruling => ({
      clause: '1',
      stance: 'agree',
      confidence: 0.9,
      source: 'explicit',
      evidence: [{ quote: 'Yes to all', line: 5 }],
      reason: 'r',
      needsReview: false,
      ...extra,
    });
    const tables = new TableBuilder();
    const roundTrip = (r: Ruling): boolean => {
      const e = encodeRulings([r], body, 4, tables);
      return e !== undefined && same(decodeRulings(e, tables, body), [r]);
    };
    expect(roundTrip(ruling({}))).toBe(true);
    // A quote that is not on its line, or not in the body, is kept as text.
    expect(roundTrip(ruling({ evidence: [{ quote: 'Yes to all', line: 4 }] }))).toBe(true);
    expect(roundTrip(ruling({ evidence: [{ quote: 'not there', line: 5 }] }))).toBe(true);
    expect(roundTrip(ruling({ note: undefined }))).toBe(true);
    expect(roundTrip(ruling({ extra: { nested: [1, 'two'] } }))).toBe(true);
    for (const bad of [{ confidence: NaN }, { confidence: -0 }, { extra: new Date(0) }, { extra: [undefined] }]) {
      expect(encodeRulings([ruling(bad)], body, 4, tables)).toBeUndefined();
    }
  });

  it('gives back any rulings exactly, or declines to keep them', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '’', '\ud800', '"', '\\'), maxLength: 30 });
    fc.assert(
      fc.property(text, fc.array(fc.tuple(text, fc.integer({ min: 0, max: 9 }), text, fc.double(), fc.boolean()), { maxLength: 4 }), (body, rows) => {
        const rulings = rows.map(([quote, line, reason, confidence, needsReview]) => ({
          clause: reason.slice(0, 2),
          stance: 'agree',
          confidence,
          source: 'topic',
          evidence: [{ quote, line }],
          reason,
          needsReview,
        })) as Ruling[];
        const tables = new TableBuilder();
        const e = encodeRulings(rulings, body, 1, tables);
        if (e === undefined) expect(rulings.some((r) => !Number.isFinite(r.confidence) || Object.is(r.confidence, -0))).toBe(true);
        else expect(same(decodeRulings(JSON.parse(JSON.stringify(e)), JSON.parse(JSON.stringify(tables)), body), rulings)).toBe(true);
      }),
      { numRuns: Math.min(RUNS, 200) },
    );
  });
});

describe('keys', () => {
  it('change with the build, the programme and every part of a reply the parser is given', () => {
    const { programme, replies } = example();
    const base = namespaceKey(BUILD, programme, PACK_FORMAT);
    for (const build of [{ ...BUILD, version: '0.2.0' }, { ...BUILD, code: 'other' }, { ...BUILD, model: 'm2' }]) {
      expect(namespaceKey(build, programme, PACK_FORMAT)).not.toBe(base);
    }
    expect(namespaceKey(BUILD, { ...programme, reviewThreshold: 0.7 }, PACK_FORMAT)).not.toBe(base);
    expect(namespaceKey(BUILD, programme, PACK_FORMAT + 1)).not.toBe(base);
    const reply = replies[0]!;
    const key = replyKey(reply);
    for (const changed of [{ body: `${reply.body} ` }, { file: 'data/other.md' }, { bodyLine: reply.bodyLine + 1 }, { rulings: { '1': { stance: 'agree' as const, note: undefined, line: 3 } } }]) {
      expect(replyKey({ ...reply, ...changed })).not.toBe(key);
    }
    expect(digest('x')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('the cache folder', () => {
  it('parses only what it does not hold, and gives the same rulings as the parser', async () => {
    const dir = tempDir('pledgecard-cache-');
    const { programme, replies } = example();
    const fresh = replies.map((r) => analyseReply(programme, r));
    const first = await cachedRulings(programme, replies.slice(0, 4), { dir, build: BUILD });
    expect([first.fromCache, first.parsed]).toEqual([0, 4]);
    const second = await cachedRulings(programme, replies, { dir, build: BUILD });
    expect([second.fromCache, second.parsed]).toEqual([4, 2]);
    expect(same(second.rulings, fresh)).toBe(true);
    // One pack holds all six, the first run's pack gone.
    expect(readdirSync(packFolder(dir))).toHaveLength(1);
    const third = await cachedRulings(programme, replies, { dir, build: BUILD });
    expect([third.fromCache, third.parsed]).toEqual([6, 0]);
    expect(same(third.rulings, fresh)).toBe(true);
    // Another build shares nothing.
    expect((await cachedRulings(programme, replies, { dir, build: { ...BUILD, model: 'm2' } })).parsed).toBe(6);
    // No build identity (pledgecard run from its sources): no cache at all.
    const none = tempDir('pledgecard-cache-');
    expect((await cachedRulings(programme, replies, { dir: none, build: undefined })).parsed).toBe(6);
    expect(readdirSync(none)).toEqual([]);
  });

  it('drops entries no run has used for 30 days when it next writes', async () => {
    const dir = tempDir('pledgecard-cache-');
    const { programme, replies } = example();
    const day = 86_400_000;
    const start = Date.UTC(2026, 0, 1);
    await cachedRulings(programme, replies.slice(0, 3), { dir, build: BUILD, now: start });
    await cachedRulings(programme, replies.slice(3, 4), { dir, build: BUILD, now: start + 20 * day });
    // 31 days after the first three were last used, a run that writes keeps only what was used since.
    await cachedRulings(programme, replies.slice(4), { dir, build: BUILD, now: start + 31 * day });
    const again = await cachedRulings(programme, replies, { dir, build: BUILD, now: start + 31 * day });
    expect([again.fromCache, again.parsed]).toEqual([3, 3]);
  });

  it('marks its folder as in use on a run that only reads, so that tidying keeps it', async () => {
    const dir = tempDir('pledgecard-cache-');
    const { programme, replies } = example();
    await cachedRulings(programme, replies, { dir, build: BUILD });
    const folder = packFolder(dir);
    const longAgo = (Date.now() - 40 * 86_400_000) / 1000;
    utimesSync(folder, longAgo, longAgo);
    const now = Date.now();
    expect((await cachedRulings(programme, replies, { dir, build: BUILD, now })).parsed).toBe(0);
    expect(Math.abs(statSync(folder).mtimeMs - now)).toBeLessThan(2000);
  });

  it('never reads a pack whose bytes are not the ones it was named for, and removes it', async () => {
    const dir = tempDir('pledgecard-cache-');
    const { programme, replies } = example();
    await cachedRulings(programme, replies, { dir, build: BUILD });
    const folder = packFolder(dir);
    const [name] = readdirSync(folder);
    const file = path.join(folder, name!);
    const bytes = readFileSync(file);
    // Whole but changed (a flipped stance), cut short, and empty: none is read.
    for (const bad of [Buffer.from(bytes.toString('utf8').replace('"agree"', '"declined"')), bytes.subarray(0, bytes.length >> 1), Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      expect(readPacks(folder)).toEqual([]);
      expect(readdirSync(folder)).toEqual([]);
    }
    // The same bad bytes under their own hash are whole, and read: the name is what makes a pack trusted.
    const own = path.join(folder, `${digest(Buffer.from('{"format":1,"strings":[],"shapes":[],"entries":[]}'))}.pack`);
    writeFileSync(own, '{"format":1,"strings":[],"shapes":[],"entries":[]}');
    expect(readPacks(folder)).toHaveLength(1);
  });

  it('tidies temp files left by a run that stopped mid-write, and folders of other builds left unused, and nothing else', () => {
    const root = tempDir('pledgecard-cache-');
    const folder = path.join(root, 'a'.repeat(32));
    const old = path.join(root, 'b'.repeat(32));
    const foreign = path.join(root, 'notes');
    for (const f of [folder, old, foreign]) mkdirSync(f);
    const now = Date.now();
    const longAgo = (now - 40 * 86_400_000) / 1000;
    writeFileSync(path.join(folder, '.x.pack.1.0.tmp'), 'half a pack');
    writeFileSync(path.join(folder, '.y.pack.2.0.tmp'), 'being written now');
    utimesSync(path.join(folder, '.x.pack.1.0.tmp'), longAgo, longAgo);
    for (const f of [old, foreign]) utimesSync(f, longAgo, longAgo);
    tidy(root, folder, now);
    expect(readdirSync(folder)).toEqual(['.y.pack.2.0.tmp']);
    expect(readdirSync(root).sort()).toEqual([path.basename(folder), 'notes']);
  });

  it('is never inside the data folder', () => {
    expect(isWithin('/w/data', '/w/data')).toBe(true);
    expect(isWithin('/w/data/.cache', '/w/data')).toBe(true);
    expect(isWithin('/w/data-cache', '/w/data')).toBe(false);
    expect(isWithin('/w/..data', '/w')).toBe(true);
    expect(isWithin('/cache', '/w/data')).toBe(false);
  });
});

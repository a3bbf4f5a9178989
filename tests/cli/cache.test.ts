// The cache of rulings through the real command line: the same bytes with and without it, cold and warm, on one thread
// and two; a changed reply, programme or build is parsed again; --no-cache neither reads nor writes; a pack that is not
// whole, a crash mid-write or two runs at once never change an output; the cache is never inside the data folder.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest } from '../../src/cache/key.js';
import { ROOT, runCliAsync, tempDir, type CliRun } from './spawn.js';

/** More replies than one chunk of a thread's work (50), so that a second thread takes some. */
const COUNT = 60;

let dir: string;
let data: string;
let pledges: string;
let plain: string;

/**
 * `pledgecard --verbose …args` with this test's inputs and the cache in `cache` (PLEDGECARD_JOBS=jobs). Resolves when
 * it exits, so that runs that do not depend on each other can go at once.
 */
function pc(args: string[], cache: string, jobs = 1, inputs = ['--pledges', pledges, '--data', data]): Promise<CliRun> {
  return runCliAsync(['--verbose', ...args, ...inputs], dir, { PLEDGECARD_CACHE_DIR: cache, PLEDGECARD_JOBS: String(jobs) });
}

/** `pledgecard …args` in the test's folder, nothing else set: the runs without the cache that the tests compare with. */
function bare(args: string[]): Promise<CliRun> {
  return runCliAsync(args, dir);
}

/** What --verbose says of where the rulings came from: [parsed, from the cache]. */
function counts(run: CliRun): [number, number] {
  const m = /rulings: (\d+) repl(?:y|ies) parsed; (\d+) from the cache/.exec(run.stderr);
  if (!m) throw new Error(`no rulings line in: ${run.stderr}`);
  return [Number(m[1]), Number(m[2])];
}

/** Every pack file below a cache folder. */
function packs(cache: string): string[] {
  const root = path.join(cache, 'rulings');
  let folders: string[] = [];
  try {
    folders = readdirSync(root);
  } catch {
    return [];
  }
  return folders.flatMap((f) => readdirSync(path.join(root, f)).map((n) => path.join(root, f, n)));
}

let caches = 0;
const freshCache = (): string => path.join(dir, 'caches', String(caches++));
/** A cache the first run filled (in beforeAll, on two threads), and what it said. */
let filled: string;
let cold: CliRun;
/** A copy of the filled cache, for a test to change. */
const filledCache = (): string => {
  const copy = freshCache();
  cpSync(filled, copy, { recursive: true });
  return copy;
};

/** The bundled replies over and over under new names, each with a line of its own. */
beforeAll(async () => {
  dir = tempDir('pledgecard-cache-cli-');
  data = path.join(dir, 'data');
  mkdirSync(data);
  pledges = path.join(dir, 'pledges.yaml');
  cpSync(path.join(ROOT, 'pledges.yaml'), pledges);
  const bundled = readdirSync(path.join(ROOT, 'data')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(ROOT, 'data', f), 'utf8'));
  const answers = ['Yes.', 'No.', 'Agree, with reservations.', 'I would rather not say.'];
  for (let i = 0; i < COUNT; i++) {
    const text = bundled[i % bundled.length]!.replace(/^candidate: (.*)$/m, `candidate: $1 ${i}`);
    writeFileSync(path.join(data, `reply-${String(i).padStart(3, '0')}.md`), `${text}\n\n${['1', '3a', '3g.2'][i % 3]}) ${answers[i % answers.length]}\n`);
  }
  filled = freshCache();
  let baseline: CliRun;
  [baseline, cold] = await Promise.all([
    runCliAsync(['score', '--format', 'json', '--no-cache', '--pledges', pledges, '--data', data], dir, { PLEDGECARD_JOBS: '1' }),
    pc(['score', '--format', 'json'], filled, 2),
  ]);
  expect(baseline.code).toBe(0);
  plain = baseline.stdout;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the cache of rulings', () => {
  it('gives the same bytes as no cache, cold and warm, on one thread and on two', async () => {
    const cache = filledCache();
    expect(cold.code).toBe(0);
    expect(counts(cold)).toEqual([COUNT, 0]);
    expect(cold.stdout).toBe(plain);
    expect(packs(cache)).toHaveLength(1);
    const warm = await Promise.all([1, 2].map((jobs) => pc(['score', '--format', 'json'], cache, jobs)));
    for (const run of warm) {
      expect(counts(run)).toEqual([0, COUNT]);
      expect(run.stdout).toBe(plain);
    }
    // A run that parses nothing writes nothing.
    expect(packs(cache)).toHaveLength(1);
  });

  it('writes the same files with and without it in every format, and `check --strict` says the same', async () => {
    const cache = filledCache();
    const files = (out: string): Record<string, string> => Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
    const args = ['check', '--strict', '--format', 'json'];
    const [warm, none, checked, without] = await Promise.all([
      pc(['export', '--out', path.join(dir, 'warm')], cache),
      bare(['export', '--no-cache', '--out', path.join(dir, 'none'), '--pledges', pledges, '--data', data]),
      pc(args, cache),
      bare([...args, '--no-cache', '--pledges', pledges, '--data', data]),
    ]);
    expect(warm.code).toBe(0);
    expect(counts(warm)).toEqual([0, COUNT]);
    expect(none.code).toBe(0);
    expect(files(path.join(dir, 'warm'))).toEqual(files(path.join(dir, 'none')));
    expect(counts(checked)).toEqual([0, COUNT]);
    expect([checked.code, checked.stdout]).toEqual([without.code, without.stdout]);
  });

  it('parses again a reply whose text or front matter changed, and only that one', async () => {
    const cache = filledCache();
    const file = path.join(data, 'reply-005.md');
    const before = readFileSync(file, 'utf8');
    try {
      for (const changed of [`${before}\n3b) I cannot support this.\n`, before.replace(/^candidate: /m, 'rulings:\n  "3b": declined\ncandidate: ')]) {
        writeFileSync(file, changed);
        const [warm, without] = await Promise.all([
          pc(['score', '--format', 'json'], cache),
          bare(['score', '--format', 'json', '--no-cache', '--pledges', pledges, '--data', data]),
        ]);
        expect(counts(warm)).toEqual([1, COUNT - 1]);
        expect(warm.stdout).toBe(without.stdout);
        expect(warm.stdout).not.toBe(plain);
      }
    } finally {
      writeFileSync(file, before);
    }
  });

  it('parses every reply again for a changed programme', async () => {
    const cache = filledCache();
    const changed = path.join(dir, 'changed.yaml');
    writeFileSync(changed, readFileSync(pledges, 'utf8').replace('title: Defend BDS', 'title: Defend the BDS movement'));
    const [run, without] = await Promise.all([
      pc(['score', '--format', 'json'], cache, 1, ['--pledges', changed, '--data', data]),
      bare(['score', '--format', 'json', '--no-cache', '--pledges', changed, '--data', data]),
    ]);
    expect(run.code).toBe(0);
    expect(counts(run)).toEqual([COUNT, 0]);
    expect(run.stdout).toBe(without.stdout);
  });

  it('never gives one build’s rulings to another: a new version of pledgecard or of the model parses again', async () => {
    const cache = freshCache();
    const inputs = ['--pledges', path.join(ROOT, 'pledges.yaml'), '--data', path.join(ROOT, 'data')];
    const first = await pc(['score', '--format', 'json'], cache, 1, inputs);
    expect(counts(first)).toEqual([6, 0]);
    // A copy of the built command line whose identity names another version (of pledgecard, then of the model).
    const identity = /\{ version: "([^"]*)", code: "([0-9a-f]+)", model: "([^"]*)" \}/;
    const bundle = path.join(ROOT, 'dist', 'bundle');
    const holder = readdirSync(bundle).find((f) => identity.test(readFileSync(path.join(bundle, f), 'utf8')))!;
    const [, version, , model] = identity.exec(readFileSync(path.join(bundle, holder), 'utf8'))!;
    for (const [from, to] of [[`version: "${version}"`, 'version: "99.0.0"'], [`model: "${model}"`, 'model: "other"']]) {
      const copy = path.join(dir, `copy-${caches++}`);
      for (const part of ['bin', 'dist/bundle', 'package.json']) cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
      const file = path.join(copy, 'dist', 'bundle', holder);
      writeFileSync(file, readFileSync(file, 'utf8').replace(from!, to!));
      // The build that filled the cache and the copy at once: each reads and writes only rulings of its own build.
      const [other, copied] = await Promise.all([
        runCliAsync(['--verbose', 'score', '--format', 'json', ...inputs], dir, { PLEDGECARD_CACHE_DIR: cache }),
        runCopy(copy, ['--verbose', 'score', '--format', 'json', ...inputs], cache),
      ]);
      expect(counts(other)).toEqual([0, 6]);
      expect(counts(copied)).toEqual([6, 0]);
      expect(copied.stdout).toBe(first.stdout);
    }
  });

  it('--no-cache neither reads the cache nor writes it', async () => {
    const cache = filledCache();
    // A pack whose rulings say something the parser never would, under the hash of its own bytes: trusted, and read.
    const [file] = packs(cache);
    const pack = JSON.parse(readFileSync(file!, 'utf8')) as { strings: string[] };
    pack.strings = pack.strings.map((s) => (s.length > 20 ? 'read from the cache' : s));
    const bytes = JSON.stringify(pack);
    rmSync(file!);
    const poisoned = path.join(path.dirname(file!), `${digest(bytes)}.pack`);
    writeFileSync(poisoned, bytes);
    const stamp = statSync(poisoned).mtimeMs;
    const [read, bypassed] = await Promise.all([pc(['score', '--format', 'json'], cache), pc(['score', '--format', 'json', '--no-cache'], cache)]);
    expect(read.stdout).toContain('read from the cache');
    expect(bypassed.stdout).toBe(plain);
    expect(bypassed.stderr).toContain(`rulings: ${COUNT} replies parsed (--no-cache)`);
    expect(packs(cache)).toEqual([poisoned]);
    expect(statSync(poisoned).mtimeMs).toBe(stamp);
  });

  it('never reads a pack cut short by a crash, ignores a temp file left mid-write, and replaces both', async () => {
    const cache = filledCache();
    const [file] = packs(cache);
    const bytes = readFileSync(file!);
    writeFileSync(file!, bytes.subarray(0, bytes.length >> 1));
    writeFileSync(path.join(path.dirname(file!), `.${path.basename(file!)}.99999.0.tmp`), bytes.subarray(0, 100));
    const run = await pc(['score', '--format', 'json'], cache);
    expect(counts(run)).toEqual([COUNT, 0]);
    expect(run.stdout).toBe(plain);
    const after = packs(cache).filter((f) => f.endsWith('.pack'));
    expect(after).toHaveLength(1);
    expect(readFileSync(after[0]!)).toEqual(bytes);
    expect(counts(await pc(['score', '--format', 'json'], cache))).toEqual([0, COUNT]);
  });

  it('gives both of two runs at once the right output, and the next run all it needs', async () => {
    const cache = freshCache();
    const half = path.join(dir, 'half');
    mkdirSync(half, { recursive: true });
    for (const f of readdirSync(data).slice(0, COUNT / 2)) cpSync(path.join(data, f), path.join(half, f));
    const withCache = { PLEDGECARD_CACHE_DIR: cache };
    const both = await Promise.all([
      runCliAsync(['score', '--format', 'json', '--pledges', pledges, '--data', data], dir, withCache),
      runCliAsync(['score', '--format', 'json', '--pledges', pledges, '--data', half], dir, withCache),
    ]);
    // Whatever the order the two finished in, the full set is in the cache now, in one pack after the next write.
    const [next, halfPlain] = await Promise.all([
      pc(['score', '--format', 'json'], cache),
      bare(['score', '--format', 'json', '--no-cache', '--pledges', pledges, '--data', half]),
    ]);
    expect(both.map((r) => r.code)).toEqual([0, 0]);
    expect(both[0]!.stdout).toBe(plain);
    expect(both[1]!.stdout).toBe(halfPlain.stdout);
    expect(counts(next)).toEqual([0, COUNT]);
    expect(next.stdout).toBe(plain);
  });

  it('refuses a cache folder inside the data folder (exit 2), and runs on when the folder cannot be made', async () => {
    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const example = ['--pledges', path.join(ROOT, 'pledges.yaml'), '--data', path.join(ROOT, 'data')];
    const [inside, run, without] = await Promise.all([
      pc(['score'], path.join(data, '.cache')),
      pc(['score', '--format', 'json'], path.join(blocked, 'cache'), 1, example),
      bare(['score', '--format', 'json', '--no-cache', ...example]),
    ]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('is inside the data folder');
    expect(readdirSync(data).filter((f) => !f.endsWith('.md'))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(without.stdout);
    expect(run.stderr).toMatch(/the cache could not be written \(.*\(ENOTDIR\)\)/);
  });
});

/** Runs a copy of the built command line (bin and dist/bundle beside a package.json) in `copy`. */
function runCopy(copy: string, args: string[], cache: string): Promise<CliRun> {
  return runCliAsync(args, dir, { PLEDGECARD_CACHE_DIR: cache }, undefined, path.join(copy, 'bin', 'pledgecard.js'));
}

// Parsing on worker threads (PLEDGECARD_JOBS=2): the same bytes as one thread (PLEDGECARD_JOBS=1) in every format,
// and workers that fail to start, die or hang neither stop the run nor change its output.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_FROM, chooseThreads } from '../../src/parallel/analyse.js';
import { ROOT, runCliAsync, tempDir, type CliRun } from './spawn.js';

const ANSWERS = ['Yes.', 'No.', 'Agree, with reservations.', 'I would rather not say.', 'Absolutely.'];
const CLAUSES = ['1', '2', '3a', '3c', '3g.2'];
/** A thread's chunk of work: the most replies that one thread parses alone when two are asked for. */
const CHUNK = Array.from({ length: PARALLEL_FROM }, (_, n) => n).find((n) => chooseThreads(n + 1, '2', 2) === 2)!;
/**
 * Four chunks: enough for a started worker to take some (it starts while the main thread parses the first), and fewer
 * than pledgecard parses on several threads unasked.
 */
const COUNT = 4 * CHUNK;

let dir: string;
let input: string[];

/** The bundled replies over and over under new names, each with a line of its own so that a wrong order would show. */
beforeAll(() => {
  dir = tempDir('pledgecard-parallel-');
  const data = path.join(dir, 'data');
  mkdirSync(data);
  const bundled = readdirSync(path.join(ROOT, 'data')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(ROOT, 'data', f), 'utf8'));
  for (let i = 0; i < COUNT; i++) {
    const text = bundled[i % bundled.length]!.replace(/^candidate: (.*)$/m, `candidate: $1 ${i}`);
    const line = `\n\n${CLAUSES[i % CLAUSES.length]}) ${ANSWERS[Math.floor(i / CLAUSES.length) % ANSWERS.length]}\n`;
    writeFileSync(path.join(data, `reply-${String(i).padStart(4, '0')}.md`), text + line);
  }
  input = ['--pledges', path.join(ROOT, 'pledges.yaml'), '--data', data];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Node options that run `code` first in every worker thread, and not on the main thread. */
function inWorkers(code: string): string {
  const hook = `import { isMainThread } from 'node:worker_threads'; import { writeSync } from 'node:fs'; if (!isMainThread) { ${code} }`;
  return `--import=data:text/javascript,${encodeURIComponent(hook)}`;
}
const SAY_STARTED = inWorkers(`writeSync(2, 'worker started\\n');`);

/** The line score ends with when rulings need review: the same on any number of threads. */
const REVIEW = /^\d+ rulings? in \d+ repl(?:y|ies) needs? review: settle (?:it|them) with pledgecard review\n/m;

/** How many runs of this file go at once; the others wait for one to end, in the order they were asked for. */
const SLOTS = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function queued<T>(run: () => Promise<T>): Promise<T> {
  if (running < SLOTS) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await run();
  } finally {
    // The slot goes to the next run waiting, or is free again.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/**
 * `pledgecard score --format json` on the generated replies with PLEDGECARD_JOBS=jobs; killed after a minute. Without the
 * cache, so that every run parses every reply (tests/cli/cache.test.ts holds the cache to the same bytes).
 */
function scoreJson(jobs: number | '', nodeOptions = SAY_STARTED): Promise<CliRun> {
  const env = { PLEDGECARD_JOBS: String(jobs), NODE_OPTIONS: nodeOptions };
  return queued(() => runCliAsync(['score', '--no-cache', ...input, '--format', 'json'], dir, env, 60_000));
}

/** `export` on `jobs` threads, into a folder of its own that exported() reads. */
function exportRun(jobs: number): Promise<CliRun> {
  return queued(() => runCliAsync(['export', '--no-cache', ...input, '--out', path.join(dir, `export-${jobs}`)], dir, { PLEDGECARD_JOBS: String(jobs) }));
}

/** Every file `export` wrote on `jobs` threads, once its run exited 0. */
function exported(jobs: number, run: CliRun): Record<string, string> {
  expect(run.code).toBe(0);
  const out = path.join(dir, `export-${jobs}`);
  return Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
}

/** Node options that make a worker fail, by how it fails. */
const FAILURES = {
  'fails to start': inWorkers(`throw new Error('no worker today');`),
  'dies after taking a chunk': inWorkers(`MessagePort.prototype.postMessage = () => process.exit(1);`),
  'hangs after taking a chunk': inWorkers(`MessagePort.prototype.postMessage = () => { for (;;); };`),
};
type Failure = keyof typeof FAILURES;

describe('parsing on worker threads', () => {
  // The runs the tests below compare do not depend on each other: all are started here, SLOTS at a time and the one
  // with PLEDGECARD_JOBS=1 first, and each test waits for its own.
  let serial: CliRun;
  let runs: {
    parallel: Promise<CliRun>;
    exports: Promise<[CliRun, CliRun]>;
    unasked: Promise<CliRun>;
    oneChunk: Promise<CliRun>;
    failures: Record<Failure, Promise<CliRun>>;
  };
  beforeAll(async () => {
    const first = scoreJson(1);
    runs = {
      parallel: scoreJson(2),
      exports: Promise.all([exportRun(2), exportRun(1)]),
      unasked: scoreJson(''),
      oneChunk: queued(() => runCliAsync(['score', '--no-cache', '--format', 'json'], ROOT, { PLEDGECARD_JOBS: '2', NODE_OPTIONS: SAY_STARTED })),
      failures: {
        'fails to start': scoreJson(2, FAILURES['fails to start']),
        'dies after taking a chunk': scoreJson(2, FAILURES['dies after taking a chunk']),
        'hangs after taking a chunk': scoreJson(2, FAILURES['hangs after taking a chunk']),
      },
    };
    serial = await first;
  });
  // None still writing into the folder when it is removed, whichever tests ran.
  afterAll(async () => {
    if (runs) await Promise.all([runs.parallel, runs.exports, runs.unasked, runs.oneChunk, ...Object.values(runs.failures)]);
  });

  it('PLEDGECARD_JOBS=1 parses on the main thread only', () => {
    expect(serial.code).toBe(0);
    expect(serial.stderr).toMatch(REVIEW);
    expect(serial.stderr.replace(REVIEW, '')).toBe('');
    expect(JSON.parse(serial.stdout).candidates).toHaveLength(COUNT);
  });

  it('gives the same JSON, byte for byte, with a worker', async () => {
    const parallel = await runs.parallel;
    expect(parallel.stderr).toBe(`worker started\n${serial.stderr}`);
    expect(parallel.code).toBe(0);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('writes the same files with a worker: markdown, CSV, JSON and HTML', async () => {
    const [two, one] = await runs.exports;
    expect(exported(2, two)).toEqual(exported(1, one));
  });

  it(`parses fewer than ${PARALLEL_FROM} replies on one thread unless PLEDGECARD_JOBS says otherwise`, async () => {
    expect(COUNT).toBeLessThan(PARALLEL_FROM);
    expect(await runs.unasked).toEqual(serial);
  });

  it('starts no worker for replies that make one chunk', async () => {
    const run = await runs.oneChunk;
    expect(run.code).toBe(0);
    expect(run.stderr.replace(REVIEW, '')).toBe('');
  });

  it.each(Object.keys(FAILURES) as Failure[])('gives the same JSON when a worker %s: the main thread parses what it does not', async (how) => {
    const run = await runs.failures[how];
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(serial.stdout);
  });
});

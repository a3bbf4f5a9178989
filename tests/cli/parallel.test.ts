// Parsing on worker threads (PLEDGECARD_JOBS=2): the same bytes as one thread (PLEDGECARD_JOBS=1) in every format,
// and workers that fail to start, die or hang neither stop the run nor change its output.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_FROM } from '../../src/parallel/analyse.js';
import { ROOT, runCli, tempDir, type CliRun } from './spawn.js';

const ANSWERS = ['Yes.', 'No.', 'Agree, with reservations.', 'I would rather not say.', 'Absolutely.'];
const CLAUSES = ['1', '2', '3a', '3c', '3g.2'];
/** Enough replies for a started worker to take some, and fewer than pledgecard parses on several threads unasked. */
const COUNT = 400;

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

/**
 * `pledgecard score --format json` on the generated replies with PLEDGECARD_JOBS=jobs; killed after a minute. Without the
 * cache, so that every run parses every reply (tests/cli/cache.test.ts holds the cache to the same bytes).
 */
function scoreJson(jobs: number | '', nodeOptions = SAY_STARTED): CliRun {
  return runCli(['score', '--no-cache', ...input, '--format', 'json'], dir, { PLEDGECARD_JOBS: String(jobs), NODE_OPTIONS: nodeOptions }, 60_000);
}

/** Every file `export` writes, on `jobs` threads. */
function exported(jobs: number): Record<string, string> {
  const out = path.join(dir, `export-${jobs}`);
  expect(runCli(['export', '--no-cache', ...input, '--out', out], dir, { PLEDGECARD_JOBS: String(jobs) }).code).toBe(0);
  return Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
}

describe('parsing on worker threads', () => {
  let serial: CliRun;
  beforeAll(() => {
    serial = scoreJson(1);
  });

  it('PLEDGECARD_JOBS=1 parses on the main thread only', () => {
    expect(serial.code).toBe(0);
    expect(serial.stderr).toMatch(REVIEW);
    expect(serial.stderr.replace(REVIEW, '')).toBe('');
    expect(JSON.parse(serial.stdout).candidates).toHaveLength(COUNT);
  });

  it('gives the same JSON, byte for byte, with a worker', () => {
    const parallel = scoreJson(2);
    expect(parallel.stderr).toBe(`worker started\n${serial.stderr}`);
    expect(parallel.code).toBe(0);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('writes the same files with a worker: markdown, CSV, JSON and HTML', () => {
    expect(exported(2)).toEqual(exported(1));
  });

  it(`parses fewer than ${PARALLEL_FROM} replies on one thread unless PLEDGECARD_JOBS says otherwise`, () => {
    expect(COUNT).toBeLessThan(PARALLEL_FROM);
    expect(scoreJson('')).toEqual(serial);
  });

  it('starts no worker for replies that make one chunk', () => {
    const run = runCli(['score', '--no-cache', '--format', 'json'], ROOT, { PLEDGECARD_JOBS: '2', NODE_OPTIONS: SAY_STARTED });
    expect(run.code).toBe(0);
    expect(run.stderr.replace(REVIEW, '')).toBe('');
  });

  it.each([
    ['fails to start', `throw new Error('no worker today');`],
    ['dies after taking a chunk', `MessagePort.prototype.postMessage = () => process.exit(1);`],
    ['hangs after taking a chunk', `MessagePort.prototype.postMessage = () => { for (;;); };`],
  ])('gives the same JSON when a worker %s: the main thread parses what it does not', (_, code) => {
    const run = scoreJson(2, inWorkers(code));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(serial.stdout);
  });
});

// `pledgecard check` and the global conventions as a table of cases, each run through the built bin and through
// main() in-process with a fake Io: exit code, the problems' places (file:line:col code) and what stdout/stderr say.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMain, type Run } from '../helpers/pledgecard.js';
import { BIN, ROOT, fixture, runCli } from './spawn.js';

interface Case {
  name: string;
  args: string[];
  /** A fixture folder under tests/fixtures to run in; the repository (the bundled example) when absent. */
  fixture?: string;
  exitCode: number;
  /** Every problem `check` prints, as `file:line:col code` (or `file code` when it has no line). */
  places?: string[];
  stdout?: { has?: string[]; not?: string[]; empty?: boolean };
  stderr?: { has?: string[]; not?: string[]; empty?: boolean };
}

const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const COMMANDS = ['check', 'score', 'show', 'review', 'export', 'import', 'init'];

const CASES: Case[] = [
  {
    name: 'the bundled example is clean',
    args: ['check'],
    exitCode: 0,
    places: [],
    stdout: { empty: true },
    stderr: { has: ['pledges.yaml: 13 clauses; 6 replies; no problems'] },
  },
  {
    name: 'explicit --pledges and --data',
    args: ['check', '--pledges', 'tests/fixtures/load-reply-folder/pledges.yaml', '--data', 'tests/fixtures/load-reply-folder/data'],
    exitCode: 0,
    places: [],
  },
  {
    name: 'unknown keys with did-you-mean',
    fixture: 'load-unknown-keys',
    args: ['check'],
    exitCode: 1,
    places: ['pledges.yaml:2:1 unknown-key', 'pledges.yaml:7:5 unknown-key', 'pledges.yaml:15:9 unknown-key', 'pledges.yaml:17:3 unknown-key', 'pledges.yaml:18:3 unknown-key'],
    stdout: { has: ["did you mean 'organisation'", "did you mean 'weight'"] },
    stderr: { has: ['5 errors in 1 file'] },
  },
  {
    name: 'three problems, three diagnostics',
    fixture: 'load-three-problems',
    args: ['check'],
    exitCode: 1,
    places: ['pledges.yaml:2:1 unknown-key', 'pledges.yaml:7:13 invalid-value', 'pledges.yaml:8:9 duplicate-id'],
  },
  { name: 'malformed YAML', fixture: 'load-malformed-yaml', args: ['check'], exitCode: 1, places: ['pledges.yaml:5:11 yaml-syntax'] },
  { name: 'an empty programme', fixture: 'load-empty-clauses', args: ['check'], exitCode: 1, places: ['pledges.yaml:2:10 invalid-value'] },
  {
    name: 'broken replies in two files',
    fixture: 'load-reply-bytes',
    args: ['check'],
    exitCode: 1,
    places: ['data/binary.md:5:1 binary-content', 'data/latin1.md:6:7 invalid-utf8'],
  },
  {
    name: 'a duplicate candidate',
    fixture: 'load-reply-duplicate-candidate',
    args: ['check'],
    exitCode: 1,
    places: ['data/later/ann.md:3:1 candidate-duplicate'],
    stdout: { has: ['data/ann-lee.md'] },
  },
  {
    name: 'rulings for no clause and with an unknown stance',
    fixture: 'load-reply-rulings',
    args: ['check'],
    exitCode: 1,
    places: ['data/ann-lee.md:4:3 ruling-unknown-clause', 'data/ann-lee.md:5:17 invalid-value'],
    stdout: { has: ["did you mean '2b'", "did you mean 'agree'"] },
  },
  { name: 'a BOM and CRLF are fine', fixture: 'load-reply-encodings', args: ['check'], exitCode: 0, places: [] },
  { name: 'nothing but front matter is fine', fixture: 'load-reply-only-front-matter', args: ['check'], exitCode: 0, places: [] },
  {
    name: '--verbose lists the files that are not replies, on stderr',
    fixture: 'load-reply-folder',
    args: ['--verbose', 'check'],
    exitCode: 0,
    places: [],
    stdout: { empty: true },
    stderr: { has: ['data/notes.txt', 'data/c/README', '3 replies'] },
  },
  {
    name: 'without --verbose the ignored files are not listed',
    fixture: 'load-reply-folder',
    args: ['check'],
    exitCode: 0,
    stderr: { not: ['notes.txt'] },
  },
  {
    name: 'JSON diagnostics',
    fixture: 'load-three-problems',
    args: ['check', '--format', 'json'],
    exitCode: 1,
    stdout: { has: ['"code": "duplicate-id"', '"line": 8', '"col": 9', '"file": "pledges.yaml"'] },
  },
  {
    name: 'GitHub annotations',
    fixture: 'load-three-problems',
    args: ['check', '--format', 'github'],
    exitCode: 1,
    stdout: { has: ['::error file=pledges.yaml,line=8,col=9,title=pledgecard duplicate-id::'] },
  },
  {
    name: 'a missing programme file: exit 2',
    args: ['check', '--pledges', 'missing.yaml'],
    exitCode: 2,
    places: ['missing.yaml file-missing'],
  },
  {
    name: 'a missing data folder: exit 2',
    args: ['check', '--data', 'no-such-folder'],
    exitCode: 2,
    places: ['no-such-folder file-missing'],
  },
  { name: 'an unknown option: exit 2', args: ['check', '--bogus'], exitCode: 2, stderr: { has: ["unknown option '--bogus'"] }, stdout: { empty: true } },
  { name: 'an option without its argument: exit 2', args: ['check', '--pledges'], exitCode: 2, stderr: { has: ['argument missing'] } },
  { name: 'an unknown format: exit 2', args: ['check', '--format', 'sarif'], exitCode: 2, stderr: { has: ['sarif'] } },
  { name: 'an extra argument: exit 2', args: ['check', 'extra'], exitCode: 2 },
  {
    name: 'a mistyped command: exit 2 with a suggestion',
    args: ['chekc'],
    exitCode: 2,
    stderr: { has: ["unknown command 'chekc' (did you mean 'check'?)"] },
    stdout: { empty: true },
  },
  { name: '--version', args: ['--version'], exitCode: 0, stdout: { has: [`${PACKAGE_VERSION}\n`] }, stderr: { empty: true } },
  { name: '--help', args: ['--help'], exitCode: 0, stdout: { has: ['Examples', 'Exit codes'] } },
  ...COMMANDS.map((command) => ({
    name: `${command} --help`,
    args: [command, '--help'],
    exitCode: 0,
    stdout: { has: ['Examples', `pledgecard ${command}`] },
    stderr: { empty: true },
  })),
  {
    name: '--debug shows the stack of an error',
    args: ['--debug', 'score', '--pledges', 'missing.yaml'],
    exitCode: 2,
    stderr: { has: ['missing.yaml', '    at '] },
  },
];

/** The problems in `check`'s text output: a file name line, then `  line:col  severity  message  code` lines. */
function placesIn(stdout: string): string[] {
  const out: string[] = [];
  let file = '';
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    if (!line.startsWith(' ')) {
      file = line;
      continue;
    }
    const m = /^ {2}(\d+:\d+|-)\s+(?:error|warning)\s+.*\s(\S+)$/.exec(line);
    if (!m) throw new Error(`not a problem line: ${JSON.stringify(line)}`);
    out.push(m[1] === '-' ? `${file} ${m[2]}` : `${file}:${m[1]} ${m[2]}`);
  }
  return out;
}

function expectText(text: string, expected: Case['stdout'], what: string): void {
  if (!expected) return;
  if (expected.empty) expect(text, what).toBe('');
  for (const s of expected.has ?? []) expect(text, what).toContain(s);
  for (const s of expected.not ?? []) expect(text, what).not.toContain(s);
}

function checkRun(run: Run, c: Case, how: string): void {
  const where = `${how}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
  expect(run.code, where).toBe(c.exitCode);
  if (c.places) expect(placesIn(run.stdout), where).toEqual(c.places);
  expectText(run.stdout, c.stdout, `${where}\n(stdout)`);
  expectText(run.stderr, c.stderr, `${where}\n(stderr)`);
  // Colour is off with NO_COLOR, and no stack trace reaches the user without --debug.
  expect(run.stdout + run.stderr, where).not.toContain('\u001b[');
  if (!c.args.includes('--debug')) expect(run.stdout + run.stderr, where).not.toMatch(/^ {4}at /m);
}

describe('check and the global conventions', () => {
  it.each(CASES)('bin: $name', (c) => {
    const run = runCli(c.args, c.fixture ? fixture(c.fixture) : ROOT);
    checkRun({ code: run.code ?? -1, stdout: run.stdout, stderr: run.stderr }, c, 'bin');
  });

  it.each(CASES.filter((c) => !c.args.includes('--debug')))('main(): $name', async (c) => {
    checkRun(await runMain(c.args, { cwd: c.fixture ? fixture(c.fixture) : ROOT }), c, 'main()');
  });
});

describe('reading from a pipe', () => {
  it('a programme given as /dev/stdin is read to its end, however it arrives', () => {
    // A pipe has no size to read by; a regular file's size decides its first read. Both must give the same result.
    // Through a shell, as users do it: `cat` into a real pipe (Node's own stdin for a child is a socket).
    const viaPipe = spawnSync('sh', ['-c', 'cat pledges.yaml | "$0" "$1" score --format csv --pledges /dev/stdin', process.execPath, BIN], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const viaFile = runCli(['score', '--format', 'csv']);
    expect(viaPipe.stderr).toBe(viaFile.stderr);
    expect(viaPipe.status).toBe(0);
    expect(viaPipe.stdout).toBe(viaFile.stdout);
    expect(viaPipe.stdout.split('\n').length).toBeGreaterThan(6);
  });
});

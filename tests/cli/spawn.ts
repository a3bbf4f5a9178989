// Runs the built CLI as users do (node bin/pledgecard.js), colour off and outside any GitHub workspace.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'pledgecard.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment every run gets: this process's, with NO_COLOR=1 and no GitHub workspace or forced colour; `env` on top. */
function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete base.GITHUB_WORKSPACE;
  delete base.FORCE_COLOR;
  return { ...base, ...env };
}

/**
 * Spawns `node bin/pledgecard.js …args` in `cwd` with NO_COLOR=1; `env` adds or overrides variables. A run still
 * going after `timeout` ms is killed and comes back with code null.
 */
export function runCli(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}, timeout?: number): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cliEnv(env), encoding: 'utf8', timeout, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * runCli without waiting: the same run, resolved when it exits, so that independent runs can go at once. `bin` is the
 * command line to start (a copy of it, say). A run killed after `timeout` ms, or that could not start, comes back with
 * code null; the promise never rejects.
 */
export function runCliAsync(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}, timeout?: number, bin = BIN): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: cliEnv(env), timeout });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', (e) => resolve({ code: null, stdout, stderr: `${stderr}${String(e)}` }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh empty folder under the system's temp folder. */
export function tempDir(prefix = 'pledgecard-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Path of a fixture under tests/fixtures. */
export function fixture(...parts: string[]): string {
  return path.join(ROOT, 'tests', 'fixtures', ...parts);
}

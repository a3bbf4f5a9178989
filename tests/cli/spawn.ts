// Runs the built CLI as users do (node bin/pledgecard.js), colour off and outside any GitHub workspace.
import { spawnSync } from 'node:child_process';
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

/**
 * Spawns `node bin/pledgecard.js …args` in `cwd` with NO_COLOR=1; `env` adds or overrides variables. A run still
 * going after `timeout` ms is killed and comes back with code null.
 */
export function runCli(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}, timeout?: number): CliRun {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete base.GITHUB_WORKSPACE;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh empty folder under the system's temp folder. */
export function tempDir(prefix = 'pledgecard-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Path of a fixture under tests/fixtures. */
export function fixture(...parts: string[]): string {
  return path.join(ROOT, 'tests', 'fixtures', ...parts);
}

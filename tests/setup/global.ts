// Once per test run: every temporary file goes into one folder of this run's own (TMPDIR for the test processes, the
// CLIs they spawn and Chromium), removed when the run ends, so that no run leaves anything behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'pledgecard-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  };
}

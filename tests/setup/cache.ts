// Every pledgecard the tests start keeps its cache of rulings in a folder of this test run, removed at the end, so the
// tests neither read nor fill the user's own cache.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pledgecard-test-cache-'));
  process.env.PLEDGECARD_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

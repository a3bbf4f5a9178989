// `pledgecard init`: a fresh folder that passes check, and a refusal that writes nothing.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/pledgecard.js';
import { runCli, tempDir } from './spawn.js';

describe('pledgecard init', () => {
  it('scaffolds pledges.yaml and data/example.md that pass check', () => {
    const dir = tempDir();
    const r = runCli(['init', 'campaign'], dir);
    expect(r.code, r.stderr).toBe(0);
    const root = path.join(dir, 'campaign');
    expect(readdirSync(root).sort()).toEqual(['data', 'pledges.yaml']);
    expect(readdirSync(path.join(root, 'data'))).toEqual(['example.md']);
    expect(readFileSync(path.join(root, 'pledges.yaml'), 'utf8')).toMatch(/^# /);
    const check = runCli(['check'], root);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stderr).toMatch(/no problems/);
    // The workflow's own command line is accepted (2 would mean an unknown option).
    expect(runCli(['check', '--strict', '--format', 'github'], root).code).not.toBe(2);
  });

  it('refuses to overwrite, names each existing file, and writes nothing at all', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'pledges.yaml'), 'mine\n');
    const r = runCli(['init'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pledges.yaml');
    expect(r.stderr).toContain('file-exists');
    expect(readFileSync(path.join(dir, 'pledges.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
  });

  it('runs in-process through main(argv, io) too, refusing a second time', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x'));
    const first = await runMain(['init', 'x'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('created x/pledges.yaml');
    const again = await runMain(['init', 'x'], { cwd: dir });
    expect(again.code).toBe(1);
    // data/ now holds a reply (the example), so only pledges.yaml is wanted, and it exists.
    expect(again.stderr.match(/file-exists/g)).toHaveLength(1);
  });
});

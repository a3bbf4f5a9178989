// Start-up stays cheap: --help and --version load commander and the CLI shell, nothing a command needs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './spawn.js';

// A module-resolution hook that names every module it resolves, one per line on stderr.
const HOOK = `export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (!r.url.startsWith('node:')) process.stderr.write('loaded ' + r.url + '\\n');
  return r;
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

/** Files below the repository that `node bin/pledgecard.js …args` loads, as repository paths. */
function loaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(r.status).toBe(0);
  const root = pathToFileURL(path.join(ROOT, '/')).href;
  return [...new Set(r.stderr.split('\n').filter((l) => l.startsWith('loaded ')).map((l) => l.slice('loaded '.length).replace(root, '')))].sort();
}

describe('start-up', () => {
  it.each(['--help', '--version', 'score --help', 'export --help'])('%s loads commander and the CLI shell only', (line) => {
    const files = loaded(line.split(' '));
    expect(files.filter((f) => f.startsWith('node_modules/') && !f.startsWith('node_modules/commander/'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/'))).toEqual(['dist/cli/io.js', 'dist/cli/main.js', 'dist/render/types.js', 'dist/util/ordering.js']);
  });
});

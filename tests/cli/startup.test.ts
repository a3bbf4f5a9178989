// Start-up stays cheap: the command line is bundled (dist/bundle/), --help and --version load commander and the CLI
// shell alone, a command adds one module, and the parser is loaded only when some reply's rulings are not cached.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from './spawn.js';

// A module-resolution hook that names every module it resolves, one per line on stderr. The hooks run on their own
// thread, whose process.stderr is flushed through the main thread and may be cut off at exit: the hook writes to the
// file descriptor itself, at once.
const HOOK = `import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (!r.url.startsWith('node:')) writeSync(2, 'loaded ' + r.url + '\\n');
  return r;
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

const cache = tempDir('pledgecard-startup-');
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** Files below the repository that `node bin/pledgecard.js …args` loads, as repository paths, chunk hashes masked. */
function loaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PLEDGECARD_CACHE_DIR: cache },
  });
  expect(r.status).toBe(0);
  const root = pathToFileURL(path.join(ROOT, '/')).href;
  const files = r.stderr.split('\n').filter((l) => l.startsWith('loaded ')).map((l) => l.slice('loaded '.length).replace(root, '').replace(/-[A-Z0-9]{8}\.js$/, '-*.js'));
  return [...new Set(files)].filter((f) => f !== 'bin/pledgecard.js').sort();
}

const SHELL = ['dist/bundle/chunk-*.js', 'dist/bundle/main.js'];

describe('start-up', () => {
  it.each(['--help', '--version', 'score --help', 'export --help'])('%s loads the bundled shell only: commander, no command', (line) => {
    expect(loaded(line.split(' '))).toEqual(SHELL);
  });

  it('a command adds one module, and the parser only when a reply is not in the cache', () => {
    const commands = [...SHELL, 'dist/bundle/commands-*.js'].sort();
    const parser = ['dist/bundle/analyse.js', 'dist/bundle/chunk-*.js'];
    expect(loaded(['score'])).toEqual([...new Set([...commands, ...parser])].sort());
    expect(loaded(['score'])).toEqual(commands);
    expect(loaded(['check'])).toEqual(commands);
    expect(loaded(['score', '--no-cache'])).toEqual([...new Set([...commands, ...parser])].sort());
  });
});

#!/usr/bin/env node
// The command line as users run it: bundled by esbuild into dist/bundle/ (after tsc has written the library to dist/),
// so that a command loads a handful of modules instead of some three hundred. Two builds:
//
//   main.js, chunk-*.js  commander and the command-line shell: all that --help and --version load
//   commands-*.js        every command, the loaders and the renderers, loaded once a command runs
//   analyse.js, worker.js and their chunks: the parser, loaded only when a reply's rulings are not in the cache, and
//                        a parsing thread
//
// The first build takes the parser as an outside module (./analyse.js) whose import has no side effects: the static
// import in pipeline.ts, for the library's buildReport that the command line does not call, is dropped, and the parser
// is reached only by the dynamic import the cache makes on a miss. The build's identity (pledgecard's version, a hash of
// every file bundled, the model's version) is written into the bundle, and keys the cache of rulings.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import module from 'node:module';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = path.join(ROOT, 'src') + path.sep;
const MAIN = path.join(ROOT, 'src/cli/main.ts');
const WORKER = path.join(ROOT, 'src/parallel/worker.ts');
const ANALYSE = path.join(ROOT, 'src/parallel/analyse.ts');
const OUT = path.join(ROOT, 'dist/bundle');

/** The modules main.ts imports when a command runs, all gathered into one module (commands-*.js). */
function commandsPlugin() {
  const specifiers = [...readFileSync(MAIN, 'utf8').matchAll(/\bimport\('(\.[^']+)'\)/g)].map((m) => m[1]);
  return {
    name: 'pledgecard-commands',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) =>
        args.kind === 'dynamic-import' && args.importer === MAIN ? { path: 'commands', namespace: 'pledgecard-commands' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'pledgecard-commands' }, () => ({
        contents: specifiers.map((s) => `export * from ${JSON.stringify(s)};`).join('\n'),
        resolveDir: path.dirname(MAIN),
        loader: 'ts',
      }));
    },
  };
}

/** Takes the parser (src/parallel/analyse.ts) as the outside module ./analyse.js, imported for its exports only. */
function parserOutsidePlugin() {
  return {
    name: 'pledgecard-parser-outside',
    setup(build) {
      build.onResolve({ filter: /analyse\.js$/ }, (args) =>
        path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === ANALYSE ? { path: './analyse.js', external: true, sideEffects: false } : undefined,
      );
    },
  };
}

/**
 * zod's `z` carries every locale's messages (some 600 kB of the bundle); pledgecard writes its own messages and zod's
 * English ones are imported by zod directly, so the list of locales is cut to English.
 */
function zodEnglishOnlyPlugin() {
  return {
    name: 'pledgecard-zod-english',
    setup(build) {
      build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
        /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: path.resolve(args.resolveDir, args.path), namespace: 'zod-locales' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
        contents: 'export { default as en } from "./en.js";',
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // Some dependencies are CommonJS and call require() (for node:process, say), which an ES module does not have.
  banner: { js: "import { createRequire as __pledgecardRequire } from 'node:module'; const require = __pledgecardRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
  plugins: [zodEnglishOnlyPlugin()],
};
const builds = [
  { ...common, entryPoints: { main: MAIN }, plugins: [...common.plugins, commandsPlugin(), parserOutsidePlugin()] },
  { ...common, entryPoints: { analyse: ANALYSE, worker: WORKER } },
];

/** Hash of every file the bundle is made of, in a stable order: any change to the code or a dependency changes it. */
function codeHash(metafile) {
  const hash = createHash('sha256');
  for (const input of Object.keys(metafile.inputs).sort()) {
    hash.update(input).update('\0');
    if (!input.includes(':')) hash.update(readFileSync(path.join(ROOT, input)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

async function modelVersion() {
  const file = path.join(ROOT, 'dist/parse/model.js');
  const { bundledModel } = await import(pathToFileURL(file).href);
  return bundledModel().version;
}

const inputs = {};
for (const options of builds) Object.assign(inputs, (await esbuild.build({ ...options, write: false })).metafile.inputs);
const identity = {
  version: JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
  code: codeHash({ inputs }),
  model: await modelVersion(),
};
rmSync(OUT, { recursive: true, force: true });
const results = [];
for (const options of builds) results.push(await esbuild.build({ ...options, define: { PLEDGECARD_BUILD: JSON.stringify(identity) } }));

// The parser must stay out of what main.js and the commands load, or every command would pay for it.
for (const [file, output] of Object.entries(results[0].metafile.outputs)) {
  const parser = output.imports.find((i) => i.path.endsWith('analyse.js') && i.kind !== 'dynamic-import');
  if (parser || Object.keys(output.inputs).some((input) => input.startsWith('src/parse/'))) {
    const reached = Object.keys(output.inputs).filter((input) => input.startsWith('src/parse/'));
    throw new Error(`${path.basename(file)} would load the parser (${reached.join(', ')}): something the commands import statically reaches it`);
  }
}

// Where Node keeps V8's compiled code between runs (22.1 and later), one run now compiles and keeps every module of the
// command line, so that the first run after `npm install` starts as fast as the rest. It neither reads nor writes the
// cache of rulings; a run that fails here only leaves the compile cache cold.
if (typeof module.enableCompileCache === 'function') {
  spawnSync(process.execPath, [path.join(ROOT, 'bin/pledgecard.js'), 'score', '--no-cache'], { cwd: ROOT, stdio: 'ignore' });
}

// What every command receives: the outside world, colours decided once, and the global flags.
import type { ChalkInstance } from 'chalk';
import path from 'node:path';
import type { Io } from './io.js';

export interface Context {
  io: Io;
  chalk: ChalkInstance;
  colour: boolean;
  debug: boolean;
  verbose: boolean;
  /** Whether rulings may be read from and kept in the cache (--no-cache turns it off). */
  cache: boolean;
}

/** Resolves a path the user gave against the working directory. */
export function resolvePath(ctx: Context, file: string): string {
  return path.resolve(ctx.io.cwd, file);
}

/** Options every command that reads the programme and replies shares. */
export interface InputOptions {
  pledges: string;
  data: string;
}

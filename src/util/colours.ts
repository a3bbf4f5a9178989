// Colour is decided once, from the environment and flags, and passed to whatever prints.
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColourChoice {
  /** --color / --no-color when given. */
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/**
 * --color / --no-color win (a flag given for this one run beats a setting for every program), then NO_COLOR (any
 * non-empty value), then FORCE_COLOR, then whether stdout is a terminal.
 */
export function useColour({ flag, env, isTTY }: ColourChoice): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

export function makeChalk(colour: boolean): ChalkInstance {
  return new Chalk({ level: colour ? 1 : 0 });
}

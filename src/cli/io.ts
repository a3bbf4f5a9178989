// What a command may touch of the outside world: output streams, environment, working directory.
import { once } from 'node:events';

export interface Io {
  stdout(text: string): void;
  /**
   * When stdout is holding text back (a pipe read more slowly than it is written), a promise that settles once it
   * has taken it all; else undefined. Long output waits on it, so that it is not all held in memory meanwhile.
   */
  stdoutBacklog?(): Promise<void> | undefined;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdoutIsTTY: boolean;
  /** Terminal width for tables; 80 when not a terminal. */
  columns: number;
  /** The terminal to ask questions at, when standard input and output both are one; asked only by commands that prompt. */
  terminal?(): Terminal | undefined;
}

/** Where prompts read keys and draw. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

let pipeGuard = false;

/**
 * The real process streams. A reader that goes away early (`pledgecard | head`) ends the run quietly: it has what it
 * wanted. Output that cannot be written (`> /dev/full`) ends it with one line and exit code 2.
 */
export function processIo(): Io {
  if (!pipeGuard) {
    pipeGuard = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Loaded here, not above: --help and --version start without it.
      void import('../util/write.js').then(({ systemReason }) => {
        try {
          process.stderr.write(`pledgecard: cannot write to standard output: ${systemReason(err)}\n`);
        } finally {
          process.exit(2);
        }
      });
    });
    // Nowhere is left to say anything: end as the reader asked, or with 2.
    process.stderr.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? (process.exitCode ?? 0) : 2));
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stdoutBacklog: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : undefined),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80,
    // Standard input is opened only here, so commands that never prompt never touch it.
    terminal: () => (process.stdin.isTTY && process.stdout.isTTY ? { input: process.stdin, output: process.stdout } : undefined),
  };
}

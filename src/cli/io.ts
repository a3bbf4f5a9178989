// What a command may touch of the outside world: output streams, environment, working directory.

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdoutIsTTY: boolean;
  /** Terminal width for tables; 80 when not a terminal. */
  columns: number;
}

let pipeGuard = false;

/** The real process streams. A reader that goes away early (`pledgecard | head`) ends the run quietly. */
export function processIo(): Io {
  if (!pipeGuard) {
    pipeGuard = true;
    for (const stream of [process.stdout, process.stderr]) {
      stream.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw err;
      });
    }
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80,
  };
}

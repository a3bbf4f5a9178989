// Environment variables pledgecard reads, checked before any work: a bad value is a usage error (exit 2).

/** What is wrong with the environment, or undefined when nothing is. */
export function checkEnvironment(env: NodeJS.ProcessEnv): string | undefined {
  const jobs = env.PLEDGECARD_JOBS;
  if (jobs !== undefined && jobs.trim() !== '' && !/^\s*[1-9]\d*\s*$/.test(jobs)) {
    return `PLEDGECARD_JOBS must be a whole number of threads from 1, not '${jobs.slice(0, 40)}'`;
  }
  return undefined;
}

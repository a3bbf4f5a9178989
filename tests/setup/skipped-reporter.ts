// A reporter that speaks last: when the browser tests were skipped (no Chromium here), it says so after the summary,
// in a box nobody can miss, rather than in the middle of the run.
import type { Reporter, TestModule } from 'vitest/node';

const BROWSER_TESTS = /[\\/]tests[\\/]browser[\\/]/;

export default class SkippedBrowserReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let skipped = 0;
    for (const m of modules) {
      if (!BROWSER_TESTS.test(m.moduleId)) continue;
      for (const test of m.children.allTests()) if (test.result().state === 'skipped') skipped++;
    }
    if (skipped === 0) return;
    const lines = [
      `${skipped} BROWSER TESTS WERE SKIPPED: Chromium (/usr/bin/chromium, or PLEDGECARD_CHROMIUM) is not installed.`,
      'The HTML pages were not checked in a browser. Install it (apt-get install chromium) and run npm test again;',
      'CI (.ci/run) installs it and fails when it is missing.',
    ];
    const width = Math.max(...lines.map((l) => l.length));
    const bar = '!'.repeat(width + 4);
    process.stdout.write(`\n${bar}\n${lines.map((l) => `! ${l.padEnd(width)} !`).join('\n')}\n${bar}\n\n`);
  }
}

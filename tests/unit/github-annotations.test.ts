// GitHub workflow commands: the format and the escaping the runner expects (actions/toolkit command.ts).
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/model/diagnostic.js';
import { formatDiagnosticsGithub, githubPaths } from '../../src/cli/report-diagnostics.js';

describe('formatDiagnosticsGithub', () => {
  it('prints ::error and ::warning with file, line, col and a title', () => {
    const out = formatDiagnosticsGithub([
      diagnostic('needs-review', 'data/a.md', { line: 7, col: 1 }, 'clause 2: agrees?'),
      diagnostic('no-replies', 'data', undefined, 'no reply files', 'warning'),
    ]);
    expect(out).toBe(
      '::warning file=data,title=pledgecard no-replies::no reply files\n' +
        '::error file=data/a.md,line=7,col=1,title=pledgecard needs-review::clause 2: agrees?\n',
    );
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const out = formatDiagnosticsGithub([diagnostic('invalid-value', 'odd:dir,x/100%.md', { line: 2, col: 3 }, '50% done\r\nnext: a, b')]);
    expect(out).toBe('::error file=odd%3Adir%2Cx/100%25.md,line=2,col=3,title=pledgecard invalid-value::50%25 done%0D%0Anext: a, b\n');
  });
});

describe('githubPaths', () => {
  it('makes paths relative to the workspace, leaving paths outside it alone', () => {
    const d = [diagnostic('no-replies', 'data', undefined, 'x'), diagnostic('no-replies', '/elsewhere/f.md', undefined, 'x')];
    expect(githubPaths(d, '/repo/sub', '/repo').map((x) => x.file)).toEqual(['sub/data', '/elsewhere/f.md']);
    expect(githubPaths(d, '/repo/sub', undefined).map((x) => x.file)).toEqual(['data', '/elsewhere/f.md']);
  });
});

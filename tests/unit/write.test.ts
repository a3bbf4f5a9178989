// The one place that writes files: whole files or nothing, no temp files left behind, no overwriting when told not to.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStatus, writeFileAtomic, writeFileExclusive } from '../../src/util/write.js';

describe('writing files', () => {
  it('replaces a file whole, creating its folder, and leaves no temp file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pledgecard-write-'));
    const file = path.join(dir, 'out', 'index.md');
    writeFileAtomic(file, 'first');
    writeFileAtomic(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(path.dirname(file))).toEqual(['index.md']);
  });

  it('never overwrites in exclusive mode, and says so', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pledgecard-write-'));
    const file = path.join(dir, 'ann-lee.md');
    writeFileSync(file, 'edited by hand');
    expect(writeFileExclusive(file, 'imported')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('edited by hand');
    expect(writeFileExclusive(path.join(dir, 'bo-chan.md'), 'imported')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['ann-lee.md', 'bo-chan.md']);
  });

  it('leaves nothing behind when the write fails', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pledgecard-write-'));
    // A folder where the file should go: the rename fails, and the temp file is removed.
    const target = path.join(dir, 'taken');
    writeFileAtomic(path.join(target, 'x'), 'x');
    expect(() => writeFileAtomic(target, 'y')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('writes text in pieces one after another, and leaves nothing behind when a piece fails', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pledgecard-write-'));
    const file = path.join(dir, 'scores.json');
    writeFileAtomic(file, ['{"a": ', '"O’Neill 🌍"', '}\n']);
    expect(readFileSync(file, 'utf8')).toBe('{"a": "O’Neill 🌍"}\n');
    function* failing(): Generator<string> {
      yield 'half';
      throw new Error('no more');
    }
    expect(() => writeFileAtomic(file, failing())).toThrow('no more');
    expect(readFileSync(file, 'utf8')).toBe('{"a": "O’Neill 🌍"}\n');
    expect(readdirSync(dir)).toEqual(['scores.json']);
  });

  it('writes and compares many pieces, small and larger than a chunk, byte for byte as the joined text', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pledgecard-write-'));
    const file = path.join(dir, 'big.json');
    const small = Array.from({ length: 5000 }, (_, i) => `{"n": ${i}, "name": "O’Neill 🌍 ${'x'.repeat(i % 300)}"},\n`);
    const pieces = [...small.slice(0, 2500), 'é'.repeat(700_000), ...small.slice(2500), '🌍'.repeat(200_000)];
    writeFileAtomic(file, pieces);
    const joined = pieces.join('');
    expect(readFileSync(file, 'utf8')).toBe(joined);
    expect(fileStatus(file, pieces)).toBe('current');
    expect(fileStatus(file, [...pieces.slice(0, -1), '🌍'.repeat(199_999)])).toBe('different');
  });

  it('tells whether a file holds exactly some text, whole or in pieces', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pledgecard-write-'));
    const file = path.join(dir, 'scores.json');
    writeFileSync(file, '{"a": "O’Neill"}\n');
    expect(fileStatus(file, '{"a": "O’Neill"}\n')).toBe('current');
    expect(fileStatus(file, ['{"a": ', '"O’Neill"', '', '}\n'])).toBe('current');
    expect(fileStatus(file, ['{"a": ', '"O’Neill"}'])).toBe('different');
    expect(fileStatus(file, ['{"a": ', '"O’Neill"}\n', ' '])).toBe('different');
    expect(fileStatus(file, ['{"a": ', '"O’Neil!"}\n'])).toBe('different');
    expect(fileStatus(path.join(dir, 'missing.json'), ['x'])).toBe('missing');
    expect(fileStatus(dir, ['x'])).toBe('different');
  });
});

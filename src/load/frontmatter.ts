// Splits a reply file into its YAML front matter and the reply body, keeping line numbers.

export type FrontMatterSplit =
  | { ok: true; yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { ok: false; code: 'front-matter-missing' | 'front-matter-unclosed'; line: number };

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Expects `---` on the first line and a closing `---` (or `...`) line. Text has LF line endings. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const firstEnd = text.indexOf('\n');
  const firstLine = firstEnd === -1 ? text : text.slice(0, firstEnd);
  if (!OPEN.test(firstLine)) return { ok: false, code: 'front-matter-missing', line: 1 };
  let start = firstEnd + 1;
  let line = 2;
  while (firstEnd !== -1 && start <= text.length) {
    const end = text.indexOf('\n', start);
    const current = end === -1 ? text.slice(start) : text.slice(start, end);
    if (CLOSE.test(current)) {
      const yaml = text.slice(firstEnd + 1, start);
      const body = end === -1 ? '' : text.slice(end + 1);
      return { ok: true, yaml, yamlLine: 2, body, bodyLine: line + 1 };
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return { ok: false, code: 'front-matter-unclosed', line: 1 };
}

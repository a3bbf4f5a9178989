// File names for candidates' pages in an export: a slug of the name, unique within the export and stable: what
// tells two candidates apart is their reply file, never their order, so adding a candidate renames nobody.
import { slugOf } from '../util/slug.js';

// Names export writes itself, and names some systems refuse as file names.
const RESERVED = new Set(['index', 'scorecards', 'con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

/** "Carol Spedding-Taylor" → "carol-spedding-taylor"; any script transliterated; "candidate" when nothing is left. */
export function slugify(name: string): string {
  return slugOf(name) || 'candidate';
}

/**
 * A slug per candidate, keyed by reply file. A candidate whose name slug is shared, reserved or empty takes their
 * reply file's name as well ("ann-lee-ann-lee-2022"), and the whole path if that is shared too; the same inputs
 * always give the same names, whatever else is in the export.
 */
export function exportSlugs(candidates: ReadonlyArray<{ candidate: string; file: string }>): Map<string, string> {
  const base = candidates.map((c) => slugOf(c.candidate));
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const fileSlug = (file: string): string => slugOf(file.replace(/^.*\//, '').replace(/\.md$/i, '')) || 'reply';
  const first = candidates.map((c, i) => {
    const b = base[i]!;
    if (b && count.get(b) === 1 && !RESERVED.has(b)) return b;
    return b ? `${b}-${fileSlug(c.file)}` : fileSlug(c.file);
  });
  const again = new Map<string, number>();
  for (const s of first) again.set(s, (again.get(s) ?? 0) + 1);
  const out = new Map<string, string>();
  const taken = new Set<string>();
  candidates.forEach((c, i) => {
    let slug = first[i]!;
    if (again.get(slug)! > 1 || RESERVED.has(slug)) slug = `${slug}-${slugOf(c.file.replace(/\.md$/i, '')) || 'reply'}`;
    // Two paths that slug alike ("a/b.md" and "a-b.md"): the last resort is a number, in file order.
    const stem = slug;
    for (let n = 2; taken.has(slug); n++) slug = `${stem}-${n}`;
    taken.add(slug);
    out.set(c.file, slug);
  });
  return out;
}

/**
 * A slug per name of a list whose order the user fixed (the members in body.yaml): a clash or a reserved name takes
 * -2, -3, … in that order.
 */
export function uniqueSlugs(names: readonly string[]): string[] {
  const taken = new Set(RESERVED);
  return names.map((name) => {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

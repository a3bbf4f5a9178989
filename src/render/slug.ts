// File names for candidates' scorecards: lowercase ASCII words joined by hyphens, unique within an export.

// Names export writes itself, and names some systems refuse as file names.
const RESERVED = new Set(['index', 'scorecards', 'con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);
const MAX_LENGTH = 60;

/** "Carol Spedding-Taylor" → "carol-spedding-taylor"; accents dropped, anything else becomes a hyphen. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'candidate';
}

/** A unique slug per candidate, in the order given: a clash or a reserved name gets -2, -3, … */
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

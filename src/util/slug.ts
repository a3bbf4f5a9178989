// File names from people's names: any script transliterated to Latin letters (the transliteration package), then
// lowercase ASCII words joined by hyphens. The same name always gives the same slug.
import { transliterate } from 'transliteration';

/** Longest slug made; names past it are cut at a word. */
export const MAX_SLUG_LENGTH = 60;

/**
 * "Carol Spedding-Taylor" → "carol-spedding-taylor", "José Álvarez" → "jose-alvarez", "张伟" → "zhang-wei",
 * "Иван Петров" → "ivan-petrov"; apostrophes vanish ("O'Brien" → "obrien"). Empty when nothing is left (emoji only).
 */
export function slugOf(name: string): string {
  // Transliterated a bounded piece at a time: a slug keeps at most MAX_SLUG_LENGTH characters of it anyway.
  const latin = transliterate(name.slice(0, MAX_SLUG_LENGTH * 4));
  return latin
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

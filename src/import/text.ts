// The import of a combined text: an email thread or a published page of headed replies, told apart by header blocks.
import type { ImportSplit } from '../model/import.js';
import { normaliseNewlines } from '../load/text.js';
import { splitArticle } from './article.js';
import { looksLikeEmail, splitEmail } from './email.js';

export interface TextImportOptions {
  /** Candidate names given by the user; otherwise the text's names list or its heading lines decide. */
  names?: readonly string[];
}

/** Splits a combined text into one reply per candidate; pure: returns the split, writes nothing. */
export function splitText(text: string, file: string, options: TextImportOptions = {}): ImportSplit {
  const normalised = normaliseNewlines(text);
  const lines = normalised.split('\n');
  return looksLikeEmail(lines) ? splitEmail(normalised, file, options) : splitArticle(normalised, file, options);
}

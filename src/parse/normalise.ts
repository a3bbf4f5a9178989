// Normalises reply text for matching without moving anything: the result has the same length as the
// input, so an offset in the normalised text is the same offset in the original (evidence stays verbatim).
import { CHAT_STAMP } from './lexicon/layout.js';

const FOLD: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u02bc': "'", // ʼ
  '\u0060': "'", // `
  '\u00b4': "'", // ´
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u201e': '"', // „
  '\u00ab': '"', // «
  '\u00bb': '"', // »
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // –
  '\u2014': '-', // —
  '\u2015': '-', // ―
  '\u2212': '-', // minus
  '\u2022': '-', // •
  '\u00a0': ' ', // no-break space
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
  '\u200b': ' ', // zero-width space
  // Markdown emphasis and code marks carry no words: blank them so "**3a**" reads as "3a".
  '*': ' ',
  _: ' ',
};

/**
 * Pictures people answer with, as words of the same length (two UTF-16 units each): "👍 all" reads "ok all",
 * "1-3 💯💯" reads "1-3 ok  " (a run is one word, skin tones included).
 */
const PICTURES: Record<string, string> = {
  '\u{1F44D}': 'ok', // 👍
  '\u{1F44E}': 'no', // 👎
  '\u{1F4AF}': 'ok', // 💯
};
// A skin tone after the picture ("👍🏾👍🏾") is part of it.
const PICTURE_RUN = /(\u{1F44D}|\u{1F44E}|\u{1F4AF})[\u{1F3FB}-\u{1F3FF}]?(?:\1[\u{1F3FB}-\u{1F3FF}]?)*/gu;

/** "no." standing for "number" before a digit: "No. 5", "no.3a"; not an answer after a number ("3 no. 4 yes"). */
const NUMBER_ABBREVIATION = /(?<![\p{L}\p{N}])(?<!(?:^|\s)\(?[a-z]?\d{1,3}[a-z]?[).:]?\s{1,3})no(?=\.\s?\d)/gu;

/**
 * A word drawn out for feeling ("yesss", "nooo", "sooo happy"): each run of three or more of one letter is read as one,
 * the word moved to where it began and padded with spaces. Not i or x, whose runs are roman numerals ("iii") or kisses.
 */
const ELONGATION_HINT = /([a-hj-wyz])\1\1/u;
const ELONGATED = /[\p{L}']*([a-hj-wyz])\1\1[\p{L}']*/gu;
const LETTER_RUN = /([a-hj-wyz])\1{2,}/gu;

const CHAT_HINT = /^[ \t]*(?:\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}|\[(?:\p{L}{1,9}\.?[ \t]+)?\d{1,2}:\d{2})/mu;

const FOLD_BY_CODE = new Map<number, string>(Object.entries(FOLD).map(([ch, to]) => [ch.charCodeAt(0), to]));

/** Lower-cases and folds quotes, dashes, odd spaces and emphasis marks, one character for one. */
export function normalise(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters lower-case to two (İ → i̇); keep those as they are so offsets stay put.
    lower = Array.from(text, (ch) => {
      const l = ch.toLowerCase();
      return l.length === ch.length ? l : ch;
    }).join('');
  }
  let out = '';
  let copied = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    // Of ASCII, only the tab, backtick, asterisk and underscore fold.
    if (code < 128 && code !== 9 && code !== 42 && code !== 95 && code !== 96) continue;
    const to = FOLD_BY_CODE.get(code);
    if (to === undefined) continue;
    out += lower.slice(copied, i) + to;
    copied = i + 1;
  }
  let folded = copied === 0 ? lower : out + lower.slice(copied);
  if (folded.includes('\uD83D')) folded = folded.replace(PICTURE_RUN, (m, one: string) => PICTURES[one]!.padEnd(m.length, ' '));
  // "No. 5" is the number 5, not a refusal: its "no" becomes "nº", which no cue reads.
  if (folded.includes('no.')) folded = folded.replace(NUMBER_ABBREVIATION, 'nº');
  if (ELONGATION_HINT.test(folded)) folded = folded.replace(ELONGATED, (w) => w.replace(LETTER_RUN, '$1').padEnd(w.length, ' '));
  // A chat export's "[20/2/27, 9:14 pm] Kirra: " is blanked: the message is what the candidate wrote.
  if (CHAT_HINT.test(folded)) folded = folded.replace(CHAT_STAMP, (m) => ' '.repeat(m.length));
  return folded;
}

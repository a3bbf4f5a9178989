// Character tests for hot paths, each exactly a small regular expression it stands for, without the cost of a call
// into the regex engine for one character.

/** A UTF-16 unit that `\s` matches: white space and line terminators, as JavaScript defines them. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `\d`: an ASCII digit. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `/\d/.test(text)`: whether the text holds an ASCII digit. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** `[a-z]`: a lower-case ASCII letter. */
export function isLowerCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** A code point that `\p{L}` matches under the u flag: a letter of any script. */
export function isLetterCode(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return LETTER.test(String.fromCodePoint(cp));
}

/** A code point that `[\p{L}\p{N}]` matches under the u flag: a letter or number of any script. */
export function isLetterOrNumberCode(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

// Dates as people and programs write them ("August 20, 2022", "Sat, 20 Aug 2022 10:15 +0100", "2022/08/20 10:15") → YYYY-MM-DD.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

/** Day-month order of an all-numeric date such as 03/04/2022: unknown unless the caller has found out. */
export type NumericOrder = 'dmy' | 'mdy' | undefined;

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2999) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The first calendar date written in `text`, as YYYY-MM-DD; undefined when there is none or it is ambiguous. */
export function isoDate(text: string, order: NumericOrder = undefined): string | undefined {
  let m = MONTH_FIRST.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const resolved = order ?? (a > 12 ? 'dmy' : b > 12 ? 'mdy' : undefined);
    if (resolved === 'dmy') return iso(year, b, a);
    if (resolved === 'mdy') return iso(year, a, b);
  }
  return undefined;
}

/** Works out whether a column of numeric dates is day-first or month-first from the values that tell. */
export function numericOrder(values: readonly string[]): NumericOrder {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const m = NUMERIC.exec(v);
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}

/** The date of a dateline: a short line, not a sentence, with a date and a few words around it ("Posted on 20 August 2022 by Admin"). */
export function datelineDate(line: string): string | undefined {
  const text = line.trim();
  if (!text || text.length > 80 || /[.!?]$/.test(text)) return undefined;
  const date = isoDate(text);
  if (!date) return undefined;
  const rest = text.replace(MONTH_FIRST, '').replace(DAY_FIRST, '').replace(ISO, '').replace(NUMERIC, '');
  return rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length <= 8 ? date : undefined;
}

/**
 * Dates as printed on EN/DE/FR/NL/ZH documents, to ISO yyyy-mm-dd. Numeric dates with the
 * day and month both ≤ 12 are ambiguous: `monthFirst` (US style) decides, which the caller
 * infers from the document itself (see `dateOrderOf`).
 */
const monthNames: Record<string, number> = {};
const monthLists = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'jänner feber maerz sept okt dez',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'fevrier aout decembre',
  'januari februari maart april mei juni juli augustus september oktober november december',
];
for (const list of monthLists) {
  list.split(' ').forEach((name, index) => {
    const numbers: Record<string, number> = { 'jänner': 1, feber: 2, maerz: 3, sept: 9, okt: 10, dez: 12, fevrier: 2, aout: 8, decembre: 12 };
    monthNames[name] ??= numbers[name] ?? index + 1;
  });
}
const monthPattern = Object.keys(monthNames).sort((a, b) => b.length - a.length).join('|');

const dayMonthNumeric = /(?<![\d.])(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4}|\d{2})(?![\d.]\d)/u;

const patterns: { regex: RegExp; read: (m: RegExpMatchArray, monthFirst: boolean) => [number, number, number] | null }[] = [
  { regex: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/u, read: (m) => [n(m[1]), n(m[2]), n(m[3])] },
  { regex: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u, read: (m) => [n(m[1]), n(m[2]), n(m[3])] },
  {
    regex: dayMonthNumeric,
    read: (m, monthFirst) => {
      const [a, b, year] = [n(m[1]), n(m[2]), fullYear(m[3])];
      if (a > 12 && b <= 12) return [year, b, a];
      if (b > 12 && a <= 12) return [year, a, b];
      return monthFirst ? [year, a, b] : [year, b, a];
    },
  },
  {
    // "12 March 2025", "12. März 2025", and in deeds "the 12th day of March 2025"
    regex: new RegExp(`(?<!\\w)(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s*(?:day\\s+of\\s+)?(${monthPattern})\\.?,?\\s*(\\d{4})(?!\\d)`, 'iu'),
    read: (m) => [n(m[3]), monthNames[(m[2] ?? '').toLowerCase()] ?? 0, n(m[1])],
  },
  {
    regex: new RegExp(`(?<!\\w)(${monthPattern})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})(?!\\d)`, 'iu'),
    read: (m) => [n(m[3]), monthNames[(m[1] ?? '').toLowerCase()] ?? 0, n(m[2])],
  },
];

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
  /** a numeric date whose day and month are both 12 or less and differ (03/04/2025): its reading rests on the order assumed */
  ambiguous?: boolean;
}

export function parseDate(text: string, monthFirst = false): string | null {
  return findDates(text, monthFirst)[0]?.iso ?? null;
}

export function findDates(text: string, monthFirst = false): DateMatch[] {
  const found: DateMatch[] = [];
  for (const { regex, read } of patterns) {
    for (const match of text.matchAll(new RegExp(regex.source, `${regex.flags}g`))) {
      const parts = read(match, monthFirst);
      const iso = parts && toIso(...parts);
      const index = match.index ?? 0;
      if (iso && !found.some((other) => index < other.index + other.length && other.index < index + match[0].length)) {
        const ambiguous = regex === dayMonthNumeric && n(match[1]) <= 12 && n(match[2]) <= 12 && n(match[1]) !== n(match[2]);
        found.push({ iso, index, length: match[0].length, ...(ambiguous ? { ambiguous } : {}) });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * In which order a document writes the day and the month of its numeric dates. First the dates
 * themselves: one that reads only one way (16/01/2025: no month 16) decides, unless others read
 * only the other way. Where every date could be either, the document's locale: British and
 * European marks (£, GBP, €, VAT, British spellings such as "despatch", GmbH/SARL/B.V., a UK
 * postcode) say day first; American ones (USD, Inc./LLC, a state and ZIP code) month first. "Ltd"
 * is not a mark: companies so named trade with the United States too. Marks of both kinds, or
 * none, leave it undecided: a date such as 03/04/2025 is then read day first for the manual-entry
 * form, and sent there.
 */
export type DateOrder = 'day-first' | 'month-first' | 'undecided';

const dayFirstLocale = [
  /£|€|\b(?:GBP|EUR|VAT|despatch(?:ed)?|organisation|authorised|cheque|licence|gmbh|sarl|b\.v\.)(?!\p{L})/iu,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/u,
];
const usStates = 'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC';
const monthFirstLocale = [/US\$|\b(?:USD|inc|llc|corp|zip\s*code)\b/iu, new RegExp(`,\\s*(?:${usStates})\\s+\\d{5}(?:-\\d{4})?\\b`, 'u')];

export function dateOrderOf(text: string): DateOrder {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const match of text.matchAll(new RegExp(dayMonthNumeric.source, 'gu'))) {
    if (n(match[2]) > 12 && n(match[1]) <= 12) monthFirst += 1;
    if (n(match[1]) > 12 && n(match[2]) <= 12) dayFirst += 1;
  }
  if (dayFirst && !monthFirst) return 'day-first';
  if (monthFirst && !dayFirst) return 'month-first';
  if (dayFirst && monthFirst) return 'undecided';
  const [european, american] = [dayFirstLocale.some((mark) => mark.test(text)), monthFirstLocale.some((mark) => mark.test(text))];
  if (european !== american) return european ? 'day-first' : 'month-first';
  return 'undecided';
}

function n(value: string | undefined): number {
  return Number(value ?? NaN);
}

function fullYear(value: string | undefined): number {
  const year = n(value);
  return year < 100 ? 2000 + year : year;
}

function toIso(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

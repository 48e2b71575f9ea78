/**
 * Dates as printed on EN/DE/FR/NL/ZH documents, to ISO yyyy-mm-dd. Numeric dates with the
 * day and month both ≤ 12 are ambiguous: `monthFirst` (US style) decides, which the caller
 * infers from the document itself (see `prefersMonthFirst`).
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

const patterns: { regex: RegExp; read: (m: RegExpMatchArray, monthFirst: boolean) => [number, number, number] | null }[] = [
  { regex: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/u, read: (m) => [n(m[1]), n(m[2]), n(m[3])] },
  { regex: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u, read: (m) => [n(m[1]), n(m[2]), n(m[3])] },
  {
    regex: /(?<![\d.])(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4}|\d{2})(?![\d.]\d)/u,
    read: (m, monthFirst) => {
      const [a, b, year] = [n(m[1]), n(m[2]), fullYear(m[3])];
      if (a > 12 && b <= 12) return [year, b, a];
      if (b > 12 && a <= 12) return [year, a, b];
      return monthFirst ? [year, a, b] : [year, b, a];
    },
  },
  {
    regex: new RegExp(`(?<!\\w)(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s*(${monthPattern})\\.?,?\\s*(\\d{4})(?!\\d)`, 'iu'),
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
        found.push({ iso, index, length: match[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** US-style numeric dates (month first) when some slash date only reads that way, e.g. 03/20/2023. */
export function prefersMonthFirst(text: string): boolean {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const match of text.matchAll(/(?<!\d)(\d{1,2})\/(\d{1,2})\/\d{2,4}(?!\d)/gu)) {
    if (n(match[2]) > 12) monthFirst += 1;
    if (n(match[1]) > 12) dayFirst += 1;
  }
  return monthFirst > dayFirst;
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

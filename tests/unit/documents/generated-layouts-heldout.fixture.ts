/**
 * What the held-out layouts' tests share: how their documents print amounts and dates, and how
 * a printed date is read back, so that a test can say the page holds the truth in its own format.
 */
export const fullMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const shortMonths = fullMonths.map((month) => month.slice(0, 3));
export const upperMonths = shortMonths.map((month) => month.toUpperCase());

/** 12,345.60 */
export const grouped = (value: string | number | undefined) => Number(value).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 12345.60 */
export const fixed = (value: string | number | undefined) => Number(value).toFixed(2);
export const occurrences = (text: string, value: unknown) => text.split(String(value)).length - 1;
/** An ISO date's year, month and day as numbers. */
export const ymd = (iso: unknown) => String(iso).split('-').map(Number) as [number, number, number];
/** 2025年3月5日 */
export const chineseDay = (iso: unknown) => `${ymd(iso)[0]}年${ymd(iso)[1]}月${ymd(iso)[2]}日`;

/** Reads a printed date back to ISO: 2025年03月05日, 2025-03-05, 2025.3.6, 05/03/2025, 4/3/25, 05-Mar-2025, 5th March 2025 and 4 March 2025. */
export function isoOf(printed: string): string {
  const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let m = printed.match(/^(\d{4})[年.-](\d{1,2})[月.-](\d{1,2})日?$/);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = printed.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/);
  if (m) return iso(Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[2]), Number(m[1]));
  m = printed.match(/^(\d{2})-([A-Z][a-z]{2})-(\d{4})$/);
  if (m) return iso(Number(m[3]), shortMonths.indexOf(m[2] ?? '') + 1, Number(m[1]));
  m = printed.match(/^(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+) (\d{4})$/);
  if (m) return iso(Number(m[3]), fullMonths.indexOf(m[2] ?? '') + 1, Number(m[1]));
  throw new Error(`not a date this test reads: ${printed}`);
}

/** Every date of a pattern the text prints, read back to ISO. */
export const datesIn = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => isoOf(m[1] ?? m[0]));

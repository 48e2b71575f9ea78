/**
 * The days a dashboard trend is measured on: the end of every month (or ISO week, ending on Sunday)
 * of the period [from, to) up to `asOf` (the book is not known beyond it), and `asOf` itself last — the
 * day the dashboard's own figures age the period's invoices on, so the last point is those figures.
 */
export function trendDays(period: { from: string; to: string; asOf: string }, interval: 'month' | 'week'): string[] {
  const dayMs = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const first = Date.parse(period.from);
  const asOf = Date.parse(period.asOf);
  const lastEnd = Math.min(Date.parse(period.to) - dayMs, asOf);
  const days: string[] = [];
  if (asOf < first) return days;
  let end = interval === 'month' ? monthEnd(first) : first + ((7 - new Date(first).getUTCDay()) % 7) * dayMs;
  while (end <= lastEnd) {
    days.push(iso(end));
    end = interval === 'month' ? monthEnd(end + dayMs) : end + 7 * dayMs;
  }
  if (days[days.length - 1] !== period.asOf) days.push(period.asOf);
  return days;
}

/** The last day of the month of a UTC day. */
function monthEnd(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
}

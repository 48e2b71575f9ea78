/**
 * The days a dashboard trend is measured on: the end of every month (or ISO week, ending on Sunday)
 * of the period [from, to), none after `asOf` (the book is not known beyond it), and the period's last
 * known day itself when it is not such an end — so the last point is the dashboard's own figures.
 */
export function trendDays(period: { from: string; to: string; asOf: string }, interval: 'month' | 'week'): string[] {
  const dayMs = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const first = Date.parse(period.from);
  const last = Math.min(Date.parse(period.to) - dayMs, Date.parse(period.asOf));
  const days: string[] = [];
  if (last < first) return days;
  let end = interval === 'month' ? monthEnd(first) : first + ((7 - new Date(first).getUTCDay()) % 7) * dayMs;
  while (end <= last) {
    days.push(iso(end));
    end = interval === 'month' ? monthEnd(end + dayMs) : end + 7 * dayMs;
  }
  if (days[days.length - 1] !== iso(last)) days.push(iso(last));
  return days;
}

/** The last day of the month of a UTC day. */
function monthEnd(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
}

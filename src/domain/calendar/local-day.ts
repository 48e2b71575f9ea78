/**
 * Calendar days as a place lives them: an instant's date and weekday in a time zone, and the
 * same local time of day a number of days later. The working calendar decides on these, never on
 * UTC dates: in Beijing 07:00 is still the previous day in UTC.
 */
const dayMs = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local wall-clock time of an instant, as milliseconds of a UTC clock showing the same numbers. */
function wallClock(instant: Date, timeZone: string): number {
  const part = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const wholeSeconds = Date.UTC(part.year as number, (part.month as number) - 1, part.day as number, part.hour as number, part.minute as number, part.second as number);
  return wholeSeconds + (((instant.getTime() % 1000) + 1000) % 1000);
}

/** The local date, YYYY-MM-DD, of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant, timeZone)).toISOString().slice(0, 10);
}

/** The local day of the week of an instant (0 = Sunday). */
export function localWeekday(instant: Date, timeZone: string): number {
  return new Date(wallClock(instant, timeZone)).getUTCDay();
}

/** The same local time of day `days` calendar days later (earlier when negative), across any offset change. */
export function shiftLocalDays(instant: Date, days: number, timeZone: string): Date {
  const target = wallClock(instant, timeZone) + days * dayMs;
  let guess = target - (wallClock(instant, timeZone) - instant.getTime());
  guess -= wallClock(new Date(guess), timeZone) - target;
  return new Date(guess);
}

/** Whether the name is a time zone this runtime knows (IANA names such as Asia/Shanghai). */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

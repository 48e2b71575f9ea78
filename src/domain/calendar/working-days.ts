/** Working-day arithmetic for SLAs: weekends and the holiday table are not working days. */
export interface WorkingCalendar {
  /** ISO dates (YYYY-MM-DD) that are public holidays. */
  holidays: ReadonlySet<string>;
  /** Days of the week that are not worked (0 = Sunday). */
  weekend: ReadonlySet<number>;
}

export const defaultCalendar: WorkingCalendar = { holidays: new Set(), weekend: new Set([0, 6]) };

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function isWorkingDay(date: Date, calendar: WorkingCalendar = defaultCalendar): boolean {
  return !calendar.weekend.has(date.getUTCDay()) && !calendar.holidays.has(isoDate(date));
}

/** The same time of day, `days` working days later (a start on a non-working day counts from the next working day). */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar = defaultCalendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${days}`);
  const result = new Date(start.getTime());
  let remaining = days;
  while (remaining > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    if (isWorkingDay(result, calendar)) remaining -= 1;
  }
  return result;
}

/** The same time of day, `days` working days earlier (a start on a non-working day counts from the previous working day). */
export function subtractWorkingDays(start: Date, days: number, calendar: WorkingCalendar = defaultCalendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${days}`);
  const result = new Date(start.getTime());
  let remaining = days;
  while (remaining > 0) {
    result.setUTCDate(result.getUTCDate() - 1);
    if (isWorkingDay(result, calendar)) remaining -= 1;
  }
  return result;
}

/** The date itself when it is a working day, else the next working day (same time of day). */
export function onOrAfterWorkingDay(date: Date, calendar: WorkingCalendar = defaultCalendar): Date {
  const result = new Date(date.getTime());
  while (!isWorkingDay(result, calendar)) result.setUTCDate(result.getUTCDate() + 1);
  return result;
}

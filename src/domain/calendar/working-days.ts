/** Working-day arithmetic for SLAs: weekends and the holiday table are not working days. */
import { localDate, localWeekday, shiftLocalDays } from './local-day';

export interface WorkingCalendar {
  /** ISO dates (YYYY-MM-DD) that are public holidays. */
  holidays: ReadonlySet<string>;
  /** Days of the week that are not worked (0 = Sunday). */
  weekend: ReadonlySet<number>;
  /** The IANA time zone whose dates the holidays and weekends are (Asia/Shanghai when absent). */
  timeZone?: string;
}

/** China's holidays are Beijing dates: a day is decided in this zone unless the calendar names another. */
export const calendarTimeZone = 'Asia/Shanghai';

export const defaultCalendar: WorkingCalendar = { holidays: new Set(), weekend: new Set([0, 6]), timeZone: calendarTimeZone };

const zoneOf = (calendar: WorkingCalendar) => calendar.timeZone ?? calendarTimeZone;

/** Whether the local day the instant falls on (in the calendar's time zone) is worked. */
export function isWorkingDay(date: Date, calendar: WorkingCalendar = defaultCalendar): boolean {
  const zone = zoneOf(calendar);
  return !calendar.weekend.has(localWeekday(date, zone)) && !calendar.holidays.has(localDate(date, zone));
}

function stepWorkingDays(start: Date, days: number, direction: 1 | -1, calendar: WorkingCalendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${days}`);
  let result = new Date(start.getTime());
  let remaining = days;
  while (remaining > 0) {
    result = shiftLocalDays(result, direction, zoneOf(calendar));
    if (isWorkingDay(result, calendar)) remaining -= 1;
  }
  return result;
}

/** The same local time of day, `days` working days later (a start on a non-working day counts from the next working day). */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar = defaultCalendar): Date {
  return stepWorkingDays(start, days, 1, calendar);
}

/** The same local time of day, `days` working days earlier (a start on a non-working day counts from the previous working day). */
export function subtractWorkingDays(start: Date, days: number, calendar: WorkingCalendar = defaultCalendar): Date {
  return stepWorkingDays(start, days, -1, calendar);
}

/** The date itself when it is a working day, else the next working day (same local time of day). */
export function onOrAfterWorkingDay(date: Date, calendar: WorkingCalendar = defaultCalendar): Date {
  let result = new Date(date.getTime());
  while (!isWorkingDay(result, calendar)) result = shiftLocalDays(result, 1, zoneOf(calendar));
  return result;
}

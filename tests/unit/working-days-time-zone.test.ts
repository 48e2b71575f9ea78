import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addWorkingDays, isWorkingDay, onOrAfterWorkingDay, subtractWorkingDays, type WorkingCalendar } from '../../src/domain/calendar/working-days';
import { localDate, shiftLocalDays } from '../../src/domain/calendar/local-day';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';

/** Beijing is UTC+8 all year: 07:00 in Beijing is 23:00 UTC of the day before. */
const beijing = (localDateTime: string) => new Date(`${localDateTime}+08:00`);
const weekendsOnly: WorkingCalendar = { holidays: new Set(), weekend: new Set([0, 6]) };

describe('working days are Beijing days', () => {
  it('when a case is submitted at 07:00 on a Friday in Beijing, then +1 working day is Monday 07:00, not Saturday', () => {
    // given Friday 2026-11-20 07:00 in Beijing (Thursday 23:00 UTC)
    const submitted = beijing('2026-11-20T07:00:00');
    expect(submitted.toISOString()).toBe('2026-11-19T23:00:00.000Z');
    // when one working day is added
    const due = addWorkingDays(submitted, 1, weekendsOnly);
    // then it is Monday 2026-11-23 07:00 in Beijing
    expect(due.toISOString()).toBe(beijing('2026-11-23T07:00:00').toISOString());
    expect(localDate(due, 'Asia/Shanghai')).toBe('2026-11-23');
  });

  it('when a case is submitted at 07:00 on the day before National Day, then +1 working day is the first working day after the holidays', () => {
    // given Wednesday 2026-09-30 07:00 in Beijing and the shipped calendar (1–7 October not worked)
    const calendar = loadWorkingCalendar();
    const submitted = beijing('2026-09-30T07:00:00');
    // when one working day is added
    const due = addWorkingDays(submitted, 1, calendar);
    // then it is Thursday 2026-10-08 07:00, not 1 October
    expect(due.toISOString()).toBe(beijing('2026-10-08T07:00:00').toISOString());
    expect(calendar.timeZone).toBe('Asia/Shanghai');
  });

  it('when an instant is on either side of midnight in Beijing, then its day is decided there', () => {
    const nationalDay = { holidays: new Set(['2026-10-01']), weekend: new Set([0, 6]) };
    // 23:59:59 on 30 September and 00:00 on 1 October, Beijing time (both 30 September in UTC)
    expect(isWorkingDay(beijing('2026-09-30T23:59:59'), nationalDay)).toBe(true);
    expect(isWorkingDay(beijing('2026-10-01T00:00:00'), nationalDay)).toBe(false);
    // Friday 23:59:59 + 1 is Monday; Saturday 00:00 rolls to Monday 00:00
    expect(addWorkingDays(beijing('2026-11-20T23:59:59'), 1, weekendsOnly).toISOString()).toBe(beijing('2026-11-23T23:59:59').toISOString());
    expect(onOrAfterWorkingDay(beijing('2026-11-21T00:00:00'), weekendsOnly).toISOString()).toBe(beijing('2026-11-23T00:00:00').toISOString());
    // Monday 07:00 − 1 working day is Friday 07:00
    expect(subtractWorkingDays(beijing('2026-11-23T07:00:00'), 1, weekendsOnly).toISOString()).toBe(beijing('2026-11-20T07:00:00').toISOString());
  });

  it('when a calendar names a zone with daylight saving, then a day later keeps the local time of day', () => {
    // Berlin leaves summer time on 2026-10-25: Saturday 09:00 CEST + 1 day = Sunday 09:00 CET (25 hours later)
    const saturday = new Date('2026-10-24T07:00:00Z');
    expect(shiftLocalDays(saturday, 1, 'Europe/Berlin').toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('when the calendar file names a time zone that does not exist, then loading names the problem', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'calendar-')), 'working-calendar.json');
    fs.writeFileSync(file, JSON.stringify({ description: 'x', version: 'v', weekend: [0, 6], holidays: [], timeZone: 'Asia/Peking' }));
    expect(() => loadWorkingCalendar(file)).toThrow(/timeZone: an IANA time zone/);
  });
});

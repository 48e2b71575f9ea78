import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addWorkingDays, isWorkingDay } from '../../src/domain/calendar/working-days';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';

describe('the working calendar policy file', () => {
  it('when the shipped calendar is read, then National Day holidays are not working days and SLAs step over them', () => {
    const calendar = loadWorkingCalendar();
    expect(isWorkingDay(new Date('2026-10-01T09:00:00Z'), calendar)).toBe(false);
    expect(isWorkingDay(new Date('2026-10-08T09:00:00Z'), calendar)).toBe(true);
    // Wednesday 30 September + 1 working day: 1–7 October are holidays or the weekend
    expect(addWorkingDays(new Date('2026-09-30T09:00:00Z'), 1, calendar).toISOString()).toBe('2026-10-08T09:00:00.000Z');
  });

  it('when the file is edited wrongly, then loading names the problem', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'calendar-')), 'working-calendar.json');
    fs.writeFileSync(file, JSON.stringify({ description: 'x', version: 'v', weekend: [0, 6], holidays: ['2026-13-01'] }));
    expect(() => loadWorkingCalendar(file)).toThrow(/working-calendar\.json is not valid: holidays\.0: an ISO date/);
  });
});

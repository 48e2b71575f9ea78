import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isTimeZone } from '../domain/calendar/local-day';
import { calendarTimeZone, type WorkingCalendar } from '../domain/calendar/working-days';

/** The calendar policy a process owner edits: `processes/policy/working-calendar.json`. */
export const workingCalendarFile = path.resolve(__dirname, '..', '..', 'processes', 'policy', 'working-calendar.json');

const calendarPolicySchema = z.object({
  description: z.string(),
  version: z.string().min(1),
  weekend: z.array(z.number().int().min(0).max(6)).max(6),
  holidays: z.array(z.string().date('an ISO date, e.g. 2026-10-01')),
  /** The zone whose dates the holidays are; China's when absent. */
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone, e.g. Asia/Shanghai').default(calendarTimeZone),
});

export function loadWorkingCalendar(file = workingCalendarFile): WorkingCalendar & { version: string; timeZone: string } {
  const parsed = calendarPolicySchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`The working calendar ${path.basename(file)} is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return { version: parsed.data.version, weekend: new Set(parsed.data.weekend), holidays: new Set(parsed.data.holidays), timeZone: parsed.data.timeZone };
}

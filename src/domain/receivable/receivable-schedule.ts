import { defaultCalendar, onOrAfterWorkingDay, subtractWorkingDays, type WorkingCalendar } from '../calendar/working-days';

/** When a receivable falls due and when the customer is contacted during its term (DOMAIN §1 steps 8–9, §4). */
export interface ReceivableSchedule {
  /** The last day to pay, YYYY-MM-DD: delivery date + term in calendar days, moved to the next working day. */
  dueDate: string;
  /** The first instant after the due date (00:00 UTC of the next day): overdue from here. */
  dueAt: Date;
  /** Start of the working day `preDueReminderWorkingDays` before the due date, never before delivery. */
  preDueReminderAt: Date;
  /** Half of the term between delivery and `dueAt`: the early-warning check. */
  halfTermAt: Date;
}

export interface SchedulePolicy {
  preDueReminderWorkingDays: number;
  calendar: WorkingCalendar;
}

export const defaultSchedulePolicy: SchedulePolicy = { preDueReminderWorkingDays: 5, calendar: defaultCalendar };

const startOfUtcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
const dayMs = 24 * 60 * 60 * 1000;

export function scheduleReceivable(deliveredAt: Date, termDays: number, policy: SchedulePolicy = defaultSchedulePolicy): ReceivableSchedule {
  if (Number.isNaN(deliveredAt.getTime())) throw new RangeError('the delivery date is not a valid date');
  if (!Number.isInteger(termDays) || termDays < 0) throw new RangeError(`a term is a whole number of days ≥ 0, got ${termDays}`);
  const deliveryDay = startOfUtcDay(deliveredAt);
  const dueDay = onOrAfterWorkingDay(new Date(deliveryDay.getTime() + termDays * dayMs), policy.calendar);
  const dueAt = new Date(dueDay.getTime() + dayMs);
  const reminderDay = subtractWorkingDays(dueDay, policy.preDueReminderWorkingDays, policy.calendar);
  const preDueReminderAt = reminderDay.getTime() < deliveredAt.getTime() ? new Date(deliveredAt.getTime()) : reminderDay;
  const halfTermAt = new Date(deliveredAt.getTime() + Math.floor((dueAt.getTime() - deliveredAt.getTime()) / 2));
  return { dueDate: dueDay.toISOString().slice(0, 10), dueAt, preDueReminderAt, halfTermAt };
}

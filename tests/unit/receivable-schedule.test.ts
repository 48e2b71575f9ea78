import { onOrAfterWorkingDay, subtractWorkingDays } from '../../src/domain/calendar/working-days';
import { defaultSchedulePolicy, scheduleReceivable } from '../../src/domain/receivable/receivable-schedule';

describe('receivable schedule', () => {
  it('when goods are delivered on a Monday with a 30-day term, then the due date is 30 days later and the dates follow from it', () => {
    // given delivery on Monday 2026-11-02 10:00 UTC and a 30-day term
    const deliveredAt = new Date('2026-11-02T10:00:00Z');
    // when the schedule is computed
    const schedule = scheduleReceivable(deliveredAt, 30);
    // then the due date is Wednesday 2026-12-02, overdue from the next midnight
    expect(schedule.dueDate).toBe('2026-12-02');
    expect(schedule.dueAt.toISOString()).toBe('2026-12-03T00:00:00.000Z');
    // and the reminder comes 5 working days before the due date, the half-term check half-way to overdue
    expect(schedule.preDueReminderAt.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(schedule.halfTermAt.toISOString()).toBe('2026-11-17T17:00:00.000Z');
  });

  it('when the term ends on a weekend or a holiday, then the due date moves to the next working day', () => {
    // 2026-11-02 + 5 days = Saturday 2026-11-07 → Monday 2026-11-09
    expect(scheduleReceivable(new Date('2026-11-02T08:00:00Z'), 5).dueDate).toBe('2026-11-09');
    const calendar = { holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05']), weekend: new Set([0, 6]) };
    expect(scheduleReceivable(new Date('2026-09-01T08:00:00Z'), 30, { ...defaultSchedulePolicy, calendar }).dueDate).toBe('2026-10-06');
  });

  it('when the term is shorter than the reminder lead, then the reminder is due at delivery, not before it', () => {
    const deliveredAt = new Date('2026-11-02T08:00:00Z');
    expect(scheduleReceivable(deliveredAt, 2).preDueReminderAt.toISOString()).toBe(deliveredAt.toISOString());
  });

  it('when the term or the date is invalid, then it is refused', () => {
    expect(() => scheduleReceivable(new Date('2026-11-02T08:00:00Z'), -1)).toThrow(RangeError);
    expect(() => scheduleReceivable(new Date('2026-11-02T08:00:00Z'), 1.5)).toThrow(RangeError);
    expect(() => scheduleReceivable(new Date('not a date'), 30)).toThrow(RangeError);
  });
});

describe('working-day calendar, backwards and rolling', () => {
  it('when working days are subtracted across a weekend, then the weekend does not count', () => {
    expect(subtractWorkingDays(new Date('2026-11-23T09:00:00Z'), 1).toISOString()).toBe('2026-11-20T09:00:00.000Z');
    expect(() => subtractWorkingDays(new Date(), -2)).toThrow(RangeError);
  });

  it('when a date falls on a weekend, then it rolls to Monday; a working day stays', () => {
    expect(onOrAfterWorkingDay(new Date('2026-11-21T09:00:00Z')).toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(onOrAfterWorkingDay(new Date('2026-11-20T09:00:00Z')).toISOString()).toBe('2026-11-20T09:00:00.000Z');
  });
});

import { addWorkingDays, isWorkingDay } from '../../src/domain/calendar/working-days';

describe('working-day calendar', () => {
  it('when a deadline spans a weekend, then the weekend does not count', () => {
    // given Friday 2026-11-20 09:00 UTC
    const friday = new Date('2026-11-20T09:00:00Z');
    // when one working day is added
    const due = addWorkingDays(friday, 1);
    // then it is Monday at the same time
    expect(due.toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });

  it('when a holiday falls inside the span, then it is skipped too', () => {
    const calendar = { holidays: new Set(['2026-10-01', '2026-10-02']), weekend: new Set([0, 6]) };
    expect(addWorkingDays(new Date('2026-09-30T10:00:00Z'), 1, calendar).toISOString()).toBe('2026-10-05T10:00:00.000Z');
    expect(isWorkingDay(new Date('2026-10-01T00:00:00Z'), calendar)).toBe(false);
  });

  it('when five working days start on a Monday, then they end on the next Monday', () => {
    expect(addWorkingDays(new Date('2026-11-23T08:00:00Z'), 5).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('when the count is negative or fractional, then it is refused', () => {
    expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });
});

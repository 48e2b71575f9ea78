/** The business day (UTC date, YYYY-MM-DD) an instant falls on: the key of once-a-day side effects. */
export const businessDayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

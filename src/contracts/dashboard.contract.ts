import { z } from 'zod';

const day = z.string().date('a calendar day, e.g. 2026-11-23');
const filterFields = { from: day.optional(), to: day.optional(), asOf: day.optional(), tier: z.enum(['core', 'priority', 'basic']).optional(), colour: z.enum(['green', 'yellow', 'red']).optional() };
const fromBeforeTo = (query: { from?: string; to?: string }) => !query.from || !query.to || query.from < query.to;
const toAfterFrom = { message: 'must be after from', path: ['to'] };

/** `GET /api/dashboard`: period [from, to) by calendar day, tier, colour, and the day aging is measured on. */
export const dashboardQuerySchema = z.object(filterFields).strict().refine(fromBeforeTo, toAfterFrom);
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** The most points one trend answers (ten years of months; two years of weeks). */
export const maxTrendPoints = 120;

/**
 * `GET /api/dashboard/trend`: the same filter, measured at the end of every month (or week) of the
 * period up to `asOf`, as the book stood that day.
 */
export const dashboardTrendQuerySchema = z
  .object({ ...filterFields, interval: z.enum(['month', 'week']).default('month') })
  .strict()
  .refine(fromBeforeTo, toAfterFrom);
export type DashboardTrendQuery = z.infer<typeof dashboardTrendQuerySchema>;

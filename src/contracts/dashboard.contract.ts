import { z } from 'zod';

const day = z.string().date('a calendar day, e.g. 2026-11-23');

/** `GET /api/dashboard`: period [from, to) by calendar day, tier, colour, and the day aging is measured on. */
export const dashboardQuerySchema = z
  .object({ from: day.optional(), to: day.optional(), asOf: day.optional(), tier: z.enum(['core', 'priority', 'basic']).optional(), colour: z.enum(['green', 'yellow', 'red']).optional() })
  .strict()
  .refine((query) => !query.from || !query.to || query.from < query.to, { message: 'must be after from', path: ['to'] });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

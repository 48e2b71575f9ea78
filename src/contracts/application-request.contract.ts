import { z } from 'zod';

/**
 * `POST /api/applications`: which registered customer asks for how much. Everything else the
 * credit lifecycle starts with comes from our customer record, its receivable ledger and policy.
 */
export const newApplicationSchema = z
  .object({
    customerId: z.string().uuid('must be a UUID: the id of a registered customer (POST /api/customers)'),
    requestedLimit: z.number().positive('must be greater than 0').max(1_000_000_000, 'at most 1,000,000,000').multipleOf(0.01, 'at most 2 decimals'),
    currency: z.enum(['CNY', 'EUR', 'USD']).default('CNY'),
    /** An urgent funding request: the green channel's coordinator owns the case (SLA 2 working days). */
    urgent: z.boolean().default(false),
    /** How long the case waits for sales intent (ISO 8601 duration, e.g. P30D); the model's default P90D when absent. */
    salesIntentDeadline: z
      .string()
      .regex(/^P(?!$)(\d{1,4}Y)?(\d{1,4}M)?(\d{1,4}W)?(\d{1,4}D)?$/, 'an ISO 8601 duration in days, weeks, months or years, e.g. P30D')
      .optional(),
  })
  .strict();
export type NewApplication = z.infer<typeof newApplicationSchema>;

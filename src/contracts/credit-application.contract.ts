import { z } from 'zod';

/** The walking-skeleton process `processes/credit-application.bpmn`: ids, job types and data shapes. */
export const creditApplicationProcess = {
  processId: 'credit-application',
  elements: {
    start: 'StartEvent_ApplicationReceived',
    scoreApplication: 'Task_ScoreApplication',
    reviewApplication: 'Task_ReviewApplication',
    reviewSlaBreached: 'BoundaryEvent_ReviewSlaBreached',
    recordReviewSlaBreach: 'Task_RecordReviewSlaBreach',
    slaBreachRecorded: 'EndEvent_ReviewSlaBreachRecorded',
    applicationReviewed: 'EndEvent_ApplicationReviewed',
  },
  jobTypes: {
    scoreApplication: 'score-application',
    recordSlaBreach: 'record-sla-breach',
  },
  forms: {
    reviewApplication: 'review-credit-application',
  },
} as const;

/** Unified social credit code (18 characters) or another registry id of 8–20 letters and digits. */
const taxId = z
  .string()
  .trim()
  .regex(/^[0-9A-Z]{8,20}$/, 'a tax id is 8–20 capital letters and digits, e.g. a unified social credit code');

/** What the walking skeleton starts with (its own test starts it; the API starts the credit lifecycle). */
export const skeletonApplicationSchema = z
  .object({
    companyName: z.string().trim().min(2, 'at least 2 characters').max(200, 'at most 200 characters'),
    taxId,
    requestedLimit: z.number().positive('must be greater than 0').max(1_000_000_000, 'at most 1,000,000,000').multipleOf(0.01, 'at most 2 decimals'),
    currency: z.enum(['CNY', 'EUR', 'USD']).default('CNY'),
    urgent: z.boolean().default(false),
  })
  .strict();
export type SkeletonApplication = z.infer<typeof skeletonApplicationSchema>;

export const processStartVariablesSchema = skeletonApplicationSchema.extend({ applicationId: z.string().uuid() });

export const scoreApplicationInputSchema = z.object({
  applicationId: z.string().uuid(),
  requestedLimit: z.number().positive(),
  urgent: z.boolean(),
});

export const assessmentSchema = z.object({
  reviewTier: z.enum(['core', 'priority', 'basic']),
  reviewSlaWorkingDays: z.number().int().positive(),
  prepaymentRequired: z.boolean(),
  reasons: z.array(z.string()),
  policyVersion: z.string(),
});
export const scoreApplicationOutputSchema = z.object({
  assessment: assessmentSchema,
  reviewDueAt: z.string().datetime({ offset: true }),
});

export const recordSlaBreachInputSchema = z.object({
  applicationId: z.string().uuid(),
  reviewDueAt: z.string().datetime({ offset: true }),
});

/** What the review form submits. */
export const reviewFormOutputSchema = z.object({
  reviewDecision: z.enum(['APPROVED', 'REJECTED']),
  reviewComment: z.string().trim().min(10).max(2000),
});

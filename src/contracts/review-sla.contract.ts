import { z } from 'zod';

/** Job types shared by the review processes: working-day deadlines and their breach. */
export const reviewSlaJobTypes = {
  computeSlaDeadline: 'compute-sla-deadline',
  notifySlaBreach: 'notify-sla-breach',
} as const;

export const computeSlaDeadlineInputSchema = z.object({ workingDays: z.number().int().min(0).max(60) });
export const computeSlaDeadlineOutputSchema = z.object({ dueAt: z.string().datetime({ offset: true }) });

export const reviewLevels = ['ANALYST', 'MANAGER', 'COMMITTEE', 'ARBITRATION', 'URGENT'] as const;
export const notifySlaBreachInputSchema = z.object({
  applicationId: z.string().min(1),
  reviewLevel: z.enum(reviewLevels),
  dueAt: z.string().min(1),
});

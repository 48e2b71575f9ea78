import { z } from 'zod';

/** What a credit decision process (green channel, tiered review) receives and returns. */
export const creditDecisionInputSchema = z.object({
  applicationId: z.string().min(1),
  customerName: z.string().min(1),
  route: z.enum(['AUTO_APPROVE', 'URGENT_COORDINATOR', 'TIERED_REVIEW']),
  routeReason: z.string().optional(),
  score: z.number().min(0).max(100),
  colour: z.enum(['green', 'yellow', 'red']),
  creditGrade: z.enum(['AA', 'A', 'B', 'C']),
  customerTier: z.enum(['core', 'priority', 'basic']),
  reviewSlaWorkingDays: z.number().int().positive(),
  industryRisk: z.enum(['low', 'medium', 'high']),
  proposedLimit: z.number().min(0),
  termDays: z.number().int().min(0),
  prepaymentRequired: z.boolean(),
  committeeMembers: z.array(z.string().min(1)).min(1),
  committeeChair: z.string().min(1),
});
export type CreditDecisionInput = z.infer<typeof creditDecisionInputSchema>;

export const creditDecisionOutputSchema = z.object({
  creditDecision: z.enum(['APPROVED', 'REJECTED']),
  approvedLimit: z.number().min(0).optional(),
  approvedTermDays: z.number().int().min(0).optional(),
  decidedBy: z.enum(['GREEN_CHANNEL_AUTO', 'URGENT_COORDINATOR', 'ANALYST', 'MANAGER', 'ARBITRATION', 'COMMITTEE', 'COMMITTEE_CHAIR']),
  decisionReasons: z.array(z.string()),
});

/** The output of every review form (analyst, manager, arbitration, urgent coordinator, casting vote). */
export const reviewFormOutputSchema = z.object({
  decision: z.enum(['APPROVE', 'REJECT']),
  limit: z.number().min(0).max(1_000_000_000).optional(),
  termDays: z.number().int().min(0).max(365).optional(),
  comment: z.string().min(10).max(2000),
});
export const committeeVoteFormOutputSchema = z.object({ vote: z.enum(['APPROVE', 'REJECT']), comment: z.string().min(10).max(2000) });

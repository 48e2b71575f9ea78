import { z } from 'zod';

/**
 * The customer score (DOMAIN.md §3): its inputs — the PD model's assessment of the financial
 * ratios, payment behaviour, industry risk and the investigation's red flags — and its output.
 * Colour, grade, limit and term are not here: DMN tables derive them from the score.
 */

/** The 64 ratios of the UCI Polish bankruptcy data (Attr1…Attr64, in that order); null = unknown. */
export const financialRatioCount = 64;
export const financialRatiosSchema = z.array(z.number().finite().nullable()).length(financialRatioCount);

export const riskLevelSchema = z.enum(['low', 'medium', 'high']);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

export const paymentBehaviourSchema = z
  .object({
    /** Share of the amounts fallen due that was collected (0–1); null when nothing has fallen due yet. */
    collectionRate: z.number().min(0).max(1).nullable(),
    /** Days the oldest open receivable is past due (0 when none is). */
    daysOverdue: z.number().int().min(0),
    yearsOfCooperation: z.number().min(0),
  })
  .strict();
export type PaymentBehaviour = z.infer<typeof paymentBehaviourSchema>;

/** A risk-radar or checklist finding of the investigation (DOMAIN.md §2). */
export const redFlagSchema = z.object({ code: z.string().min(1), severity: riskLevelSchema }).strict();
export type RedFlag = z.infer<typeof redFlagSchema>;

export const featureContributionSchema = z.object({
  /** `ATTR1` … `ATTR64`. */
  code: z.string().min(1),
  /** The ratio's formula, e.g. "net profit / total assets". */
  name: z.string(),
  /** Effect on the model's log-odds of default relative to the average training company. */
  logOdds: z.number().finite(),
});
export type FeatureContribution = z.infer<typeof featureContributionSchema>;

export const financialAssessmentSchema = z.object({
  /** Probability of default within a year. */
  pd: z.number().min(0).max(1),
  /** The model's expected PD over its training companies: the reference of the contributions. */
  baselinePd: z.number().gt(0).lt(1),
  contributions: z.array(featureContributionSchema),
  modelVersion: z.string().min(1),
});
export type FinancialAssessment = z.infer<typeof financialAssessmentSchema>;

export const customerScoreInputSchema = z.object({
  financial: financialAssessmentSchema,
  payment: paymentBehaviourSchema,
  industryRisk: riskLevelSchema,
  redFlags: z.array(redFlagSchema),
});
export type CustomerScoreInput = z.infer<typeof customerScoreInputSchema>;

/** What a scoring job receives: the raw ratios instead of the model's assessment. */
export const scoreCustomerInputSchema = customerScoreInputSchema.omit({ financial: true }).extend({
  financialRatios: financialRatiosSchema,
});
export type ScoreCustomerInput = z.infer<typeof scoreCustomerInputSchema>;

export const reasonCodeSchema = z.object({
  /** e.g. `COLLECTION_RATE`, `DAYS_OVERDUE`, `INDUSTRY_RISK`, `RED_FLAG_EQUITY_PLEDGE`, `ATTR27`. */
  code: z.string().min(1),
  factor: z.string(),
  /** Signed effect on the score in points (negative lowers it). */
  points: z.number().finite(),
});
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

/** Full statements (balance sheet and income statement) or their four headline figures only. */
export const figureSetSchema = z.enum(['full-statements', 'headline']);
export type FigureSet = z.infer<typeof figureSetSchema>;

export const customerScoreSchema = z.object({
  score: z.number().int().min(0).max(100),
  pd: z.number().min(0).max(1),
  components: z.object({
    financial: z.number().min(0).max(100),
    payment: z.number().min(0).max(100),
    industry: z.number().min(0).max(100),
    redFlagPenalty: z.number().min(0),
  }),
  /** The factors that moved the score most, largest effect first. */
  reasonCodes: z.array(reasonCodeSchema),
  modelVersion: z.string().min(1),
  scoringPolicyVersion: z.string().min(1),
  /** Which statements the model was chosen for (absent on scores from before the choice). */
  figureSet: figureSetSchema.optional(),
  /** The ratios the model read that the case had (`ATTR1` …): what decided the financial part. */
  ratiosRead: z.array(z.string().regex(/^ATTR\d+$/)).optional(),
});
export type CustomerScore = z.infer<typeof customerScoreSchema>;

const points = z.number().min(0).max(100);
const share = z.number().min(0).max(1);

/** The scoring policy as data, so process owners can change it without a code change. */
export const scoringPolicySchema = z
  .object({
    version: z.string().min(1),
    weights: z.object({ financial: share, payment: share, industry: share }).refine(
      (w) => Math.abs(w.financial + w.payment + w.industry - 1) < 1e-9,
      'the weights must add up to 1',
    ),
    financial: z
      .object({ pdForFullPoints: z.number().gt(0).lt(1), pdForZeroPoints: z.number().gt(0).lt(1) })
      .refine((f) => f.pdForFullPoints < f.pdForZeroPoints, 'pdForFullPoints must be below pdForZeroPoints'),
    payment: z.object({
      shares: z.object({ collectionRate: share, daysOverdue: share, cooperation: share }).refine(
        (s) => Math.abs(s.collectionRate + s.daysOverdue + s.cooperation - 1) < 1e-9,
        'the payment shares must add up to 1',
      ),
      collectionRateForFullPoints: share,
      collectionRateForZeroPoints: share,
      noHistoryCollectionPoints: points,
      daysOverdueForZeroPoints: z.number().int().positive(),
      yearsForFullPoints: z.number().positive(),
    }),
    industryPoints: z.object({ low: points, medium: points, high: points }),
    redFlagPenalty: z.object({ low: points, medium: points, high: points, cap: points }),
    reasonCodes: z.object({ max: z.number().int().positive(), minAbsPoints: z.number().min(0) }),
  })
  .refine((p) => p.payment.collectionRateForZeroPoints < p.payment.collectionRateForFullPoints, {
    message: 'collectionRateForZeroPoints must be below collectionRateForFullPoints',
  });
export type ScoringPolicy = z.infer<typeof scoringPolicySchema>;

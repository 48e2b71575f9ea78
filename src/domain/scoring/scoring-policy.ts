import { ScoringPolicy, scoringPolicySchema } from '../../contracts/scoring.contract';

/**
 * The default scoring policy. Thresholds follow DOMAIN.md §3's three-dimension tiering
 * (collection rate ≥ 95 % and > 3 years of cooperation are low risk) and the dunning ladder
 * (90 days overdue → legal action). A process owner replaces it with another version.
 */
export const defaultScoringPolicy: ScoringPolicy = scoringPolicySchema.parse({
  version: 'scoring-policy-2026-11-v1',
  weights: { financial: 0.5, payment: 0.35, industry: 0.15 },
  financial: { pdForFullPoints: 0.005, pdForZeroPoints: 0.5 },
  payment: {
    shares: { collectionRate: 0.5, daysOverdue: 0.3, cooperation: 0.2 },
    collectionRateForFullPoints: 0.95,
    collectionRateForZeroPoints: 0.7,
    noHistoryCollectionPoints: 50,
    daysOverdueForZeroPoints: 90,
    yearsForFullPoints: 3,
  },
  industryPoints: { low: 100, medium: 60, high: 20 },
  redFlagPenalty: { low: 2, medium: 5, high: 12, cap: 40 },
  reasonCodes: { max: 5, minAbsPoints: 0.5 },
});

/**
 * The policy for scores on the headline-figure model (pd-model-statements-v1 and its calibrated v2).
 * With four headline figures the model cannot tell a sound company from an excellent one: its PD
 * rarely falls below 2 % (calibrated, 5 % of the training companies are below 1.5 %), so full
 * financial points start there instead of at 0.5 %; all else as default. Full statements are
 * scored on the default policy.
 */
export const statementScoringPolicy: ScoringPolicy = scoringPolicySchema.parse({
  ...defaultScoringPolicy,
  version: 'scoring-policy-2026-11-statements-v1',
  financial: { pdForFullPoints: 0.02, pdForZeroPoints: 0.5 },
});

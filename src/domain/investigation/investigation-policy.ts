/**
 * Thresholds of the 5+3 checklist and the risk radar (DOMAIN.md §2 names the items, not the
 * numbers; these defaults are this project's, versioned so every report says which it used).
 */
export const investigationPolicy = {
  version: 'investigation-2026-11',
  youngCompanyYears: 1,
  highLeverageRatio: 0.85,
  majorOpenLitigationAmount: 1_000_000,
  majorOpenLitigationShareOfCapital: 0.1,
  negativeNewsWindowMonths: 12,
  negativeNewsFailCount: 2,
  concentrationWarnPercent: 50,
  concentrationFailPercent: 80,
  environmentalWindowMonths: 24,
  sensitiveIndustryPrefixes: ['B06', 'C31', 'C32', 'K70'],
  pledgeFlagPercent: 30,
  dominantShareholderPercent: 90,
  hiddenLiabilityShareOfLiabilities: 0.1,
} as const;
export type InvestigationPolicy = typeof investigationPolicy;

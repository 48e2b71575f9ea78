/**
 * The customer score 0–100 (DOMAIN.md §3) from the PD model's assessment, payment behaviour,
 * industry risk and the investigation's red flags, with the reasons that moved it.
 *
 *   score = round(clamp(wF·F + wP·P + wI·I − R, 0, 100))
 *   F = 100 · (logit(pdZero) − logit(PD)) / (logit(pdZero) − logit(pdFull)), clamped to 0..100
 *       (linear in log-odds like a scorecard: every halving of the odds earns the same points)
 *   P = sC·C + sO·O + sY·Y   C: collection rate, 0 points at `collectionRateForZeroPoints` rising
 *       linearly to 100 at `collectionRateForFullPoints` (no history yet: fixed points);
 *       O = 100 · (1 − daysOverdue / daysOverdueForZeroPoints); Y = 100 · years / yearsForFullPoints
 *   I = the industry risk level's points;  R = Σ red-flag penalties by severity, capped
 *
 * Reason points are signed effects on the score. Behaviour, industry and red flags are
 * measured against their best value (they can only cost points); the model's part against the
 * average training company (baseline PD), shared among the ratios in proportion to their
 * log-odds contributions.
 */
import type { CustomerScore, CustomerScoreInput, ReasonCode, ScoringPolicy } from '../../contracts/scoring.contract';
import { defaultScoringPolicy } from './scoring-policy';

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round2 = (x: number): number => Math.round(x * 100) / 100;
const safeLogit = (p: number): number => {
  const q = clamp(p, 1e-9, 1 - 1e-9);
  return Math.log(q / (1 - q));
};

function financialPoints(pd: number, policy: ScoringPolicy): number {
  const zero = safeLogit(policy.financial.pdForZeroPoints);
  const full = safeLogit(policy.financial.pdForFullPoints);
  return 100 * clamp((zero - safeLogit(pd)) / (zero - full), 0, 1);
}

/** Points per unit of log-odds at `pd`: constant inside the scale, 0 where it is clamped. */
function financialSlope(pd: number, policy: ScoringPolicy): number {
  const points = financialPoints(pd, policy);
  const span = safeLogit(policy.financial.pdForZeroPoints) - safeLogit(policy.financial.pdForFullPoints);
  return points > 0 && points < 100 ? -100 / span : 0;
}

function financialReasons(input: CustomerScoreInput, policy: ScoringPolicy): ReasonCode[] {
  const { pd, baselinePd, contributions } = input.financial;
  const logOddsShift = safeLogit(pd) - safeLogit(baselinePd);
  const pointsShift = financialPoints(pd, policy) - financialPoints(baselinePd, policy);
  // Average points per log-odds between the baseline and this PD, so the ratios' points add up
  // to the financial part's move away from the average company.
  const slope = Math.abs(logOddsShift) > 1e-9 ? pointsShift / logOddsShift : financialSlope(pd, policy);
  return contributions.map((c) => ({ code: c.code, factor: c.name, points: policy.weights.financial * slope * c.logOdds }));
}

function paymentParts(input: CustomerScoreInput, policy: ScoringPolicy): { points: number; reasons: ReasonCode[] } {
  const p = policy.payment;
  const { collectionRate, daysOverdue, yearsOfCooperation } = input.payment;
  const collection =
    collectionRate === null
      ? p.noHistoryCollectionPoints
      : 100 * clamp((collectionRate - p.collectionRateForZeroPoints) / (p.collectionRateForFullPoints - p.collectionRateForZeroPoints), 0, 1);
  const overdue = 100 * (1 - clamp(daysOverdue / p.daysOverdueForZeroPoints, 0, 1));
  const cooperation = 100 * clamp(yearsOfCooperation / p.yearsForFullPoints, 0, 1);
  const w = policy.weights.payment;
  return {
    points: p.shares.collectionRate * collection + p.shares.daysOverdue * overdue + p.shares.cooperation * cooperation,
    reasons: [
      collectionRate === null
        ? { code: 'NO_PAYMENT_HISTORY', factor: 'no receivable has fallen due yet', points: w * p.shares.collectionRate * (collection - 100) }
        : { code: 'COLLECTION_RATE', factor: 'historical collection rate', points: w * p.shares.collectionRate * (collection - 100) },
      { code: 'DAYS_OVERDUE', factor: 'days past due', points: w * p.shares.daysOverdue * (overdue - 100) },
      { code: 'YEARS_OF_COOPERATION', factor: 'years of cooperation', points: w * p.shares.cooperation * (cooperation - 100) },
    ],
  };
}

function redFlagParts(input: CustomerScoreInput, policy: ScoringPolicy): { penalty: number; reasons: ReasonCode[] } {
  const perFlag = input.redFlags.map((flag) => policy.redFlagPenalty[flag.severity]);
  const uncapped = perFlag.reduce((sum, x) => sum + x, 0);
  const penalty = Math.min(uncapped, policy.redFlagPenalty.cap);
  const scale = uncapped > 0 ? penalty / uncapped : 0;
  return {
    penalty,
    reasons: input.redFlags.map((flag, i) => ({
      code: `RED_FLAG_${flag.code.toUpperCase()}`,
      factor: `investigation red flag (${flag.severity})`,
      points: -(perFlag[i] as number) * scale,
    })),
  };
}

export function scoreCustomer(input: CustomerScoreInput, policy: ScoringPolicy = defaultScoringPolicy): CustomerScore {
  const financial = financialPoints(input.financial.pd, policy);
  const payment = paymentParts(input, policy);
  const industry = policy.industryPoints[input.industryRisk];
  const redFlags = redFlagParts(input, policy);
  const { weights } = policy;
  const raw = weights.financial * financial + weights.payment * payment.points + weights.industry * industry - redFlags.penalty;

  const candidates: ReasonCode[] = [
    ...financialReasons(input, policy),
    ...payment.reasons,
    { code: 'INDUSTRY_RISK', factor: `industry risk ${input.industryRisk}`, points: weights.industry * (industry - 100) },
    ...redFlags.reasons,
  ];
  const reasonCodes = candidates
    .filter((r) => Math.abs(r.points) >= policy.reasonCodes.minAbsPoints)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.code.localeCompare(b.code))
    .slice(0, policy.reasonCodes.max)
    .map((r) => ({ ...r, points: round2(r.points) }));

  return {
    score: Math.round(clamp(raw, 0, 100)),
    pd: input.financial.pd,
    components: { financial: round2(financial), payment: round2(payment.points), industry, redFlagPenalty: round2(redFlags.penalty) },
    reasonCodes,
    modelVersion: input.financial.modelVersion,
    scoringPolicyVersion: policy.version,
  };
}

import type { CustomerScoreInput } from '../../../src/contracts/scoring.contract';
import { customerScoreSchema } from '../../../src/contracts/scoring.contract';
import { scoreCustomer } from '../../../src/domain/scoring/customer-score';
import { defaultScoringPolicy } from '../../../src/domain/scoring/scoring-policy';

function customer(overrides: Partial<CustomerScoreInput> = {}): CustomerScoreInput {
  return {
    financial: {
      pd: 0.02,
      baselinePd: 0.05,
      contributions: [
        { code: 'ATTR27', name: 'profit on operating activities / financial expenses', logOdds: -0.6 },
        { code: 'ATTR46', name: '(current assets - inventory) / short-term liabilities', logOdds: -0.35 },
      ],
      modelVersion: 'pd-model-test',
    },
    payment: { collectionRate: 0.97, daysOverdue: 0, yearsOfCooperation: 5 },
    industryRisk: 'low',
    redFlags: [],
    ...overrides,
  };
}

const withPd = (pd: number): CustomerScoreInput => {
  const base = customer();
  return { ...base, financial: { ...base.financial, pd } };
};

describe('customer score', () => {
  it('when the collection rate rises, then the score never falls', () => {
    // given collection rates from 0 to 100 %
    const rates = Array.from({ length: 101 }, (_, i) => i / 100);
    // when
    const scores = rates.map((collectionRate) => scoreCustomer(customer({ payment: { collectionRate, daysOverdue: 10, yearsOfCooperation: 2 } })).score);
    // then
    scores.slice(1).forEach((score, i) => expect(score).toBeGreaterThanOrEqual(scores[i] as number));
    expect(scores[100]).toBeGreaterThan(scores[0] as number);
  });

  it('when the PD rises, then the score never rises', () => {
    // given PDs from 0.1 % to 99 %
    const pds = Array.from({ length: 200 }, (_, i) => 0.001 + (i / 199) * 0.989);
    // when
    const scores = pds.map((pd) => scoreCustomer(withPd(pd)).score);
    // then
    scores.slice(1).forEach((score, i) => expect(score).toBeLessThanOrEqual(scores[i] as number));
    expect(scores[199]).toBeLessThan(scores[0] as number);
  });

  it('when days overdue, industry risk or red flags get worse, then the score does not rise', () => {
    // given
    const good = scoreCustomer(customer()).score;
    // when / then
    expect(scoreCustomer(customer({ payment: { collectionRate: 0.97, daysOverdue: 45, yearsOfCooperation: 5 } })).score).toBeLessThan(good);
    expect(scoreCustomer(customer({ industryRisk: 'high' })).score).toBeLessThan(scoreCustomer(customer({ industryRisk: 'medium' })).score);
    expect(scoreCustomer(customer({ redFlags: [{ code: 'equity_pledge', severity: 'high' }] })).score).toBeLessThan(good);
  });

  it('when a long-standing low-risk customer pays on time, then the score is in the green band with no strong negative reason', () => {
    // given / when
    const result = scoreCustomer(customer());
    // then
    expect(customerScoreSchema.parse(result)).toEqual(result);
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.reasonCodes.every((r) => r.points > -1)).toBe(true);
    expect(result).toMatchObject({ modelVersion: 'pd-model-test', scoringPolicyVersion: defaultScoringPolicy.version });
  });

  it('when a customer collects poorly, then COLLECTION_RATE is the first reason and lowers the score', () => {
    // given
    const input = customer({ payment: { collectionRate: 0.6, daysOverdue: 0, yearsOfCooperation: 5 } });
    // when
    const { reasonCodes } = scoreCustomer(input);
    // then
    expect(reasonCodes[0]).toMatchObject({ code: 'COLLECTION_RATE' });
    expect(reasonCodes[0]?.points).toBeLessThan(-5);
  });

  it('when the model sees a risky balance sheet, then the ratio driving the PD leads the reasons', () => {
    // given PD 40 % against a 5 % baseline, mostly from one ratio; contributions add up to the log-odds shift
    const shift = Math.log(0.4 / 0.6) - Math.log(0.05 / 0.95);
    const input = customer({
      financial: {
        pd: 0.4,
        baselinePd: 0.05,
        contributions: [
          { code: 'ATTR27', name: 'profit on operating activities / financial expenses', logOdds: shift - 0.3 },
          { code: 'ATTR46', name: '(current assets - inventory) / short-term liabilities', logOdds: 0.4 },
          { code: 'ATTR9', name: 'sales / total assets', logOdds: -0.1 },
        ],
        modelVersion: 'pd-model-test',
      },
    });
    // when
    const result = scoreCustomer(input);
    // then
    expect(result.reasonCodes[0]).toMatchObject({ code: 'ATTR27', factor: 'profit on operating activities / financial expenses' });
    expect(result.reasonCodes[0]?.points).toBeLessThan(0);
    const ratioPoints = result.reasonCodes.filter((r) => r.code.startsWith('ATTR')).reduce((s, r) => s + r.points, 0);
    const baseline = scoreCustomer({ ...input, financial: { ...input.financial, pd: 0.05 } });
    // the ratios' points add up to the financial part's move from the average company
    expect(ratioPoints).toBeCloseTo(defaultScoringPolicy.weights.financial * (result.components.financial - baseline.components.financial), 1);
  });

  it('when red flags add up beyond the cap, then the penalty stops at the cap and each flag is a reason', () => {
    // given five high-severity flags (5 × 12 > cap 40)
    const redFlags = ['equity_pledge', 'hidden_liability', 'related_guarantee', 'lawsuit', 'tax_arrears'].map((code) => ({ code, severity: 'high' as const }));
    // when
    const result = scoreCustomer(customer({ redFlags }));
    // then
    expect(result.components.redFlagPenalty).toBe(defaultScoringPolicy.redFlagPenalty.cap);
    expect(result.reasonCodes.filter((r) => r.code.startsWith('RED_FLAG_'))).toHaveLength(defaultScoringPolicy.reasonCodes.max);
    expect(result.reasonCodes[0]?.points).toBeCloseTo(-8, 2);
  });

  it('when nothing has fallen due yet, then NO_PAYMENT_HISTORY replaces the collection rate', () => {
    // given
    const input = customer({ payment: { collectionRate: null, daysOverdue: 0, yearsOfCooperation: 0 } });
    // when
    const codes = scoreCustomer(input).reasonCodes.map((r) => r.code);
    // then
    expect(codes).toContain('NO_PAYMENT_HISTORY');
    expect(codes).toContain('YEARS_OF_COOPERATION');
    expect(codes).not.toContain('COLLECTION_RATE');
  });
});

import { assessApplication } from '../../src/domain/application-assessment';

describe('first assessment of an application', () => {
  it('when a new customer asks normally, then basic review with 5 working days and prepayment', () => {
    const assessment = assessApplication({ requestedLimit: 100_000, urgent: false, hasPaymentHistory: false });
    expect(assessment).toMatchObject({ reviewTier: 'basic', reviewSlaWorkingDays: 5, prepaymentRequired: true });
    expect(assessment.reasons).toEqual(['NEW_APPLICATION_BASIC_REVIEW', 'NO_PAYMENT_HISTORY_PREPAYMENT']);
  });

  it('when the request is urgent, then priority review with 3 working days', () => {
    expect(assessApplication({ requestedLimit: 100_000, urgent: true, hasPaymentHistory: false })).toMatchObject({
      reviewTier: 'priority',
      reviewSlaWorkingDays: 3,
    });
  });

  it('when the customer has a payment history, then no prepayment is demanded', () => {
    const assessment = assessApplication({ requestedLimit: 100_000, urgent: false, hasPaymentHistory: true });
    expect(assessment.prepaymentRequired).toBe(false);
    expect(assessment.reasons).not.toContain('NO_PAYMENT_HISTORY_PREPAYMENT');
  });
});

import { decisionIds } from '../../../src/contracts/decisions.contract';
import { describePolicyDecision } from '../../support/policy-decision-suite';

const aa = { creditGrade: 'AA', termDays: 30, reviewCycle: 'dynamic' } as const;
const a = { creditGrade: 'A', termDays: 45, reviewCycle: 'quarterly' } as const;
const b = { creditGrade: 'B', termDays: 60, reviewCycle: 'monthly' } as const;
const c = { creditGrade: 'C', termDays: 90, reviewCycle: 'per-order', prepaymentRequired: true } as const;

describePolicyDecision(decisionIds.gradeAndTerms, {
  cases: [
    { when: 'the score is exactly 90 with payment history', given: { score: 90, hasPaymentHistory: true }, then: { ...aa, prepaymentRequired: false }, rule: 'Rule_GradeAA' },
    { when: 'the score is 100 without payment history', given: { score: 100, hasPaymentHistory: false }, then: { ...aa, prepaymentRequired: true }, rule: 'Rule_GradeAANewCustomer' },
    { when: 'the score is just below 90 with payment history', given: { score: 89.99, hasPaymentHistory: true }, then: { ...a, prepaymentRequired: false }, rule: 'Rule_GradeA' },
    { when: 'the score is exactly 80 with payment history', given: { score: 80, hasPaymentHistory: true }, then: { ...a, prepaymentRequired: false }, rule: 'Rule_GradeA' },
    { when: 'the score is exactly 80 without payment history', given: { score: 80, hasPaymentHistory: false }, then: { ...a, prepaymentRequired: true }, rule: 'Rule_GradeANewCustomer' },
    { when: 'the score is just below 80 with payment history', given: { score: 79.99, hasPaymentHistory: true }, then: { ...b, prepaymentRequired: false }, rule: 'Rule_GradeB' },
    { when: 'the score is exactly 60 with payment history', given: { score: 60, hasPaymentHistory: true }, then: { ...b, prepaymentRequired: false }, rule: 'Rule_GradeB' },
    { when: 'the score is exactly 60 without payment history', given: { score: 60, hasPaymentHistory: false }, then: { ...b, prepaymentRequired: true }, rule: 'Rule_GradeBNewCustomer' },
    { when: 'the score is just below 60 with payment history', given: { score: 59.99, hasPaymentHistory: true }, then: c, rule: 'Rule_GradeC' },
    { when: 'the score is 0 without payment history', given: { score: 0, hasPaymentHistory: false }, then: c, rule: 'Rule_GradeC' },
  ],
  refused: [
    { when: 'the payment history is missing', given: { score: 70 }, field: 'hasPaymentHistory', message: /expected boolean, received undefined/ },
    { when: 'the score is above 100', given: { score: 120, hasPaymentHistory: true }, field: 'score', message: /between 0 and 100/ },
  ],
});

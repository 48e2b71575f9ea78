import { decisionIds } from '../../../src/contracts/decisions.contract';
import { describePolicyDecision } from '../../support/policy-decision-suite';

const core = { customerTier: 'core', reviewSlaWorkingDays: 1 } as const;
const priority = { customerTier: 'priority', reviewSlaWorkingDays: 3 } as const;
const basic = { customerTier: 'basic', reviewSlaWorkingDays: 5 } as const;

describePolicyDecision(decisionIds.customerTier, {
  cases: [
    { when: 'a customer is exactly at the core thresholds (CNY 10 m, 3 years, AA)', given: { annualVolume: 10_000_000, yearsOfCooperation: 3, creditGrade: 'AA' }, then: core, rule: 'Rule_CoreTier' },
    { when: 'a large long-standing customer is graded A', given: { annualVolume: 25_000_000, yearsOfCooperation: 8, creditGrade: 'A' }, then: core, rule: 'Rule_CoreTier' },
    { when: 'the volume is just below CNY 10 m', given: { annualVolume: 9_999_999.99, yearsOfCooperation: 5, creditGrade: 'AA' }, then: priority, rule: 'Rule_PriorityTier' },
    { when: 'the cooperation is just under 3 years', given: { annualVolume: 10_000_000, yearsOfCooperation: 2.9, creditGrade: 'AA' }, then: priority, rule: 'Rule_PriorityTier' },
    { when: 'a core-sized customer is graded B', given: { annualVolume: 10_000_000, yearsOfCooperation: 3, creditGrade: 'B' }, then: priority, rule: 'Rule_PriorityTier' },
    { when: 'a customer is exactly at the priority thresholds (CNY 2 m, 1 year, B)', given: { annualVolume: 2_000_000, yearsOfCooperation: 1, creditGrade: 'B' }, then: priority, rule: 'Rule_PriorityTier' },
    { when: 'a priority-sized customer has no grade yet', given: { annualVolume: 2_000_000, yearsOfCooperation: 1, creditGrade: null }, then: priority, rule: 'Rule_PriorityTier' },
    { when: 'a core-sized customer is graded C', given: { annualVolume: 50_000_000, yearsOfCooperation: 10, creditGrade: 'C' }, then: basic, rule: 'Rule_BasicTier' },
    { when: 'the volume is just below CNY 2 m', given: { annualVolume: 1_999_999, yearsOfCooperation: 4, creditGrade: 'A' }, then: basic, rule: 'Rule_BasicTier' },
    { when: 'the cooperation is under a year', given: { annualVolume: 5_000_000, yearsOfCooperation: 0.5, creditGrade: 'A' }, then: basic, rule: 'Rule_BasicTier' },
    { when: 'a new customer has no volume, no years and no grade', given: { annualVolume: 0, yearsOfCooperation: 0, creditGrade: null }, then: basic, rule: 'Rule_BasicTier' },
  ],
  refused: [
    { when: 'the grade is not one of AA, A, B, C', given: { annualVolume: 1, yearsOfCooperation: 1, creditGrade: 'D' }, field: 'creditGrade', message: /AA, A, B or C, or null for a customer without a grade yet/ },
    { when: 'the grade is left out instead of null', given: { annualVolume: 1, yearsOfCooperation: 1 }, field: 'creditGrade', message: /or null for a customer without a grade yet/ },
    { when: 'the volume is negative', given: { annualVolume: -5, yearsOfCooperation: 1, creditGrade: 'A' }, field: 'annualVolume', message: /cannot be negative/ },
    { when: 'the years are negative', given: { annualVolume: 5, yearsOfCooperation: -1, creditGrade: 'A' }, field: 'yearsOfCooperation', message: /cannot be negative/ },
  ],
});

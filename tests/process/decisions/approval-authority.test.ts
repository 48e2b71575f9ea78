import { decisionIds } from '../../../src/contracts/decisions.contract';
import { describePolicyDecision } from '../../support/policy-decision-suite';

const level = (approvalLevel: 'ANALYST' | 'MANAGER' | 'COMMITTEE', authorityReason: string) => ({ approvalLevel, authorityReason });

describePolicyDecision(decisionIds.approvalAuthority, {
  cases: [
    { when: 'the colour is red', given: { proposedLimit: 10_000, colour: 'red', industryRisk: 'low' }, then: level('COMMITTEE', 'HIGH_RISK_RED_COLOUR'), rule: 'Rule_RedColourToCommittee' },
    { when: 'the industry is high risk', given: { proposedLimit: 10_000, colour: 'green', industryRisk: 'high' }, then: level('COMMITTEE', 'HIGH_RISK_INDUSTRY'), rule: 'Rule_HighIndustryRiskToCommittee' },
    { when: 'the limit is just above 5 million', given: { proposedLimit: 5_000_000.01, colour: 'green', industryRisk: 'low' }, then: level('COMMITTEE', 'LIMIT_ABOVE_MANAGER_AUTHORITY'), rule: 'Rule_LargeLimitToCommittee' },
    { when: 'the colour is yellow', given: { proposedLimit: 10_000, colour: 'yellow', industryRisk: 'medium' }, then: level('MANAGER', 'YELLOW_COLOUR'), rule: 'Rule_YellowColourToManager' },
    { when: 'the limit is exactly 5 million', given: { proposedLimit: 5_000_000, colour: 'green', industryRisk: 'low' }, then: level('MANAGER', 'LIMIT_ABOVE_ANALYST_AUTHORITY'), rule: 'Rule_MediumLimitToManager' },
    { when: 'the limit is just above 1 million', given: { proposedLimit: 1_000_000.01, colour: 'green', industryRisk: 'medium' }, then: level('MANAGER', 'LIMIT_ABOVE_ANALYST_AUTHORITY'), rule: 'Rule_MediumLimitToManager' },
    { when: 'the limit is exactly 1 million', given: { proposedLimit: 1_000_000, colour: 'green', industryRisk: 'low' }, then: level('ANALYST', 'WITHIN_ANALYST_AUTHORITY'), rule: 'Rule_WithinAnalystAuthority' },
  ],
  refused: [
    { when: 'the colour is unknown', given: { proposedLimit: 1, colour: 'purple', industryRisk: 'low' }, field: 'colour', message: /expected one of/i },
    { when: 'the limit is negative', given: { proposedLimit: -1, colour: 'green', industryRisk: 'low' }, field: 'proposedLimit', message: /cannot be negative/ },
  ],
});

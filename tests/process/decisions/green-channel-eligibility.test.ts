import { decisionIds } from '../../../src/contracts/decisions.contract';
import { describePolicyDecision } from '../../support/policy-decision-suite';

const autoApprove = { route: 'AUTO_APPROVE', routeReason: 'LOW_RISK_AUTO_APPROVAL' } as const;
const urgentCoordinator = { route: 'URGENT_COORDINATOR', routeReason: 'URGENT_FUNDING_REQUEST' } as const;
const tieredReview = { route: 'TIERED_REVIEW', routeReason: 'STANDARD_TIERED_REVIEW' } as const;
const lowRisk = { yearsOfCooperation: 3.5, collectionRate: 0.95, industryRisk: 'low', score: 80, urgent: false } as const;

describePolicyDecision(decisionIds.greenChannelEligibility, {
  cases: [
    { when: 'every low-risk criterion is met exactly at its boundary (collection 95 %, score 80)', given: lowRisk, then: autoApprove, rule: 'Rule_LowRiskAutoApproval' },
    { when: 'a low-risk case is also urgent', given: { ...lowRisk, collectionRate: 1, score: 97, urgent: true }, then: autoApprove, rule: 'Rule_LowRiskAutoApproval' },
    { when: 'the cooperation is exactly 3 years, not more', given: { ...lowRisk, yearsOfCooperation: 3 }, then: tieredReview, rule: 'Rule_TieredReview' },
    { when: 'the cooperation is exactly 3 years and the request is urgent', given: { ...lowRisk, yearsOfCooperation: 3, urgent: true }, then: urgentCoordinator, rule: 'Rule_UrgentFundingRequest' },
    { when: 'the collection rate is just below 95 %', given: { ...lowRisk, collectionRate: 0.9499 }, then: tieredReview, rule: 'Rule_TieredReview' },
    { when: 'the industry risk is medium', given: { ...lowRisk, industryRisk: 'medium' }, then: tieredReview, rule: 'Rule_TieredReview' },
    { when: 'the score is just below the green band', given: { ...lowRisk, score: 79.99 }, then: tieredReview, rule: 'Rule_TieredReview' },
    { when: 'a high-risk case is urgent', given: { yearsOfCooperation: 0, collectionRate: 0.5, industryRisk: 'high', score: 40, urgent: true }, then: urgentCoordinator, rule: 'Rule_UrgentFundingRequest' },
  ],
  refused: [
    { when: 'the collection rate is given in per cent', given: { ...lowRisk, collectionRate: 95 }, field: 'collectionRate', message: /share between 0 and 1/ },
    { when: 'the industry risk is unknown', given: { ...lowRisk, industryRisk: 'very high' }, field: 'industryRisk', message: /expected one of "low"\|"medium"\|"high"/ },
    { when: 'urgent is a string', given: { ...lowRisk, urgent: 'yes' }, field: 'urgent', message: /expected boolean/ },
  ],
});

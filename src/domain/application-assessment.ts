/**
 * The walking skeleton's first assessment of a new application (DOMAIN.md §2–3): a new
 * customer has no history, so it pays before shipment and is reviewed in the basic tier,
 * unless the request is urgent. The scoring model and the DMN policy replace this rule.
 */
export const assessmentPolicyVersion = 'skeleton-2026-11';

const reviewSlaWorkingDays = { core: 1, priority: 3, basic: 5 } as const;

export interface ApplicationFacts {
  requestedLimit: number;
  urgent: boolean;
  hasPaymentHistory: boolean;
}

export interface Assessment {
  reviewTier: keyof typeof reviewSlaWorkingDays;
  reviewSlaWorkingDays: number;
  prepaymentRequired: boolean;
  reasons: string[];
  policyVersion: string;
}

export function assessApplication(facts: ApplicationFacts): Assessment {
  const reasons: string[] = [];
  const reviewTier = facts.urgent ? 'priority' : 'basic';
  reasons.push(facts.urgent ? 'URGENT_REQUEST_PRIORITY_REVIEW' : 'NEW_APPLICATION_BASIC_REVIEW');
  const prepaymentRequired = !facts.hasPaymentHistory;
  if (prepaymentRequired) reasons.push('NO_PAYMENT_HISTORY_PREPAYMENT');
  return {
    reviewTier,
    reviewSlaWorkingDays: reviewSlaWorkingDays[reviewTier],
    prepaymentRequired,
    reasons,
    policyVersion: assessmentPolicyVersion,
  };
}

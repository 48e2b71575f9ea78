/**
 * Re-scoring a customer when a receivable is settled (DOMAIN.md §1 step 11): the latest figures,
 * the behaviour this transaction showed (days overdue at settlement, how it ended) and the
 * investigation's findings go into the same customer score as the first decision.
 */
import type { RedFlag, ScoreCustomerInput } from '../../contracts/scoring.contract';
import { ratiosFromStatements, type StatementFigures } from './ratios-from-statements';

export type PaymentOutcome = 'PAID_ON_TIME' | 'PAID_AFTER_DUNNING' | 'LEGAL_RECOVERED' | 'LEGAL_SETTLED' | 'LEGAL_WRITTEN_OFF';

export interface SettledTransaction {
  figures: StatementFigures;
  paymentOutcome: PaymentOutcome;
  daysOverdueAtSettlement: number;
  /** The customer's collection rate before this transaction; null when it had no history. */
  collectionRateBefore: number | null;
  /** Share of this receivable's principal collected (from the ledger). */
  collectedShare: number;
  yearsOfCooperation: number;
  industryRisk: ScoreCustomerInput['industryRisk'];
  /** The investigation's findings as the first scoring named them. */
  investigationRedFlags: RedFlag[];
}

/** A transaction that went to court is itself a finding; how it ended decides how grave. */
const outcomeFlags: Record<PaymentOutcome, RedFlag[]> = {
  PAID_ON_TIME: [],
  PAID_AFTER_DUNNING: [],
  LEGAL_RECOVERED: [{ code: 'LEGAL_RECOVERY', severity: 'low' }],
  LEGAL_SETTLED: [{ code: 'LEGAL_SETTLEMENT', severity: 'medium' }],
  LEGAL_WRITTEN_OFF: [{ code: 'DEFAULT_WRITTEN_OFF', severity: 'high' }],
};

/**
 * The scoring input after settlement. A customer without history gets this receivable's
 * collected share as its first collection rate; a customer with history keeps its portfolio
 * rate (maintained over all its receivables), this transaction counting through days overdue
 * and the outcome.
 */
export function rescoreInput(transaction: SettledTransaction): ScoreCustomerInput {
  return {
    financialRatios: ratiosFromStatements(transaction.figures),
    payment: {
      collectionRate: transaction.collectionRateBefore ?? transaction.collectedShare,
      daysOverdue: transaction.daysOverdueAtSettlement,
      yearsOfCooperation: transaction.yearsOfCooperation,
    },
    industryRisk: transaction.industryRisk,
    redFlags: [...transaction.investigationRedFlags, ...outcomeFlags[transaction.paymentOutcome]],
  };
}

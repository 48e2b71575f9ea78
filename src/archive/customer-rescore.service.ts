import type { CustomerBehaviour, CustomerBehaviourRepository } from '../db/customer-behaviour.repository';
import type { ReceivableLedgerRepository } from '../db/receivable-ledger.repository';
import { balanceOf } from '../domain/dunning/receivable-ledger';
import { assessCustomer } from '../domain/scoring/customer-assessment';
import type { PdModel } from '../domain/scoring/pd-model';
import { rescoreInput, type SettledTransaction } from '../domain/scoring/settlement-rescore';

export interface SettlementToRescore extends Omit<SettledTransaction, 'collectedShare'> {
  receivableId: string;
  applicationId: string;
  customerId: string;
  previousScore: number | null;
}

/**
 * Step 11: records how the customer paid this receivable and re-scores it with the PD model and
 * the scoring policy, once per receivable (a repeated job gets the first score back).
 */
export class CustomerRescoreService {
  constructor(private readonly deps: { behaviour: CustomerBehaviourRepository; ledger: Pick<ReceivableLedgerRepository, 'find' | 'events' | 'termsOf'>; model: PdModel }) {}

  async rescore(settlement: SettlementToRescore, now: Date): Promise<CustomerBehaviour> {
    const collectedShare = await this.collectedShare(settlement.receivableId, now);
    const input = rescoreInput({ ...settlement, collectedShare });
    const score = assessCustomer(this.deps.model, input);
    return this.deps.behaviour.recordOnce({
      receivableId: settlement.receivableId, applicationId: settlement.applicationId, customerId: settlement.customerId,
      paymentOutcome: settlement.paymentOutcome, daysOverdue: settlement.daysOverdueAtSettlement, collectionRate: input.payment.collectionRate,
      previousScore: settlement.previousScore, score: score.score, reasonCodes: score.reasonCodes, modelVersion: score.modelVersion,
      scoringPolicyVersion: score.scoringPolicyVersion, recordedAt: now.toISOString(),
    });
  }

  /** The share of the principal the ledger shows collected. */
  private async collectedShare(receivableId: string, now: Date): Promise<number> {
    const receivable = await this.deps.ledger.find(receivableId);
    if (!receivable) throw new Error(`No receivable ${receivableId} in the ledger: the customer cannot be re-scored on it.`);
    if (receivable.principalCents === 0) return 1;
    const balance = balanceOf(this.deps.ledger.termsOf(receivable), await this.deps.ledger.events(receivableId), now.toISOString().slice(0, 10));
    return (receivable.principalCents - balance.principalCents) / receivable.principalCents;
  }
}

import type { CustomerBehaviour, CustomerBehaviourRepository } from '../db/customer-behaviour.repository';
import type { InvestigationReportRepository } from '../db/investigation-report.repository';
import type { ReceivableLedgerRepository } from '../db/receivable-ledger.repository';
import { balanceOf } from '../domain/dunning/receivable-ledger';
import { countedRedFlags, reportRedFlags } from '../domain/scoring/application-scoring-input';
import { rescoreInput, type SettledTransaction } from '../domain/scoring/settlement-rescore';
import { loadStatementModels, StatementModelSet } from '../scoring/statement-models.loader';

export interface SettlementToRescore extends Omit<SettledTransaction, 'collectedShare' | 'investigationRedFlags'> {
  receivableId: string;
  applicationId: string;
  customerId: string;
  previousScore: number | null;
  /** The investigation's counts, for when its stored report is not at hand. */
  checklistPassed: boolean;
  redFlagCount: number;
}

/**
 * Step 11: records how the customer paid this receivable and re-scores it with the model and policy
 * its figures call for (as the first scoring chose), the investigation's findings named as it named them,
 * once per receivable (a repeated job gets the first score back). The inputs are kept with the score.
 */
export class CustomerRescoreService {
  private readonly models: StatementModelSet;

  constructor(
    private readonly deps: {
      behaviour: CustomerBehaviourRepository;
      ledger: Pick<ReceivableLedgerRepository, 'find' | 'events' | 'termsOf'>;
      investigations: Pick<InvestigationReportRepository, 'reportOf'>;
      models?: StatementModelSet;
    },
  ) {
    this.models = deps.models ?? loadStatementModels();
  }

  async rescore(settlement: SettlementToRescore, now: Date): Promise<CustomerBehaviour> {
    const collectedShare = await this.collectedShare(settlement.receivableId, now);
    const report = await this.deps.investigations.reportOf(settlement.applicationId);
    const investigationRedFlags = report ? reportRedFlags(report) : countedRedFlags(settlement);
    const input = rescoreInput({ ...settlement, collectedShare, investigationRedFlags });
    const score = StatementModelSet.score(this.models.forFigures(settlement.figures), input);
    return this.deps.behaviour.recordOnce({
      receivableId: settlement.receivableId, applicationId: settlement.applicationId, customerId: settlement.customerId,
      paymentOutcome: settlement.paymentOutcome, daysOverdue: settlement.daysOverdueAtSettlement, collectionRate: input.payment.collectionRate,
      previousScore: settlement.previousScore, score: score.score, reasonCodes: score.reasonCodes, modelVersion: score.modelVersion,
      scoringPolicyVersion: score.scoringPolicyVersion, inputs: input, recordedAt: now.toISOString(),
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

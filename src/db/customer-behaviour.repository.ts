import type { Knex } from 'knex';
import type { ReasonCode, ScoreCustomerInput } from '../contracts/scoring.contract';

export const customerBehaviourTable = 'customer_behaviour';

/** How the customer paid one receivable, and the score it was given afterwards. */
export interface CustomerBehaviour {
  receivableId: string;
  applicationId: string;
  customerId: string;
  paymentOutcome: string;
  daysOverdue: number;
  collectionRate: number | null;
  previousScore: number | null;
  score: number;
  reasonCodes: ReasonCode[];
  modelVersion: string;
  scoringPolicyVersion: string;
  /** What the score was computed from (ratios, behaviour, industry, red flags): it can be recomputed. */
  inputs: ScoreCustomerInput;
  recordedAt: string;
}

interface BehaviourRow {
  receivable_id: string;
  application_id: string;
  customer_id: string;
  payment_outcome: string;
  days_overdue: number;
  collection_rate: string | null;
  previous_score: number | null;
  score: number;
  reason_codes: ReasonCode[];
  model_version: string;
  scoring_policy_version: string;
  inputs: ScoreCustomerInput;
  recorded_at: Date;
}

const mapRow = (row: BehaviourRow): CustomerBehaviour => ({
  receivableId: row.receivable_id,
  applicationId: row.application_id,
  customerId: row.customer_id,
  paymentOutcome: row.payment_outcome,
  daysOverdue: row.days_overdue,
  collectionRate: row.collection_rate === null ? null : Number(row.collection_rate),
  previousScore: row.previous_score,
  score: row.score,
  reasonCodes: row.reason_codes,
  modelVersion: row.model_version,
  scoringPolicyVersion: row.scoring_policy_version,
  inputs: row.inputs,
  recordedAt: row.recorded_at.toISOString(),
});

export class CustomerBehaviourRepository {
  constructor(private readonly db: Knex) {}

  /** Records the behaviour of a receivable once; a repeated job gets the first record (and score) back. */
  async recordOnce(behaviour: CustomerBehaviour): Promise<CustomerBehaviour> {
    await this.db(customerBehaviourTable)
      .insert({
        receivable_id: behaviour.receivableId, application_id: behaviour.applicationId, customer_id: behaviour.customerId,
        payment_outcome: behaviour.paymentOutcome, days_overdue: behaviour.daysOverdue, collection_rate: behaviour.collectionRate,
        previous_score: behaviour.previousScore, score: behaviour.score, reason_codes: JSON.stringify(behaviour.reasonCodes),
        model_version: behaviour.modelVersion, scoring_policy_version: behaviour.scoringPolicyVersion, inputs: JSON.stringify(behaviour.inputs), recorded_at: behaviour.recordedAt,
      })
      .onConflict('receivable_id')
      .ignore();
    return mapRow((await this.db<BehaviourRow>(customerBehaviourTable).where({ receivable_id: behaviour.receivableId }).first()) as BehaviourRow);
  }

  /** The customer's credit behaviour, newest first. */
  async forCustomer(customerId: string): Promise<CustomerBehaviour[]> {
    return (await this.db<BehaviourRow>(customerBehaviourTable).where({ customer_id: customerId }).orderBy('recorded_at', 'desc')).map(mapRow);
  }
}

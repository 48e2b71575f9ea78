import type { Knex } from 'knex';
import type { CustomerScore, ScoreCustomerInput } from '../contracts/scoring.contract';

export const customerScoreTable = 'customer_score';

export interface StoredCustomerScore {
  id: string;
  applicationId: string;
  customerId: string;
  scoredAt: Date;
  inputs: ScoreCustomerInput;
  result: CustomerScore;
}

interface Row {
  id: string;
  application_id: string;
  customer_id: string;
  score: number;
  pd: number;
  inputs: ScoreCustomerInput;
  components: CustomerScore['components'];
  reason_codes: CustomerScore['reasonCodes'];
  model_version: string;
  scoring_policy_version: string;
  figure_set: CustomerScore['figureSet'] | null;
  ratios_read: string[] | null;
  scored_at: Date;
}

const mapRow = (row: Row): StoredCustomerScore => ({
  id: row.id,
  applicationId: row.application_id,
  customerId: row.customer_id,
  scoredAt: row.scored_at,
  inputs: row.inputs,
  result: {
    score: row.score,
    pd: row.pd,
    components: row.components,
    reasonCodes: row.reason_codes,
    modelVersion: row.model_version,
    scoringPolicyVersion: row.scoring_policy_version,
    ...(row.figure_set === null ? {} : { figureSet: row.figure_set }),
    ...(row.ratios_read === null ? {} : { ratiosRead: row.ratios_read }),
  },
});

/** The lifecycle's score of an application, with the inputs and versions that produced it; written once. */
export class CustomerScoreRepository {
  constructor(private readonly db: Knex) {}

  async recordOnce(score: StoredCustomerScore): Promise<StoredCustomerScore> {
    const { result } = score;
    await this.db(customerScoreTable)
      .insert({
        id: score.id,
        application_id: score.applicationId,
        customer_id: score.customerId,
        score: result.score,
        pd: result.pd,
        inputs: JSON.stringify(score.inputs),
        components: JSON.stringify(result.components),
        reason_codes: JSON.stringify(result.reasonCodes),
        model_version: result.modelVersion,
        scoring_policy_version: result.scoringPolicyVersion,
        figure_set: result.figureSet ?? null,
        ratios_read: result.ratiosRead === undefined ? null : JSON.stringify(result.ratiosRead),
        scored_at: score.scoredAt,
      })
      .onConflict('application_id')
      .ignore();
    return (await this.forApplication(score.applicationId)) as StoredCustomerScore;
  }

  async forApplication(applicationId: string): Promise<StoredCustomerScore | undefined> {
    const row = await this.db(customerScoreTable).where({ application_id: applicationId }).first();
    return row ? mapRow(row as Row) : undefined;
  }

  /** The customer's latest case score (its inputs hold the financial ratios the case was scored on). */
  async latestForCustomer(customerId: string): Promise<StoredCustomerScore | undefined> {
    const row = await this.db(customerScoreTable).where({ customer_id: customerId }).orderBy('scored_at', 'desc').first();
    return row ? mapRow(row as Row) : undefined;
  }

  async countFor(applicationId: string): Promise<number> {
    const [row] = await this.db(customerScoreTable).where({ application_id: applicationId }).count<{ count: string }[]>('* as count');
    return Number(row?.count ?? 0);
  }
}

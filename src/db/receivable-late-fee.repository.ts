import type { Knex } from 'knex';
import type { LateFeePosting } from '../domain/dunning/late-fee';

export const receivableLateFeeTable = 'receivable_late_fee';

export interface StageLateFee extends LateFeePosting {
  receivableId: string;
  stage: string;
}

interface LateFeeRow {
  receivable_id: string;
  stage: string;
  posted_on: string;
  fee_accrued_through_day: number;
  late_fee_cents: string;
  late_fees_total_cents: string;
}

const mapRow = (row: LateFeeRow): StageLateFee => ({
  receivableId: row.receivable_id,
  stage: row.stage,
  postedOn: row.posted_on,
  feeAccruedThroughDay: row.fee_accrued_through_day,
  lateFeeCents: Number(row.late_fee_cents),
  lateFeesTotalCents: Number(row.late_fees_total_cents),
});

export class ReceivableLateFeeRepository {
  constructor(private readonly db: Knex) {}

  /** Posts a stage's fee once; an earlier posting of the same receivable and stage wins and is returned. */
  async postOnce(fee: StageLateFee): Promise<{ posted: boolean; fee: StageLateFee }> {
    const inserted = await this.db(receivableLateFeeTable)
      .insert({
        receivable_id: fee.receivableId, stage: fee.stage, posted_on: fee.postedOn, fee_accrued_through_day: fee.feeAccruedThroughDay,
        late_fee_cents: fee.lateFeeCents, late_fees_total_cents: fee.lateFeesTotalCents,
      })
      .onConflict(['receivable_id', 'stage'])
      .ignore()
      .returning('id');
    return { posted: inserted.length > 0, fee: (await this.find(fee.receivableId, fee.stage)) as StageLateFee };
  }

  async find(receivableId: string, stage: string): Promise<StageLateFee | undefined> {
    return (await this.forReceivable(receivableId)).find((fee) => fee.stage === stage);
  }

  /** The receivable's postings, oldest first. */
  async forReceivable(receivableId: string): Promise<StageLateFee[]> {
    const rows: LateFeeRow[] = await this.db(receivableLateFeeTable)
      .select('receivable_id', 'stage', this.db.raw("to_char(posted_on, 'YYYY-MM-DD') as posted_on"), 'fee_accrued_through_day', 'late_fee_cents', 'late_fees_total_cents')
      .where({ receivable_id: receivableId })
      .orderBy([{ column: 'posted_on' }, { column: 'id' }]);
    return rows.map(mapRow);
  }
}

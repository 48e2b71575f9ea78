import type { Knex } from 'knex';
import { zeebeRecordTable } from './engine-history.repository';

/** The decision variables a credit file shows, as the lifecycle and the decision tables set them. */
export const creditFileVariables = ['score', 'reasonCodes', 'modelVersion', 'colour', 'creditGrade', 'customerTier', 'approvedLimit', 'approvedTermDays', 'prepaymentRequired', 'creditDecision', 'decidedBy', 'decisionReasons'] as const;

export interface CreditFileEntry {
  processInstanceKey: string;
  bpmnProcessId: string;
  startedAt: string;
  values: Partial<Record<(typeof creditFileVariables)[number], unknown>>;
}

/** Reads, from the engine's exported history, every case of a customer with the credit decisions it recorded. */
export class CreditFileRepository {
  constructor(private readonly db: Knex) {}

  async casesOf(customerId: string): Promise<CreditFileEntry[]> {
    const cases: Array<{ process_instance_key: string; bpmn_process_id: string; occurred_at: Date }> = await this.db(zeebeRecordTable)
      .select('process_instance_key', this.db.raw("record->'value'->>'bpmnProcessId' as bpmn_process_id"), 'occurred_at')
      .where({ value_type: 'VARIABLE', intent: 'CREATED', record_type: 'EVENT' })
      .whereRaw("record->'value'->>'name' = 'customerId'")
      .whereRaw("record->'value'->>'value' = ?", [JSON.stringify(customerId)])
      .whereRaw("record->'value'->>'scopeKey' = process_instance_key::text")
      .orderBy('position');
    const entries: CreditFileEntry[] = [];
    for (const found of cases) {
      const rows: Array<{ name: string; value: string }> = await this.db(zeebeRecordTable)
        .select(this.db.raw("record->'value'->>'name' as name"), this.db.raw("record->'value'->>'value' as value"))
        .where({ value_type: 'VARIABLE', record_type: 'EVENT', process_instance_key: found.process_instance_key })
        .whereRaw("record->'value'->>'scopeKey' = process_instance_key::text")
        .whereRaw("record->'value'->>'name' = any(?)", [creditFileVariables as unknown as string[]])
        .orderBy('position');
      const values: CreditFileEntry['values'] = {};
      for (const row of rows) values[row.name as (typeof creditFileVariables)[number]] = JSON.parse(row.value);
      entries.push({ processInstanceKey: String(found.process_instance_key), bpmnProcessId: found.bpmn_process_id, startedAt: found.occurred_at.toISOString(), values });
    }
    return entries;
  }

  /** Customers whose latest recorded approvedLimit (any case, from the history) is above zero. */
  async customersWithApprovedLimit(): Promise<string[]> {
    const { rows } = await this.db.raw(
      `SELECT customer_id FROM (
         SELECT DISTINCT ON (customer.record->'value'->>'value') customer.record->'value'->>'value' AS customer_id, approved.record->'value'->>'value' AS approved_limit
         FROM ${zeebeRecordTable} approved
         JOIN ${zeebeRecordTable} customer ON customer.process_instance_key = approved.process_instance_key
          AND customer.value_type = 'VARIABLE' AND customer.record_type = 'EVENT' AND customer.intent = 'CREATED'
          AND customer.record->'value'->>'name' = 'customerId' AND customer.record->'value'->>'scopeKey' = customer.process_instance_key::text
         WHERE approved.value_type = 'VARIABLE' AND approved.record_type = 'EVENT'
          AND approved.record->'value'->>'name' = 'approvedLimit' AND approved.record->'value'->>'scopeKey' = approved.process_instance_key::text
         ORDER BY customer.record->'value'->>'value', approved.position DESC
       ) latest
       WHERE approved_limit ~ '^[0-9]+([.][0-9]+)*$' AND approved_limit::numeric > 0`,
    );
    return (rows as Array<{ customer_id: string }>).map((row) => JSON.parse(row.customer_id) as string);
  }
}

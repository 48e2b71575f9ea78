import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

export const secondDueDiligenceTable = 'second_due_diligence';

export interface SecondDueDiligence {
  id: string;
  customerId: string;
  trigger: string;
  investigationReportId: string | null;
}

interface SecondDueDiligenceRow {
  id: string;
  customer_id: string;
  trigger: string;
  investigation_report_id: string | null;
}

const mapRow = (row: SecondDueDiligenceRow): SecondDueDiligence => ({ id: row.id, customerId: row.customer_id, trigger: row.trigger, investigationReportId: row.investigation_report_id });

/** Second due diligences: at most one open per customer (a unique index on the open ones). */
export class SecondDueDiligenceRepository {
  constructor(private readonly db: Knex) {}

  /** Opens a diligence unless one is open for the customer; returns the open one. */
  async openOnce(customerId: string, trigger: string): Promise<SecondDueDiligence> {
    await this.db.raw(
      `INSERT INTO ${secondDueDiligenceTable} (id, customer_id, trigger) VALUES (?, ?, ?) ON CONFLICT (customer_id) WHERE closed_at IS NULL DO NOTHING`,
      [randomUUID(), customerId, trigger],
    );
    const row = await this.db<SecondDueDiligenceRow>(secondDueDiligenceTable).where({ customer_id: customerId }).whereNull('closed_at').first();
    return mapRow(row as SecondDueDiligenceRow);
  }

  async attachReport(id: string, investigationReportId: string): Promise<void> {
    await this.db(secondDueDiligenceTable).where({ id }).update({ investigation_report_id: investigationReportId });
  }

  async forCustomer(customerId: string): Promise<SecondDueDiligence[]> {
    return (await this.db<SecondDueDiligenceRow>(secondDueDiligenceTable).where({ customer_id: customerId }).orderBy('opened_at')).map(mapRow);
  }
}

import type { Knex } from 'knex';
import { endedApplicationStatuses, type EndedApplicationStatus } from '../contracts/application-status.contract';

export const creditApplicationTable = 'credit_application';

export interface CreditApplicationRow {
  id: string;
  company_name: string;
  tax_id: string;
  requested_limit: string;
  currency: string;
  urgent: boolean;
  customer_id: string | null;
  process_id: string;
  process_instance_key: string;
  status: string;
  created_at: Date;
}

export interface CreditApplication {
  id: string;
  companyName: string;
  taxId: string;
  requestedLimit: number;
  currency: string;
  urgent: boolean;
  /** The registered customer (null on the walking skeleton's rows). */
  customerId: string | null;
  /** The process the case runs in: credit-lifecycle, or the walking skeleton credit-application. */
  processId: string;
  processInstanceKey: string;
  status: string;
  createdAt: string;
}

export const mapRow = (row: CreditApplicationRow): CreditApplication => ({
  id: row.id,
  companyName: row.company_name,
  taxId: row.tax_id,
  requestedLimit: Number(row.requested_limit),
  currency: row.currency,
  urgent: row.urgent,
  customerId: row.customer_id,
  processId: row.process_id,
  processInstanceKey: row.process_instance_key,
  status: row.status,
  createdAt: row.created_at.toISOString(),
});

export class CreditApplicationRepository {
  constructor(private readonly db: Knex) {}

  /** Records an application; without a customer or process named, a credit-lifecycle case of no registered customer. */
  async insert(
    application: Omit<CreditApplication, 'createdAt' | 'customerId' | 'processId'> & Partial<Pick<CreditApplication, 'customerId' | 'processId'>>,
    trx: Knex = this.db,
  ): Promise<CreditApplication> {
    const [row] = await trx<CreditApplicationRow>(creditApplicationTable)
      .insert({
        id: application.id,
        company_name: application.companyName,
        tax_id: application.taxId,
        requested_limit: String(application.requestedLimit),
        currency: application.currency,
        urgent: application.urgent,
        customer_id: application.customerId ?? null,
        process_id: application.processId ?? 'credit-lifecycle',
        process_instance_key: application.processInstanceKey,
        status: application.status,
      })
      .returning('*');
    return mapRow(row as CreditApplicationRow);
  }

  async findById(id: string): Promise<CreditApplication | undefined> {
    const row = await this.db<CreditApplicationRow>(creditApplicationTable).where({ id }).first();
    return row ? mapRow(row) : undefined;
  }

  /**
   * Marks the application withdrawn unless its case completed or it is withdrawn already (a case seen
   * TERMINATED by the reconciler a moment before was terminated by this withdrawal); returns the row.
   */
  async withdraw(id: string): Promise<CreditApplication | undefined> {
    await this.db(creditApplicationTable).where({ id }).whereNotIn('status', endedApplicationStatuses.filter((status) => status !== 'TERMINATED')).update({ status: 'WITHDRAWN' });
    return this.findById(id);
  }

  /** The case instances of applications that have not ended yet. */
  async unendedCaseInstances(): Promise<string[]> {
    const rows: Array<{ process_instance_key: string }> = await this.db(creditApplicationTable).whereNotIn('status', endedApplicationStatuses).select('process_instance_key');
    return rows.map((row) => row.process_instance_key);
  }

  /** Gives the applications of an ended case its final status, unless they already have one; how many rows changed. */
  async settle(processInstanceKey: string, status: EndedApplicationStatus): Promise<number> {
    return this.db(creditApplicationTable).where({ process_instance_key: processInstanceKey }).whereNotIn('status', endedApplicationStatuses).update({ status });
  }

  async forTaxIds(taxIds: string[]): Promise<CreditApplication[]> {
    const rows = await this.db<CreditApplicationRow>(creditApplicationTable).whereIn('tax_id', taxIds).orderBy('created_at');
    return rows.map(mapRow);
  }

  async count(): Promise<number> {
    const [result] = await this.db(creditApplicationTable).count<{ count: string }[]>('* as count');
    return Number(result?.count ?? 0);
  }
}

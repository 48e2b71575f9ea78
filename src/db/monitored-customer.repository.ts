import type { Knex } from 'knex';

/** Which customers the daily monitoring looks at, from our own records. */
export class MonitoredCustomerRepository {
  constructor(private readonly db: Knex) {}

  /** Customers (our records) with at least one open receivable in the ledger. */
  async withOpenReceivables(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db('customer as c')
      .distinct('c.id')
      .join('receivable_ledger as r', 'r.customer_tax_id', 'c.tax_id')
      .where('r.status', 'OPEN')
      .orderBy('c.id');
    return rows.map((row) => row.id);
  }

  /** Those of the given ids that are our customers. */
  async existing(customerIds: string[]): Promise<string[]> {
    const uuids = customerIds.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
    if (uuids.length === 0) return [];
    return (await this.db('customer').whereIn('id', uuids).orderBy('id').select('id')).map((row: { id: string }) => row.id);
  }
}

import type { Knex } from 'knex';

/** The keys of the demo's records; every row keyed by one of them is demo data. */
export interface DemoKeys {
  customerIds: string[];
  applicationIds: string[];
  receivableIds: string[];
  taxIds: string[];
}

/** Tables never touched: the audit log is a hash chain (append-only; a demo's requests stay in it, as they happened). */
const kept = new Set(['audit_event', 'knex_migrations', 'knex_migrations_lock']);
const keyColumns = { customer_id: 'customerIds', application_id: 'applicationIds', receivable_id: 'receivableIds', tax_id: 'taxIds' } as const;
const ownTables = [['receivable_ledger', 'receivableIds'], ['credit_application', 'applicationIds'], ['customer', 'customerIds']] as const;

/**
 * Removes the demo's rows: in every table of our schema with a customer_id, application_id, receivable_id or
 * tax_id column (found in the catalogue, so a table added later is covered), then the ledger, applications
 * and customers themselves. A table whose rows another table still references is retried after that one.
 */
export class DemoDataRepository {
  constructor(private readonly db: Knex) {}

  async remove(keys: DemoKeys): Promise<Record<string, number>> {
    const columns = await this.db('information_schema.columns')
      .whereRaw('table_schema = current_schema()')
      .whereIn('column_name', Object.keys(keyColumns))
      .select<Array<{ table_name: string; column_name: keyof typeof keyColumns }>>('table_name', 'column_name');
    const deletions: Array<{ table: string; column: string; values: string[] }> = [
      ...columns.filter((row) => !kept.has(row.table_name)).map((row) => ({ table: row.table_name, column: row.column_name, values: keys[keyColumns[row.column_name]] })),
      ...ownTables.map(([table, key]) => ({ table, column: 'id', values: keys[key] })),
    ].filter((deletion) => deletion.values.length > 0);
    const removed: Record<string, number> = {};
    let pending = deletions;
    for (let round = 0; pending.length > 0 && round < 10; round += 1) {
      const failed: typeof pending = [];
      for (const deletion of pending) {
        try {
          const count = await this.db.transaction((trx) => trx(deletion.table).whereIn(deletion.column, deletion.values).delete());
          if (count > 0) removed[deletion.table] = (removed[deletion.table] ?? 0) + count;
        } catch (error) {
          if ((error as { code?: string }).code !== '23503') throw error; // foreign key: still referenced, try after the others
          failed.push(deletion);
        }
      }
      pending = failed;
    }
    if (pending.length > 0) throw new Error(`demo rows still referenced in ${pending.map((deletion) => deletion.table).join(', ')}`);
    return removed;
  }
}

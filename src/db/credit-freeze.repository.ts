import type { Knex } from 'knex';

export const creditFreezeTable = 'credit_freeze';

export interface CreditFreeze {
  taxId: string;
  reason: string;
  triggeredByReceivable: string;
  relation: string;
}

export class CreditFreezeRepository {
  constructor(private readonly db: Knex) {}

  /** Freezes each enterprise once; returns the tax ids that were newly frozen by this call. */
  async freezeOnce(freezes: CreditFreeze[]): Promise<string[]> {
    if (freezes.length === 0) return [];
    const inserted = await this.db(creditFreezeTable)
      .insert(freezes.map((freeze) => ({ tax_id: freeze.taxId, reason: freeze.reason, triggered_by_receivable: freeze.triggeredByReceivable, relation: freeze.relation })))
      .onConflict('tax_id')
      .ignore()
      .returning('tax_id');
    return inserted.map((row: { tax_id: string }) => row.tax_id);
  }

  async isFrozen(taxId: string): Promise<boolean> {
    return (await this.db(creditFreezeTable).where({ tax_id: taxId }).first()) !== undefined;
  }

  async all(taxIds: string[]): Promise<CreditFreeze[]> {
    const rows = await this.db(creditFreezeTable).whereIn('tax_id', taxIds).orderBy('tax_id');
    return rows.map((row: { tax_id: string; reason: string; triggered_by_receivable: string; relation: string }) => ({ taxId: row.tax_id, reason: row.reason, triggeredByReceivable: row.triggered_by_receivable, relation: row.relation }));
  }
}

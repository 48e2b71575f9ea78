import type { Knex } from 'knex';

export const provisionEntryTable = 'provision_entry';

export type ProvisionKind = 'TOP_UP' | 'RELEASE' | 'WRITE_OFF' | 'RECOVERY';

export interface ProvisionEntry {
  receivableId: string;
  businessKey: string;
  kind: ProvisionKind;
  amountCents: number;
  rate: number | null;
  reason: string;
}

export class ProvisionRepository {
  constructor(private readonly db: Knex) {}

  /** Books an entry once per business key (e.g. receivable + downgrade date); returns whether it was new. */
  async bookOnce(entry: ProvisionEntry): Promise<boolean> {
    const inserted = await this.db(provisionEntryTable)
      .insert({ receivable_id: entry.receivableId, business_key: entry.businessKey, kind: entry.kind, amount_cents: entry.amountCents, rate: entry.rate, reason: entry.reason })
      .onConflict('business_key')
      .ignore()
      .returning('id');
    return inserted.length > 0;
  }

  /** The amount booked under a business key, if any (a redelivered job reads its first booking back). */
  async bookedAmount(businessKey: string): Promise<number | undefined> {
    const row = await this.db(provisionEntryTable).where({ business_key: businessKey }).first('amount_cents');
    return row ? Number(row.amount_cents) : undefined;
  }

  /** The provision currently held for a receivable: top-ups minus releases and uses. */
  async heldFor(receivableId: string): Promise<number> {
    const rows = await this.db(provisionEntryTable).where({ receivable_id: receivableId }).select('kind', 'amount_cents');
    return rows.reduce((sum: number, row: { kind: ProvisionKind; amount_cents: string }) => sum + (row.kind === 'TOP_UP' ? 1 : -1) * Number(row.amount_cents), 0);
  }
}

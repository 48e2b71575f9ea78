import type { Knex } from 'knex';

export const receivableTable = 'receivable';

export interface Receivable {
  receivableId: string;
  customerKey: string;
  customerName: string;
  applicationId: string | null;
  tier: 'core' | 'priority' | 'basic';
  colour: 'green' | 'yellow' | 'red';
  score: number;
  currency: string;
  amount: number;
  openAmount: number;
  issuedAt: string;
  dueAt: string;
  paidAt: string | null;
}

interface ReceivableRow {
  receivable_id: string;
  customer_key: string;
  customer_name: string;
  application_id: string | null;
  tier: Receivable['tier'];
  colour: Receivable['colour'];
  score: number;
  currency: string;
  amount: string;
  open_amount: string;
  issued_at: string;
  due_at: string;
  paid_at: string | null;
}

export const toRow = (receivable: Receivable): ReceivableRow => ({
  receivable_id: receivable.receivableId,
  customer_key: receivable.customerKey,
  customer_name: receivable.customerName,
  application_id: receivable.applicationId,
  tier: receivable.tier,
  colour: receivable.colour,
  score: receivable.score,
  currency: receivable.currency,
  amount: String(receivable.amount),
  open_amount: String(receivable.openAmount),
  issued_at: receivable.issuedAt,
  due_at: receivable.dueAt,
  paid_at: receivable.paidAt,
});

/** node-pg reads a date column as local midnight; turn it back into the calendar day it names. */
const day = (value: unknown): string => {
  if (!(value instanceof Date)) return String(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
};

const mapRow = (row: ReceivableRow): Receivable => ({
  receivableId: row.receivable_id,
  customerKey: row.customer_key,
  customerName: row.customer_name,
  applicationId: row.application_id,
  tier: row.tier,
  colour: row.colour,
  score: row.score,
  currency: row.currency,
  amount: Number(row.amount),
  openAmount: Number(row.open_amount),
  issuedAt: day(row.issued_at),
  dueAt: day(row.due_at),
  paidAt: row.paid_at === null ? null : day(row.paid_at),
});

export class ReceivableRepository {
  constructor(private readonly db: Knex) {}

  /** Idempotent on the invoice number: a redelivered job updates the same row. */
  async upsert(receivables: Receivable[]): Promise<void> {
    if (receivables.length === 0) return;
    await this.db(receivableTable)
      .insert(receivables.map(toRow))
      .onConflict('receivable_id')
      .merge(['customer_key', 'customer_name', 'tier', 'colour', 'score', 'amount', 'open_amount', 'due_at', 'paid_at', 'updated_at']);
  }

  async findById(receivableId: string): Promise<Receivable | undefined> {
    const row = await this.db<ReceivableRow>(receivableTable).where({ receivable_id: receivableId }).first();
    return row ? mapRow(row) : undefined;
  }
}

import type { Knex } from 'knex';
import type { LedgerEvent, ReceivableTerms } from '../domain/dunning/receivable-ledger';

export const receivableLedgerTable = 'receivable_ledger';
export const receivableLedgerEventTable = 'receivable_ledger_event';

export interface Receivable {
  id: string;
  applicationId: string;
  customerTaxId: string;
  currency: string;
  principalCents: number;
  issuedOn: string;
  dueDate: string | null;
  dailyLateFeeRate: number;
  status: 'OPEN' | 'PAID' | 'WRITTEN_OFF';
}

interface ReceivableRow {
  id: string;
  application_id: string;
  customer_tax_id: string;
  currency: string;
  principal_cents: string;
  issued_on: string;
  due_date: string | null;
  daily_late_fee_rate: string;
  status: Receivable['status'];
}

const mapRow = (row: ReceivableRow): Receivable => ({
  id: row.id,
  applicationId: row.application_id,
  customerTaxId: row.customer_tax_id,
  currency: row.currency,
  principalCents: Number(row.principal_cents),
  issuedOn: row.issued_on,
  dueDate: row.due_date,
  dailyLateFeeRate: Number(row.daily_late_fee_rate),
  status: row.status,
});

export class ReceivableLedgerRepository {
  constructor(private readonly db: Knex) {}

  /** Opens the receivable of an invoice once; the first registration wins. */
  async openOnce(receivable: Omit<Receivable, 'status'>): Promise<Receivable> {
    await this.db(receivableLedgerTable)
      .insert({
        id: receivable.id, application_id: receivable.applicationId, customer_tax_id: receivable.customerTaxId, currency: receivable.currency,
        principal_cents: receivable.principalCents, issued_on: receivable.issuedOn, due_date: receivable.dueDate, daily_late_fee_rate: receivable.dailyLateFeeRate, status: 'OPEN',
      })
      .onConflict('id')
      .ignore();
    return (await this.find(receivable.id)) as Receivable;
  }

  async setDueDate(id: string, dueDate: string): Promise<void> {
    await this.db(receivableLedgerTable).where({ id }).update({ due_date: dueDate });
  }

  async setStatus(id: string, status: Receivable['status']): Promise<void> {
    await this.db(receivableLedgerTable).where({ id }).update({ status });
  }

  async find(id: string): Promise<Receivable | undefined> {
    const row = await this.db<ReceivableRow>(receivableLedgerTable).select('*', this.db.raw("to_char(issued_on, 'YYYY-MM-DD') as issued_on"), this.db.raw("to_char(due_date, 'YYYY-MM-DD') as due_date")).where({ id }).first();
    return row ? mapRow(row) : undefined;
  }

  /** Books a payment or cost once per reference; returns whether it was new. */
  async bookOnce(receivableId: string, event: LedgerEvent): Promise<boolean> {
    const inserted = await this.db(receivableLedgerEventTable)
      .insert({ receivable_id: receivableId, kind: event.kind, booked_on: event.date, amount_cents: event.amountCents, reference: event.reference })
      .onConflict(['receivable_id', 'reference'])
      .ignore()
      .returning('id');
    return inserted.length > 0;
  }

  async events(receivableId: string): Promise<LedgerEvent[]> {
    const rows = await this.db(receivableLedgerEventTable).where({ receivable_id: receivableId }).orderBy('id').select('kind', this.db.raw("to_char(booked_on, 'YYYY-MM-DD') as booked_on"), 'amount_cents', 'reference');
    return rows.map((row: { kind: LedgerEvent['kind']; booked_on: string; amount_cents: string; reference: string }) => ({ kind: row.kind, date: row.booked_on, amountCents: Number(row.amount_cents), reference: row.reference }));
  }

  async openForCustomers(taxIds: string[]): Promise<Receivable[]> {
    const rows = await this.db<ReceivableRow>(receivableLedgerTable).select('*', this.db.raw("to_char(issued_on, 'YYYY-MM-DD') as issued_on"), this.db.raw("to_char(due_date, 'YYYY-MM-DD') as due_date")).whereIn('customer_tax_id', taxIds).where({ status: 'OPEN' });
    return rows.map(mapRow);
  }

  /** Every receivable of a customer, whatever its status (payment behaviour looks at the paid ones too). */
  async allForCustomer(taxId: string): Promise<Receivable[]> {
    const rows = await this.db<ReceivableRow>(receivableLedgerTable).select('*', this.db.raw("to_char(issued_on, 'YYYY-MM-DD') as issued_on"), this.db.raw("to_char(due_date, 'YYYY-MM-DD') as due_date")).where({ customer_tax_id: taxId }).orderBy(`${receivableLedgerTable}.issued_on`);
    return rows.map(mapRow);
  }

  termsOf(receivable: Receivable): ReceivableTerms {
    return { principalCents: receivable.principalCents, dueDate: receivable.dueDate ?? receivable.issuedOn, dailyLateFeeRate: receivable.dailyLateFeeRate };
  }
}

import type { Knex } from 'knex';
import type { HistoricReceivable } from '../domain/customers/payment-history';
import type { LedgerEvent } from '../domain/dunning/receivable-ledger';
import { receivableLedgerEventTable, receivableLedgerTable } from './receivable-ledger.repository';

interface HistoryRow {
  id: string;
  principal_cents: string;
  currency: string;
  issued_on: string;
  due_date: string | null;
  daily_late_fee_rate: string;
}

interface EventRow {
  receivable_id: string;
  kind: LedgerEvent['kind'];
  booked_on: string;
  amount_cents: string;
  reference: string;
}

/** Every receivable the ledger holds for a customer (open or settled), with its payments and costs. */
export class CustomerHistoryRepository {
  constructor(private readonly db: Knex) {}

  async receivablesOf(taxId: string): Promise<HistoricReceivable[]> {
    const rows: HistoryRow[] = await this.db(receivableLedgerTable)
      .select('id', 'principal_cents', 'currency', 'daily_late_fee_rate', this.db.raw("to_char(issued_on, 'YYYY-MM-DD') as issued_on"), this.db.raw("to_char(due_date, 'YYYY-MM-DD') as due_date"))
      .where({ customer_tax_id: taxId })
      .orderBy('issued_on');
    if (rows.length === 0) return [];
    const events: EventRow[] = await this.db(receivableLedgerEventTable)
      .select('receivable_id', 'kind', this.db.raw("to_char(booked_on, 'YYYY-MM-DD') as booked_on"), 'amount_cents', 'reference')
      .whereIn('receivable_id', rows.map((row) => row.id))
      .orderBy('id');
    return rows.map((row) => ({
      principalCents: Number(row.principal_cents),
      currency: row.currency,
      issuedOn: row.issued_on,
      dueDate: row.due_date,
      dailyLateFeeRate: Number(row.daily_late_fee_rate),
      events: events
        .filter((event) => event.receivable_id === row.id)
        .map((event) => ({ kind: event.kind, date: event.booked_on, amountCents: Number(event.amount_cents), reference: event.reference })),
    }));
  }
}

import type { Knex } from 'knex';
import { creditApplicationTable } from './credit-application.repository';
import { applicationAssessmentTable, reviewSlaBreachTable } from './application-assessment.repository';
import { receivableTable } from './receivable.repository';

/** Maintained by triggers (migration 20261124110000): per issue day, due day, tier and colour. */
export const receivableDayTotalTable = 'receivable_day_total';
import { reviewEscalationTable } from './review-escalation.repository';
import { contactLogTable } from './dunning-notice.repository';
import { receivableLedgerEventTable, receivableLedgerTable, type Receivable as LedgerReceivable } from './receivable-ledger.repository';
import { customerTable } from './customer.repository';
import type { LedgerEvent } from '../domain/dunning/receivable-ledger';

/** The dashboard's filters: a period [from, to) of calendar days, a tier, a colour, and the day aging is measured on. */
export interface DashboardFilter {
  from: string;
  to: string;
  asOf: string;
  tier?: 'core' | 'priority' | 'basic';
  colour?: 'green' | 'yellow' | 'red';
}

export interface ReceivableTotals {
  receivables: number;
  amount: number;
  openAmount: number;
  aging: { current: number; days1to30: number; days31to60: number; days61to90: number; over90: number };
}

const num = (value: unknown) => Number(value ?? 0);
/** Aggregate rows as the SQL names them (knex cannot type raw select lists). */
const rowsOf = async <T>(query: Knex.QueryBuilder): Promise<T[]> => (await query) as unknown as T[];

/** Aggregates for the managers' dashboard; every query is one indexed pass over the period. */
export class DashboardRepository {
  constructor(private readonly db: Knex) {}

  private receivables(filter: DashboardFilter, openOnly = false, table = receivableTable) {
    const query = this.db(table).where('issued_at', '>=', filter.from).andWhere('issued_at', '<', filter.to);
    if (filter.tier) query.andWhere('tier', filter.tier);
    if (filter.colour) query.andWhere('colour', filter.colour);
    if (openOnly) query.andWhere('open_amount', '>', 0);
    return query;
  }

  /**
   * Count, amounts and the aging buckets of the open amount by days past due on `asOf`, read from the
   * maintained day totals (`source: 'invoices'` scans the invoices themselves: the bench compares both).
   */
  async receivableTotals(filter: DashboardFilter, source: 'day-totals' | 'invoices' = 'day-totals'): Promise<ReceivableTotals> {
    const overdue = (low: number, high?: number) =>
      this.db.raw(`coalesce(sum(open_amount) filter (where ?::date - due_at >= ?${high === undefined ? '' : ' and ?::date - due_at <= ?'}), 0)`, high === undefined ? [filter.asOf, low] : [filter.asOf, low, filter.asOf, high]);
    const fromDayTotals = source === 'day-totals';
    const [row] = await this.receivables(filter, false, fromDayTotals ? receivableDayTotalTable : receivableTable).select(
      this.db.raw(fromDayTotals ? 'coalesce(sum(receivables), 0) as receivables' : 'count(*) as receivables'),
      this.db.raw('coalesce(sum(amount), 0) as amount'),
      this.db.raw('coalesce(sum(open_amount), 0) as open_amount'),
      this.db.raw('coalesce(sum(open_amount) filter (where due_at >= ?::date), 0) as current', [filter.asOf]),
      overdue(1, 30).wrap('', ' as d1'),
      overdue(31, 60).wrap('', ' as d31'),
      overdue(61, 90).wrap('', ' as d61'),
      overdue(91).wrap('', ' as d91'),
    );
    return {
      receivables: num(row.receivables),
      amount: num(row.amount),
      openAmount: num(row.open_amount),
      aging: { current: num(row.current), days1to30: num(row.d1), days31to60: num(row.d31), days61to90: num(row.d61), over90: num(row.d91) },
    };
  }

  /** Open amount per score (0–100): the provision rate per score comes from the policy decision. */
  async openAmountByScore(filter: DashboardFilter): Promise<Array<{ score: number; openAmount: number }>> {
    const rows = await rowsOf<{ score: number; open: string }>(this.receivables(filter, true).select('score').sum({ open: 'open_amount' }).groupBy('score').orderBy('score'));
    return rows.map((row) => ({ score: Number(row.score), openAmount: num(row.open) }));
  }

  /** Open amount and customers with an open invoice per colour of the three-colour warning. */
  async openAmountByColour(filter: DashboardFilter): Promise<Array<{ colour: string; customers: number; openAmount: number }>> {
    const rows = await rowsOf<{ colour: string; customers: string; open: string }>(
      this.receivables(filter, true).select('colour', this.db.raw('count(distinct customer_key) as customers')).sum({ open: 'open_amount' }).groupBy('colour').orderBy('colour'),
    );
    return rows.map((row) => ({ colour: row.colour, customers: num(row.customers), openAmount: num(row.open) }));
  }

  /** The five customers with the largest open amount. */
  async topCustomers(filter: DashboardFilter, limit = 5): Promise<Array<{ customerKey: string; customerName: string; openAmount: number }>> {
    const rows = await rowsOf<{ customer_key: string; customer_name: string; open: string }>(
      this.receivables(filter, true).select('customer_key', this.db.raw('max(customer_name) as customer_name')).sum({ open: 'open_amount' }).groupBy('customer_key').orderBy('open', 'desc').limit(limit),
    );
    return rows.map((row) => ({ customerKey: row.customer_key, customerName: row.customer_name, openAmount: num(row.open) }));
  }

  /** Applications in the period by status, and assessments and SLA breaches per tier. */
  async applicationsByStatus(filter: DashboardFilter): Promise<Array<{ status: string; count: number }>> {
    const query = this.db({ a: creditApplicationTable })
      .leftJoin({ s: applicationAssessmentTable }, 's.application_id', 'a.id')
      .where('a.created_at', '>=', filter.from)
      .andWhere('a.created_at', '<', filter.to)
      .select('a.status')
      .count({ count: '*' })
      .groupBy('a.status')
      .orderBy('a.status');
    if (filter.tier) query.andWhere('s.review_tier', filter.tier);
    return (await rowsOf<{ status: string; count: string }>(query)).map((row) => ({ status: row.status, count: num(row.count) }));
  }

  async slaByTier(filter: DashboardFilter): Promise<Array<{ tier: string; assessed: number; breached: number }>> {
    const query = this.db({ s: applicationAssessmentTable })
      .leftJoin({ b: reviewSlaBreachTable }, 'b.application_id', 's.application_id')
      .where('s.assessed_at', '>=', filter.from)
      .andWhere('s.assessed_at', '<', filter.to)
      .select({ tier: 's.review_tier' }, this.db.raw('count(*) as assessed'), this.db.raw('count(b.application_id) as breached'))
      .groupBy('s.review_tier')
      .orderBy('s.review_tier');
    if (filter.tier) query.andWhere('s.review_tier', filter.tier);
    return (await rowsOf<{ tier: string; assessed: string; breached: string }>(query)).map((row) => ({ tier: row.tier, assessed: num(row.assessed), breached: num(row.breached) }));
  }

  /** Review escalations (SLA breaches of the tiered review) per approval level. */
  async escalationsByLevel(filter: DashboardFilter): Promise<Array<{ level: string; count: number }>> {
    const rows = await rowsOf<{ level: string; count: string }>(
      this.db(reviewEscalationTable).where('recorded_at', '>=', filter.from).andWhere('recorded_at', '<', filter.to).select({ level: 'review_level' }).count({ count: '*' }).groupBy('review_level').orderBy('review_level'),
    );
    return rows.map((row) => ({ level: String(row.level), count: num(row.count) }));
  }

  /**
   * Dunning contacts in the period per channel (letters and e-mails sent, calls made; a notice that
   * reached nobody is not a contact) and how many were followed by a payment on the same invoice
   * within `responseDays` days of the contact.
   */
  async collectionByChannel(filter: DashboardFilter, responseDays: number): Promise<Array<{ channel: string; contacts: number; followedByPayment: number }>> {
    const rows = await rowsOf<{ channel: string; contacts: string; followed: string }>(
      this.db({ c: contactLogTable })
        .where('c.logged_at', '>=', filter.from)
        .andWhere('c.logged_at', '<', filter.to)
        .andWhereNot('c.outcome', 'NO_ADDRESS')
        .select(
          'c.channel',
          this.db.raw('count(*) as contacts'),
          this.db.raw(
            `count(*) filter (where exists (select 1 from ${receivableLedgerEventTable} p where p.receivable_id = c.receivable_id and p.kind = 'payment'
               and p.booked_on between c.logged_at::date and c.logged_at::date + ?::int)) as followed`,
            [responseDays],
          ),
        )
        .groupBy('c.channel')
        .orderBy('c.channel'),
    );
    return rows.map((row) => ({ channel: row.channel, contacts: num(row.contacts), followedByPayment: num(row.followed) }));
  }

  /**
   * Ledger receivables the dashboard's `receivable` table must (re)read: those with a due date that
   * it does not hold yet or still holds as open (settled ones are final), with their payments and
   * costs and our customer record of the tax id, if any.
   */
  async ledgerReceivablesToProject(): Promise<Array<LedgerReceivable & { events: LedgerEvent[]; customerId: string | null; customerName: string | null }>> {
    const rows: Array<{ id: string; application_id: string; customer_tax_id: string; currency: string; principal_cents: string; issued_on: string; due_date: string; daily_late_fee_rate: string; status: LedgerReceivable['status']; customer_id: string | null; customer_name: string | null }> =
      await this.db({ l: receivableLedgerTable })
        .leftJoin({ c: customerTable }, 'c.tax_id', 'l.customer_tax_id')
        .leftJoin({ r: receivableTable }, 'r.receivable_id', 'l.id')
        .whereNotNull('l.due_date')
        .andWhere((query) => query.whereNull('r.receivable_id').orWhere('r.open_amount', '>', 0))
        .select('l.id', 'l.application_id', 'l.customer_tax_id', 'l.currency', 'l.principal_cents', 'l.daily_late_fee_rate', 'l.status', { customer_id: 'c.id', customer_name: 'c.name' },
          this.db.raw("to_char(l.issued_on, 'YYYY-MM-DD') as issued_on"), this.db.raw("to_char(l.due_date, 'YYYY-MM-DD') as due_date"));
    if (rows.length === 0) return [];
    const events: Array<{ receivable_id: string; kind: LedgerEvent['kind']; booked_on: string; amount_cents: string; reference: string }> = await this.db(receivableLedgerEventTable)
      .whereIn('receivable_id', rows.map((row) => row.id))
      .select('receivable_id', 'kind', 'amount_cents', 'reference', this.db.raw("to_char(booked_on, 'YYYY-MM-DD') as booked_on"))
      .orderBy('id');
    const eventsOf = new Map<string, LedgerEvent[]>();
    for (const event of events) {
      eventsOf.set(event.receivable_id, [...(eventsOf.get(event.receivable_id) ?? []), { kind: event.kind, date: event.booked_on, amountCents: Number(event.amount_cents), reference: event.reference }]);
    }
    return rows.map((row) => ({
      id: row.id, applicationId: row.application_id, customerTaxId: row.customer_tax_id, currency: row.currency, principalCents: Number(row.principal_cents),
      issuedOn: row.issued_on, dueDate: row.due_date, dailyLateFeeRate: Number(row.daily_late_fee_rate), status: row.status,
      events: eventsOf.get(row.id) ?? [],
      customerId: row.customer_id, customerName: row.customer_name,
    }));
  }
}


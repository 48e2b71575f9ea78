import type { Knex } from 'knex';
import type { DashboardFilter, ReceivableTotals } from './dashboard.repository';
import { receivableTable } from './receivable.repository';

export interface TrendTotals extends ReceivableTotals {
  /** The day the book is measured on (its end). */
  day: string;
}

/**
 * What an invoice still owed on day `p.day`: nothing once settled (`paid_at`), all of it before its
 * settlement; an invoice not settled yet owes its open amount today (the table keeps no dates of part
 * payments, so a part-paid invoice counts with today's open amount on every earlier day).
 */
const openOnDay = 'case when r.paid_at is not null and r.paid_at <= p.day then 0 when r.paid_at is not null then r.amount else r.open_amount end';

/** The dashboard's totals as the book stood at the end of several days, in one pass over the period's invoices. */
export class DashboardTrendRepository {
  constructor(private readonly db: Knex) {}

  async totalsOn(filter: Omit<DashboardFilter, 'asOf'>, days: string[]): Promise<TrendTotals[]> {
    if (days.length === 0) return [];
    const conditions = ['r.issued_at >= ?', 'r.issued_at < ?', 'r.issued_at <= p.day'];
    const bindings: Knex.RawBinding[] = [filter.from, filter.to];
    for (const [column, value] of [['tier', filter.tier], ['colour', filter.colour]] as const) {
      if (value) {
        conditions.push(`r.${column} = ?`);
        bindings.push(value);
      }
    }
    const overdue = (low: number, high?: number) => `coalesce(sum(${openOnDay}) filter (where p.day - r.due_at >= ${low}${high === undefined ? '' : ` and p.day - r.due_at <= ${high}`}), 0)`;
    const { rows } = (await this.db.raw(
      `select to_char(p.day, 'YYYY-MM-DD') as day, count(r.receivable_id) as receivables, coalesce(sum(r.amount), 0) as amount,
         coalesce(sum(${openOnDay}), 0) as open_amount,
         coalesce(sum(${openOnDay}) filter (where r.due_at >= p.day), 0) as current,
         ${overdue(1, 30)} as d1, ${overdue(31, 60)} as d31, ${overdue(61, 90)} as d61, ${overdue(91)} as d91
       from unnest(?::date[]) as p(day)
       left join ${receivableTable} r on ${conditions.join(' and ')}
       group by p.day order by p.day`,
      [days, ...bindings],
    )) as { rows: Array<Record<string, string>> };
    const num = (value: string | undefined) => Number(value ?? 0);
    return rows.map((row) => ({
      day: row.day as string,
      receivables: num(row.receivables),
      amount: num(row.amount),
      openAmount: num(row.open_amount),
      aging: { current: num(row.current), days1to30: num(row.d1), days31to60: num(row.d31), days61to90: num(row.d61), over90: num(row.d91) },
    }));
  }
}

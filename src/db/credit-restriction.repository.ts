import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

export const creditRestrictionTable = 'credit_restriction';

export type RestrictionKind = 'LIMIT_AND_TERM' | 'TRADING_SUSPENDED' | 'RECEIVABLE_PRESERVATION' | 'NEW_BUSINESS';

export interface CreditRestriction {
  id: string;
  customerId: string;
  kind: RestrictionKind;
  businessDay: string;
  /** LIMIT_AND_TERM: the approved limit times this factor (absolute, never compounded day after day). */
  limitFactor: number | null;
  maxTermDays: number | null;
  turnoverDropRatio: number | null;
  openAmountCents: number | null;
}

interface CreditRestrictionRow {
  id: string;
  customer_id: string;
  kind: RestrictionKind;
  business_day: string;
  limit_factor: string | null;
  max_term_days: number | null;
  turnover_drop_ratio: string | null;
  open_amount_cents: string | null;
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));
const mapRow = (row: CreditRestrictionRow): CreditRestriction => ({
  id: row.id,
  customerId: row.customer_id,
  kind: row.kind,
  businessDay: row.business_day,
  limitFactor: numberOrNull(row.limit_factor),
  maxTermDays: row.max_term_days,
  turnoverDropRatio: numberOrNull(row.turnover_drop_ratio),
  openAmountCents: numberOrNull(row.open_amount_cents),
});

/** The monitoring's consequences for a customer, one row per customer, kind and business day. */
export class CreditRestrictionRepository {
  constructor(private readonly db: Knex) {}

  /** Records the restriction unless that day's is already there; returns the stored one either way. */
  async recordOnce(restriction: Omit<CreditRestriction, 'id'>): Promise<CreditRestriction> {
    await this.db(creditRestrictionTable)
      .insert({
        id: randomUUID(),
        customer_id: restriction.customerId,
        kind: restriction.kind,
        business_day: restriction.businessDay,
        limit_factor: restriction.limitFactor,
        max_term_days: restriction.maxTermDays,
        turnover_drop_ratio: restriction.turnoverDropRatio,
        open_amount_cents: restriction.openAmountCents,
      })
      .onConflict(['customer_id', 'kind', 'business_day'])
      .ignore();
    const row = await this.selectRows().where({ customer_id: restriction.customerId, kind: restriction.kind, business_day: restriction.businessDay }).first();
    return mapRow(row as CreditRestrictionRow);
  }

  async forCustomer(customerId: string): Promise<CreditRestriction[]> {
    return (await this.selectRows().where({ customer_id: customerId }).orderBy([{ column: `${creditRestrictionTable}.business_day` }, { column: 'kind' }])).map(mapRow);
  }

  private selectRows() {
    return this.db<CreditRestrictionRow>(creditRestrictionTable).select('*', this.db.raw("to_char(business_day, 'YYYY-MM-DD') as business_day"));
  }
}

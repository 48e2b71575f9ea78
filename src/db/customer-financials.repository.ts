import type { Knex } from 'knex';
import type { StatementFigures } from '../domain/scoring/ratios-from-statements';

export const customerFinancialsTable = 'customer_financials';

export interface CustomerFinancials {
  customerId: string;
  fiscalYear: number;
  /** Where the figures came from, e.g. `financial-statement` (read or entered) or `credit-bureau`. */
  source: string;
  figures: StatementFigures | null;
  /** The PD model's 64 ratios, null where unknown. */
  ratios: Array<number | null>;
}

interface CustomerFinancialsRow {
  customer_id: string;
  fiscal_year: number;
  source: string;
  figures: StatementFigures | null;
  ratios: Array<number | null>;
}

const mapRow = (row: CustomerFinancialsRow): CustomerFinancials => ({ customerId: row.customer_id, fiscalYear: row.fiscal_year, source: row.source, figures: row.figures, ratios: row.ratios });

/** A customer's financial figures per fiscal year and source; the re-scoring reads the latest. */
export class CustomerFinancialsRepository {
  constructor(private readonly db: Knex) {}

  /** Keeps the first record of a year and source. */
  async recordOnce(financials: CustomerFinancials): Promise<void> {
    await this.db(customerFinancialsTable)
      .insert({ customer_id: financials.customerId, fiscal_year: financials.fiscalYear, source: financials.source, figures: financials.figures ? JSON.stringify(financials.figures) : null, ratios: JSON.stringify(financials.ratios) })
      .onConflict(['customer_id', 'fiscal_year', 'source'])
      .ignore();
  }

  async latestFor(customerId: string): Promise<CustomerFinancials | undefined> {
    const row = await this.db<CustomerFinancialsRow>(customerFinancialsTable).where({ customer_id: customerId }).orderBy([{ column: 'fiscal_year', order: 'desc' }, { column: 'recorded_at', order: 'desc' }]).first();
    return row ? mapRow(row) : undefined;
  }
}

import type { CreditFileReader } from '../engine/history/credit-file.reader';
import type { DashboardRepository } from '../db/dashboard.repository';
import type { Receivable, ReceivableRepository } from '../db/receivable.repository';
import { dashboardAmounts, type CustomerRating } from '../domain/receivable/receivable-projection';

const tiers = ['core', 'priority', 'basic'] as const;
const colours = ['green', 'yellow', 'red'] as const;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ProjectionResult {
  /** Rows written (new invoices, and open ones read again). */
  projected: number;
  /** Invoices left out: no customer record or no credit decision to rate them by. */
  unrated: string[];
}

/**
 * Keeps the dashboard's `receivable` table (aging, DSO, provisions, concentration) in step with the
 * receivable ledger: each invoice with a due date becomes a row rated by its customer's latest
 * credit decision in the engine history (tier, colour, score); open rows are read again, settled
 * ones are final.
 */
export class DashboardReceivablesService {
  constructor(private readonly deps: { dashboard: DashboardRepository; receivables: ReceivableRepository; creditFile: CreditFileReader }) {}

  async refresh(asOf: string): Promise<ProjectionResult> {
    const candidates = await this.deps.dashboard.ledgerReceivablesToProject();
    const ratings = new Map<string, CustomerRating | undefined>();
    const rows: Receivable[] = [];
    const unrated: string[] = [];
    for (const candidate of candidates) {
      const customerId = candidate.customerId;
      if (customerId !== null && !ratings.has(customerId)) ratings.set(customerId, await this.latestRating(customerId));
      const rating = customerId === null ? undefined : ratings.get(customerId);
      const amounts = dashboardAmounts(candidate, asOf);
      if (!rating || !amounts) {
        unrated.push(candidate.id);
        continue;
      }
      rows.push({
        receivableId: candidate.id, customerKey: candidate.customerTaxId, customerName: candidate.customerName ?? candidate.customerTaxId,
        // the ledger names the case by its application id; older rows may carry another reference
        applicationId: uuid.test(candidate.applicationId) ? candidate.applicationId : null,
        ...rating, currency: candidate.currency, issuedAt: candidate.issuedOn, ...amounts,
      });
    }
    await this.deps.receivables.upsert(rows);
    return { projected: rows.length, unrated };
  }

  /** The newest case of the customer that recorded a score, a colour and a tier. */
  private async latestRating(customerId: string): Promise<CustomerRating | undefined> {
    const cases = await this.deps.creditFile.casesOf(customerId);
    for (const entry of [...cases].reverse()) {
      const { score, colour, customerTier } = entry.values;
      if (typeof score === 'number' && colours.includes(colour as CustomerRating['colour']) && tiers.includes(customerTier as CustomerRating['tier'])) {
        return { score: Math.round(score), colour: colour as CustomerRating['colour'], tier: customerTier as CustomerRating['tier'] };
      }
    }
    return undefined;
  }
}

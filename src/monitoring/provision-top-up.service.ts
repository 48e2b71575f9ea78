import type { CustomerRepository } from '../db/customer.repository';
import type { ProvisionRepository } from '../db/provision.repository';
import type { ReceivableLedgerRepository } from '../db/receivable-ledger.repository';
import { balanceOf } from '../domain/dunning/receivable-ledger';
import { provisionChange } from '../domain/provisions/provision-change';

/**
 * DOMAIN.md §3: the provision follows the score — the rate from the provision-rate decision times
 * what each open receivable owes; a shortfall is topped up (once per receivable and business day),
 * a surplus is left for an upgrade's release (never released here).
 */
export class ProvisionTopUpService {
  constructor(private readonly deps: { customers: CustomerRepository; ledger: ReceivableLedgerRepository; provisions: ProvisionRepository }) {}

  async topUp(input: { customerId: string; rate: number; businessDay: string }): Promise<{ requiredCents: number; topUpCents: number }> {
    const customer = await this.deps.customers.findById(input.customerId);
    if (!customer) throw new Error(`No customer ${input.customerId} to provision for.`);
    let requiredCents = 0;
    let topUpCents = 0;
    for (const receivable of await this.deps.ledger.openForCustomers([customer.taxId])) {
      const owed = balanceOf(this.deps.ledger.termsOf(receivable), await this.deps.ledger.events(receivable.id), input.businessDay).totalCents;
      const businessKey = `top-up:${receivable.id}:${input.businessDay}`;
      const booked = await this.deps.provisions.bookedAmount(businessKey);
      // the day's own booking is not part of what was held before it
      const heldBefore = (await this.deps.provisions.heldFor(receivable.id)) - (booked ?? 0);
      const change = provisionChange(owed, input.rate, heldBefore);
      requiredCents += change.targetCents;
      if (change.kind !== 'TOP_UP') continue;
      if (booked === undefined) {
        await this.deps.provisions.bookOnce({ receivableId: receivable.id, businessKey, kind: 'TOP_UP', amountCents: change.amountCents, rate: input.rate, reason: `daily monitoring: ${input.rate} of the open receivable` });
      }
      topUpCents += (await this.deps.provisions.bookedAmount(businessKey)) ?? 0;
    }
    return { requiredCents, topUpCents };
  }
}

import type { Knex } from 'knex';
import type { CreditFreezeRepository } from '../db/credit-freeze.repository';
import type { CustomerRepository } from '../db/customer.repository';
import type { MessageDeliveryService } from '../engine/messages/message-delivery.service';
import { relatedEnterprises } from '../domain/investigation/risk-radar';
import type { InvestigationSources } from '../investigation/investigation-sources';

export interface GroupFreezeResult {
  frozenTaxIds: string[];
  newlyFrozenTaxIds: string[];
  notifiedApplicationIds: string[];
}

/**
 * DOMAIN.md §4 red warning: freeze the credit of the customer and of its related enterprises
 * (parent, subsidiaries, shared shareholders) exactly once each, and tell every open case of a
 * frozen enterprise to hold further shipments (message `credit-frozen`, once per case). The group
 * is what the registry links to the customer plus the parent and subsidiaries in our own records.
 */
export class GroupFreezeService {
  constructor(private readonly deps: { freezes: CreditFreezeRepository; sources: InvestigationSources; messages: MessageDeliveryService; db: Knex; customers?: CustomerRepository }) {}

  /** `customerId` (our customer record) adds the parent and subsidiaries we know of; `receivableId` is what triggered it. */
  async freeze(input: { taxId: string; receivableId: string; reason: string; customerId?: string }): Promise<GroupFreezeResult> {
    const subject = await this.deps.sources.registry.lookup(input.taxId);
    const related = subject ? relatedEnterprises(subject, await this.deps.sources.registry.linkedTo(input.taxId)) : [];
    const group = [{ taxId: input.taxId, relation: 'customer' }, ...related.map((enterprise) => ({ taxId: enterprise.taxId, relation: enterprise.relation }))];
    for (const relative of input.customerId ? await this.relativesInOurRecords(input.customerId) : []) {
      if (!group.some((member) => member.taxId === relative.taxId)) group.push(relative);
    }
    const newlyFrozen = await this.deps.freezes.freezeOnce(group.map((member) => ({ ...member, reason: input.reason, triggeredByReceivable: input.receivableId })));
    // every frozen enterprise's open cases, not only the new ones: a retried job still reaches a case it missed
    const openCases: Array<{ id: string }> = await this.deps.db('credit_application').whereIn('tax_id', group.map((member) => member.taxId)).whereNotIn('status', ['CLOSED', 'REJECTED', 'WITHDRAWN']).select('id');
    for (const openCase of openCases) {
      // once per case: the message id makes a retried job's second publication a no-op
      await this.deps.messages.publish({
        messageId: `credit-frozen:${openCase.id}`,
        messageName: 'credit-frozen',
        correlateBy: { variable: 'applicationId', value: openCase.id },
        timeToLiveMs: 24 * 3600 * 1000,
        variables: { creditFrozenReason: input.reason, creditFrozenBy: input.receivableId },
      });
    }
    return { frozenTaxIds: group.map((member) => member.taxId), newlyFrozenTaxIds: newlyFrozen, notifiedApplicationIds: openCases.map((openCase) => openCase.id) };
  }

  private async relativesInOurRecords(customerId: string): Promise<Array<{ taxId: string; relation: string }>> {
    const customers = this.deps.customers;
    const customer = customers ? await customers.findById(customerId) : undefined;
    if (!customers || !customer) return [];
    const parent = customer.parentCustomerId ? await customers.findById(customer.parentCustomerId) : undefined;
    return [
      ...(parent ? [{ taxId: parent.taxId, relation: 'parent' }] : []),
      ...(await customers.childrenOf(customer.id)).map((child) => ({ taxId: child.taxId, relation: 'subsidiary' })),
    ];
  }
}

import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { freezeGroupCreditInputSchema, freezeGroupCreditOutputSchema, legalEscalationProcess } from '../../src/contracts/legal-escalation.contract';
import type { CustomerRepository } from '../../src/db/customer.repository';
import type { GroupFreezeService } from '../../src/legal/group-freeze.service';
import type { Logger } from '../../src/logger';

/** Serves the legal escalation and the daily monitoring: the monitoring's red warning has no receivable. */
export function startFreezeGroupCreditWorker(deps: { runtime: WorkerRuntime; customers: CustomerRepository; groupFreezes: GroupFreezeService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: legalEscalationProcess.jobTypes.freezeGroupCredit,
    inputSchema: freezeGroupCreditInputSchema,
    outputSchema: freezeGroupCreditOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input) => {
      const customer = await deps.customers.findById(input.customerId);
      if (!customer) throw new Error(`No customer ${input.customerId}: the group to freeze is found from the customer's record.`);
      const result = await deps.groupFreezes.freeze({ taxId: customer.taxId, customerId: customer.id, receivableId: input.receivableId ?? 'portfolio-monitoring', reason: input.freezeReason });
      return { freezeId: `credit-freeze:${customer.taxId}`, frozenTaxIds: result.frozenTaxIds };
    },
  });
}

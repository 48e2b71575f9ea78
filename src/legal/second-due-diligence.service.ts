import type { CustomerRepository } from '../db/customer.repository';
import type { SecondDueDiligence, SecondDueDiligenceRepository } from '../db/second-due-diligence.repository';
import type { InvestigationService } from '../investigation/investigation.service';

/**
 * DOMAIN.md §4: a payment more than 30 days overdue triggers a second due diligence — the 5+3
 * checklist and risk radar again, on today's sources. One diligence stays open per customer
 * (the legal escalation and the daily monitoring share it); its report is stored once.
 */
export class SecondDueDiligenceService {
  constructor(private readonly deps: { customers: CustomerRepository; diligences: SecondDueDiligenceRepository; investigations: InvestigationService }) {}

  async run(input: { customerId: string; trigger: string; asOf: Date }): Promise<SecondDueDiligence> {
    const customer = await this.deps.customers.findById(input.customerId);
    if (!customer) throw new Error(`No customer ${input.customerId}: a second due diligence needs the customer's record.`);
    const diligence = await this.deps.diligences.openOnce(customer.id, input.trigger);
    if (diligence.investigationReportId) return diligence;
    // the report is keyed by the diligence's id, so a retried job finds the one it stored before
    const stored = await this.deps.investigations.investigate({ applicationId: diligence.id, taxId: customer.taxId, companyName: customer.name, asOf: input.asOf });
    await this.deps.diligences.attachReport(diligence.id, stored.id);
    return { ...diligence, investigationReportId: stored.id };
  }
}

import { randomUUID } from 'node:crypto';
import type { PreliminaryReportRepository, StoredPreliminaryReport } from '../db/preliminary-report.repository';
import { buildPreliminaryReport } from '../domain/investigation/preliminary-report';
import type { InvestigationSources } from './investigation-sources';

/** Asks the business registry and the credit bureau about a prospect and keeps the report of each round. */
export class PreliminaryInvestigationService {
  constructor(private readonly sources: InvestigationSources, private readonly reports: PreliminaryReportRepository) {}

  async collect(input: { applicationId: string; taxId: string; customerName: string; mismatchNote?: string | null; asOf: Date }): Promise<StoredPreliminaryReport> {
    const [registry, bureau] = await Promise.all([this.sources.registry.lookup(input.taxId), this.sources.bureau.reportOn(input.taxId)]);
    const report = buildPreliminaryReport({ ...input, registry, bureau, sources: this.sources.description, collectedAt: input.asOf });
    return this.reports.storeOnce(randomUUID(), input.applicationId, input.taxId, input.mismatchNote ?? null, report);
  }
}

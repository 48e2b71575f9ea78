import { randomUUID } from 'node:crypto';
import type { InvestigationReportRepository, StoredReport } from '../db/investigation-report.repository';
import { buildHealthCheckReport } from '../domain/investigation/health-check-report';
import type { InvestigationSources } from './investigation-sources';
import { renderReportPdf } from './report-pdf';

/** Asks every source about the company, evaluates the 5+3 checklist and the radar, keeps the report. */
export class InvestigationService {
  constructor(private readonly sources: InvestigationSources, private readonly reports: InvestigationReportRepository) {}

  async investigate(input: { applicationId: string; taxId: string; companyName: string; asOf: Date }): Promise<StoredReport> {
    const [registry, litigation, news, bureau, linked] = await Promise.all([
      this.sources.registry.lookup(input.taxId),
      this.sources.litigation.casesOf(input.taxId),
      this.sources.news.newsAbout(input.taxId),
      this.sources.bureau.reportOn(input.taxId),
      this.sources.registry.linkedTo(input.taxId),
    ]);
    const report = buildHealthCheckReport({
      taxId: input.taxId,
      companyName: input.companyName,
      evidence: { registry, litigation, news, bureau },
      linked,
      asOf: input.asOf,
      sources: this.sources.description,
    });
    return this.reports.storeOnce(randomUUID(), input.applicationId, report, await renderReportPdf(report));
  }
}

import type { Knex } from 'knex';
import type { HealthCheckReport } from '../domain/investigation/health-check-report';

export const investigationReportTable = 'investigation_report';

export interface StoredReport {
  id: string;
  applicationId: string;
  report: HealthCheckReport;
}

export class InvestigationReportRepository {
  constructor(private readonly db: Knex) {}

  /** Keeps the first report of an application; a redelivered job gets that one back. */
  async storeOnce(id: string, applicationId: string, report: HealthCheckReport, pdf: Buffer): Promise<StoredReport> {
    await this.db(investigationReportTable)
      .insert({ id, application_id: applicationId, tax_id: report.taxId, report: JSON.stringify(report), pdf, policy_version: report.policyVersion })
      .onConflict('application_id')
      .ignore();
    const row = await this.db(investigationReportTable).select('id', 'application_id', 'report').where({ application_id: applicationId }).first();
    return { id: row.id, applicationId: row.application_id, report: row.report };
  }

  async reportOf(applicationId: string): Promise<HealthCheckReport | undefined> {
    return (await this.db(investigationReportTable).select('report').where({ application_id: applicationId }).first())?.report;
  }

  /** The latest report on a company (first investigation or a later due diligence). */
  async latestFor(taxId: string): Promise<StoredReport | undefined> {
    const row = await this.db(investigationReportTable).select('id', 'application_id', 'report').where({ tax_id: taxId }).orderBy('created_at', 'desc').first();
    return row ? { id: row.id, applicationId: row.application_id, report: row.report } : undefined;
  }

  async pdfOf(applicationId: string): Promise<Buffer | undefined> {
    return (await this.db(investigationReportTable).select('pdf').where({ application_id: applicationId }).first())?.pdf;
  }

  async countFor(applicationId: string): Promise<number> {
    const [row] = await this.db(investigationReportTable).where({ application_id: applicationId }).count<{ count: string }[]>('* as count');
    return Number(row?.count ?? 0);
  }
}

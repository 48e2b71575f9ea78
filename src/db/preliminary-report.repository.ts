import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { PreliminaryReport } from '../domain/investigation/preliminary-report';

export const preliminaryReportTable = 'preliminary_report';

export interface StoredPreliminaryReport {
  id: string;
  applicationId: string;
  mismatchNote: string | null;
  report: PreliminaryReport;
}

/** A round is the first collection or one asked for by a mismatch note: sha256 of the note, '' for the first. */
const roundKey = (mismatchNote: string | null) => (mismatchNote ? createHash('sha256').update(mismatchNote).digest('hex') : '');

const mapRow = (row: { id: string; application_id: string; mismatch_note: string | null; report: PreliminaryReport }): StoredPreliminaryReport => ({
  id: row.id,
  applicationId: row.application_id,
  mismatchNote: row.mismatch_note,
  report: row.report,
});

export class PreliminaryReportRepository {
  constructor(private readonly db: Knex) {}

  /** Keeps the first report of an application's round; a redelivered job gets that one back. */
  async storeOnce(id: string, applicationId: string, taxId: string, mismatchNote: string | null, report: PreliminaryReport): Promise<StoredPreliminaryReport> {
    const round = roundKey(mismatchNote);
    await this.db(preliminaryReportTable)
      .insert({ id, application_id: applicationId, round_key: round, mismatch_note: mismatchNote, tax_id: taxId, report: JSON.stringify(report) })
      .onConflict(['application_id', 'round_key'])
      .ignore();
    return mapRow(await this.db(preliminaryReportTable).where({ application_id: applicationId, round_key: round }).first());
  }

  /** The application's reports, oldest first. */
  async forApplication(applicationId: string): Promise<StoredPreliminaryReport[]> {
    const rows = await this.db(preliminaryReportTable).where({ application_id: applicationId }).orderBy([{ column: 'created_at' }, { column: 'id' }]);
    return rows.map(mapRow);
  }
}

import type { Knex } from 'knex';

export const reviewEscalationTable = 'review_escalation';

export interface ReviewEscalation {
  applicationId: string;
  reviewLevel: string;
  dueAt: string;
  processInstanceKey: string;
  recordedAt: string;
}

interface ReviewEscalationRow {
  application_id: string;
  review_level: string;
  due_at: string;
  process_instance_key: string;
  recorded_at: Date;
}

const mapRow = (row: ReviewEscalationRow): ReviewEscalation => ({
  applicationId: row.application_id,
  reviewLevel: row.review_level,
  dueAt: row.due_at,
  processInstanceKey: row.process_instance_key,
  recordedAt: row.recorded_at.toISOString(),
});

export class ReviewEscalationRepository {
  constructor(private readonly db: Knex) {}

  /** Records the breach once per application and level; a redelivered job changes nothing. */
  async record(escalation: Omit<ReviewEscalation, 'recordedAt'>): Promise<void> {
    await this.db(reviewEscalationTable)
      .insert({
        application_id: escalation.applicationId,
        review_level: escalation.reviewLevel,
        due_at: escalation.dueAt,
        process_instance_key: escalation.processInstanceKey,
      })
      .onConflict(['application_id', 'review_level'])
      .ignore();
  }

  async forApplication(applicationId: string): Promise<ReviewEscalation[]> {
    const rows = await this.db<ReviewEscalationRow>(reviewEscalationTable).where({ application_id: applicationId }).orderBy('recorded_at');
    return rows.map(mapRow);
  }
}

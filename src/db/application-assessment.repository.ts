import type { Knex } from 'knex';
import type { Assessment } from '../domain/application-assessment';

export const applicationAssessmentTable = 'application_assessment';
export const reviewSlaBreachTable = 'review_sla_breach';

/** Assessments and SLA breaches are written once per application: a redelivered job changes nothing. */
export class ApplicationAssessmentRepository {
  constructor(private readonly db: Knex) {}

  async recordAssessment(applicationId: string, assessment: Assessment, reviewDueAt: Date): Promise<{ reviewDueAt: Date; assessment: Assessment }> {
    await this.db(applicationAssessmentTable)
      .insert({
        application_id: applicationId,
        review_tier: assessment.reviewTier,
        review_sla_working_days: assessment.reviewSlaWorkingDays,
        prepayment_required: assessment.prepaymentRequired,
        reasons: JSON.stringify(assessment.reasons),
        policy_version: assessment.policyVersion,
        review_due_at: reviewDueAt,
      })
      .onConflict('application_id')
      .ignore();
    const row = await this.db(applicationAssessmentTable).where({ application_id: applicationId }).first();
    return {
      reviewDueAt: row.review_due_at as Date,
      assessment: {
        reviewTier: row.review_tier,
        reviewSlaWorkingDays: row.review_sla_working_days,
        prepaymentRequired: row.prepayment_required,
        reasons: row.reasons,
        policyVersion: row.policy_version,
      },
    };
  }

  async recordSlaBreach(applicationId: string, reviewDueAt: Date): Promise<void> {
    await this.db(reviewSlaBreachTable).insert({ application_id: applicationId, review_due_at: reviewDueAt }).onConflict('application_id').ignore();
  }

  async slaBreachOf(applicationId: string): Promise<{ reviewDueAt: Date } | undefined> {
    const row = await this.db(reviewSlaBreachTable).where({ application_id: applicationId }).first();
    return row ? { reviewDueAt: row.review_due_at } : undefined;
  }
}

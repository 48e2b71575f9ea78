import { randomUUID } from 'node:crypto';
import type { CustomerScoreRepository, StoredCustomerScore } from '../db/customer-score.repository';
import type { InvestigationReportRepository } from '../db/investigation-report.repository';
import { applicationScoringInput, type ApplicationFacts } from '../domain/scoring/application-scoring-input';
import { loadStatementModels, StatementModelSet } from './statement-models.loader';

/**
 * Scores an application's customer with the model trained on the ratios its statements give (full
 * statements or the headline figures) and that model's policy, and keeps the first result.
 */
export class ApplicationScoringService {
  constructor(
    private readonly scores: CustomerScoreRepository,
    /** The application's investigation report names the red flags the job only counts. */
    private readonly investigations: Pick<InvestigationReportRepository, 'reportOf'>,
    private readonly models: StatementModelSet = loadStatementModels(),
  ) {}

  async score(input: ApplicationFacts & { applicationId: string; customerId: string; asOf: Date }): Promise<StoredCustomerScore> {
    const existing = await this.scores.forApplication(input.applicationId);
    if (existing) return existing;
    const inputs = applicationScoringInput(input, await this.investigations.reportOf(input.applicationId));
    const result = StatementModelSet.score(this.models.forFigures(input.documentData), inputs);
    return this.scores.recordOnce({ id: randomUUID(), applicationId: input.applicationId, customerId: input.customerId, scoredAt: input.asOf, inputs, result });
  }
}

import { randomUUID } from 'node:crypto';
import type { CustomerScoreRepository, StoredCustomerScore } from '../db/customer-score.repository';
import type { InvestigationReportRepository } from '../db/investigation-report.repository';
import { applicationScoringInput, type ApplicationFacts } from '../domain/scoring/application-scoring-input';
import { assessCustomer } from '../domain/scoring/customer-assessment';
import { loadPdModel, pdModelArtifactFor, type PdModel } from '../domain/scoring/pd-model';
import { statementModelVersion } from '../domain/scoring/pd-model.training';
import { statementScoringPolicy } from '../domain/scoring/scoring-policy';

/** Scores an application's customer with the statement model and its policy, and keeps the first result. */
export class ApplicationScoringService {
  constructor(
    private readonly scores: CustomerScoreRepository,
    /** The application's investigation report names the red flags the job only counts. */
    private readonly investigations: Pick<InvestigationReportRepository, 'reportOf'>,
    private readonly model: PdModel = loadPdModel(pdModelArtifactFor(statementModelVersion)),
  ) {}

  async score(input: ApplicationFacts & { applicationId: string; customerId: string; asOf: Date }): Promise<StoredCustomerScore> {
    const existing = await this.scores.forApplication(input.applicationId);
    if (existing) return existing;
    const inputs = applicationScoringInput(input, await this.investigations.reportOf(input.applicationId));
    return this.scores.recordOnce({ id: randomUUID(), applicationId: input.applicationId, customerId: input.customerId, scoredAt: input.asOf, inputs, result: assessCustomer(this.model, inputs, statementScoringPolicy) });
  }
}

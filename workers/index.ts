import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Knex } from 'knex';
import { creditApplicationProcess } from '../src/contracts/credit-application.contract';
import { creditLifecycleProcess } from '../src/contracts/credit-lifecycle.contract';
import { dunningProcess } from '../src/contracts/dunning.contract';
import { legalEscalationProcess } from '../src/contracts/legal-escalation.contract';
import { portfolioMonitoringProcess } from '../src/contracts/portfolio-monitoring.contract';
import { reviewSlaJobTypes } from '../src/contracts/review-sla.contract';
import { ApplicationAssessmentRepository } from '../src/db/application-assessment.repository';
import { AuditEventRepository } from '../src/db/audit-event.repository';
import { CustomerScoreRepository } from '../src/db/customer-score.repository';
import { DocumentRepository } from '../src/db/document.repository';
import { InvestigationReportRepository } from '../src/db/investigation-report.repository';
import { PreliminaryReportRepository } from '../src/db/preliminary-report.repository';
import { ReviewEscalationRepository } from '../src/db/review-escalation.repository';
import { StatementExtractionRepository } from '../src/db/statement-extraction.repository';
import { InvestigationService } from '../src/investigation/investigation.service';
import { PreliminaryInvestigationService } from '../src/investigation/preliminary-investigation.service';
import { sourcesFromEnvironment } from '../src/investigation/sources-from-environment';
import type { Logger } from '../src/logger';
import { ApplicationScoringService } from '../src/scoring/application-scoring.service';
import { runCreditInvestigationJobType, startRunCreditInvestigationWorker } from './investigation/run-credit-investigation.worker';
import { startRunPreliminaryInvestigationWorker } from './investigation/run-preliminary-investigation.worker';
import { startExtractDocumentsWorker } from './ocr/extract-documents.worker';
import { startComputeDueDateWorker } from './receivable/compute-due-date.worker';
import { startComputeSlaDeadlineWorker } from './review/compute-sla-deadline.worker';
import { startNotifySlaBreachWorker } from './review/notify-sla-breach.worker';
import { startRecordSlaBreachWorker } from './review/record-sla-breach.worker';
import { startScoreApplicationWorker } from './scoring/score-application.worker';
import { startScoreCustomerWorker } from './scoring/score-customer.worker';

interface WorkerDependencies {
  zeebe: ZeebeGrpcClient;
  assessments: ApplicationAssessmentRepository;
  escalations: ReviewEscalationRepository;
  investigations: InvestigationService;
  preliminaryInvestigations: PreliminaryInvestigationService;
  documents: DocumentRepository;
  statementExtractions: StatementExtractionRepository;
  applicationScoring: ApplicationScoringService;
  audit: AuditEventRepository;
  logger: Logger;
}

/** Every job type the models use, with the worker that serves it (the contract test reads this). */
export const jobWorkers: Record<string, (deps: WorkerDependencies) => { close(): Promise<unknown> }> = {
  [creditApplicationProcess.jobTypes.scoreApplication]: startScoreApplicationWorker,
  [creditApplicationProcess.jobTypes.recordSlaBreach]: startRecordSlaBreachWorker,
  [reviewSlaJobTypes.computeSlaDeadline]: startComputeSlaDeadlineWorker,
  [reviewSlaJobTypes.notifySlaBreach]: startNotifySlaBreachWorker,
  [runCreditInvestigationJobType]: startRunCreditInvestigationWorker,
  [creditLifecycleProcess.jobTypes.computeDueDate]: startComputeDueDateWorker,
  [creditLifecycleProcess.jobTypes.runPreliminaryInvestigation]: startRunPreliminaryInvestigationWorker,
  [creditLifecycleProcess.jobTypes.extractDocuments]: startExtractDocumentsWorker,
  [creditLifecycleProcess.jobTypes.scoreCustomer]: startScoreCustomerWorker,
};

const lifecycle = creditLifecycleProcess.jobTypes;

/**
 * Job types the models already use whose real worker belongs to the workers issue. Process tests
 * serve them with test workers; `npm start` names them so nobody mistakes them for done.
 */
export const jobTypesAwaitingWorkers: readonly string[] = [
  ...new Set<string>([
    ...Object.values(dunningProcess.jobTypes),
    ...Object.values(legalEscalationProcess.jobTypes),
    ...Object.values(portfolioMonitoringProcess.jobTypes),
    lifecycle.confirmShippingDocuments,
    lifecycle.sendReceiptReminder,
    lifecycle.sendPreDueReminder,
    lifecycle.applyPayment,
    lifecycle.archiveTransaction,
    lifecycle.rescoreCustomer,
    lifecycle.holdShipments,
  ]),
];

export interface RunningWorkers {
  /** Stops polling and waits for jobs in hand to finish. */
  close(): Promise<void>;
}

/** What every worker may need, built once from the composition root's knex, client and logger. */
export function workerDependencies(deps: { zeebe: ZeebeGrpcClient; db: Knex; logger: Logger }): WorkerDependencies {
  return {
    zeebe: deps.zeebe,
    assessments: new ApplicationAssessmentRepository(deps.db),
    escalations: new ReviewEscalationRepository(deps.db),
    investigations: new InvestigationService(sourcesFromEnvironment(), new InvestigationReportRepository(deps.db)),
    preliminaryInvestigations: new PreliminaryInvestigationService(sourcesFromEnvironment(), new PreliminaryReportRepository(deps.db)),
    documents: new DocumentRepository(deps.db),
    statementExtractions: new StatementExtractionRepository(deps.db),
    applicationScoring: new ApplicationScoringService(new CustomerScoreRepository(deps.db), new InvestigationReportRepository(deps.db)),
    audit: new AuditEventRepository(deps.db),
    logger: deps.logger.child({ component: 'workers' }),
  };
}

export function startWorkers(deps: { zeebe: ZeebeGrpcClient; db: Knex; logger: Logger }): RunningWorkers {
  const workerDeps = workerDependencies(deps);
  const workers = Object.values(jobWorkers).map((start) => start(workerDeps));
  if (jobTypesAwaitingWorkers.length > 0) {
    workerDeps.logger.warn({ jobTypes: jobTypesAwaitingWorkers }, 'job types without a real worker yet: their jobs wait');
  }
  return {
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Knex } from 'knex';
import { creditApplicationProcess } from '../src/contracts/credit-application.contract';
import { creditLifecycleProcess } from '../src/contracts/credit-lifecycle.contract';
import { ApplicationAssessmentRepository } from '../src/db/application-assessment.repository';
import type { Logger } from '../src/logger';
import { startComputeDueDateWorker } from './receivable/compute-due-date.worker';
import { startRecordSlaBreachWorker } from './review/record-sla-breach.worker';
import { startScoreApplicationWorker } from './scoring/score-application.worker';

interface WorkerDependencies {
  zeebe: ZeebeGrpcClient;
  assessments: ApplicationAssessmentRepository;
  logger: Logger;
}

/** Every job type the models use, with the worker that serves it (the contract test reads this). */
export const jobWorkers: Record<string, (deps: WorkerDependencies) => { close(): Promise<unknown> }> = {
  [creditApplicationProcess.jobTypes.scoreApplication]: startScoreApplicationWorker,
  [creditApplicationProcess.jobTypes.recordSlaBreach]: startRecordSlaBreachWorker,
  [creditLifecycleProcess.jobTypes.computeDueDate]: startComputeDueDateWorker,
};

const lifecycle = creditLifecycleProcess.jobTypes;

/**
 * Job types the models already use whose real worker belongs to the workers issue. Process tests
 * serve them with test workers; `npm start` names them so nobody mistakes them for done.
 */
export const jobTypesAwaitingWorkers: readonly string[] = [
  lifecycle.runPreliminaryInvestigation,
  lifecycle.runCreditInvestigation,
  lifecycle.extractDocuments,
  lifecycle.scoreCustomer,
  lifecycle.confirmShippingDocuments,
  lifecycle.sendReceiptReminder,
  lifecycle.sendPreDueReminder,
  lifecycle.applyPayment,
  lifecycle.archiveTransaction,
  lifecycle.rescoreCustomer,
  lifecycle.holdShipments,
  // Served on main by the review processes' workers (workers/review/); drop these two when merging.
  lifecycle.computeSlaDeadline,
  lifecycle.notifySlaBreach,
];

export interface RunningWorkers {
  /** Stops polling and waits for jobs in hand to finish. */
  close(): Promise<void>;
}

export function startWorkers(deps: { zeebe: ZeebeGrpcClient; db: Knex; logger: Logger }): RunningWorkers {
  const workerDeps = { zeebe: deps.zeebe, assessments: new ApplicationAssessmentRepository(deps.db), logger: deps.logger.child({ component: 'workers' }) };
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

import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Knex } from 'knex';
import { creditApplicationProcess } from '../src/contracts/credit-application.contract';
import { ApplicationAssessmentRepository } from '../src/db/application-assessment.repository';
import type { Logger } from '../src/logger';
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
};

export interface RunningWorkers {
  /** Stops polling and waits for jobs in hand to finish. */
  close(): Promise<void>;
}

export function startWorkers(deps: { zeebe: ZeebeGrpcClient; db: Knex; logger: Logger }): RunningWorkers {
  const workerDeps = { zeebe: deps.zeebe, assessments: new ApplicationAssessmentRepository(deps.db), logger: deps.logger.child({ component: 'workers' }) };
  const workers = Object.values(jobWorkers).map((start) => start(workerDeps));
  return {
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

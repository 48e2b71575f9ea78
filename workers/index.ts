import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Knex } from 'knex';
import { ApplicationAssessmentRepository } from '../src/db/application-assessment.repository';
import type { Logger } from '../src/logger';
import { startRecordSlaBreachWorker } from './review/record-sla-breach.worker';
import { startScoreApplicationWorker } from './scoring/score-application.worker';

export interface RunningWorkers {
  /** Stops polling and waits for jobs in hand to finish. */
  close(): Promise<void>;
}

export function startWorkers(deps: { zeebe: ZeebeGrpcClient; db: Knex; logger: Logger }): RunningWorkers {
  const assessments = new ApplicationAssessmentRepository(deps.db);
  const logger = deps.logger.child({ component: 'workers' });
  const workers = [
    startScoreApplicationWorker({ zeebe: deps.zeebe, assessments, logger }),
    startRecordSlaBreachWorker({ zeebe: deps.zeebe, assessments, logger }),
  ];
  return {
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

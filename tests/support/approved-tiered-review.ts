import { tieredReviewProcess } from '../../src/contracts/tiered-review.contract';
import type { System } from '../../src/main';
import { creditDecisionInput } from '../fixtures/credit-decisions/credit-decision-input';
import { ProcessDriver } from './process-driver';
import { waitFor } from './wait-for';

/** A tiered-review instance (the version this run deployed) driven to its end: the analyst claims and approves within authority. */
export async function approvedTieredReview(system: Pick<System, 'engine' | 'history' | 'deployed'>): Promise<ProcessDriver> {
  const input = creditDecisionInput({ proposedLimit: 400_000 });
  const driver = await ProcessDriver.start(system, tieredReviewProcess.processId, input, input.applicationId);
  const [task] = await driver.userTasks(tieredReviewProcess.elements.analystReview);
  await system.engine.claimTask(task!.taskId, 'analyst.wang');
  await driver.complete(task!, { decision: 'APPROVE', limit: 380_000, termDays: 45, comment: 'Financials and references are sound.' });
  await waitFor('instance end', async () => (await system.history.instance(driver.processInstanceId))?.state === 'COMPLETED');
  return driver;
}

import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Knex } from 'knex';
import { InstanceDetailsRepository } from '../../src/camunda/history/instance-details.repository';

/**
 * Cancels every root process instance an earlier suite left running on the shared test engine.
 * Every suite starts all real workers, so without this the next suite's workers would finish an
 * earlier suite's jobs (a daily monitoring run freezing a group, say) in the middle of its own test.
 */
export async function cancelLeftoverInstances(historyDb: Knex, zeebe: ZeebeGrpcClient): Promise<number> {
  const leftovers = await new InstanceDetailsRepository(historyDb).unfinishedRootInstances();
  // an instance that ended since the query answers NOT_FOUND: nothing left to cancel
  await Promise.all(leftovers.map((key) => zeebe.cancelProcessInstance(key).catch(() => undefined)));
  return leftovers.length;
}

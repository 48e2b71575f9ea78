import { EngineRestError, type EngineClient } from '../../src/engine/engine-client';
import type { EngineHistoryReader } from '../../src/engine/history/engine-history.reader';

/**
 * Cancels every root process instance an earlier suite left running on the shared test engine.
 * Every suite starts all real workers, so without this the next suite's workers would finish an
 * earlier suite's tasks (a daily monitoring run freezing a group, say) in the middle of its own test.
 */
export async function cancelLeftoverInstances(history: EngineHistoryReader, engine: EngineClient): Promise<number> {
  const unfinished = await history.unfinishedRootInstances();
  await Promise.all(unfinished.map((id) => engine.deleteProcessInstance(id, 'left over by an earlier test suite').catch((error: unknown) => {
    // an instance that ended since the query: nothing left to cancel
    if (!(error instanceof EngineRestError && error.status === 404)) throw error;
  })));
  return unfinished.length;
}

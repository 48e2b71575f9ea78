import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createEngineClient } from '../../src/engine/engine-connection';
import type { EngineClient } from '../../src/engine/engine-client';
import { deployFixtures } from '../support/fixture-deployment';
import { waitFor } from '../support/wait-for';

const fixture = path.join(__dirname, '..', 'fixtures', 'history', 'history-retention.bpmn');
const dayMs = 24 * 60 * 60 * 1000;

interface HistoricInstance { id: string; endTime: string; removalTime: string | null }

/**
 * The ten-year history TTL, tested by moving a definition's TTL rather than by waiting ten years:
 * an ended case keeps its removal time (end + TTL); a definition's TTL moved to zero days and the
 * removal time of two cases recalculated from it, the engine's history cleanup removes those two
 * cases' history and keeps a third whose removal time still says ten years.
 */
describe('history cleanup after the TTL, on the real engine', () => {
  let engine: EngineClient;
  let definitionId: string;
  beforeAll(async () => {
    engine = createEngineClient(loadConfig().engine);
    const [deployed] = await deployFixtures(engine, [fixture]);
    definitionId = deployed?.definitionId as string;
  });

  const historicInstance = async (id: string) => (await engine.get<HistoricInstance[]>('/history/process-instance', { processInstanceId: id }))[0];

  it('when a case ends, then its history is kept ten years; when its definition\'s TTL is moved to zero, then the cleanup removes it and nothing else', async () => {
    // given three ended cases (the project keeps ten years on each definition)
    const [removed, alsoRemoved] = await Promise.all([0, 1].map(async () => (await engine.startProcess({ id: definitionId }, { businessKey: 'retention' })).id));
    const kept = (await engine.startProcess({ id: definitionId }, { businessKey: 'retention-kept' })).id;
    const ended = await historicInstance(removed as string);
    expect(ended?.endTime).toBeTruthy();
    // then each keeps its history ten years after its end
    expect(new Date(ended?.removalTime as string).getTime() - new Date(ended?.endTime as string).getTime()).toBe(3650 * dayMs);
    expect((await engine.get<{ historyTimeToLive: number }>(`/process-definition/${definitionId}`)).historyTimeToLive).toBe(3650);

    // when the definition's TTL is moved to zero days and the two cases' removal time recalculated from it
    await engine.request('PUT', `/process-definition/${definitionId}/history-time-to-live`, { body: { historyTimeToLive: 0 } });
    const batch = await engine.post<{ id: string }>('/history/process-instance/set-removal-time', { calculatedRemovalTime: true, historicProcessInstanceIds: [removed, alsoRemoved] });
    await runBatch(engine, batch.id);
    expect((await historicInstance(removed as string))?.removalTime).toBe(ended?.endTime);

    // and the history cleanup runs (now, rather than in its nightly window)
    const cleanup = await engine.post<{ id: string }>('/history/cleanup', undefined, { query: { immediatelyDue: true } });
    // the job executor may take the immediately due job at the same moment: its run does the same work, and the wait below sees it
    await engine.executeJob(cleanup.id).catch((error: unknown) => {
      if (!(error instanceof Error && /updated by another transaction concurrently/.test(error.message))) throw error;
    });

    // then the two cases' history is gone, their activities with it, and the third case's is kept
    await waitFor('the cleanup to remove the cases', async () => (await historicInstance(removed as string)) === undefined && (await historicInstance(alsoRemoved as string)) === undefined, 60_000);
    expect(await engine.get<unknown[]>('/history/activity-instance', { processInstanceId: removed as string })).toEqual([]);
    expect(await historicInstance(kept)).toMatchObject({ id: kept });
  });
});

/** Executes a batch's seed and work jobs through the engine (the job executor would, but not at once). */
async function runBatch(engine: EngineClient, batchId: string): Promise<void> {
  await waitFor(`batch ${batchId} done`, async () => {
    const batches = await engine.get<Array<{ seedJobDefinitionId: string; batchJobDefinitionId: string }>>('/batch', { batchId });
    if (batches.length === 0) return true;
    const [batch] = batches;
    for (const definition of [batch?.seedJobDefinitionId, batch?.batchJobDefinitionId]) {
      for (const job of await engine.jobs({ jobDefinitionId: definition as string })) await engine.executeJob(job.id).catch(() => undefined);
    }
    return false;
  }, 60_000);
}

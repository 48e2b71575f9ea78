import request from 'supertest';
import { composeSystem, type ComposeOptions, type System } from '../../src/main';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createEngineClient } from '../../src/engine/engine-connection';
import { EngineHistoryReader } from '../../src/engine/history/engine-history.reader';
import { cancelLeftoverInstances } from './quiet-engine';
import { waitFor } from './wait-for';

export type TestSystem = System & { api: () => ReturnType<typeof request> };

/** The whole service (API, workers, deployment) wired against the test engine and credit_test. */
export async function startTestSystem(options: ComposeOptions = {}): Promise<TestSystem> {
  const config = loadConfig();
  await quietEngine(config);
  const system = await composeSystem(config, createLogger(config.logLevel), { messageRetryMs: 500, applicationStatusSyncMs: 500, ...options });
  return { ...system, api: () => request(system.app) };
}

/** Before this suite's workers start: nothing an earlier suite left running. */
export async function quietEngine(config: ReturnType<typeof loadConfig>): Promise<void> {
  const engine = createEngineClient(config.engine);
  await cancelLeftoverInstances(new EngineHistoryReader(engine), engine);
}

export async function waitForUserTask(history: EngineHistoryReader, processInstanceId: string, elementId: string) {
  return waitFor(`user task ${elementId} of instance ${processInstanceId}`, async () =>
    (await history.openUserTasks(processInstanceId)).find((task) => task.elementId === elementId),
  );
}

export async function waitForCompletedElement(history: EngineHistoryReader, processInstanceId: string, elementId: string) {
  return waitFor(`element ${elementId} of instance ${processInstanceId} to complete`, async () =>
    (await history.completedElementIds(processInstanceId)).includes(elementId),
  );
}

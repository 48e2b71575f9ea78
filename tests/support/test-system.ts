import request from 'supertest';
import { composeSystem, type System } from '../../src/main';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createCamunda } from '../../src/camunda/camunda-client';
import { EngineHistoryRepository } from '../../src/camunda/history/engine-history.repository';
import { createKnex } from '../../src/db/knex';
import { cancelLeftoverInstances } from './quiet-engine';
import { waitFor } from './wait-for';

/** The whole service (API, workers, deployment) wired against the test engine and credit_test. */
export async function startTestSystem(): Promise<System & { history: EngineHistoryRepository; api: () => ReturnType<typeof request> }> {
  const config = loadConfig();
  await quietEngine(config);
  const system = await composeSystem(config, createLogger(config.logLevel));
  const history = new EngineHistoryRepository(system.historyDb);
  return { ...system, history, api: () => request(system.app) };
}

/** Before this suite's workers start: nothing an earlier suite left running. */
export async function quietEngine(config: ReturnType<typeof loadConfig>): Promise<void> {
  const camunda = createCamunda(config.camunda);
  const historyDb = createKnex(config.historyDatabaseUrl);
  try {
    await cancelLeftoverInstances(historyDb, camunda.getZeebeGrpcApiClient());
  } finally {
    await camunda.getZeebeGrpcApiClient().close();
    await historyDb.destroy();
  }
}

export async function waitForUserTask(history: EngineHistoryRepository, processInstanceKey: string, elementId: string) {
  return waitFor(`user task ${elementId} of instance ${processInstanceKey}`, async () =>
    (await history.openUserTasks(processInstanceKey)).find((task) => task.elementId === elementId),
  );
}

export async function waitForCompletedElement(history: EngineHistoryRepository, processInstanceKey: string, elementId: string) {
  return waitFor(`element ${elementId} of instance ${processInstanceKey} to complete`, async () =>
    (await history.completedElementIds(processInstanceKey)).includes(elementId),
  );
}

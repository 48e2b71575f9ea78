import request from 'supertest';
import { composeSystem, type System } from '../../src/main';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { EngineHistoryRepository } from '../../src/camunda/history/engine-history.repository';
import { waitFor } from './wait-for';

/** The whole service (API, workers, deployment) wired against the test engine and credit_test. */
export async function startTestSystem(): Promise<System & { history: EngineHistoryRepository; api: () => ReturnType<typeof request> }> {
  const config = loadConfig();
  const system = await composeSystem(config, createLogger(config.logLevel));
  const history = new EngineHistoryRepository(system.historyDb);
  return { ...system, history, api: () => request(system.app) };
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

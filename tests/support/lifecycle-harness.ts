import fs from 'node:fs';
import path from 'node:path';
import { createCamunda } from '../../src/camunda/camunda-client';
import { deployModels, projectModelFiles } from '../../src/camunda/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { EngineHistoryRepository } from '../../src/camunda/history/engine-history.repository';
import { loadConfig } from '../../src/config';
import { creditLifecycleProcess as lifecycle } from '../../src/contracts/credit-lifecycle.contract';
import { createKnex } from '../../src/db/knex';
import { createLogger } from '../../src/logger';
import { jobWorkers, workerDependencies } from '../../workers';
import { engineNow, moveEngineClock } from './engine-clock';
import { quietEngine } from './test-system';

const fixturesDir = path.join(projectRoot, 'tests', 'fixtures');

/**
 * TEST COPIES of what the lifecycle calls, so its own paths are tested in isolation: minimal called
 * processes with the same ids and I/O, and the policy decisions with DOMAIN defaults. The real ones
 * are tested in their own suites.
 */
export const lifecycleTestCopies = [
  ...fs.readdirSync(path.join(fixturesDir, 'called-processes')).filter((file) => file.endsWith('.bpmn')).map((file) => path.join(fixturesDir, 'called-processes', file)),
  ...fs.readdirSync(path.join(fixturesDir, 'decisions')).filter((file) => file.endsWith('.dmn')).map((file) => path.join(fixturesDir, 'decisions', file)),
].sort();

/**
 * The project's models and the test copies in ONE deployment (the lifecycle binds its called
 * processes and decisions by deployment, so other engineers' versions on the shared engine never
 * leak in) and the project's real workers for the lifecycle's job types.
 */
export async function startLifecycleHarness() {
  const config = loadConfig();
  await quietEngine(config);
  const logger = createLogger(config.logLevel);
  const camunda = createCamunda(config.camunda);
  const zeebe = camunda.getZeebeGrpcApiClient();
  // the copies stand in for the real called processes and decisions of the same ids in this deployment
  const copied = new Set(lifecycleTestCopies.map((file) => path.basename(file)));
  const projectFiles = projectModelFiles(projectRoot).filter((file) => !copied.has(path.basename(file)));
  const deployed = await deployModels(zeebe, [...projectFiles, ...lifecycleTestCopies], projectRoot);
  const lifecycleDefinition = deployed.find((resource) => resource.kind === 'process' && resource.id === lifecycle.processId);
  if (!lifecycleDefinition) throw new Error(`${lifecycle.processId} was not deployed`);
  const db = createKnex(config.databaseUrl);
  const historyDb = createKnex(config.historyDatabaseUrl);
  const workerDeps = workerDependencies({ zeebe, db, logger, mail: config.mail });
  const realWorkers = Object.values(lifecycle.jobTypes)
    .flatMap((jobType) => (jobWorkers[jobType] ? [jobWorkers[jobType]] : []))
    .map((start) => start(workerDeps));
  const harness = {
    camunda,
    zeebe,
    deployed,
    lifecycleVersion: lifecycleDefinition.version,
    history: new EngineHistoryRepository(historyDb),
    db,
    close: async () => {
      await Promise.all(realWorkers.map((worker) => worker.close()));
      await zeebe.close();
      await Promise.all([db.destroy(), historyDb.destroy()]);
    },
  };
  await moveClockTo(harness, await engineNow());
  return harness;
}
export type LifecycleHarness = Awaited<ReturnType<typeof startLifecycleHarness>>;

/**
 * Moves the shared engine clock forward to `target`, never backwards; returns the engine's now.
 * When the clock stands below the latest time the engine has already seen (someone moved it back),
 * the 8.6 engine fires no timers until it passes that time again, so the move goes at least there.
 */
export async function moveClockTo(harness: Pick<LifecycleHarness, 'history'>, target: Date): Promise<Date> {
  const now = await engineNow();
  if (now.getTime() >= target.getTime()) return now;
  const seen = (await harness.history.latestRecordTime())?.getTime() ?? 0;
  return moveEngineClock(Math.max(target.getTime(), seen + 1_000) - now.getTime());
}

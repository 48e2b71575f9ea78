import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { deployResources, type DeployedResource } from '../../src/engine/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { parseEngineDate } from '../../src/engine/variables';
import type { ComposeOptions } from '../../src/main';
import { engineNow, moveEngineClockTo } from './engine-clock';
import { ProcessDriver } from './process-driver';
import { startTestSystem } from './test-system';
import { waitFor } from './wait-for';

export type CollectionSystem = Awaited<ReturnType<typeof startCollectionSystem>>;

/** The test system (real models, decisions, forms and workers) and small helpers for the collection process tests. */
export async function startCollectionSystem(options: ComposeOptions = {}) {
  const system = await startTestSystem(options);
  const { engine, history } = system;

  /** Starts the version of the process this run deployed (not whatever someone else deployed last); answers its instance id. */
  const startInstance = async (processId: string, variables: Record<string, unknown>, businessKey?: string) =>
    (await ProcessDriver.start(system, processId, variables, businessKey)).processInstanceId;

  /** Waits until the element runs now (started, not ended): a wait state such as a user task or an event-based gateway. */
  const waitForActive = (processInstanceId: string, elementId: string) =>
    waitFor(`element ${elementId} of instance ${processInstanceId} to be active`, async () => (await history.activeElements(processInstanceId)).some((activity) => activity.elementId === elementId));

  /**
   * How often the element was passed: completed, or, for an event-based gateway, left by one of its
   * events (Operaton records that gateway's activity instance as cancelled when an event fires).
   */
  const completionCount = async (processInstanceId: string, elementId: string) =>
    (await history.activities(processInstanceId)).filter((activity) => activity.elementId === elementId && activity.endedAt !== null && (!activity.canceled || activity.elementType === 'eventBasedGateway')).length;

  /** Waits until the element has completed at least `times` times. */
  const waitForCompletions = (processInstanceId: string, elementId: string, times = 1) =>
    waitFor(`element ${elementId} of instance ${processInstanceId} to complete ${times}×`, async () => (await completionCount(processInstanceId, elementId)) >= times);

  /** Waits until the instance has ended; answers how (COMPLETED unless something cancelled it). */
  const waitForEnd = (processInstanceId: string, timeoutMs?: number) =>
    waitFor(`instance ${processInstanceId} to end`, async () => {
      const instance = await history.instance(processInstanceId);
      return instance?.endedAt ? instance.state : undefined;
    }, timeoutMs);

  /**
   * Publishes a business message correlated by the receivable's id, as the API does (once per
   * message id, kept pending until its case waits for it, 10 minutes at most).
   */
  const publish = (messageName: string, receivableId: string, variables: Record<string, unknown>) =>
    system.messages.publish({ messageId: `${messageName}:${receivableId}:${randomUUID()}`, messageName, correlateBy: { variable: 'receivableId', value: receivableId }, variables, timeToLiveMs: 600_000 });

  /** Moves the engine clock forward to `target` (never back) and waits until `probe` holds. */
  const driveClockUntil = (what: string, target: Date, probe: () => Promise<boolean>, timeoutMs = 60_000) =>
    waitFor(
      what,
      async () => {
        if ((await engineNow()).getTime() < target.getTime()) await moveEngineClockTo(target);
        return probe();
      },
      timeoutMs,
    );

  /** When the instance's timers fall due, earliest first. */
  const pendingTimerDueDates = async (processInstanceId: string) =>
    (await engine.jobs({ processInstanceId, timers: true, sortBy: 'jobDueDate', sortOrder: 'asc' })).flatMap((job) => (job.dueDate ? [new Date(parseEngineDate(job.dueDate))] : []));

  /** The instance's own variables (latest values). */
  const variables = (processInstanceId: string) => history.variables(processInstanceId);

  /** Every value the instance's own variable `name` took, in order. */
  const variableHistory = (processInstanceId: string, name: string) => history.variableHistory(processInstanceId, name);

  /**
   * Deploys a test fixture together with the project models it binds by deployment (a called
   * process, its decisions and forms), as a deployment of its own; unchanged, it is not deployed again.
   */
  const deployFixture = async (fixture: string, projectModels: string[] = []): Promise<DeployedResource[]> => {
    const files = [fixture, ...projectModels.map((model) => path.join(projectRoot, model))];
    return deployResources(engine, files.map((file) => ({ name: path.basename(file), content: fs.readFileSync(file) })), { name: `test-fixture:${path.basename(fixture)}`, source: 'process tests' });
  };

  return { ...system, startInstance, waitForActive, waitForCompletions, completionCount, waitForEnd, publish, driveClockUntil, pendingTimerDueDates, variables, variableHistory, deployFixture };
}

/** Business keys of this run: far apart from other runs' keys. */
export const runTag = `${Date.now().toString(36).toUpperCase()}`;

import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { JSONDoc } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';
import { InstanceDetailsRepository } from '../../src/camunda/history/instance-details.repository';
import { createLogger } from '../../src/logger';
import { engineNow, moveEngineClock } from './engine-clock';
import { startTestSystem } from './test-system';
import { waitFor } from './wait-for';

export type CollectionSystem = Awaited<ReturnType<typeof startCollectionSystem>>;

/** The test system (which deploys the real decision tables), history details and small helpers for the collection process tests. */
export async function startCollectionSystem() {
  const system = await startTestSystem();
  const zeebe: ZeebeGrpcClient = system.camunda.getZeebeGrpcApiClient();
  const details = new InstanceDetailsRepository(system.historyDb);
  const logger = createLogger('silent');

  /** Starts the version of the process this run deployed (not whatever someone else deployed last). */
  const startInstance = async (processId: string, variables: JSONDoc) => {
    const deployed = system.deployed.find((resource) => resource.kind === 'process' && resource.id === processId);
    if (!deployed) throw new Error(`process ${processId} was not deployed`);
    const created = await zeebe.createProcessInstance({ bpmnProcessId: processId, version: deployed.version, variables });
    return created.processInstanceKey;
  };

  /** Waits until the element is active (activated more often than completed or terminated). */
  const waitForActive = (processInstanceKey: string, elementId: string) =>
    waitFor(`element ${elementId} of instance ${processInstanceKey} to be active`, async () => {
      const events = (await system.history.elementEvents(processInstanceKey)).filter((event) => event.elementId === elementId);
      const activated = events.filter((event) => event.intent === 'ELEMENT_ACTIVATED').length;
      const left = events.filter((event) => event.intent === 'ELEMENT_COMPLETED' || event.intent === 'ELEMENT_TERMINATED').length;
      return activated > left;
    });

  /** Waits until the element has completed at least `times` times. */
  const waitForCompletions = (processInstanceKey: string, elementId: string, times = 1) =>
    waitFor(`element ${elementId} of instance ${processInstanceKey} to complete ${times}×`, async () =>
      (await system.history.completedElementIds(processInstanceKey)).filter((id) => id === elementId).length >= times,
    );

  const completionCount = async (processInstanceKey: string, elementId: string) =>
    (await system.history.completedElementIds(processInstanceKey)).filter((id) => id === elementId).length;

  /** Publishes a message; buffered for 10 minutes so the few milliseconds until a subscription opens do not lose it. */
  const publish = (name: string, correlationKey: string, variables: { [key: string]: string | number | boolean }) =>
    zeebe.publishMessage({ name, correlationKey, variables, timeToLive: 600_000 });

  /**
   * Moves the shared engine clock forward to `target` and keeps it there until `probe` holds: other
   * engineers' runs reset the shared clock, so a single move can be undone before the timer fires.
   * Never moves the clock backwards.
   */
  const driveClockUntil = (what: string, target: Date, probe: () => Promise<boolean>, timeoutMs = 60_000) =>
    waitFor(
      what,
      async () => {
        const now = await engineNow();
        if (now.getTime() < target.getTime()) await moveEngineClock(target.getTime() - now.getTime());
        return probe();
      },
      timeoutMs,
    );

  return { ...system, zeebe, details, logger, startInstance, waitForActive, waitForCompletions, completionCount, publish, driveClockUntil };
}

/** Business keys of this run: far apart from other runs and other engineers' keys. */
export const runTag = `${Date.now().toString(36).toUpperCase()}`;

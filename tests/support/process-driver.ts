import type { JSONDoc } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';
import type { EngineHistoryRepository, UserTaskView } from '../../src/camunda/history/engine-history.repository';
import type { System } from '../../src/main';
import { waitFor } from './wait-for';

/** Drives one process instance in a test: start it, work its user tasks, read where it went. */
export class ProcessDriver {
  constructor(
    private readonly system: System & { history: EngineHistoryRepository },
    readonly processInstanceKey: string,
  ) {}

  /**
   * Starts the version this suite deployed, not simply the latest: another suite may deploy a test
   * copy under the same id (the lifecycle's stand-ins for what it calls).
   */
  static async start(system: System & { history: EngineHistoryRepository }, bpmnProcessId: string, variables: Record<string, unknown>) {
    const deployed = system.deployed.find((resource) => resource.kind === 'process' && resource.id === bpmnProcessId);
    const instance = await system.camunda.getZeebeGrpcApiClient().createProcessInstance({
      bpmnProcessId,
      variables: variables as JSONDoc,
      ...(deployed ? { version: deployed.version } : {}),
    });
    return new ProcessDriver(system, String(instance.processInstanceKey));
  }

  /** Waits for the open user tasks of an element (all instances of a multi-instance task). */
  async userTasks(elementId: string, count = 1): Promise<UserTaskView[]> {
    return waitFor(`${count} open user task(s) ${elementId} in ${this.processInstanceKey}`, async () => {
      const tasks = (await this.system.history.openUserTasks(this.processInstanceKey)).filter((task) => task.elementId === elementId);
      return tasks.length >= count ? tasks : undefined;
    });
  }

  async complete(task: UserTaskView, variables: Record<string, unknown>): Promise<void> {
    await this.system.camunda.getCamundaRestClient().completeUserTask({ userTaskKey: task.userTaskKey, variables: variables as JSONDoc });
  }

  async completeOnly(elementId: string, variables: Record<string, unknown>): Promise<void> {
    const [task] = await this.userTasks(elementId);
    await this.complete(task as UserTaskView, variables);
  }

  async completedElements(): Promise<string[]> {
    return this.system.history.completedElementIds(this.processInstanceKey);
  }

  async waitUntilCompleted(elementId: string): Promise<string[]> {
    await waitFor(`${elementId} completed in ${this.processInstanceKey}`, async () => (await this.completedElements()).includes(elementId));
    return this.completedElements();
  }

  async variables(): Promise<Record<string, unknown>> {
    return this.system.history.variables(this.processInstanceKey);
  }
}

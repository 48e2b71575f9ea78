import type { UserTaskView } from '../../src/engine/history/engine-history.reader';
import type { System } from '../../src/main';
import { waitFor } from './wait-for';

type DriverSystem = Pick<System, 'engine' | 'history' | 'deployed'>;

/** Drives one process instance in a test: start it, work its user tasks, read where it went. */
export class ProcessDriver {
  constructor(
    private readonly system: DriverSystem,
    readonly processInstanceId: string,
  ) {}

  /**
   * Starts the version this suite deployed, not simply the latest: another suite may deploy a test
   * copy under the same id (the lifecycle's stand-ins for what it calls).
   */
  static async start(system: DriverSystem, processId: string, variables: Record<string, unknown>, businessKey?: string) {
    const deployed = system.deployed.find((resource) => resource.kind === 'process' && resource.id === processId);
    const instance = await system.engine.startProcess(deployed ? { id: deployed.definitionId } : { key: processId }, { businessKey, variables });
    return new ProcessDriver(system, instance.id);
  }

  /** Waits for the open user tasks of an element (all instances of a multi-instance task). */
  async userTasks(elementId: string, count = 1): Promise<UserTaskView[]> {
    return waitFor(`${count} open user task(s) ${elementId} in ${this.processInstanceId}`, async () => {
      const tasks = (await this.system.history.openUserTasks(this.processInstanceId)).filter((task) => task.elementId === elementId);
      return tasks.length >= count ? tasks : undefined;
    });
  }

  async complete(task: UserTaskView, variables: Record<string, unknown>): Promise<void> {
    await this.system.engine.completeTask(task.taskId, variables);
  }

  async completeOnly(elementId: string, variables: Record<string, unknown>): Promise<void> {
    const [task] = await this.userTasks(elementId);
    await this.complete(task as UserTaskView, variables);
  }

  async completedElements(): Promise<string[]> {
    return this.system.history.completedElementIds(this.processInstanceId);
  }

  async waitUntilCompleted(elementId: string): Promise<string[]> {
    await waitFor(`${elementId} completed in ${this.processInstanceId}`, async () => (await this.completedElements()).includes(elementId));
    return this.completedElements();
  }

  async variables(): Promise<Record<string, unknown>> {
    return this.system.history.variables(this.processInstanceId);
  }
}

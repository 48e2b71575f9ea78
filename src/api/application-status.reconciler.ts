import { statusOfEndedCase, type EndedApplicationStatus } from '../contracts/application-status.contract';
import type { CreditApplicationRepository } from '../db/credit-application.repository';
import type { EngineHistoryReader, InstanceView } from '../engine/history/engine-history.reader';
import type { Logger } from '../logger';
import { PeriodicTask } from '../periodic-task';

/**
 * Keeps `credit_application.status` in step with the case: the application stays OPEN while its case
 * runs and takes the case's end (CLOSED, REJECTED, WITHDRAWN, TERMINATED) once the engine's history
 * shows the root instance ended. The models stay as they are: the app reads the end from the history,
 * every few seconds for all unended applications and at once when someone reads an application.
 * Idempotent (a settled row is never changed again), so several app processes may run it.
 */
export class ApplicationStatusReconciler {
  private readonly periodic = new PeriodicTask(() => this.reconcile(), (error) => this.deps.logger.warn({ err: error }, 'reconciling application statuses failed'));

  constructor(private readonly deps: { applications: CreditApplicationRepository; history: EngineHistoryReader; logger: Logger }) {}

  /** Settles every application whose case has ended; returns how many rows changed. */
  async reconcile(): Promise<number> {
    const unended = await this.deps.applications.unendedCaseInstances();
    if (unended.length === 0) return 0;
    let settled = 0;
    for (const instance of await this.deps.history.endedInstances(unended)) settled += await this.settle(instance);
    return settled;
  }

  /** Settles the applications of one ended case (the root instance as the history shows it). */
  async settle(instance: InstanceView): Promise<number> {
    if (instance.endedAt === null) return 0;
    const status: EndedApplicationStatus = statusOfEndedCase(instance);
    return this.deps.applications.settle(instance.processInstanceId, status);
  }

  /** Reconciles every `intervalMs` until stopped. */
  start(intervalMs: number): void {
    this.periodic.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }
}

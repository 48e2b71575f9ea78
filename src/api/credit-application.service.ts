import { randomUUID } from 'node:crypto';
import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Knex } from 'knex';
import type { EngineHistoryRepository, UserTaskView } from '../camunda/history/engine-history.repository';
import { creditApplicationProcess, type NewApplication } from '../contracts/credit-application.contract';
import { CreditApplicationRepository, type CreditApplication } from '../db/credit-application.repository';
import { ConflictError, NotFoundError } from '../domain/errors';

export interface ApplicationStatus extends CreditApplication {
  openUserTasks: UserTaskView[];
}

export class CreditApplicationService {
  private readonly applications: CreditApplicationRepository;

  constructor(
    private readonly deps: { db: Knex; zeebe: ZeebeGrpcClient; history: EngineHistoryRepository },
  ) {
    this.applications = new CreditApplicationRepository(deps.db);
  }

  /**
   * Starts the process and records the application in one step: if the row cannot be
   * written the instance is cancelled again, so neither exists without the other.
   */
  async start(input: NewApplication): Promise<CreditApplication> {
    const id = randomUUID();
    const instance = await this.deps.zeebe.createProcessInstance({
      bpmnProcessId: creditApplicationProcess.processId,
      variables: { applicationId: id, ...input },
    });
    try {
      return await this.applications.insert({ id, ...input, processInstanceKey: String(instance.processInstanceKey), status: 'IN_REVIEW' });
    } catch (error) {
      await this.deps.zeebe.cancelProcessInstance(instance.processInstanceKey).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Withdraws an application: the case's process instance is cancelled and the row marked
   * WITHDRAWN. Withdrawing again answers the same; an ended case cannot be withdrawn.
   */
  async withdraw(id: string): Promise<CreditApplication> {
    const application = await this.applications.findById(id);
    if (!application) throw new NotFoundError(`No credit application ${id}.`);
    if (application.status === 'WITHDRAWN') return application;
    if (application.status === 'CLOSED' || application.status === 'REJECTED') throw new ConflictError(`Application ${id} has ended (${application.status}); it cannot be withdrawn.`);
    await this.deps.zeebe.cancelProcessInstance(application.processInstanceKey).catch((error: Error) => {
      // an instance that already ended is fine: there is nothing left to stop
      if (!/NOT_FOUND|not found/i.test(error.message)) throw error;
    });
    return (await this.applications.withdraw(id)) as CreditApplication;
  }

  async status(id: string): Promise<ApplicationStatus> {
    const application = await this.applications.findById(id);
    if (!application) throw new NotFoundError(`No credit application ${id}.`);
    return { ...application, openUserTasks: await this.deps.history.openUserTasks(application.processInstanceKey) };
  }
}

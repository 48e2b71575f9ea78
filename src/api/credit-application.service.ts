import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { EngineRestError, type EngineClient } from '../engine/engine-client';
import type { EngineHistoryReader } from '../engine/history/engine-history.reader';
import type { NewApplication } from '../contracts/application-request.contract';
import { hasEnded } from '../contracts/application-status.contract';
import { creditLifecycleProcess, lifecycleStartVariablesSchema, type LifecycleStartVariables } from '../contracts/credit-lifecycle.contract';
import { CreditApplicationRepository, type CreditApplication } from '../db/credit-application.repository';
import { CustomerHistoryRepository } from '../db/customer-history.repository';
import { CustomerRepository } from '../db/customer.repository';
import { paymentHistoryFacts } from '../domain/customers/payment-history';
import { ConflictError, InputError, NotFoundError } from '../domain/errors';
import type { CreditCommittee } from '../policy/credit-committee.policy';
import type { ApplicationStatusReconciler } from './application-status.reconciler';
import { CaseProgressService, type CaseProgress } from './case-progress.service';

export interface StartedApplication extends CreditApplication {
  /** The variables the case started with (customer facts, history, committee). */
  startVariables: LifecycleStartVariables;
}

export type ApplicationStatus = CreditApplication & CaseProgress;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A UUID (version 5 layout, SHA-1) named by `name`: the same name gives the same id. */
function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class CreditApplicationService {
  private readonly applications: CreditApplicationRepository;
  private readonly customers: CustomerRepository;
  private readonly customerHistory: CustomerHistoryRepository;
  private readonly progress: CaseProgressService;

  constructor(
    private readonly deps: { db: Knex; engine: EngineClient; history: EngineHistoryReader; committee: CreditCommittee; statuses: ApplicationStatusReconciler },
  ) {
    this.applications = new CreditApplicationRepository(deps.db);
    this.customers = new CustomerRepository(deps.db);
    this.customerHistory = new CustomerHistoryRepository(deps.db);
    this.progress = new CaseProgressService({ engine: deps.engine, history: deps.history });
  }

  /**
   * Starts the customer's credit lifecycle and records the application in one step: if the row
   * cannot be written the instance is cancelled again, so neither exists without the other. With the
   * request's Idempotency-Key the application id is derived from it, so a repeat of a request whose
   * process died half-way (kill -9 after the case started, before the row or the answer was written)
   * finishes that attempt — takes its case, or its row — instead of starting a second case.
   */
  async start(input: NewApplication, today = new Date(), request: { idempotencyKey?: string } = {}): Promise<StartedApplication> {
    const id = request.idempotencyKey ? nameBasedUuid(`POST /api/applications\n${request.idempotencyKey}`) : randomUUID();
    const startVariables = await this.startVariables(id, input, today);
    const recorded = await this.applications.findById(id);
    if (recorded) return { ...recorded, startVariables };
    // the application id is the case's business key: Cockpit and Tasklist find the case by it
    const instance = (await this.caseStartedFor(id)) ?? (await this.deps.engine.startProcess({ key: creditLifecycleProcess.processId }, { businessKey: id, variables: startVariables }));
    try {
      const application = await this.applications.insert({
        id, companyName: startVariables.customerName, taxId: startVariables.taxId, requestedLimit: input.requestedLimit, currency: input.currency, urgent: input.urgent,
        customerId: input.customerId, processId: creditLifecycleProcess.processId, processInstanceKey: instance.id, status: 'OPEN',
      });
      return { ...application, startVariables };
    } catch (error) {
      await this.deps.engine.deleteProcessInstance(instance.id, 'the application could not be recorded').catch(() => undefined);
      throw error;
    }
  }

  /** The lifecycle instance an earlier attempt started for this application id, if any. */
  private async caseStartedFor(id: string): Promise<{ id: string } | undefined> {
    const [instance] = await this.deps.engine.get<Array<{ id: string }>>('/process-instance', { businessKey: id, processDefinitionKey: creditLifecycleProcess.processId });
    return instance;
  }

  /** The customer's facts from our record, its history from the receivable ledger, the committee from policy. */
  private async startVariables(applicationId: string, input: NewApplication, today: Date): Promise<LifecycleStartVariables> {
    const customer = await this.customers.findById(input.customerId);
    if (!customer) throw new InputError('The customer is not registered.', [{ field: 'customerId', message: 'no such customer: register it first (POST /api/customers)' }]);
    const history = paymentHistoryFacts(await this.customerHistory.receivablesOf(customer.taxId), isoDay(today));
    return lifecycleStartVariablesSchema.parse({
      applicationId,
      customerId: customer.id,
      customerName: customer.name,
      taxId: customer.taxId,
      requestedLimit: input.requestedLimit,
      currency: input.currency,
      urgent: input.urgent,
      ...history,
      industryRisk: customer.industryRisk,
      committeeMembers: this.deps.committee.members,
      committeeChair: this.deps.committee.chair,
      ...(input.salesIntentDeadline ? { salesIntentDeadline: input.salesIntentDeadline } : {}),
    });
  }

  /**
   * Withdraws an application: the case's process instance and the instances it called are deleted and
   * the row marked WITHDRAWN. Withdrawing again answers the same; a case that completed (CLOSED,
   * REJECTED) cannot be withdrawn; one already terminated in the engine is simply marked withdrawn.
   */
  async withdraw(id: string): Promise<CreditApplication> {
    const application = await this.applications.findById(id);
    if (!application) throw new NotFoundError(`No credit application ${id}.`);
    if (application.status === 'WITHDRAWN') return application;
    if (application.status !== 'TERMINATED') {
      if (hasEnded(application.status)) throw new ConflictError(`Application ${id} has ended (${application.status}); it cannot be withdrawn.`);
      const root = await this.deps.history.instance(application.processInstanceKey);
      if (root?.state === 'COMPLETED' || root?.state === 'INTERNALLY_TERMINATED') {
        // the case ended before the row heard of it: the row takes the case's end
        await this.deps.statuses.settle(root);
        throw new ConflictError(`The case of application ${id} has ended; it cannot be withdrawn.`);
      }
      await this.deps.engine.deleteProcessInstance(application.processInstanceKey, 'withdrawn').catch((error: Error) => {
        // an instance that was deleted meanwhile is fine: there is nothing left to stop
        if (!(error instanceof EngineRestError && error.status === 404)) throw error;
      });
    }
    return (await this.applications.withdraw(id)) as CreditApplication;
  }

  /**
   * The application with its case's current step, what runs and the open user tasks, from the engine;
   * a case that ended gives the row its final status right away.
   */
  async status(id: string): Promise<ApplicationStatus> {
    let application = await this.applications.findById(id);
    if (!application) throw new NotFoundError(`No credit application ${id}.`);
    const progress = await this.progress.progress(application.processInstanceKey, application.processId);
    if (progress.state !== 'ACTIVE' && !hasEnded(application.status)) {
      const root = await this.deps.history.instance(application.processInstanceKey);
      if (root) await this.deps.statuses.settle(root);
      application = (await this.applications.findById(id)) as CreditApplication;
    }
    return { ...application, ...progress };
  }
}

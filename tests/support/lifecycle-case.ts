import { randomUUID } from 'node:crypto';
import type { JSON, JSONDoc } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';
import type { ZodType } from 'zod';
import type { UserTaskView } from '../../src/camunda/history/engine-history.repository';
import { DocumentService } from '../../src/api/document.service';
import { creditLifecycleProcess as lifecycle, lifecycleStartVariablesSchema, messagePayloadSchemas, type LifecycleStartVariables } from '../../src/contracts/credit-lifecycle.contract';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { DocumentRepository } from '../../src/db/document.repository';
import { engineNow } from './engine-clock';
import { sampleCleanTradingStatement, statementPdf } from './financial-statement.fixture';
import { moveClockTo, type LifecycleHarness } from './lifecycle-harness';

const waitTimeoutMs = 30_000;
const messageTimeToLiveMs = 60 * 60 * 1000;
type MessageName = keyof typeof messagePayloadSchemas;

const randomDigits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');

/**
 * A prospect whose data routes to tiered review with a green score (overrides pick other routes):
 * the clean sample company of the investigation's sample sources, so its investigation is known.
 */
export function prospect(overrides: Partial<LifecycleStartVariables> = {}): LifecycleStartVariables {
  return lifecycleStartVariablesSchema.parse({
    applicationId: randomUUID(),
    customerId: `CUST-${randomDigits(8)}`,
    customerName: sampleCleanTradingStatement.companyName,
    taxId: sampleCleanTradingStatement.taxId,
    requestedLimit: 500_000,
    currency: 'CNY',
    urgent: false,
    annualVolume: 3_000_000,
    yearsOfCooperation: 2,
    collectionRate: 0.9,
    industryRisk: 'medium',
    hasPaymentHistory: true,
    committeeMembers: ['head.sales', 'head.finance', 'head.risk', 'head.legal'],
    committeeChair: 'general.manager',
    ...overrides,
  });
}

/** A file the customer hands in as its financial statements. */
export interface StatementUpload {
  fileName: string;
  content: Buffer;
}

/** The clean sample company's 2025 statements, exported with a text layer. */
export const cleanStatementPdf = async (): Promise<StatementUpload> => ({ fileName: 'statements-2025.pdf', content: await statementPdf(sampleCleanTradingStatement) });

/** One credit-lifecycle instance on the real engine, driven the way sales, credit and the customer would. */
export class LifecycleCase {
  readonly receivableId = `INV-${randomDigits(10)}`;

  private constructor(
    readonly harness: LifecycleHarness,
    readonly start: LifecycleStartVariables,
    readonly processInstanceKey: string,
  ) {}

  /** Starts the case, records its application and uploads its financial statements (the clean sample company's by default). */
  static async start(harness: LifecycleHarness, overrides: Partial<LifecycleStartVariables> = {}, statements?: StatementUpload[]) {
    const variables = prospect(overrides);
    // timers of the new instance count from a clock the engine will fire them on
    await moveClockTo(harness, await engineNow());
    const created = await harness.zeebe.createProcessInstance({
      bpmnProcessId: lifecycle.processId,
      version: harness.lifecycleVersion,
      variables: variables as unknown as JSONDoc,
    });
    const c = new LifecycleCase(harness, variables, String(created.processInstanceKey));
    await c.applyWithStatements(statements ?? [await cleanStatementPdf()]);
    return c;
  }

  /** The application as the API records it, and the statements uploaded to it the way the API stores them. */
  private async applyWithStatements(statements: StatementUpload[]) {
    const applications = new CreditApplicationRepository(this.harness.db);
    const { applicationId, customerName, taxId, requestedLimit, currency, urgent } = this.start;
    await applications.insert({ id: applicationId, companyName: customerName, taxId, requestedLimit, currency, urgent, processInstanceKey: this.processInstanceKey, status: 'IN_REVIEW' });
    const documents = new DocumentService(new DocumentRepository(this.harness.db), applications);
    for (const statement of statements) {
      await documents.upload({ applicationId, kind: 'financial-statements', fileName: statement.fileName, content: statement.content, uploadedBy: 'sales.test' });
    }
  }

  get applicationId() {
    return this.start.applicationId;
  }

  async completedElements(): Promise<string[]> {
    return this.harness.history.completedElementIds(this.processInstanceKey);
  }

  /** Element ids of sequence flows taken, in order. */
  async flowsTaken(): Promise<string[]> {
    return (await this.harness.history.elementEvents(this.processInstanceKey)).filter((event) => event.intent === 'SEQUENCE_FLOW_TAKEN').map((event) => event.elementId);
  }

  async variables(): Promise<Record<string, unknown>> {
    return this.harness.history.variables(this.processInstanceKey);
  }

  /**
   * Polls until the probe answers; fails at once with the incident's message when the instance or a
   * called one has an incident. With `clockAt`, keeps the shared engine clock at least there while
   * waiting (another engineer's test run may reset it).
   */
  async until<T>(what: string, probe: () => Promise<T | undefined | false>, clockAt?: Date): Promise<T> {
    const deadline = Date.now() + waitTimeoutMs;
    for (;;) {
      if (clockAt) await moveClockTo(this.harness, clockAt);
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      const called = await this.harness.history.calledInstances(this.processInstanceKey);
      for (const key of [this.processInstanceKey, ...called.map((instance) => instance.processInstanceKey)]) {
        const [incident] = await this.harness.history.openIncidents(key);
        if (incident) throw new Error(`incident at ${incident.elementId} while waiting for ${what}: ${incident.errorType} ${incident.errorMessage}`);
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} in instance ${this.processInstanceKey}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  /** Waits until the element completed `times` times. */
  async completedOnce(elementId: string, times = 1, clockAt?: Date): Promise<void> {
    await this.until(`${elementId} to complete ${times}×`, async () => (await this.completedElements()).filter((id) => id === elementId).length >= times, clockAt);
  }

  /** Waits until the element is active (activated more often than completed or terminated). */
  async reached(elementId: string, clockAt?: Date): Promise<void> {
    await this.until(`${elementId} to be active`, async () => {
      const events = (await this.harness.history.elementEvents(this.processInstanceKey)).filter((event) => event.elementId === elementId);
      const activated = events.filter((event) => event.intent === 'ELEMENT_ACTIVATED').length;
      return activated > events.filter((event) => event.intent === 'ELEMENT_COMPLETED' || event.intent === 'ELEMENT_TERMINATED').length;
    }, clockAt);
  }

  async userTask(elementId: string, clockAt?: Date): Promise<UserTaskView> {
    return this.until(`user task ${elementId}`, async () => (await this.harness.history.openUserTasks(this.processInstanceKey)).find((task) => task.elementId === elementId), clockAt);
  }

  /** Completes the open user task with what its form submits, checked against the form's contract schema first. */
  async completeUserTask(elementId: string, formSchema: ZodType, submitted: Record<string, unknown>): Promise<UserTaskView> {
    const task = await this.userTask(elementId);
    const completedBefore = (await this.completedElements()).filter((id) => id === elementId).length;
    await this.harness.camunda.getCamundaRestClient().completeUserTask({ userTaskKey: task.userTaskKey, variables: formSchema.parse(submitted) as JSONDoc });
    await this.completedOnce(elementId, completedBefore + 1);
    return task;
  }

  /** Publishes a lifecycle message the way the API does (payload checked against the contract). */
  async publish(name: MessageName, payload: Record<string, unknown>): Promise<void> {
    const variables = messagePayloadSchemas[name].parse(payload) as Record<string, unknown>;
    const correlationKey = String(name === 'payment-received' ? variables.receivableId : variables.applicationId);
    await this.harness.zeebe.publishMessage({ name, correlationKey, variables: variables as Record<string, JSON>, timeToLive: messageTimeToLiveMs });
  }

  async cancel(): Promise<void> {
    await this.harness.zeebe.cancelProcessInstance(this.processInstanceKey).catch(() => undefined);
  }

  async calledInstance(bpmnProcessId: string, clockAt?: Date) {
    return this.until(`a called ${bpmnProcessId}`, async () => (await this.harness.history.calledInstances(this.processInstanceKey)).find((instance) => instance.bpmnProcessId === bpmnProcessId), clockAt);
  }
}

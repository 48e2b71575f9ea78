import { randomUUID } from 'node:crypto';
import type { ZodType } from 'zod';
import { DocumentService } from '../../src/api/document.service';
import { creditLifecycleProcess as lifecycle, lifecycleStartVariablesSchema, messagePayloadSchemas, type LifecycleStartVariables } from '../../src/contracts/credit-lifecycle.contract';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { CustomerRepository } from '../../src/db/customer.repository';
import { DocumentRepository } from '../../src/db/document.repository';
import { normaliseCompanyName } from '../../src/domain/customers/customer-identity';
import type { UserTaskView } from '../../src/engine/history/engine-history.reader';
import { sampleCleanTradingStatement, sampleRiskyManufacturingStatement, statementPdf, type StatementFigures } from './financial-statement.fixture';
import { sampleCompanyFamily, type SampleCompany, type SampleRole } from './investigation-provider';
import type { LifecycleHarness } from './lifecycle-harness';

/** Long enough for OCR on a busy machine; a case that stops at an incident fails at once. */
const waitTimeoutMs = 120_000;
const messageTimeToLiveMs = 60 * 60 * 1000;
type MessageName = keyof typeof messagePayloadSchemas;

const randomDigits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');

/** The statements of the sample companies, by the role they play. */
const sampleStatements: Record<SampleRole, StatementFigures> = { clean: sampleCleanTradingStatement, risky: sampleRiskyManufacturingStatement };

/**
 * A prospect whose data routes to tiered review with a green score (overrides pick other routes), as
 * a company of its own: the given name and tax id (a case's own family of sample companies).
 */
export function prospect(company: { name: string; taxId: string }, overrides: Partial<LifecycleStartVariables> = {}): LifecycleStartVariables {
  return lifecycleStartVariablesSchema.parse({
    applicationId: randomUUID(),
    customerId: `CUST-${randomDigits(8)}`,
    customerName: company.name,
    taxId: company.taxId,
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

export interface CaseOptions {
  /** Which sample company's records and statements the case's own company has: the clean one by default. */
  sample?: SampleRole;
  /** The files handed in as statements, from the company's figures: its statements as a PDF with a text layer by default. */
  statements?: (figures: StatementFigures) => Promise<StatementUpload[]>;
}

/** The contact address the case's customer gets reminders at. */
export const customerEmailOf = (taxId: string) => `ap-${taxId.toLowerCase()}@customer.example`;

/** One credit-lifecycle instance on the real engine, driven the way sales, credit and the customer would. */
export class LifecycleCase {
  readonly receivableId = `INV-${randomDigits(10)}`;

  private constructor(
    readonly harness: LifecycleHarness,
    readonly start: LifecycleStartVariables,
    /** The case's company as its statements state it (name and tax id its own). */
    readonly statement: StatementFigures,
    /** The case's company as the investigation's outside systems know it. */
    readonly company: SampleCompany,
    readonly processInstanceId: string,
  ) {}

  /**
   * Starts the case for a company of its own (a copy of a sample company's records under a tax id no
   * other case has, known to the investigation stand-ins), with the application id as business key;
   * records its application and customer and uploads its financial statements.
   */
  static async start(harness: LifecycleHarness, overrides: Partial<LifecycleStartVariables> = {}, options: CaseOptions = {}) {
    const role = options.sample ?? 'clean';
    const family = sampleCompanyFamily();
    harness.investigation.add(family.companies);
    const variables = prospect({ name: family.nameOf(role), taxId: family.taxIdOf(role) }, overrides);
    const statement = { ...sampleStatements[role], companyName: variables.customerName, taxId: variables.taxId };
    const instance = await harness.engine.startProcess({ id: harness.lifecycleDefinitionId }, { businessKey: variables.applicationId, variables });
    const c = new LifecycleCase(harness, variables, statement, family.companyOf(role), instance.id);
    await c.recordApplication(await (options.statements ?? ((figures) => statementPdf(figures).then((content) => [{ fileName: 'statements-2025.pdf', content }])))(statement));
    return c;
  }

  /** The application and the customer as the API records them, and the statements uploaded the way the API stores them. */
  private async recordApplication(statements: StatementUpload[]) {
    const { db } = this.harness;
    const applications = new CreditApplicationRepository(db);
    const { applicationId, customerName, taxId, requestedLimit, currency, urgent, industryRisk } = this.start;
    await applications.insert({ id: applicationId, companyName: customerName, taxId, requestedLimit, currency, urgent, processInstanceKey: this.processInstanceId, status: 'IN_REVIEW' });
    await new CustomerRepository(db).insertUnlessDuplicate({
      id: randomUUID(), name: customerName, normalisedName: normaliseCompanyName(customerName), taxId, industry: 'bearings', industryRisk,
      parentCustomerId: null, contactName: 'Wang Wei', contactPhone: null, contactEmail: customerEmailOf(taxId), legalRepresentative: null, legalRepresentativeIdNumber: null, postalAddress: null,
    });
    const documents = new DocumentService(new DocumentRepository(db), applications);
    for (const statement of statements) {
      await documents.upload({ applicationId, kind: 'financial-statements', fileName: statement.fileName, content: statement.content, uploadedBy: 'sales.test' });
    }
  }

  get applicationId() {
    return this.start.applicationId;
  }

  async completedElements(): Promise<string[]> {
    return this.harness.history.completedElementIds(this.processInstanceId);
  }

  /** How often the element started (completed, interrupted or still running). */
  async entered(elementId: string): Promise<number> {
    return (await this.harness.history.activities(this.processInstanceId)).filter((activity) => activity.elementId === elementId).length;
  }

  async variables(): Promise<Record<string, unknown>> {
    return this.harness.history.variables(this.processInstanceId);
  }

  /** The variables local to a user task (its form's fields and what they were pre-filled with). */
  async taskVariables(task: UserTaskView): Promise<Record<string, unknown>> {
    const activity = (await this.harness.history.activities(this.processInstanceId)).find((candidate) => candidate.taskId === task.taskId);
    if (!activity) throw new Error(`no activity instance of task ${task.taskId}`);
    return this.harness.history.variables(this.processInstanceId, activity.activityInstanceId);
  }

  /** Polls until the probe answers; fails at once with the incident's message when the instance or a called one has an incident. */
  async until<T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> {
    const deadline = Date.now() + waitTimeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      const called = await this.harness.history.calledInstances(this.processInstanceId);
      for (const id of [this.processInstanceId, ...called.map((instance) => instance.processInstanceId)]) {
        const [incident] = await this.harness.history.incidents(id);
        if (incident) throw new Error(`incident at ${incident.elementId} while waiting for ${what}: ${incident.incidentType} ${incident.message}`);
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} in instance ${this.processInstanceId}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  /** Waits until the element completed `times` times. */
  async completedOnce(elementId: string, times = 1): Promise<void> {
    await this.until(`${elementId} to complete ${times}×`, async () => (await this.completedElements()).filter((id) => id === elementId).length >= times);
  }

  /** Waits until the case has ended at an end event. */
  async ended(): Promise<void> {
    await this.until('the case to end', async () => (await this.harness.history.instance(this.processInstanceId))?.state === 'COMPLETED');
  }

  /** Waits until the element is active (started and not ended). */
  async reached(elementId: string): Promise<void> {
    await this.until(`${elementId} to be active`, async () => (await this.harness.history.activeElements(this.processInstanceId)).some((activity) => activity.elementId === elementId));
  }

  async userTask(elementId: string): Promise<UserTaskView> {
    return this.until(`user task ${elementId}`, async () => (await this.harness.history.openUserTasks(this.processInstanceId)).find((task) => task.elementId === elementId));
  }

  /** Completes the open user task with what its form submits, checked against the form's contract schema first. */
  async completeUserTask(elementId: string, formSchema: ZodType, submitted: Record<string, unknown>): Promise<UserTaskView> {
    const task = await this.userTask(elementId);
    const completedBefore = (await this.completedElements()).filter((id) => id === elementId).length;
    await this.harness.engine.completeTask(task.taskId, formSchema.parse(submitted) as Record<string, unknown>);
    await this.completedOnce(elementId, completedBefore + 1);
    return task;
  }

  /** Publishes a lifecycle message the way the API does (payload checked against the contract, through the message outbox). */
  async publish(name: MessageName, payload: Record<string, unknown>): Promise<void> {
    const variables = messagePayloadSchemas[name].parse(payload) as Record<string, unknown>;
    const variable = name === lifecycle.messages.paymentReceived ? 'receivableId' : 'applicationId';
    await this.harness.messages.publish({
      messageId: `${name}:${randomUUID()}`, messageName: name, correlateBy: { variable, value: String(variables[variable]) }, variables, timeToLiveMs: messageTimeToLiveMs,
    });
  }

  async cancel(): Promise<void> {
    await this.harness.engine.deleteProcessInstance(this.processInstanceId, 'test case done').catch(() => undefined);
  }

  async calledInstance(processId: string) {
    return this.until(`a called ${processId}`, async () => (await this.harness.history.calledInstances(this.processInstanceId)).find((instance) => instance.processId === processId));
  }
}

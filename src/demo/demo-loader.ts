import { randomBytes } from 'node:crypto';
import type { Role } from '../api/auth/roles';
import { creditLifecycleProcess as lifecycle } from '../contracts/credit-lifecycle.contract';
import { dunningProcess as dunning } from '../contracts/dunning.contract';
import { greenChannelProcess as greenChannel } from '../contracts/green-channel.contract';
import { legalEscalationProcess as legal } from '../contracts/legal-escalation.contract';
import { tieredReviewProcess as tieredReview } from '../contracts/tiered-review.contract';
import type { EngineClient, EngineCredentials } from '../engine/engine-client';
import { demoCases, type DemoCase, type DemoState } from './demo-cases';
import { demoShippingDocuments, demoStatementFigures, demoStatementPdf, type DemoSale } from './demo-documents';
import { DemoApi } from './demo-api';

/** The people the demo acts as (its own engine users, in the role groups), so no person's password is needed. */
export const demoUsers: ReadonlyArray<{ username: string; role: Role; firstName: string }> = [
  { username: 'demo.sales', role: 'sales', firstName: '示例销售 Demo sales' },
  { username: 'demo.analyst', role: 'credit-analyst', firstName: '示例分析师 Demo analyst' },
  { username: 'demo.manager', role: 'credit-manager', firstName: '示例经理 Demo manager' },
  { username: 'demo.finance', role: 'finance', firstName: '示例财务 Demo finance' },
];
type DemoUser = 'demo.sales' | 'demo.analyst' | 'demo.manager' | 'demo.finance';

interface CaseStatus {
  id: string;
  state: string;
  currentStep: { number: number; name: string } | null;
  activeElements: Array<{ processId: string; processInstanceId: string; elementId: string; incidentIds?: string[] }>;
  openUserTasks: Array<{ taskId: string; elementId: string; processInstanceId: string }>;
}

export interface DemoCaseResult {
  key: string;
  state: DemoState;
  customerId: string;
  applicationId: string;
  processInstanceId: string;
  receivableId?: string;
  /** False when the case was there from an earlier run and nothing was added. */
  created: boolean;
  /** Whether the case stands in its demo state now (an earlier run's case may have been worked on since). */
  atState: boolean;
  currentStep: string;
}

export interface DemoOptions {
  /** Our API, e.g. http://127.0.0.1:3000. */
  apiBase: string;
  /** The engine as the service user (creates the demo users, reads the engine's history). */
  engine: EngineClient;
  /** The service user (its password confirms resetting the demo users' passwords). */
  serviceUser: EngineCredentials;
  /** The engine's now (the test engine's clock may be ahead of the wall clock). */
  engineNow: () => Promise<Date>;
  log?: (line: string) => void;
  /** How long one case may take to reach its state. */
  caseTimeoutMs?: number;
}

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const approvedLimit = 350_000;
const termDays = 30;

/**
 * Loads the labelled demo cases through our real API and the engine's own tasks, each until it stands in
 * its state; idempotent: a customer already registered (by tax id) keeps its case, which is only driven on.
 */
export class DemoLoader {
  private readonly api: DemoApi;
  private readonly log: (line: string) => void;

  constructor(private readonly options: DemoOptions) {
    this.api = new DemoApi(options.apiBase);
    this.log = options.log ?? (() => undefined);
  }

  async load(): Promise<DemoCaseResult[]> {
    await this.ensureDemoUsers();
    const results: DemoCaseResult[] = [];
    for (const demo of demoCases) results.push(await this.loadCase(demo));
    return results;
  }

  /** The demo users with a fresh random password of this run (kept in memory only): they are the demo's, nobody logs in as them. */
  private async ensureDemoUsers(): Promise<void> {
    const { engine } = this.options;
    const service = this.options.serviceUser;
    for (const user of demoUsers) {
      const password = randomBytes(18).toString('base64url');
      const existing = await engine.get<Array<{ id: string }>>('/user', { id: user.username });
      if (existing.length === 0) {
        await engine.post('/user/create', { profile: { id: user.username, firstName: user.firstName, lastName: '(示例 Demo)', email: `${user.username}@demo.invalid` }, credentials: { password } });
      } else {
        await engine.request('PUT', `/user/${encodeURIComponent(user.username)}/credentials`, { body: { password, authenticatedUserPassword: service.password } });
      }
      const members = await engine.get<Array<{ id: string }>>('/user', { memberOfGroup: user.role, id: user.username });
      if (members.length === 0) await engine.request('PUT', `/group/${encodeURIComponent(user.role)}/members/${encodeURIComponent(user.username)}`);
      this.api.credentials.set(user.username, password);
    }
  }

  private as(user: DemoUser): EngineCredentials {
    return { user, password: this.api.credentials.get(user) as string };
  }

  private async loadCase(demo: DemoCase): Promise<DemoCaseResult> {
    const registered = await this.api.call('POST', '/api/customers', 'demo.sales', {
      name: demo.name, taxId: demo.taxId, industry: 'wholesale (示例 demo)', industryRisk: 'medium', contactName: '示例联系人 Demo contact',
      contactEmail: `ap-${demo.key}@demo.invalid`, postalAddress: '示例地址 Demo address, 上海市浦东新区示例路 1 号',
    });
    if (registered.status !== 201 && registered.status !== 409) throw new Error(`registering ${demo.name} answered ${registered.status}: ${JSON.stringify(registered.body)}`);
    const customerId = String(registered.body.id ?? registered.body.existingId);
    let applicationId = await this.existingApplication(customerId);
    const created = applicationId === undefined;
    if (applicationId === undefined) {
      const applied = await this.api.call('POST', '/api/applications', 'demo.sales', { customerId, requestedLimit: demo.requestedLimit, currency: 'CNY', urgent: demo.urgent });
      if (applied.status !== 201) throw new Error(`applying for ${demo.name} answered ${applied.status}: ${JSON.stringify(applied.body)}`);
      applicationId = String(applied.body.id);
      await this.api.upload(applicationId, 'financial-statements', `statements-${demo.key}.pdf`, await demoStatementPdf(demo), 'demo.sales');
    }
    this.log(`${created ? 'driving' : 'already there, checking'} ${demo.name} → ${demo.state}`);
    // a case of an earlier run is only looked at: people may have worked on it since, and the demo acts for nobody then
    const status = created ? await this.drive(demo, applicationId) : await this.status(applicationId);
    const atState = created || (await this.reached(demo, status, applicationId));
    if (!atState) this.log(`  ${demo.name} has moved on from ${demo.state} (worked on, or an earlier run was interrupted); npm run demo -- --remove, then load again, sets it back`);
    return {
      key: demo.key, state: demo.state, customerId, applicationId, processInstanceId: await this.caseInstance(applicationId) ?? '', created,
      receivableId: demo.deliveredDaysAgo ? this.receivableIdOf(demo, applicationId) : undefined,
      atState,
      currentStep: status.currentStep ? `${status.currentStep.number} ${status.currentStep.name}` : status.state,
    };
  }

  /** The customer's lifecycle case, found in the engine's history by its customerId variable; its business key is the application id. */
  private async existingApplication(customerId: string): Promise<string | undefined> {
    const cases = await this.options.engine.post<Array<{ businessKey: string | null }>>('/history/process-instance', {
      processDefinitionKey: lifecycle.processId, variables: [{ name: 'customerId', operator: 'eq', value: customerId }],
    });
    return cases.find((instance) => instance.businessKey)?.businessKey ?? undefined;
  }

  private async caseInstance(applicationId: string): Promise<string | undefined> {
    const cases = await this.options.engine.get<Array<{ id: string }>>('/history/process-instance', { processDefinitionKey: lifecycle.processId, processInstanceBusinessKey: applicationId });
    return cases[0]?.id;
  }

  private receivableIdOf(demo: DemoCase, applicationId: string): string {
    return `INV-DEMO-${demo.key.toUpperCase()}-${applicationId.slice(0, 8)}`;
  }

  private async sale(demo: DemoCase, applicationId: string): Promise<DemoSale> {
    const now = await this.options.engineNow();
    const delivered = new Date(now.getTime() - (demo.deliveredDaysAgo ?? 0) * dayMs);
    const signed = new Date(delivered.getTime() - 10 * dayMs);
    return {
      contractNumber: `CS-${signed.getUTCFullYear()}-9${String(demoCases.indexOf(demo) + 1).padStart(4, '0')}`,
      invoiceNumber: this.receivableIdOf(demo, applicationId), amount: demo.invoiceAmount ?? 100_000, termDays,
      signedOn: isoDay(signed), deliveredOn: isoDay(delivered), invoiceDueOn: isoDay(new Date(delivered.getTime() + termDays * dayMs)),
      termEndsOn: isoDay(new Date(signed.getTime() + 365 * dayMs)),
    };
  }

  /** Whether the case stands where the demo leaves it. */
  private async reached(demo: DemoCase, status: CaseStatus, applicationId: string): Promise<boolean> {
    const open = (elementId: string) => status.openUserTasks.some((task) => task.elementId === elementId);
    switch (demo.state) {
      case 'green-channel-approved': return open(lifecycle.elements.signContract);
      case 'analyst-review': return open(tieredReview.elements.analystReview);
      case 'committee-vote': return open(tieredReview.elements.committeeVote);
      case 'legal': return open(legal.elements.chooseLegalRoute);
      case 'dunning': {
        if (!status.activeElements.some((element) => element.processId === dunning.processId && element.elementId === dunning.elements.awaitNextStage)) return false;
        const history = await this.api.call('GET', `/api/receivables/${this.receivableIdOf(demo, applicationId)}/dunning-history`, 'demo.finance');
        return history.status === 200 && (history.body.notices as unknown[]).length > 0;
      }
    }
  }

  /** Polls the case's status through our API and does the next step a person or an outside system would, until the case is there. */
  private async drive(demo: DemoCase, applicationId: string): Promise<CaseStatus> {
    const deadline = Date.now() + (this.options.caseTimeoutMs ?? 300_000);
    const done = new Set<string>();
    for (;;) {
      const status = await this.status(applicationId);
      if (await this.reached(demo, status, applicationId)) return status;
      const incident = status.activeElements.find((element) => (element.incidentIds ?? []).length > 0);
      if (incident) throw new Error(`${demo.name}: an incident holds the case at ${incident.elementId} (see Cockpit)`);
      if (status.state !== 'ACTIVE') throw new Error(`${demo.name}: the case ended (${status.state}) before reaching ${demo.state}`);
      const acted = await this.nextStep(demo, applicationId, status, done);
      if (!acted) {
        if (Date.now() > deadline) throw new Error(`${demo.name}: not at ${demo.state} after ${(this.options.caseTimeoutMs ?? 300_000) / 1000} s; it stands at ${JSON.stringify(status.currentStep)} with ${status.activeElements.map((element) => element.elementId).join(', ')}`);
        await sleep(500);
      }
    }
  }

  private async status(applicationId: string): Promise<CaseStatus> {
    return (await this.api.call('GET', `/api/applications/${applicationId}`, 'demo.manager')).body as unknown as CaseStatus;
  }

  private async nextStep(demo: DemoCase, applicationId: string, status: CaseStatus, done: Set<string>): Promise<boolean> {
    const e = lifecycle.elements;
    const once = async (key: string, action: () => Promise<unknown>) => {
      if (done.has(key)) return false;
      done.add(key);
      await action();
      return true;
    };
    const review = { decision: 'APPROVE', limit: approvedLimit, termDays, comment: '示例审批 Demo approval: sound statements, clean records.' };
    for (const task of status.openUserTasks) {
      const complete = (user: DemoUser, variables: Record<string, unknown>) => once(task.taskId, () => this.options.engine.completeTask(task.taskId, variables, this.as(user)));
      switch (task.elementId) {
        case e.confirmCollectedInformation: return complete('demo.sales', { informationCheck: 'CONFIRMED' });
        case e.enterDocumentData: return complete('demo.analyst', { companyName: demo.name, taxId: demo.taxId, ...demoStatementFigures });
        case greenChannel.elements.coordinateUrgentRequest: return complete('demo.manager', review);
        case tieredReview.elements.analystReview: if (demo.state !== 'analyst-review') return complete('demo.analyst', review); break;
        case tieredReview.elements.managerReview: return complete('demo.manager', review);
        case e.signContract: if (demo.state !== 'green-channel-approved') {
          const sale = await this.sale(demo, applicationId);
          return complete('demo.sales', { contractNumber: sale.contractNumber, contractSignedOn: sale.signedOn, dailyLateFeeRate: 0.0005, signedUnderApprovedConditions: true });
        } break;
        case e.resolveThreeWayMismatch: return complete('demo.analyst', { invoiceAmount: demo.invoiceAmount, mismatchResolution: '示例 Demo: documents checked by hand, they agree.' });
        default: break;
      }
    }
    const waitsAt = (elementId: string) => status.activeElements.some((element) => element.processId === lifecycle.processId && element.elementId === elementId);
    const publish = (event: string, user: DemoUser, payload: Record<string, unknown>) => once(event, async () => {
      const answer = await this.api.call('POST', `/api/events/${event}`, user, payload, { 'Idempotency-Key': `demo-${event}-${applicationId}` });
      if (answer.status !== 202) throw new Error(`${event} for ${demo.name} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    });
    if (waitsAt(e.awaitSalesIntent)) return publish('sales-intent-reached', 'demo.sales', { applicationId, note: '示例 Demo: agreed in principle.' });
    if (waitsAt(e.prepaymentReceived)) {
      const sale = await this.sale(demo, applicationId);
      return publish('prepayment-received', 'demo.finance', { applicationId, prepaymentAmount: 20_000, paidAt: `${sale.signedOn}T08:00:00Z` });
    }
    if (waitsAt(e.goodsShipped)) {
      const sale = await this.sale(demo, applicationId);
      return once('goods-shipped', async () => {
        const documents = await demoShippingDocuments(demo, sale);
        await this.api.upload(applicationId, 'contract', `contract-${sale.contractNumber}.pdf`, documents.contract, 'demo.sales');
        const deliveryNote = await this.api.upload(applicationId, 'delivery-note', `delivery-note-${sale.invoiceNumber}.pdf`, documents['delivery-note'], 'demo.sales');
        const invoice = await this.api.upload(applicationId, 'invoice', `invoice-${sale.invoiceNumber}.pdf`, documents.invoice, 'demo.sales');
        const answer = await this.api.call('POST', '/api/events/goods-shipped', 'demo.sales', {
          applicationId, shippedAt: `${sale.deliveredOn}T02:00:00Z`, receivableId: sale.invoiceNumber, invoiceAmount: sale.amount, currency: 'CNY', deliveryNoteDocumentId: deliveryNote, invoiceDocumentId: invoice,
        }, { 'Idempotency-Key': `demo-goods-shipped-${applicationId}` });
        if (answer.status !== 202) throw new Error(`goods-shipped for ${demo.name} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      });
    }
    if (waitsAt(e.awaitReceiptConfirmation)) {
      const sale = await this.sale(demo, applicationId);
      return publish('receipt-confirmed', 'demo.sales', { applicationId, deliveredAt: `${sale.deliveredOn}T06:00:00Z`, goodsConform: true, note: '示例 Demo: the goods arrived months ago.' });
    }
    return false;
  }
}

import type { EngineClient, TaskDto } from '../../../src/engine/engine-client';
import { EngineRestError } from '../../../src/engine/engine-client';
import { creditLifecycleProcess } from '../../../src/contracts/credit-lifecycle.contract';
import type { MessageDeliveryService } from '../../../src/engine/messages/message-delivery.service';
import type { ReceivableService } from '../../../src/dunning/receivable.service';
import { sampleCompanyFamily, type InvestigationProvider } from '../../support/investigation-provider';
import type { ApiCaller } from './api-caller';
import { caseEndings, clockStages, eventFor, paidCentsOf, taskSubmission, type CaseEnding, type CaseEvent, type FaultCase } from './fault-case';
import type { EngineNodes } from './engine-nodes';

const dayMs = 24 * 60 * 60 * 1000;

export interface DriverOptions {
  cases: number;
  engine: () => EngineClient;
  nodes: EngineNodes;
  api: ApiCaller;
  messages: MessageDeliveryService;
  receivables: ReceivableService;
  provider: InvestigationProvider;
  /** Publish every event twice: the same request again and the same event under a second key. */
  publishTwice?: boolean;
  /** How case `index` ends; the four endings in turn unless given (a benchmark's mix of mostly paid cases). */
  endingOf?: (index: number) => CaseEnding;
  /** Awaited each time every case rests and the clock is about to move to `stage` (an index of clockStages). */
  onStage?: (stage: number, endedCases: number) => Promise<void>;
  /** A person's round besides the cases' own (e.g. finance resolving e-mails in doubt); answers how many actions it took. */
  operator?: () => Promise<number>;
  log: (line: string) => void;
}

interface Snapshot {
  tasks: TaskDto[];
  waiting: Array<{ eventName: string; processInstanceId: string }>;
  instances: Map<string, { businessKey: string | null; processKey: string }>;
  externalTasks: number;
  dueJobs: number;
  endedCases: number;
}

/**
 * Drives N credit lifecycles the way sales, credit, finance, legal and the customer would, by
 * reacting to what the engine shows: every open user task is completed with its form's data, every
 * message a case waits for is reported through the API. When every case rests, the engine clock
 * moves to the next stage (due date, reminder, formal warning, legal). Faults may strike at any
 * time: every action is repeated until it takes, and is safe to repeat.
 */
export class LifecycleDriver {
  readonly cases: FaultCase[];
  private readonly byApplication = new Map<string, FaultCase>();
  private readonly done = new Set<string>();
  private readonly inHand = new Set<string>();
  stage = 0;
  rounds = 0;
  clockNudges = 0;

  constructor(private readonly options: DriverOptions) {
    this.cases = Array.from({ length: options.cases }, (_, index) => {
      const family = sampleCompanyFamily('Fault');
      options.provider.add(family.companies);
      return {
        index, ending: options.endingOf?.(index) ?? caseEndings[index % caseEndings.length]!, customerName: family.nameOf('clean'), taxId: family.taxIdOf('clean'),
        receivableId: `INV-F${String(Date.now()).slice(-7)}${String(index).padStart(4, '0')}`, paidCents: 0,
      };
    });
  }

  /** Registers each case's customer and applies for its limit through the API (a few at a time). */
  async startCases(concurrency = 6): Promise<void> {
    const queue = [...this.cases];
    await Promise.all(Array.from({ length: concurrency }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const customer = await this.options.api.post<{ id: string }>('/api/customers', 'sales.li', `fault-customer-${c.taxId}`, {
          name: c.customerName, taxId: c.taxId, industry: 'bearings trading', industryRisk: 'medium', contactName: 'Wang Wei',
          contactEmail: `ap-${c.taxId.toLowerCase()}@customer.example`, postalAddress: '江苏省苏州市工业园区星湖街 88 号, 215000 Suzhou',
        });
        c.customerId = customer.id;
        const application = await this.options.api.post<{ id: string; processInstanceKey: string }>('/api/applications', 'sales.li', `fault-application-${c.taxId}`, {
          customerId: customer.id, requestedLimit: 500_000, currency: 'CNY',
        });
        c.applicationId = application.id;
        c.processInstanceId = application.processInstanceKey;
        this.byApplication.set(application.id, c);
      }
    }));
  }

  /** Runs until every case has ended; throws with what stands still when nothing moves for `stallMs`. */
  async runToEnd(stallMs = 240_000): Promise<void> {
    let lastProgress = Date.now();
    let lastSignature = '';
    let lastNudge = Date.now();
    let restingRounds = 0;
    let lastReport = 0;
    for (;;) {
      this.rounds += 1;
      const snapshot = await this.snapshot().catch((error: Error) => {
        this.options.log(`reading the engine failed (${error.message}); trying again`);
        return undefined;
      });
      if (!snapshot) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        continue;
      }
      if (snapshot.endedCases === this.cases.length) return;
      const acted = (await this.act(snapshot)) + (await this.operatorRound());
      if (Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        this.options.log(`stage ${this.stage}: ${await this.describe(snapshot)}`);
      }
      const signature = JSON.stringify([snapshot.tasks.length, snapshot.waiting.length, snapshot.externalTasks, snapshot.dueJobs, snapshot.endedCases, acted]);
      if (signature !== lastSignature || acted > 0) {
        lastSignature = signature;
        lastProgress = Date.now();
      }
      const resting = acted === 0 && snapshot.tasks.length === 0 && snapshot.externalTasks === 0 && snapshot.dueJobs === 0 && this.inHand.size === 0;
      restingRounds = resting ? restingRounds + 1 : 0;
      if (restingRounds >= 3 && this.stage < clockStages.length - 1) {
        this.stage += 1;
        const stage = clockStages[this.stage]!;
        await this.options.onStage?.(this.stage, snapshot.endedCases);
        this.options.log(`every case rests (${snapshot.endedCases} ended): the engine clock moves ${stage.advanceDays} days — ${stage.name}`);
        await this.options.nodes.advance(stage.advanceDays * dayMs);
        restingRounds = 0;
        lastProgress = Date.now();
      } else if (!resting && Date.now() - lastProgress > 20_000 && Date.now() - lastNudge > 20_000) {
        // work locked by a process that died waits for its lock to expire: let six minutes pass on the engine's clock
        await this.options.nodes.advance(6 * 60_000);
        this.clockNudges += 1;
        lastNudge = Date.now();
      }
      if (Date.now() - lastProgress > stallMs) throw new Error(`the run stands still at stage ${this.stage}: ${await this.describe(snapshot)}`);
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
  }

  private lastOperatorRound = 0;

  /** The operator's round, at most every 10 s; a failure (the API is down) waits for the next. */
  private async operatorRound(): Promise<number> {
    if (!this.options.operator || Date.now() - this.lastOperatorRound < 10_000) return 0;
    this.lastOperatorRound = Date.now();
    return this.options.operator().catch((error: Error) => {
      this.options.log(`the operator's round failed, tried again later: ${error.message.slice(0, 300)}`);
      return 0;
    });
  }

  private async snapshot(): Promise<Snapshot> {
    const engine = this.options.engine();
    const [tasks, subscriptions, instances, externalTasks, dueJobs, ended] = await Promise.all([
      engine.get<TaskDto[]>('/task', { maxResults: 2000 }),
      engine.get<Array<{ eventName: string; processInstanceId: string }>>('/event-subscription', { eventType: 'message', maxResults: 10_000 }),
      engine.get<Array<{ id: string; businessKey: string | null; definitionId: string }>>('/process-instance', { maxResults: 10_000 }),
      engine.get<{ count: number }>('/external-task/count', { notLocked: false, withRetriesLeft: true }),
      engine.get<{ count: number }>('/job/count', { executable: true }),
      engine.get<{ count: number }>('/history/process-instance/count', { processDefinitionKey: creditLifecycleProcess.processId, finished: true }),
    ]);
    return {
      tasks, waiting: subscriptions,
      instances: new Map(instances.map((instance) => [instance.id, { businessKey: instance.businessKey, processKey: instance.definitionId.split(':')[0] as string }])),
      externalTasks: externalTasks.count, dueJobs: dueJobs.count, endedCases: ended.count,
    };
  }

  /** Completes the tasks and reports the events the snapshot asks for; returns how many actions it started. */
  private async act(snapshot: Snapshot): Promise<number> {
    const now = await this.options.nodes.now();
    const today = now.toISOString().slice(0, 10);
    const actions: Array<Promise<void>> = [];
    for (const task of snapshot.tasks) {
      const c = this.caseOf(snapshot, task.processInstanceId);
      const submission = c && taskSubmission(c, task.taskDefinitionKey, today);
      if (!c || !submission || this.done.has(`task:${task.id}`) || this.inHand.has(`task:${task.id}`)) continue;
      actions.push(this.once(`task:${task.id}`, () => this.options.engine().completeTask(task.id, submission)));
    }
    for (const waiting of snapshot.waiting) {
      const c = this.caseOf(snapshot, waiting.processInstanceId);
      const processKey = snapshot.instances.get(waiting.processInstanceId)?.processKey ?? '';
      if (!c) continue;
      const key = `event:${c.index}:${waiting.eventName}:${processKey}`;
      if (this.done.has(key) || this.inHand.has(key)) continue;
      const build = eventFor(c, { eventName: waiting.eventName, processKey }, {
        stage: this.stage, now: now.toISOString(), owedCents: () => this.options.receivables.amountToSettle(c.receivableId, today),
      });
      if (!build) continue;
      actions.push(this.once(key, async () => {
        const event = await build();
        await this.publish(key, event);
        c.paidCents += paidCentsOf(event);
      }));
    }
    return actions.length;
  }

  /** Starts the action unless it is in hand or done; a failure is tried again on a later round. */
  private once(key: string, action: () => Promise<void>): Promise<void> {
    if (this.done.has(key) || this.inHand.has(key)) return Promise.resolve();
    this.inHand.add(key);
    const running = action().then(
      () => void this.done.add(key),
      (error: unknown) => {
        // a task completed meanwhile (404) is done; anything else is tried again
        if (error instanceof EngineRestError && error.status === 404) this.done.add(key);
        else this.options.log(`${key} failed, tried again later: ${(error as Error).message.slice(0, 300)}`);
      },
    ).finally(() => this.inHand.delete(key));
    void running;
    return Promise.resolve();
  }

  private async publish(key: string, event: CaseEvent): Promise<void> {
    const idempotencyKey = `fault-${key}`;
    if (event.via === 'api') {
      await this.options.api.post(`/api/events/${event.event}`, event.user, idempotencyKey, event.payload);
      if (this.options.publishTwice) {
        await this.options.api.post(`/api/events/${event.event}`, event.user, idempotencyKey, event.payload);
        await this.options.api.post(`/api/events/${event.event}`, event.user, `${idempotencyKey}-again`, event.payload);
      }
      return;
    }
    const message = { messageName: event.messageName, correlateBy: event.correlateBy, variables: event.variables, timeToLiveMs: 60 * dayMs };
    await this.options.messages.publish({ ...message, messageId: idempotencyKey });
    if (this.options.publishTwice) {
      await this.options.messages.publish({ ...message, messageId: idempotencyKey });
      await this.options.messages.publish({ ...message, messageId: `${idempotencyKey}-again` });
    }
  }

  private caseOf(snapshot: Snapshot, processInstanceId: string): FaultCase | undefined {
    const businessKey = snapshot.instances.get(processInstanceId)?.businessKey;
    return businessKey ? this.byApplication.get(businessKey) : undefined;
  }

  private async describe(snapshot: Snapshot): Promise<string> {
    const tasks = [...new Set(snapshot.tasks.map((task) => task.taskDefinitionKey))].join(', ');
    const events = [...new Set(snapshot.waiting.map((waiting) => `${waiting.eventName}@${snapshot.instances.get(waiting.processInstanceId)?.processKey}`))].join(', ');
    return `${snapshot.endedCases}/${this.cases.length} ended; open tasks: ${tasks || 'none'}; waiting for: ${events || 'nothing'}; external tasks ${snapshot.externalTasks}, due jobs ${snapshot.dueJobs}; in hand: ${[...this.inHand].slice(0, 5).join(', ')}`;
  }
}

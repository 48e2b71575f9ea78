import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { EngineRestError, type EngineClient } from './engine-client';
import type { TypedVariables } from './variables';

/** An external task as fetchAndLock hands it out. */
export interface LockedExternalTask {
  id: string;
  topicName: string;
  workerId: string;
  activityId: string;
  activityInstanceId: string;
  processInstanceId: string;
  processDefinitionId: string;
  processDefinitionKey: string;
  businessKey: string | null;
  retries: number | null;
  lockExpirationTime: string;
  createTime: string;
  variables: TypedVariables;
}

export interface TopicSubscription {
  topicName: string;
  /** How long a task stays ours before the engine hands it to another worker; long work extends it. */
  lockDurationMs: number;
  handler: (task: LockedExternalTask) => Promise<void>;
  /** At most this many tasks of the topic at once in this process (CPU-bound work such as OCR). */
  maxConcurrent?: number;
}

export interface PollerOptions {
  logger: Logger;
  /** Tasks worked at once by this process, over all topics. */
  maxConcurrentTasks?: number;
  /** How long one fetchAndLock waits for work before it is asked again. */
  longPollMs?: number;
  workerId?: string;
}

/**
 * Fetches external tasks of every subscribed topic with one long-polling fetchAndLock and hands each
 * to its topic's handler; at most `maxConcurrentTasks` are in hand at once. Closing stops fetching
 * and waits for the tasks in hand.
 */
export class ExternalTaskPoller {
  readonly workerId: string;
  private readonly subscriptions = new Map<string, TopicSubscription>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly inFlightByTopic = new Map<string, number>();
  private readonly maxConcurrent: number;
  private readonly longPollMs: number;
  private running = false;
  private loop: Promise<void> | undefined;
  private abort = new AbortController();

  constructor(
    private readonly client: EngineClient,
    private readonly options: PollerOptions,
  ) {
    this.workerId = options.workerId ?? `credit-workers-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.maxConcurrent = options.maxConcurrentTasks ?? 8;
    this.longPollMs = options.longPollMs ?? 20_000;
  }

  subscribe(subscription: TopicSubscription): { close(): Promise<void> } {
    if (this.subscriptions.has(subscription.topicName)) throw new Error(`topic ${subscription.topicName} already has a worker in this process`);
    this.subscriptions.set(subscription.topicName, subscription);
    // registrations of one start-up share the first poll
    if (!this.running) queueMicrotask(() => this.start());
    else this.abort.abort();
    return {
      close: async () => {
        this.subscriptions.delete(subscription.topicName);
        if (this.subscriptions.size === 0) await this.close();
      },
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async close(): Promise<void> {
    this.running = false;
    this.abort.abort();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    this.handBackLateLocks();
  }

  /**
   * The engine keeps an aborted long poll pending until it answers it (it does not notice the closed
   * connection before): until then it may still lock new tasks for this worker id, which would wait
   * for their lock to expire. For as long as that poll could live, such tasks are handed back.
   */
  private handBackLateLocks(): void {
    const until = Date.now() + this.longPollMs + 5_000;
    const sweep = async () => {
      const locked = await this.client.get<Array<{ id: string }>>('/external-task', { workerId: this.workerId, locked: true });
      await Promise.all(locked.map((task) => this.client.post(`/external-task/${task.id}/unlock`).catch(() => undefined)));
    };
    const timer = setInterval(() => {
      if (Date.now() > until) clearInterval(timer);
      sweep().catch(() => undefined);
    }, 500);
    timer.unref();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      if (this.inFlight.size >= this.maxConcurrent) {
        await Promise.race(this.inFlight);
        continue;
      }
      if (this.subscriptions.size === 0) break;
      if (this.topicsWithRoom().length === 0) {
        await Promise.race(this.inFlight);
        continue;
      }
      this.abort = new AbortController();
      try {
        const tasks = await this.client.request<LockedExternalTask[]>('POST', '/external-task/fetchAndLock', {
          body: {
            workerId: this.workerId,
            maxTasks: this.maxConcurrent - this.inFlight.size,
            usePriority: true,
            asyncResponseTimeout: this.longPollMs,
            topics: this.topicsWithRoom().map((subscription) => ({ topicName: subscription.topicName, lockDuration: subscription.lockDurationMs })),
          },
          query: { deserializeValues: false },
          timeoutMs: this.longPollMs + 10_000,
          signal: this.abort.signal,
        });
        failures = 0;
        for (const task of tasks) this.dispatch(task);
      } catch (error) {
        if (!this.running || this.abort.signal.aborted) continue;
        failures += 1;
        const waitMs = Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
        this.options.logger.warn({ err: error instanceof EngineRestError ? error.message : error, retryInMs: waitMs }, 'fetching external tasks failed');
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    }
  }

  private topicsWithRoom(): TopicSubscription[] {
    return [...this.subscriptions.values()].filter((subscription) => (this.inFlightByTopic.get(subscription.topicName) ?? 0) < (subscription.maxConcurrent ?? Infinity));
  }

  private dispatch(task: LockedExternalTask): void {
    const subscription = this.subscriptions.get(task.topicName);
    const running = this.inFlightByTopic.get(task.topicName) ?? 0;
    if (!subscription || running >= (subscription.maxConcurrent ?? Infinity)) {
      // closed meanwhile, or more of a limited topic than it may work at once: hand it back at once
      this.client.post(`/external-task/${task.id}/unlock`).catch(() => undefined);
      return;
    }
    this.inFlightByTopic.set(task.topicName, running + 1);
    const work = subscription
      .handler(task)
      .catch((error) => this.options.logger.error({ err: error, externalTaskId: task.id, topic: task.topicName }, 'external task handler failed'))
      .finally(() => {
        this.inFlight.delete(work);
        this.inFlightByTopic.set(task.topicName, (this.inFlightByTopic.get(task.topicName) ?? 1) - 1);
      });
    this.inFlight.add(work);
  }
}

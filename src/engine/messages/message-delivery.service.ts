import type { EngineMessage, EngineMessageRepository } from '../../db/engine-message.repository';
import type { Logger } from '../../logger';
import type { EngineClient } from '../engine-client';
import { PeriodicTask } from '../../periodic-task';

export interface MessageToPublish {
  /** Unique per business event (from the caller's Idempotency-Key): a second publication is a no-op. */
  messageId: string;
  messageName: string;
  /** The process variable that identifies the waiting case (applicationId, receivableId) and its value; with `processId`, only instances of that process. */
  correlateBy: { variable: string; value: string; processId?: string };
  variables: Record<string, unknown>;
  /** How long the message waits for its case to reach the step that catches it. */
  timeToLiveMs: number;
}

/**
 * Publishes business messages to the engine at least once and never twice per message id: each is
 * recorded first, then correlated to every instance waiting for it (a message catch event or a
 * message event sub-process). One that finds no instance waiting stays pending and is tried again
 * by `deliverPending` until its time to live runs out, as a message buffer would keep it.
 */
export class MessageDeliveryService {
  private readonly periodic = new PeriodicTask(() => this.deliverPending(), (error) => this.deps.logger.warn({ err: error }, 'delivering pending messages failed'));

  constructor(private readonly deps: { engine: EngineClient; messages: EngineMessageRepository; logger: Logger; now?: () => Date }) {}

  async publish(message: MessageToPublish): Promise<EngineMessage> {
    const now = this.deps.now?.() ?? new Date();
    const { message: recorded } = await this.deps.messages.recordOnce({
      messageId: message.messageId,
      messageName: message.messageName,
      correlationVariable: message.correlateBy.variable,
      correlationValue: message.correlateBy.value,
      correlationProcessId: message.correlateBy.processId,
      variables: message.variables,
      expiresAt: new Date(now.getTime() + message.timeToLiveMs),
    });
    if (recorded.status === 'PENDING') await this.deliver(recorded.messageId);
    return (await this.deps.messages.find(recorded.messageId)) as EngineMessage;
  }

  /** Tries every pending message once; returns how many were delivered. */
  async deliverPending(limit = 200): Promise<number> {
    let delivered = 0;
    for (const messageId of await this.deps.messages.pendingIds(limit)) if (await this.deliver(messageId)) delivered += 1;
    return delivered;
  }

  /** Keeps delivering pending messages every `intervalMs` until stopped. */
  start(intervalMs: number): void {
    this.periodic.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }

  /** Correlates to the running instances of one process holding the variable (the REST API's correlation has no process filter). */
  private async correlateWithin(message: EngineMessage, processId: string) {
    const instances = await this.deps.engine.post<Array<{ id: string }>>('/process-instance', {
      processDefinitionKey: processId, variables: [{ name: message.correlationVariable, operator: 'eq', value: message.correlationValue }],
    });
    const results = [];
    for (const instance of instances) {
      results.push(...(await this.deps.engine.correlateMessage({ messageName: message.messageName, processInstanceId: instance.id, processVariables: message.variables, all: true })));
    }
    return results;
  }

  private async deliver(messageId: string): Promise<boolean> {
    let delivered = false;
    await this.deps.messages.withPendingLocked(messageId, async (message, transaction) => {
      const now = this.deps.now?.() ?? new Date();
      try {
        const results = message.correlationProcessId ? await this.correlateWithin(message, message.correlationProcessId) : await this.deps.engine.correlateMessage({
          messageName: message.messageName,
          correlationKeys: { [message.correlationVariable]: message.correlationValue },
          processVariables: message.variables,
          all: true,
        });
        const instances = [...new Set(results.flatMap((result) => [result.execution?.processInstanceId ?? result.processInstance?.id ?? []].flat()))];
        if (instances.length > 0) {
          await this.deps.messages.markDelivered(transaction, message.messageId, instances);
          delivered = true;
          return;
        }
        await this.deps.messages.markAttempt(transaction, message.messageId, 'no instance waits for it yet', now.getTime() >= Date.parse(message.expiresAt));
      } catch (error) {
        this.deps.logger.warn({ err: error, messageName: message.messageName }, 'correlating a message failed; it stays pending');
        await this.deps.messages.markAttempt(transaction, message.messageId, (error as Error).message, now.getTime() >= Date.parse(message.expiresAt));
      }
    });
    return delivered;
  }
}

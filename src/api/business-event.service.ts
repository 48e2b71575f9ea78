import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { JSON } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';
import { businessEvents, type BusinessEventName } from '../contracts/business-events.contract';

export interface PublishedEvent {
  event: BusinessEventName;
  messages: Array<{ messageName: string; correlationKey: string; messageKey: string }>;
}

/** How long an event waits for the case to reach the matching step (e.g. a payment before the due date). */
const messageTimeToLiveSeconds = 30 * 24 * 3600;

export class BusinessEventService {
  constructor(private readonly zeebe: ZeebeGrpcClient) {}

  /**
   * Publishes the event's message(s). The message id is derived from the caller's Idempotency-Key,
   * so the engine itself also refuses a second copy of the same event.
   */
  async publish(event: BusinessEventName, payload: Record<string, unknown>, idempotencyKey: string): Promise<PublishedEvent> {
    const definition = businessEvents[event];
    const targets: Array<{ correlationKey: string; suffix: string }> = [{ correlationKey: String(payload[definition.correlateBy]), suffix: '' }];
    if (event === 'dispute-raised' && typeof payload.receivableId === 'string') targets.push({ correlationKey: payload.receivableId, suffix: ':receivable' });
    const messages = [];
    for (const target of targets) {
      const response = await this.zeebe.publishMessage({
        name: definition.messageName,
        correlationKey: target.correlationKey,
        messageId: `${event}:${idempotencyKey}${target.suffix}`,
        timeToLive: messageTimeToLiveSeconds * 1000,
        variables: payload as Record<string, JSON>,
      });
      messages.push({ messageName: definition.messageName, correlationKey: target.correlationKey, messageKey: String(response.key) });
    }
    return { event, messages };
  }
}

import { businessEvents, type BusinessEventName } from '../contracts/business-events.contract';
import type { MessageDeliveryService } from '../engine/messages/message-delivery.service';

export interface PublishedEvent {
  event: BusinessEventName;
  messages: Array<{ messageName: string; correlationKey: string; messageId: string; status: string; deliveredTo: string[] }>;
}

/** How long an event waits for the case to reach the matching step (e.g. a payment before the due date). */
const messageTimeToLiveMs = 30 * 24 * 3600 * 1000;

export class BusinessEventService {
  constructor(private readonly messages: MessageDeliveryService) {}

  /**
   * Publishes the event's message(s). The message id is derived from the caller's Idempotency-Key,
   * so a second copy of the same event is recorded once and delivered once.
   */
  async publish(event: BusinessEventName, payload: Record<string, unknown>, idempotencyKey: string): Promise<PublishedEvent> {
    const definition = businessEvents[event];
    const targets: Array<{ variable: string; value: string; suffix: string }> = [{ variable: definition.correlateBy, value: String(payload[definition.correlateBy]), suffix: '' }];
    if (event === 'dispute-raised' && typeof payload.receivableId === 'string') targets.push({ variable: 'receivableId', value: payload.receivableId, suffix: ':receivable' });
    const messages = [];
    for (const target of targets) {
      const published = await this.messages.publish({
        messageId: `${event}:${idempotencyKey}${target.suffix}`,
        messageName: definition.messageName,
        correlateBy: { variable: target.variable, value: target.value },
        variables: payload,
        timeToLiveMs: messageTimeToLiveMs,
      });
      messages.push({ messageName: definition.messageName, correlationKey: target.value, messageId: published.messageId, status: published.status, deliveredTo: published.deliveredTo ?? [] });
    }
    return { event, messages };
  }
}

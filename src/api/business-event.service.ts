import { businessEvents, type BusinessEventName } from '../contracts/business-events.contract';
import { creditLifecycleProcess } from '../contracts/credit-lifecycle.contract';
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
    const targets: Array<{ variable: string; value: string; processId?: string; suffix: string }> = [{ variable: definition.correlateBy, value: String(payload[definition.correlateBy]), suffix: '' }];
    // the invoice's copy goes to its dunning only: the case holds the same invoice number and has its own copy
    if (event === 'dispute-raised' && typeof payload.receivableId === 'string') targets.push({ variable: 'receivableId', value: payload.receivableId, processId: creditLifecycleProcess.calledProcesses.dunning, suffix: ':receivable' });
    const messages = [];
    for (const target of targets) {
      const published = await this.messages.publish({
        messageId: `${event}:${idempotencyKey}${target.suffix}`,
        messageName: definition.messageName,
        correlateBy: { variable: target.variable, value: target.value, processId: target.processId },
        variables: payload,
        timeToLiveMs: messageTimeToLiveMs,
      });
      messages.push({ messageName: definition.messageName, correlationKey: target.value, messageId: published.messageId, status: published.status, deliveredTo: published.deliveredTo ?? [] });
    }
    return { event, messages };
  }
}

import { z } from 'zod';
import { disputeRaisedEventSchema } from './dispute.contract';

const money = z.number().positive('must be greater than 0').max(1_000_000_000).multipleOf(0.01, 'at most 2 decimals');
const isoDateTime = z.string().datetime({ offset: true, message: 'an ISO 8601 date-time with offset, e.g. 2026-11-23T09:00:00+08:00' });
const isoDate = z.string().date('an ISO date, e.g. 2026-12-31');
const applicationId = z.string().uuid('must be a UUID');
const receivableId = z.string().trim().regex(/^[0-9A-Za-z-]{4,40}$/, 'the invoice number: 4–40 letters, digits and dashes');

interface BusinessEvent {
  /** The BPMN message it publishes. */
  messageName: string;
  /** Which payload field is the message's correlation key. */
  correlateBy: 'applicationId' | 'receivableId';
  payload: z.ZodObject;
  summary: string;
}

/**
 * The business events other systems report; each publishes one lifecycle message. A dispute is
 * published to the case (by application) and, when it names an invoice, to its dunning (by invoice).
 */
export const businessEvents = {
  'sales-intent-reached': {
    messageName: 'sales-intent-reached', correlateBy: 'applicationId', summary: 'A credit sale was agreed in principle',
    payload: z.object({ applicationId, note: z.string().max(2000).optional() }).strict(),
  },
  'prepayment-received': {
    messageName: 'prepayment-received', correlateBy: 'applicationId', summary: 'The required prepayment arrived',
    payload: z.object({ applicationId, prepaymentAmount: money, paidAt: isoDateTime }).strict(),
  },
  'goods-shipped': {
    messageName: 'goods-shipped', correlateBy: 'applicationId', summary: 'Goods left the warehouse; the invoice is known',
    payload: z.object({
      applicationId, shippedAt: isoDateTime, receivableId, invoiceAmount: money, currency: z.enum(['CNY', 'EUR', 'USD']),
      deliveryNoteDocumentId: z.string().uuid().optional(), invoiceDocumentId: z.string().uuid().optional(),
    }).strict(),
  },
  'receipt-confirmed': {
    messageName: 'receipt-confirmed', correlateBy: 'applicationId', summary: 'The customer confirmed that the goods arrived and conform',
    payload: z.object({ applicationId, deliveredAt: isoDateTime, goodsConform: z.boolean(), note: z.string().max(2000).optional() }).strict(),
  },
  'payment-received': {
    messageName: 'payment-received', correlateBy: 'receivableId', summary: 'A payment (partial or full) against an invoice',
    payload: z.object({ receivableId, paymentAmount: money, paidAt: isoDateTime, paymentReference: z.string().trim().min(1).max(100) }).strict(),
  },
  'promise-to-pay': {
    messageName: 'promise-to-pay', correlateBy: 'receivableId', summary: 'The customer promised to pay by a date',
    payload: z.object({ receivableId, promisedDate: isoDate, promisedAmount: money }).strict(),
  },
  'dispute-raised': {
    messageName: 'dispute-raised', correlateBy: 'applicationId', summary: 'The customer disputes quality, quantity, documents or price (the lifecycle\'s and the dunning\'s one message shape)',
    payload: disputeRaisedEventSchema,
  },
  'dispute-resolved': {
    messageName: 'dispute-resolved', correlateBy: 'receivableId', summary: 'A dispute was ruled on',
    payload: z.object({ receivableId, ruling: z.enum(['CUSTOMER_PAYS', 'CREDIT_NOTE', 'PARTIAL_CREDIT_NOTE']), creditNoteAmount: money.optional() }).strict(),
  },
} satisfies Record<string, BusinessEvent>;

export type BusinessEventName = keyof typeof businessEvents;
export const businessEventNames = Object.keys(businessEvents) as BusinessEventName[];

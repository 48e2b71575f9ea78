import { z } from 'zod';
import { disputeOnCallSchema } from './dispute.contract';
import { reviewSlaJobTypes } from './review-sla.contract';

/** `processes/dunning.bpmn`: the 30/60/90-day dunning ladder of one overdue receivable (DOMAIN.md §5). */
export const dunningProcess = {
  processId: 'dunning',
  elements: {
    start: 'StartEvent_ReceivableOverdue',
    evaluateStage: 'Gateway_EvaluateStage',
    determineDunningStage: 'Task_DetermineDunningStage',
    dunningStage: 'Gateway_DunningStage',
    accrueReminderFee: 'Task_AccrueReminderFee',
    sendReminder: 'Task_SendReminder',
    accrueFormalWarningFee: 'Task_AccrueFormalWarningFee',
    sendFormalWarning: 'Task_SendFormalWarning',
    setCallDeadline: 'Task_SetCallDeadline',
    callCustomer: 'Task_CallCustomer',
    callOutcome: 'Gateway_CallOutcome',
    accrueLegalFee: 'Task_AccrueLegalFee',
    sendLegalNotice: 'Task_SendLegalNotice',
    collectionFailed: 'EndEvent_CollectionFailed',
    pauseReason: 'Gateway_PauseReason',
    awaitNextStageJoin: 'Gateway_AwaitNextStageJoin',
    awaitNextStage: 'Gateway_AwaitNextStage',
    nextCheckDue: 'Event_NextCheckDue',
    paymentReceived: 'Event_PaymentReceived',
    promiseToPay: 'Event_PromiseToPay',
    disputeRaised: 'Event_DisputeRaised',
    awaitPromisedPayment: 'Gateway_AwaitPromisedPayment',
    promiseBroken: 'Event_PromiseBroken',
    paymentReceivedDuringPromise: 'Event_PaymentReceivedDuringPromise',
    awaitDisputeResolution: 'Gateway_AwaitDisputeResolution',
    disputeResolved: 'Event_DisputeResolved',
    paymentReceivedDuringDispute: 'Event_PaymentReceivedDuringDispute',
    paymentJoin: 'Gateway_PaymentJoin',
    applyPayment: 'Task_ApplyPayment',
    paidInFull: 'Gateway_PaidInFull',
    paid: 'EndEvent_Paid',
  },
  jobTypes: {
    accrueLateFee: 'accrue-late-fee',
    sendDunningNotice: 'send-dunning-notice',
    applyPayment: 'apply-payment',
    /** The call's due date: 1 working day (the shared working-day deadline worker). */
    computeCallDeadline: reviewSlaJobTypes.computeSlaDeadline,
  },
  messages: {
    paymentReceived: 'payment-received',
    promiseToPay: 'promise-to-pay',
    disputeRaised: 'dispute-raised',
    disputeResolved: 'dispute-resolved',
  },
  errorCodes: {
    /** Thrown by EndEvent_CollectionFailed when the legal stage is reached unpaid; the caller's call activity catches it. */
    collectionFailed: 'COLLECTION_FAILED',
  },
  decisions: {
    dunningStage: 'dunning-stage',
  },
  forms: {
    callCustomer: 'record-dunning-call',
  },
} as const;

const isoDateTime = z.string().datetime({ offset: true });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, e.g. 2026-12-31');
const money = z.number().finite().nonnegative();
const positiveMoney = z.number().finite().positive();

export const dunningStageSchema = z.enum(['NONE', 'REMINDER', 'FORMAL_WARNING', 'LEGAL', 'PAUSED']);
/** The stages at which the ladder acts (fee + notice). */
export const actingDunningStageSchema = z.enum(['REMINDER', 'FORMAL_WARNING', 'LEGAL']);
export const contactChannelSchema = z.enum(['letter', 'email', 'phone']);

/** What the caller (the lifecycle's call activity) passes in. receivableId is the invoice number and the correlation key of every message. */
export const dunningStartVariablesSchema = z.object({
  receivableId: z.string().min(1),
  customerId: z.string().min(1),
  openAmount: positiveMoney,
  currency: z.enum(['CNY', 'EUR', 'USD']),
  dueDate: isoDateTime,
  /** From the contract, e.g. 0.0005 = 0.05 % of the open amount per day overdue. */
  dailyLateFeeRate: z.number().min(0).max(0.01),
});

/** Inputs and outputs of the dunning-stage decision (the real table is the decisions issue's). */
export const dunningStageDecisionInputSchema = z.object({ daysOverdue: z.number().int(), disputed: z.boolean(), promiseToPayActive: z.boolean() });
export const dunningStageDecisionOutputSchema = z.object({
  dunningStage: dunningStageSchema,
  contactChannels: z.array(z.string()),
  nextCheckInDays: z.number().nullable(),
});

/**
 * accrue-late-fee: late fee for the days since the last accrual, on the current open amount. Idempotent per
 * receivableId + dunningStage (a redelivered job returns the stored result).
 */
export const accrueLateFeeInputSchema = z.object({
  receivableId: z.string().min(1),
  dunningStage: actingDunningStageSchema,
  openAmount: money,
  currency: z.string().length(3),
  dailyLateFeeRate: z.number().min(0),
  daysOverdue: z.number().int().nonnegative(),
  feeAccruedThroughDay: z.number().int().nonnegative(),
  lateFeesTotal: money,
});
export const accrueLateFeeOutputSchema = z.object({
  lateFee: money,
  lateFeesTotal: money,
  feeAccruedThroughDay: z.number().int().nonnegative(),
});

/** send-dunning-notice: one notice per channel; idempotent per receivableId + dunningStage + channel. */
export const sendDunningNoticeInputSchema = z.object({
  receivableId: z.string().min(1),
  customerId: z.string().min(1),
  dunningStage: actingDunningStageSchema,
  contactChannels: z.array(z.string()),
  openAmount: money,
  currency: z.string().length(3),
  lateFeesTotal: money,
  daysOverdue: z.number().int(),
});
export const sendDunningNoticeOutputSchema = z.object({ noticeIds: z.array(z.string().min(1)) });

/** apply-payment: books the payment on the receivable; idempotent per paymentReference. Shared with the lifecycle. */
export { applyPaymentInputSchema, applyPaymentOutputSchema } from './apply-payment.contract';

/** Message payloads (correlation key: receivableId). */
export const paymentReceivedMessageSchema = z.object({ paymentAmount: positiveMoney, paymentReference: z.string().min(1) });
export const promiseToPayMessageSchema = z.object({ promisedDate: isoDate });
/** The one dispute-raised shape, shared with the lifecycle and the API (src/contracts/dispute.contract.ts). */
export { disputeRaisedMessageSchema } from './dispute.contract';
export const disputeResolvedMessageSchema = z.object({ disputeResolution: z.string().min(1) });

/** What the record-dunning-call form submits. */
export const recordDunningCallFormOutputSchema = z.discriminatedUnion('callOutcome', [
  z.object({ callOutcome: z.literal('PROMISE_TO_PAY'), promisedDate: isoDate, callNotes: z.string().trim().min(5).max(2000) }),
  // the process records the call notes as the dispute's reason, as a dispute-raised message would carry it
  disputeOnCallSchema.extend({ callOutcome: z.literal('DISPUTE'), callNotes: z.string().trim().min(5).max(2000) }),
  z.object({ callOutcome: z.literal('NO_ANSWER'), callNotes: z.string().trim().min(5).max(2000) }),
]);


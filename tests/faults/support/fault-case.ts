import { reviewFormOutputSchema, committeeVoteFormOutputSchema } from '../../../src/contracts/credit-decision.contract';
import * as lifecycle from '../../../src/contracts/credit-lifecycle.contract';
import { dunningProcess, recordDunningCallFormOutputSchema } from '../../../src/contracts/dunning.contract';
import { chooseLegalRouteFormOutputSchema, legalEscalationProcess } from '../../../src/contracts/legal-escalation.contract';
import { tieredReviewProcess } from '../../../src/contracts/tiered-review.contract';
import { sampleCleanTradingStatement } from '../../support/financial-statement.fixture';

const { elements: el } = lifecycle.creditLifecycleProcess;

/** How a case of the fault run ends: paid during the term, paid after the dunning reminder, or through legal (recovered or written off). */
export type CaseEnding = 'PAID_IN_TERM' | 'PAID_AFTER_REMINDER' | 'LEGAL_RECOVERED' | 'LEGAL_WRITTEN_OFF';
export const caseEndings: readonly CaseEnding[] = ['PAID_IN_TERM', 'PAID_AFTER_REMINDER', 'LEGAL_RECOVERED', 'LEGAL_WRITTEN_OFF'];

/** The engine clock's stages of the run: each is entered by moving the clock once every case rests. */
export const clockStages = [
  { name: 'sale and term', advanceDays: 0 },
  { name: 'due date passed', advanceDays: 35 },
  { name: 'reminder (30 days overdue)', advanceDays: 30 },
  { name: 'formal warning (60 days overdue)', advanceDays: 30 },
  { name: 'legal (90 days overdue)', advanceDays: 30 },
] as const;
export const reminderStage = 2;
/** The stage whose clock move sends the unpaid cases to legal: the daily monitoring has provisioned them before it. */
export const legalStage = 4;

/** One lifecycle of the fault run: a customer of its own, known to the investigation stand-ins. */
export interface FaultCase {
  index: number;
  ending: CaseEnding;
  customerName: string;
  taxId: string;
  /** Our customer record's id, once registered. */
  customerId?: string;
  receivableId: string;
  applicationId?: string;
  processInstanceId?: string;
  /** What the customer paid (prepayment, payments, recovery), in cents, as the driver reported it. */
  paidCents: number;
}

const note = (text: string) => `${text} (fault run)`;

/** What a person submits for the user task of this case (as Tasklist would send the form), or undefined for a task the run does not expect. */
export function taskSubmission(c: FaultCase, taskKey: string, today: string): Record<string, unknown> | undefined {
  const review = { decision: 'APPROVE', limit: 350_000, termDays: 30, comment: note('Sound statements, clean registry record.') };
  switch (taskKey) {
    case el.confirmCollectedInformation:
      return lifecycle.confirmCollectedInformationFormSchema.parse({ informationCheck: 'CONFIRMED' });
    case el.enterDocumentData:
      return lifecycle.enterDocumentDataFormSchema.parse({ ...sampleCleanTradingStatement, companyName: c.customerName, taxId: c.taxId });
    case tieredReviewProcess.elements.analystReview:
    case tieredReviewProcess.elements.managerReview:
      return reviewFormOutputSchema.parse(review);
    case tieredReviewProcess.elements.committeeVote:
      return committeeVoteFormOutputSchema.parse({ vote: 'APPROVE', comment: review.comment });
    case el.signContract:
      return lifecycle.signCreditContractFormSchema.parse({
        contractNumber: `CS-${today.slice(0, 4)}-${String(100_000 + c.index).slice(-6)}`, contractSignedOn: today, dailyLateFeeRate: 0.0005, signedUnderApprovedConditions: true,
      });
    case el.resolveThreeWayMismatch:
      return lifecycle.resolveThreeWayMismatchFormSchema.parse({ invoiceAmount: 300_000, mismatchResolution: note('Contract, delivery note and invoice checked on paper with the buyer.') });
    case el.chaseReceiptConfirmation:
      return lifecycle.chaseReceiptConfirmationFormSchema.parse({ receiptChaseOutcome: 'CUSTOMER_WILL_CONFIRM', receiptChaseNote: note('The buyer will confirm today.') });
    case el.followUpCollection:
      return lifecycle.followUpCollectionFormSchema.parse({ collectionContactOutcome: 'NO_ANSWER', businessSituationNote: note('Nobody answered the phone.') });
    case dunningProcess.elements.callCustomer:
      return recordDunningCallFormOutputSchema.parse({ callOutcome: 'NO_ANSWER', callNotes: note('Nobody answered the phone.') });
    case legalEscalationProcess.elements.chooseLegalRoute:
      return chooseLegalRouteFormOutputSchema.parse({ legalRoute: 'AGENCY', legalCounterparty: 'Shanghai Recovery Partners', legalRouteReason: note('Debtor unresponsive after the formal warning.') });
    default:
      return undefined;
  }
}

/** A business event the case's outside world reports now (through the API), or nothing yet. */
export type CaseEvent =
  | { via: 'api'; event: string; user: string; payload: Record<string, unknown> }
  | { via: 'outbox'; messageName: string; correlateBy: { variable: string; value: string }; variables: Record<string, unknown> };

/** The event answering a message the case waits for, given the clock stage and what it owes (cents) today. */
export function eventFor(c: FaultCase, waiting: { eventName: string; processKey: string }, context: { stage: number; now: string; owedCents: () => Promise<number> }): (() => Promise<CaseEvent>) | undefined {
  const event = eventNow(c, waiting, context);
  return event === undefined ? undefined : typeof event === 'function' ? event : () => Promise.resolve(event);
}

function eventNow(c: FaultCase, waiting: { eventName: string; processKey: string }, context: { stage: number; now: string; owedCents: () => Promise<number> }): CaseEvent | (() => Promise<CaseEvent>) | undefined {
  const applicationId = c.applicationId as string;
  const sales = 'sales.li';
  const finance = 'finance.chen';
  switch (waiting.eventName) {
    case lifecycle.creditLifecycleProcess.messages.salesIntentReached:
      return { via: 'api', event: 'sales-intent-reached', user: sales, payload: { applicationId, note: note('Agreed in principle.') } };
    case lifecycle.creditLifecycleProcess.messages.prepaymentReceived:
      return { via: 'api', event: 'prepayment-received', user: finance, payload: { applicationId, prepaymentAmount: 50_000, paidAt: context.now } };
    case lifecycle.creditLifecycleProcess.messages.goodsShipped:
      return { via: 'api', event: 'goods-shipped', user: sales, payload: { applicationId, shippedAt: context.now, receivableId: c.receivableId, invoiceAmount: 300_000, currency: 'CNY' } };
    case lifecycle.creditLifecycleProcess.messages.receiptConfirmed:
      return { via: 'api', event: 'receipt-confirmed', user: sales, payload: { applicationId, deliveredAt: context.now, goodsConform: true } };
    case lifecycle.creditLifecycleProcess.messages.paymentReceived: {
      const pays = (c.ending === 'PAID_IN_TERM' && waiting.processKey === lifecycle.creditLifecycleProcess.processId)
        || (c.ending === 'PAID_AFTER_REMINDER' && waiting.processKey === dunningProcess.processId && context.stage >= reminderStage);
      if (!pays) return undefined;
      return () => context.owedCents().then((cents): CaseEvent => ({
        via: 'api', event: 'payment-received', user: finance, payload: { receivableId: c.receivableId, paymentAmount: cents / 100, paidAt: context.now, paymentReference: `BANK-${c.receivableId}` },
      }));
    }
    case legalEscalationProcess.messages.legalCaseUpdated:
      return () => context.owedCents().then((cents): CaseEvent => ({
        via: 'outbox', messageName: legalEscalationProcess.messages.legalCaseUpdated, correlateBy: { variable: 'receivableId', value: c.receivableId },
        variables: c.ending === 'LEGAL_RECOVERED' ? { caseStatus: 'CLOSED', legalOutcome: 'RECOVERED', recoveredAmount: cents / 100 } : { caseStatus: 'CLOSED', legalOutcome: 'WRITTEN_OFF', recoveredAmount: 0 },
      }));
    default:
      return undefined;
  }
}

/** The cents a payment event of this case moves (what the driver told the ledger the customer paid). */
export function paidCentsOf(event: CaseEvent): number {
  if (event.via === 'api' && event.event === 'prepayment-received') return Math.round(Number(event.payload.prepaymentAmount) * 100);
  if (event.via === 'api' && event.event === 'payment-received') return Math.round(Number(event.payload.paymentAmount) * 100);
  if (event.via === 'outbox') return Math.round(Number(event.variables.recoveredAmount ?? 0) * 100);
  return 0;
}

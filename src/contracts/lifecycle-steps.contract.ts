import { creditLifecycleProcess as lifecycle } from './credit-lifecycle.contract';

/** The eleven steps of DOMAIN.md §1 in their three phases. */
export const lifecycleSteps = [
  { number: 1, name: 'first contact', phase: 'before the sale' },
  { number: 2, name: 'feedback of collected information', phase: 'before the sale' },
  { number: 3, name: 'sales intent reached', phase: 'before the sale' },
  { number: 4, name: 'credit investigation', phase: 'before the sale' },
  { number: 5, name: 'credit analysis and decision', phase: 'before the sale' },
  { number: 6, name: 'contract', phase: 'during the sale' },
  { number: 7, name: 'shipment and documents', phase: 'during the sale' },
  { number: 8, name: 'during the credit term', phase: 'after the sale' },
  { number: 9, name: 'past due', phase: 'after the sale' },
  { number: 10, name: 'collection failed', phase: 'after the sale' },
  { number: 11, name: 'paid: archive and re-rate', phase: 'after the sale' },
] as const;
export type LifecycleStep = (typeof lifecycleSteps)[number];
export type StepNumber = LifecycleStep['number'];

const e = lifecycle.elements;

/** Every flow element of `credit-lifecycle` on the main path, by the step it belongs to. */
const elementsByStep: Record<StepNumber, readonly string[]> = {
  1: [e.prospectRegistered, e.collectInformation, e.runPreliminaryInvestigation],
  2: [e.confirmCollectedInformation, e.informationConfirmed],
  3: [e.awaitSalesIntent, e.salesIntentReached, e.salesIntentDeadlinePassed, e.noDeal],
  4: [e.runCreditInvestigation, e.extractDocuments, e.lowConfidenceExtraction, e.enterDocumentData, e.documentDataReady],
  5: [e.scoreCustomer, e.decideGradeAndTerms, e.decideColourBand, e.decideCustomerTier, e.decideCreditRoute, e.creditRoute, e.greenChannel, e.tieredReview, e.decisionTaken, e.creditApproved, e.creditRejected],
  6: [e.signContract, e.prepaymentRequired, e.prepaymentReceived],
  7: [e.readyToShip, e.goodsShipped, e.checkShippingDocuments, e.confirmShippingDocuments, e.threeWayMismatch, e.resolveThreeWayMismatch, e.awaitReceiptConfirmation, e.receiptReminderDue, e.sendReceiptReminder, e.receiptReminderSent, e.receiptEscalationDue, e.chaseReceiptConfirmation, e.receiptChased],
  8: [
    e.computeDueDate, e.receivableDuringTerm, e.termStarted, e.awaitPayment, e.paymentReceived, e.applyPayment, e.paidInFull, e.receivablePaid,
    e.preDueReminderDue, e.sendPreDueReminder, e.preDueReminderSent, e.halfTermReached, e.checkEarlyWarning, e.warningRaised, e.followUpCollection, e.collectionFollowedUp, e.noWarning,
  ],
  9: [e.dueDatePassed, e.dunning],
  10: [e.collectionFailed, e.legalEscalation],
  11: [e.overdueSettled, e.receivableSettled, e.archiveTransaction, e.rescoreCustomer, e.transactionClosed],
};

/** Called processes run inside one step: every element of theirs belongs to the step of the call. */
export const stepOfCalledProcess: Record<string, StepNumber> = {
  [lifecycle.calledProcesses.greenChannel]: 5,
  [lifecycle.calledProcesses.tieredReview]: 5,
  [lifecycle.calledProcesses.dunning]: 9,
  [lifecycle.calledProcesses.legalEscalation]: 10,
};

/** Event sub-processes can start at any step: they run beside it and are reported as such. */
export const sideActivityOfElement: Record<string, 'dispute arbitration' | 'credit frozen'> = Object.fromEntries([
  ...[e.disputeRaisedSubProcess, e.disputeRaised, e.computeArbitrationDeadline, e.arbitrateDispute, e.arbitrationWindowPassed, e.escalateDisputeArbitration, e.arbitrationEscalated, e.disputeRuled].map((id) => [id, 'dispute arbitration'] as const),
  ...[e.creditFrozenSubProcess, e.creditFrozen, e.holdShipments, e.shipmentsHeld].map((id) => [id, 'credit frozen'] as const),
]);

export const stepOfElement: Record<string, StepNumber> = Object.fromEntries(
  Object.entries(elementsByStep).flatMap(([step, ids]) => ids.map((id) => [id, Number(step) as StepNumber] as const)),
);

export const lifecycleStep = (number: StepNumber): LifecycleStep => lifecycleSteps[number - 1] as LifecycleStep;

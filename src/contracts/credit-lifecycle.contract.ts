import { z } from 'zod';
import { disputeRaisedMessageSchema } from './dispute.contract';
import { figureSetSchema } from './scoring.contract';

/**
 * `processes/credit-lifecycle.bpmn`: the eleven steps of DOMAIN.md §1 — ids, job types, messages,
 * errors, called decisions and processes, forms, and the data every job and form exchanges.
 */
export const creditLifecycleProcess = {
  processId: 'credit-lifecycle',
  elements: {
    prospectRegistered: 'StartEvent_ProspectRegistered',
    collectInformation: 'Gateway_CollectInformation',
    runPreliminaryInvestigation: 'Task_RunPreliminaryInvestigation',
    confirmCollectedInformation: 'Task_ConfirmCollectedInformation',
    informationConfirmed: 'Gateway_InformationConfirmed',
    awaitSalesIntent: 'Gateway_AwaitSalesIntent',
    salesIntentReached: 'Event_SalesIntentReached',
    salesIntentDeadlinePassed: 'Event_SalesIntentDeadlinePassed',
    noDeal: 'EndEvent_NoDeal',
    runCreditInvestigation: 'Task_RunCreditInvestigation',
    extractDocuments: 'Task_ExtractDocuments',
    lowConfidenceExtraction: 'Boundary_LowConfidenceExtraction',
    enterDocumentData: 'Task_EnterDocumentData',
    documentDataReady: 'Gateway_DocumentDataReady',
    scoreCustomer: 'Task_ScoreCustomer',
    decideGradeAndTerms: 'Task_DecideGradeAndTerms',
    decideColourBand: 'Task_DecideColourBand',
    decideCustomerTier: 'Task_DecideCustomerTier',
    decideCreditRoute: 'Task_DecideCreditRoute',
    creditRoute: 'Gateway_CreditRoute',
    greenChannel: 'CallActivity_GreenChannel',
    tieredReview: 'CallActivity_TieredReview',
    decisionTaken: 'Gateway_DecisionTaken',
    creditApproved: 'Gateway_CreditApproved',
    creditRejected: 'EndEvent_CreditRejected',
    signContract: 'Task_SignContract',
    prepaymentRequired: 'Gateway_PrepaymentRequired',
    prepaymentReceived: 'Event_PrepaymentReceived',
    readyToShip: 'Gateway_ReadyToShip',
    goodsShipped: 'Event_GoodsShipped',
    checkShippingDocuments: 'Gateway_CheckShippingDocuments',
    confirmShippingDocuments: 'Task_ConfirmShippingDocuments',
    threeWayMismatch: 'Boundary_ThreeWayMismatch',
    resolveThreeWayMismatch: 'Task_ResolveThreeWayMismatch',
    awaitReceiptConfirmation: 'Task_AwaitReceiptConfirmation',
    receiptReminderDue: 'Boundary_ReceiptReminderDue',
    sendReceiptReminder: 'Task_SendReceiptReminder',
    receiptReminderSent: 'EndEvent_ReceiptReminderSent',
    receiptEscalationDue: 'Boundary_ReceiptEscalationDue',
    chaseReceiptConfirmation: 'Task_ChaseReceiptConfirmation',
    receiptChased: 'EndEvent_ReceiptChased',
    computeDueDate: 'Task_ComputeDueDate',
    receivableDuringTerm: 'SubProcess_ReceivableDuringTerm',
    termStarted: 'StartEvent_TermStarted',
    awaitPayment: 'Gateway_AwaitPayment',
    paymentReceived: 'Event_PaymentReceived',
    applyPayment: 'Task_ApplyPayment',
    paidInFull: 'Gateway_PaidInFull',
    receivablePaid: 'EndEvent_ReceivablePaid',
    preDueReminderDue: 'Boundary_PreDueReminderDue',
    sendPreDueReminder: 'Task_SendPreDueReminder',
    preDueReminderSent: 'EndEvent_PreDueReminderSent',
    halfTermReached: 'Boundary_HalfTermReached',
    checkEarlyWarning: 'Task_CheckEarlyWarning',
    warningRaised: 'Gateway_WarningRaised',
    followUpCollection: 'Task_FollowUpCollection',
    collectionFollowedUp: 'EndEvent_CollectionFollowedUp',
    noWarning: 'EndEvent_NoWarning',
    dueDatePassed: 'Boundary_DueDatePassed',
    dunning: 'CallActivity_Dunning',
    collectionFailed: 'Boundary_CollectionFailed',
    legalEscalation: 'CallActivity_LegalEscalation',
    overdueSettled: 'Gateway_OverdueSettled',
    receivableSettled: 'Gateway_ReceivableSettled',
    archiveTransaction: 'Task_ArchiveTransaction',
    rescoreCustomer: 'Task_RescoreCustomer',
    transactionClosed: 'EndEvent_TransactionClosed',
    disputeRaisedSubProcess: 'SubProcess_DisputeRaised',
    disputeRaised: 'StartEvent_DisputeRaised',
    computeArbitrationDeadline: 'Task_ComputeArbitrationDeadline',
    arbitrateDispute: 'Task_ArbitrateDispute',
    arbitrationWindowPassed: 'Boundary_ArbitrationWindowPassed',
    escalateDisputeArbitration: 'Task_EscalateDisputeArbitration',
    arbitrationEscalated: 'EndEvent_ArbitrationEscalated',
    disputeRuled: 'EndEvent_DisputeRuled',
    creditFrozenSubProcess: 'SubProcess_CreditFrozen',
    creditFrozen: 'StartEvent_CreditFrozen',
    holdShipments: 'Task_HoldShipments',
    shipmentsHeld: 'EndEvent_ShipmentsHeld',
  },
  jobTypes: {
    runPreliminaryInvestigation: 'run-preliminary-investigation',
    runCreditInvestigation: 'run-credit-investigation',
    extractDocuments: 'extract-documents',
    scoreCustomer: 'score-customer',
    confirmShippingDocuments: 'confirm-shipping-documents',
    sendReceiptReminder: 'send-receipt-reminder',
    computeDueDate: 'compute-due-date',
    sendPreDueReminder: 'send-pre-due-reminder',
    applyPayment: 'apply-payment',
    archiveTransaction: 'archive-transaction',
    rescoreCustomer: 'rescore-customer',
    holdShipments: 'hold-shipments',
    /** Shared with the review processes (green channel, tiered review): n working days from the engine's now. */
    computeSlaDeadline: 'compute-sla-deadline',
    /** Shared with the review processes: an SLA breach of a review level (here ARBITRATION, the 24-hour channel). */
    notifySlaBreach: 'notify-sla-breach',
  },
  /** Message names; all correlate by `applicationId` except payments, which correlate by the invoice number. */
  messages: {
    salesIntentReached: 'sales-intent-reached',
    prepaymentReceived: 'prepayment-received',
    goodsShipped: 'goods-shipped',
    receiptConfirmed: 'receipt-confirmed',
    paymentReceived: 'payment-received',
    disputeRaised: 'dispute-raised',
    creditFrozen: 'credit-frozen',
  },
  errors: {
    lowConfidenceExtraction: 'LOW_CONFIDENCE_EXTRACTION',
    threeWayMismatch: 'THREE_WAY_MISMATCH',
    collectionFailed: 'COLLECTION_FAILED',
  },
  /** Called with deployment binding: the versions deployed together with this process. */
  decisions: {
    gradeAndTerms: 'grade-and-terms',
    colourBand: 'colour-band',
    customerTier: 'customer-tier',
    greenChannelEligibility: 'green-channel-eligibility',
    earlyWarning: 'early-warning',
  },
  calledProcesses: {
    greenChannel: 'green-channel',
    tieredReview: 'tiered-review',
    dunning: 'dunning',
    legalEscalation: 'legal-escalation',
  },
  forms: {
    confirmCollectedInformation: 'confirm-collected-information',
    enterDocumentData: 'enter-document-data',
    signCreditContract: 'sign-credit-contract',
    resolveThreeWayMismatch: 'resolve-three-way-mismatch',
    chaseReceiptConfirmation: 'chase-receipt-confirmation',
    followUpCollection: 'follow-up-collection',
    arbitrateDispute: 'arbitrate-dispute',
  },
  /** Timer policy written in the model (the process owner edits it there). */
  timers: {
    salesIntentDeadlineDefault: 'P90D',
    receiptReminderCycle: 'R/P3D',
    receiptEscalationAfter: 'P10D',
    arbitrationWindow: 'PT24H',
  },
} as const;

const money = z.number().positive().max(1_000_000_000);
const amount = z.number().min(0).max(1_000_000_000);
const share = z.number().min(0).max(1);
const isoDateTime = z.string().datetime({ offset: true });
const isoDate = z.string().date();
const note = z.string().trim().min(10).max(2000);
const applicationId = z.string().uuid();
const customerId = z.string().min(1);
const taxId = z.string().regex(/^[0-9A-Z]{8,20}$/);
const receivableId = z.string().regex(/^[0-9A-Za-z-]{4,40}$/, 'the invoice number: 4–40 letters, digits and dashes');
const currency = z.enum(['CNY', 'EUR', 'USD']);
const optionalText = z.string().nullish();

export const industryRisks = ['low', 'medium', 'high'] as const;
export const paymentOutcomes = ['PAID_ON_TIME', 'PAID_AFTER_DUNNING', 'LEGAL_RECOVERED', 'LEGAL_SETTLED', 'LEGAL_WRITTEN_OFF'] as const;

/** Step 1: what registering a prospect starts the process with. */
export const lifecycleStartVariablesSchema = z.object({
  applicationId,
  customerId,
  customerName: z.string().trim().min(2).max(200),
  taxId,
  requestedLimit: money,
  currency,
  urgent: z.boolean(),
  annualVolume: amount.max(1_000_000_000_000),
  yearsOfCooperation: z.number().min(0).max(200),
  /** Historical collection rate as a share (0.95 = 95 %). */
  collectionRate: share,
  industryRisk: z.enum(industryRisks),
  hasPaymentHistory: z.boolean(),
  /** The credit committee of the organisation (user ids) and its chair, who also arbitrates disputes. */
  committeeMembers: z.array(z.string().min(1)).min(1),
  committeeChair: z.string().min(1),
  /** How long the case waits for sales intent; ISO 8601 duration, P90D when absent. */
  salesIntentDeadline: z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/).optional(),
});
export type LifecycleStartVariables = z.infer<typeof lifecycleStartVariablesSchema>;

// ---- jobs -------------------------------------------------------------------------------------

export const runPreliminaryInvestigationInputSchema = z.object({ applicationId, customerId, customerName: z.string().min(1), taxId, mismatchNote: optionalText });
export const runPreliminaryInvestigationOutputSchema = z.object({
  preliminaryReport: z.object({
    registeredName: z.string().min(1),
    registryStatus: z.enum(['ACTIVE', 'SUSPENDED', 'REVOKED', 'DEREGISTERED', 'NOT_FOUND']),
    establishedOn: isoDate.nullable(),
    registeredCapital: amount.nullable(),
    sourcesChecked: z.array(z.string().min(1)),
    summary: z.string().min(1).max(4000),
    collectedAt: isoDateTime,
  }),
});

/** The investigation worker's job (registry, bureau, courts and news → 5+3 checklist and risk radar): one contract, its own. */
export { runCreditInvestigationInputSchema, runCreditInvestigationOutputSchema } from './investigation.contract';

const statementLine = z.number().finite().nullish();
/**
 * The lines of full financial statements (Chinese accounting standards, in yuan) beyond the
 * headline figures: absent when the statements gave only those. With them, a case is scored by the
 * full-statement model (see src/domain/scoring/statement-models.ts).
 */
export const fullStatementLinesSchema = z.object({
  cash: statementLine, // 货币资金
  accountsReceivable: statementLine, // 应收账款
  inventory: statementLine, // 存货
  currentAssets: statementLine, // 流动资产合计
  fixedAssets: statementLine, // 固定资产
  shortTermBorrowings: statementLine, // 短期借款
  currentLiabilities: statementLine, // 流动负债合计
  nonCurrentLiabilities: statementLine, // 非流动负债合计
  paidInCapital: statementLine, // 实收资本（或股本）
  retainedEarnings: statementLine, // 未分配利润
  totalEquity: statementLine, // 所有者权益合计
  costOfSales: statementLine, // 营业成本
  sellingExpenses: statementLine, // 销售费用
  administrativeExpenses: statementLine, // 管理费用
  financialExpenses: statementLine, // 财务费用
  interestExpense: statementLine, // 其中：利息费用
  operatingProfit: statementLine, // 营业利润
  totalProfit: statementLine, // 利润总额
  depreciation: statementLine, // 固定资产折旧（现金流量表补充资料）
  priorYearRevenue: statementLine, // 营业收入，上期金额
});

/** Who and which year the statements are of, and their headline figures: what every case has. */
export const headlineDocumentDataSchema = z.object({
  companyName: z.string().trim().min(2).max(200),
  taxId,
  fiscalYear: z.number().int().min(1990).max(2100),
  revenue: z.number().min(0),
  netProfit: z.number(),
  totalAssets: z.number().min(0),
  totalLiabilities: z.number().min(0),
});

/** What OCR (or an analyst) reads from the uploaded registration and financial documents. */
export const documentDataSchema = headlineDocumentDataSchema.extend(fullStatementLinesSchema.shape);
export type DocumentData = z.infer<typeof documentDataSchema>;
/** The customer's registered name: statements naming another company go to manual entry. */
export const extractDocumentsInputSchema = z.object({ applicationId, customerId, taxId, customerName: z.string().trim().min(2).max(200) });
export const extractDocumentsOutputSchema = z.object({
  documentData: documentDataSchema,
  documentDataSource: z.literal('OCR'),
  extractionConfidence: share,
});
/** Variables of the LOW_CONFIDENCE_EXTRACTION error: what was read, to pre-fill the manual entry form. */
export const lowConfidenceExtractionVariablesSchema = z.object({
  extractedDocumentData: documentDataSchema.partial(),
  lowConfidenceFields: z.array(z.string()).min(1),
});

export const scoreCustomerInputSchema = z.object({
  applicationId,
  customerId,
  documentData: documentDataSchema,
  hasPaymentHistory: z.boolean(),
  yearsOfCooperation: z.number().min(0),
  collectionRate: share,
  industryRisk: z.enum(industryRisks),
  checklistPassed: z.boolean(),
  redFlagCount: z.number().int().min(0),
});
export const scoreCustomerOutputSchema = z.object({
  score: z.number().min(0).max(100),
  reasonCodes: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)),
  modelVersion: z.string().min(1),
  /** Which statements chose the model: full-statements or headline (figures only). */
  scoreFigureSet: figureSetSchema.optional(),
  /** The ratios the model read (ATTR1 …): what decided the financial part. */
  scoreRatios: z.array(z.string().regex(/^ATTR\d+$/)).optional(),
});

export const confirmShippingDocumentsInputSchema = z.object({
  applicationId,
  receivableId,
  /** The customer: the buyer the documents must name, and whose receivable the ledger opens. */
  taxId,
  contractNumber: z.string().min(1),
  dailyLateFeeRate: z.number().min(0).max(0.01),
  approvedLimit: amount,
  invoiceAmount: money,
  invoiceCurrency: currency,
  shippedAt: isoDateTime,
  deliveryNoteDocumentId: optionalText,
  invoiceDocumentId: optionalText,
  mismatchResolution: optionalText,
  /** A prepayment received before shipment: posted against the receivable when it opens. */
  prepaymentAmount: money.nullish(),
  prepaymentPaidAt: isoDateTime.nullish(),
});
export const confirmShippingDocumentsOutputSchema = z.object({
  /** The receivable's balance as the ledger opened it (the invoice less any prepayment). */
  openAmount: amount,
  shippingDocuments: z.object({
    deliveryNoteConfirmed: z.literal(true),
    invoiceConfirmed: z.literal(true),
    documentsSentAt: isoDateTime,
    documentsReceivedAt: isoDateTime.nullable(),
    matchedAt: isoDateTime,
  }),
});
/** Variables of the THREE_WAY_MISMATCH error: which of contract, delivery note and invoice disagree. */
export const threeWayMismatchVariablesSchema = z.object({ threeWayMismatches: z.array(z.string().min(1)).min(1) });

export const sendReceiptReminderInputSchema = z.object({ applicationId, customerId, taxId, customerName: z.string().min(1), receivableId, shippedAt: isoDateTime });

/** The ledger's receivable (receivableId) gets the due date too: late fees count from it. */
export const computeDueDateInputSchema = z.object({ receivableId, deliveredAt: isoDateTime, approvedTermDays: z.number().int().min(0).max(365) });
export const computeDueDateOutputSchema = z.object({
  /** The last day to pay (a working day). */
  dueDate: isoDate,
  /** The first instant after the due date: the receivable is overdue from here. */
  dueAt: isoDateTime,
  preDueReminderAt: isoDateTime,
  halfTermAt: isoDateTime,
});

export const sendPreDueReminderInputSchema = z.object({
  applicationId, customerId, taxId, customerName: z.string().min(1), receivableId, openAmount: amount, invoiceCurrency: currency, dueDate: isoDate,
});

/** Shared with dunning: one schema, one worker. */
export { applyPaymentInputSchema, applyPaymentOutputSchema } from './apply-payment.contract';

/** The credit decision's variables the archive keeps with the transaction (absent ones stay absent). */
export const archivedDecisionVariables = [
  'score', 'reasonCodes', 'modelVersion', 'creditGrade', 'colour', 'customerTier', 'approvedLimit', 'approvedTermDays',
  'prepaymentRequired', 'creditDecision', 'decidedBy', 'decisionReasons', 'dunningOutcome', 'legalOutcome',
] as const;
export const archiveTransactionInputSchema = z.object({
  applicationId, customerId, receivableId, paymentOutcome: z.enum(paymentOutcomes),
  investigationReportId: z.string().min(1).nullish(),
  ...(Object.fromEntries(archivedDecisionVariables.map((name) => [name, z.unknown().optional()])) as Record<(typeof archivedDecisionVariables)[number], z.ZodOptional<z.ZodUnknown>>),
});
export const archiveTransactionOutputSchema = z.object({ archiveId: z.string().min(1), archivedAt: isoDateTime });

/** What the first scoring had (the customer's latest figures and behaviour as the case knows them), how this receivable ended, and the score before it. */
export const rescoreCustomerInputSchema = scoreCustomerInputSchema.extend({
  receivableId,
  paymentOutcome: z.enum(paymentOutcomes),
  daysOverdueAtSettlement: z.number().int().min(0),
  score: z.number().min(0).max(100),
});
export const rescoreCustomerOutputSchema = z.object({ updatedScore: z.number().min(0).max(100), updatedModelVersion: z.string().min(1) });

export const holdShipmentsInputSchema = z.object({ applicationId, customerId, freezeReason: optionalText });
export const holdShipmentsOutputSchema = z.object({ shipmentsHeld: z.literal(true) });

/** Same shapes as the review processes' shared job types. */
export const computeSlaDeadlineInputSchema = z.object({ workingDays: z.number().int().min(0).max(60) });
export const computeSlaDeadlineOutputSchema = z.object({ dueAt: isoDateTime });
export const notifySlaBreachInputSchema = z.object({
  applicationId: z.string().min(1),
  reviewLevel: z.enum(['ANALYST', 'MANAGER', 'COMMITTEE', 'ARBITRATION', 'URGENT']),
  dueAt: z.string().min(1),
});
export const emptyOutputSchema = z.object({});

// ---- called processes (interfaces agreed with their builders) -----------------------------------

export const creditDecisionInputSchema = z.object({
  applicationId,
  customerName: z.string().min(1),
  route: z.enum(['AUTO_APPROVE', 'URGENT_COORDINATOR', 'TIERED_REVIEW']),
  score: z.number().min(0).max(100),
  colour: z.enum(['green', 'yellow', 'red']),
  creditGrade: z.enum(['AA', 'A', 'B', 'C']),
  customerTier: z.enum(['core', 'priority', 'basic']),
  reviewSlaWorkingDays: z.number().int().positive(),
  industryRisk: z.enum(industryRisks),
  proposedLimit: amount,
  termDays: z.number().int().min(0),
  prepaymentRequired: z.boolean(),
  committeeMembers: z.array(z.string().min(1)).min(1),
  committeeChair: z.string().min(1),
});
export const creditDecisionOutputSchema = z.object({
  creditDecision: z.enum(['APPROVED', 'REJECTED']),
  approvedLimit: amount.nullish(),
  approvedTermDays: z.number().int().min(0).nullish(),
  prepaymentRequired: z.boolean(),
  decisionReasons: z.array(z.string()),
  decidedBy: z.string().min(1),
});
/** Dunning counts the days overdue from the start of the due date, in UTC like every engine time: an ISO date-time. */
export const dunningInputSchema = z.object({ receivableId, customerId, openAmount: amount, currency, dueDate: isoDateTime, dailyLateFeeRate: z.number().min(0).max(0.01) });
export const dunningOutputSchema = z.object({ dunningOutcome: z.literal('PAID') });
export const legalEscalationInputSchema = z.object({ receivableId, customerId, openAmount: amount, daysOverdue: z.number().int().min(0) });
export const legalEscalationOutputSchema = z.object({ legalOutcome: z.enum(['RECOVERED', 'SETTLED', 'WRITTEN_OFF']) });

// ---- forms (what each user task's form submits) ---------------------------------------------

export const confirmCollectedInformationFormSchema = z
  .object({ informationCheck: z.enum(['CONFIRMED', 'MISMATCH']), mismatchNote: note.optional() })
  .refine((value) => value.informationCheck === 'CONFIRMED' || value.mismatchNote !== undefined, { path: ['mismatchNote'], message: 'say what does not match' });
/**
 * The manual-entry form enters the headline figures and the lines of full statements as flat fields
 * (Operaton's Tasklist submits each field as a variable of its own); the model rebuilds documentData
 * from them. A line the statements do not give stays empty (null).
 */
export const enterDocumentDataFormSchema = documentDataSchema;
export const signCreditContractFormSchema = z.object({
  contractNumber: z.string().regex(/^CS-\d{4}-\d{4,6}$/, 'CS-<year>-<4 to 6 digits>'),
  contractSignedOn: isoDate,
  dailyLateFeeRate: z.number().min(0).max(0.01),
  signedUnderApprovedConditions: z.literal(true),
});
export const resolveThreeWayMismatchFormSchema = z.object({ invoiceAmount: money, mismatchResolution: note });
export const chaseReceiptConfirmationFormSchema = z.object({
  receiptChaseOutcome: z.enum(['CUSTOMER_WILL_CONFIRM', 'GOODS_NOT_ARRIVED', 'DISPUTE_EXPECTED', 'NO_ANSWER']),
  receiptChaseNote: note,
});
export const followUpCollectionFormSchema = z.object({
  collectionContactOutcome: z.enum(['PROMISE_TO_PAY', 'DISPUTE', 'NO_ANSWER']),
  promisedPaymentDate: isoDate.optional(),
  businessSituationNote: note,
});
export const arbitrateDisputeFormSchema = z
  .object({
    disputeRuling: z.enum(['CUSTOMER_PAYS', 'CREDIT_NOTE', 'PARTIAL_CREDIT_NOTE']),
    creditNoteAmount: money.optional(),
    rulingReason: note,
  })
  .refine((value) => value.disputeRuling !== 'PARTIAL_CREDIT_NOTE' || value.creditNoteAmount !== undefined, { path: ['creditNoteAmount'], message: 'a partial credit note needs its amount' });

// ---- message payloads (as the API publishes them) ----------------------------------------------

export const messagePayloadSchemas = {
  'sales-intent-reached': z.object({ applicationId, note: z.string().max(2000).optional() }),
  'prepayment-received': z.object({ applicationId, prepaymentAmount: money, paidAt: isoDateTime }),
  'goods-shipped': z.object({
    applicationId, shippedAt: isoDateTime, receivableId, invoiceAmount: money, currency,
    deliveryNoteDocumentId: z.string().uuid().optional(), invoiceDocumentId: z.string().uuid().optional(),
  }),
  'receipt-confirmed': z.object({ applicationId, deliveredAt: isoDateTime, goodsConform: z.boolean(), note: z.string().max(2000).optional() }),
  'payment-received': z.object({ receivableId, paymentAmount: money, paidAt: isoDateTime, paymentReference: z.string().trim().min(1).max(100) }),
  'dispute-raised': disputeRaisedMessageSchema,
  'credit-frozen': z.object({ applicationId, freezeReason: z.string().trim().min(5).max(2000) }),
} as const;

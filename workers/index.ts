import type { Knex } from 'knex';
import { DocumentService } from '../src/api/document.service';
import { CustomerRescoreService } from '../src/archive/customer-rescore.service';
import { TransactionArchiveService } from '../src/archive/transaction-archive.service';
import type { InvoiceVerificationSettings, MailSettings } from '../src/config';
import { applyPaymentJobType } from '../src/contracts/apply-payment.contract';
import { creditApplicationProcess } from '../src/contracts/credit-application.contract';
import { creditLifecycleProcess } from '../src/contracts/credit-lifecycle.contract';
import { dunningProcess } from '../src/contracts/dunning.contract';
import { reviewSlaJobTypes } from '../src/contracts/review-sla.contract';
import { ApplicationAssessmentRepository } from '../src/db/application-assessment.repository';
import { AuditEventRepository } from '../src/db/audit-event.repository';
import { CreditApplicationRepository } from '../src/db/credit-application.repository';
import { CustomerBehaviourRepository } from '../src/db/customer-behaviour.repository';
import { CustomerReminderRepository } from '../src/db/customer-reminder.repository';
import { CustomerScoreRepository } from '../src/db/customer-score.repository';
import { CustomerRepository } from '../src/db/customer.repository';
import { DocumentRepository } from '../src/db/document.repository';
import { DunningNoticeRepository } from '../src/db/dunning-notice.repository';
import { InvestigationReportRepository } from '../src/db/investigation-report.repository';
import { PreliminaryReportRepository } from '../src/db/preliminary-report.repository';
import { ReceivableLateFeeRepository } from '../src/db/receivable-late-fee.repository';
import { ReceivableLedgerRepository } from '../src/db/receivable-ledger.repository';
import { ReviewEscalationRepository } from '../src/db/review-escalation.repository';
import { ShipmentHoldRepository } from '../src/db/shipment-hold.repository';
import { ShippingDocumentCheckRepository } from '../src/db/shipping-document-check.repository';
import { StatementExtractionRepository } from '../src/db/statement-extraction.repository';
import { TransactionArchiveRepository } from '../src/db/transaction-archive.repository';
import type { EngineClient } from '../src/engine/engine-client';
import { ExternalTaskPoller } from '../src/engine/external-task-poller';
import { MappedOutputs } from '../src/engine/mapped-outputs';
import type { CreditFileReader } from '../src/engine/history/credit-file.reader';
import type { MessageDeliveryService } from '../src/engine/messages/message-delivery.service';
import type { WorkerRuntime } from '../src/engine/zod-external-task-worker';
import { ChildProcessDocumentReader } from '../src/documents/document-extraction.child-process';
import { StoredDocumentExtractor } from '../src/documents/stored-document.extractor';
import { DunningNoticeService } from '../src/dunning/dunning-notice.service';
import { LateFeeService } from '../src/dunning/late-fee.service';
import { mailerFor } from '../src/dunning/mail-transport';
import { ReceivableService } from '../src/dunning/receivable.service';
import { InvestigationService } from '../src/investigation/investigation.service';
import { PreliminaryInvestigationService } from '../src/investigation/preliminary-investigation.service';
import { sourcesFromEnvironment } from '../src/investigation/sources-from-environment';
import type { Logger } from '../src/logger';
import { CustomerReminderService } from '../src/receivable/customer-reminder.service';
import { ApplicationScoringService } from '../src/scoring/application-scoring.service';
import { ShippingDocumentsService } from '../src/shipment/shipping-documents.service';
import { InvoiceVerificationRepository } from '../src/db/invoice-verification.repository';
import { invoiceVerificationFrom } from '../src/invoice-verification/invoice-verification.from-config';
import { InvoiceVerificationService } from '../src/invoice-verification/invoice-verification.service';
import { startArchiveTransactionWorker } from './archive/archive-transaction.worker';
import { startRescoreCustomerWorker } from './archive/rescore-customer.worker';
import { startAccrueLateFeeWorker } from './dunning/accrue-late-fee.worker';
import { startSendDunningNoticeWorker } from './dunning/send-dunning-notice.worker';
import { runCreditInvestigationJobType, startRunCreditInvestigationWorker } from './investigation/run-credit-investigation.worker';
import { startRunPreliminaryInvestigationWorker } from './investigation/run-preliminary-investigation.worker';
import { legalServices, legalWorkers, type LegalDependencies } from './legal/legal.workers';
import { monitoringServices, monitoringWorkers, type MonitoringDependencies } from './monitoring/monitoring.workers';
import { startExtractDocumentsWorker } from './ocr/extract-documents.worker';
import { startApplyPaymentWorker } from './receivable/apply-payment.worker';
import { startComputeDueDateWorker } from './receivable/compute-due-date.worker';
import { startSendPreDueReminderWorker, startSendReceiptReminderWorker } from './receivable/send-customer-reminders.worker';
import { startComputeSlaDeadlineWorker } from './review/compute-sla-deadline.worker';
import { startNotifySlaBreachWorker } from './review/notify-sla-breach.worker';
import { startRecordSlaBreachWorker } from './review/record-sla-breach.worker';
import { startScoreApplicationWorker } from './scoring/score-application.worker';
import { startScoreCustomerWorker } from './scoring/score-customer.worker';
import { startConfirmShippingDocumentsWorker } from './shipment/confirm-shipping-documents.worker';
import { startHoldShipmentsWorker } from './shipment/hold-shipments.worker';

export interface WorkerDependencies extends LegalDependencies, MonitoringDependencies {
  runtime: WorkerRuntime;
  assessments: ApplicationAssessmentRepository;
  escalations: ReviewEscalationRepository;
  investigations: InvestigationService;
  lateFees: LateFeeService;
  notices: DunningNoticeService;
  preliminaryInvestigations: PreliminaryInvestigationService;
  documents: DocumentRepository;
  statementExtractions: StatementExtractionRepository;
  applicationScoring: ApplicationScoringService;
  audit: AuditEventRepository;
  logger: Logger;
  receivables: ReceivableLedgerRepository;
  payments: ReceivableService;
  shippingDocuments: ShippingDocumentsService;
  reminders: CustomerReminderService;
  archives: TransactionArchiveService;
  rescoring: CustomerRescoreService;
  shipmentHolds: ShipmentHoldRepository;
}

/** Every job type the models use, with the worker that serves it (the contract test reads this). */
export const jobWorkers: Record<string, (deps: WorkerDependencies) => { close(): Promise<unknown> }> = {
  [creditApplicationProcess.jobTypes.scoreApplication]: startScoreApplicationWorker,
  [creditApplicationProcess.jobTypes.recordSlaBreach]: startRecordSlaBreachWorker,
  [reviewSlaJobTypes.computeSlaDeadline]: startComputeSlaDeadlineWorker,
  [reviewSlaJobTypes.notifySlaBreach]: startNotifySlaBreachWorker,
  [runCreditInvestigationJobType]: startRunCreditInvestigationWorker,
  [creditLifecycleProcess.jobTypes.computeDueDate]: startComputeDueDateWorker,
  [dunningProcess.jobTypes.accrueLateFee]: startAccrueLateFeeWorker,
  [dunningProcess.jobTypes.sendDunningNotice]: startSendDunningNoticeWorker,
  [creditLifecycleProcess.jobTypes.runPreliminaryInvestigation]: startRunPreliminaryInvestigationWorker,
  [creditLifecycleProcess.jobTypes.extractDocuments]: startExtractDocumentsWorker,
  [creditLifecycleProcess.jobTypes.scoreCustomer]: startScoreCustomerWorker,
  ...legalWorkers,
  ...monitoringWorkers,
  [creditLifecycleProcess.jobTypes.confirmShippingDocuments]: startConfirmShippingDocumentsWorker,
  [creditLifecycleProcess.jobTypes.sendReceiptReminder]: startSendReceiptReminderWorker,
  [creditLifecycleProcess.jobTypes.sendPreDueReminder]: startSendPreDueReminderWorker,
  [applyPaymentJobType]: startApplyPaymentWorker,
  [creditLifecycleProcess.jobTypes.archiveTransaction]: startArchiveTransactionWorker,
  [creditLifecycleProcess.jobTypes.rescoreCustomer]: startRescoreCustomerWorker,
  [creditLifecycleProcess.jobTypes.holdShipments]: startHoldShipmentsWorker,
};

/**
 * Job types the models use whose real worker is still missing (none today). Process tests would
 * serve them with test workers; `npm start` names them so nobody mistakes them for done.
 */
export const jobTypesAwaitingWorkers: readonly string[] = [];

export interface RunningWorkers {
  /** Stops polling and waits for jobs in hand to finish. */
  close(): Promise<void>;
}

export interface WorkerInfrastructure {
  engine: EngineClient;
  db: Knex;
  /** Business messages the workers publish (a group freeze tells the open cases). */
  messages: MessageDeliveryService;
  /** The engine history's credit files; without it the monitoring finds active customers from the ledger only. */
  creditFile?: CreditFileReader;
  logger: Logger;
  /** Dunning e-mails; without it they go to the local outbox folder. */
  mail?: MailSettings;
  /** Where Chinese VAT invoices are verified; without it, the offline sample (示例数据). */
  invoiceVerification?: InvoiceVerificationSettings;
  /** Tasks worked at once by this process. */
  maxConcurrentTasks?: number;
}

const localOutbox: MailSettings = { from: 'Credit department <credit@localhost>' };

/** What every worker may need, built once from the composition root's knex, client, logger and mail settings. */
export function workerDependencies(deps: WorkerInfrastructure, runtime: WorkerRuntime): WorkerDependencies {
  const ledger = new ReceivableLedgerRepository(deps.db);
  const mailer = mailerFor(deps.mail ?? localOutbox);
  const documents = new DocumentRepository(deps.db);
  const checks = new ShippingDocumentCheckRepository(deps.db);
  const contacts = new DunningNoticeRepository(deps.db);
  const extractor = new StoredDocumentExtractor(new DocumentService(documents, new CreditApplicationRepository(deps.db)), new ChildProcessDocumentReader());
  const sources = sourcesFromEnvironment();
  return {
    ...legalServices({ db: deps.db, messages: deps.messages, sources }),
    ...monitoringServices({ db: deps.db, creditFile: deps.creditFile, sources }),
    runtime,
    assessments: new ApplicationAssessmentRepository(deps.db),
    escalations: new ReviewEscalationRepository(deps.db),
    investigations: new InvestigationService(sources, new InvestigationReportRepository(deps.db)),
    lateFees: new LateFeeService({ ledger, lateFees: new ReceivableLateFeeRepository(deps.db) }),
    notices: new DunningNoticeService({
      notices: new DunningNoticeRepository(deps.db), customers: new CustomerRepository(deps.db), mailer, receivables: new ReceivableService(ledger),
    }),
    preliminaryInvestigations: new PreliminaryInvestigationService(sources, new PreliminaryReportRepository(deps.db)),
    documents,
    statementExtractions: new StatementExtractionRepository(deps.db),
    applicationScoring: new ApplicationScoringService(new CustomerScoreRepository(deps.db), new InvestigationReportRepository(deps.db)),
    audit: new AuditEventRepository(deps.db),
    logger: deps.logger.child({ component: 'workers' }),
    receivables: ledger,
    payments: new ReceivableService(ledger),
    shippingDocuments: new ShippingDocumentsService({
      documents, extractor, checks, ledger,
      invoiceVerification: new InvoiceVerificationService({ service: invoiceVerificationFrom(deps.invoiceVerification), verifications: new InvoiceVerificationRepository(deps.db) }),
    }),
    reminders: new CustomerReminderService({ reminders: new CustomerReminderRepository(deps.db), customers: new CustomerRepository(deps.db), contacts, mailer }),
    archives: new TransactionArchiveService({ archives: new TransactionArchiveRepository(deps.db), documents, checks, ledger, contacts }),
    rescoring: new CustomerRescoreService({ behaviour: new CustomerBehaviourRepository(deps.db), ledger, investigations: new InvestigationReportRepository(deps.db) }),
    shipmentHolds: new ShipmentHoldRepository(deps.db),
  };
}

/** Every worker on one poller: one long-polling fetchAndLock for all topics. */
export function startWorkers(deps: WorkerInfrastructure, topics: readonly string[] = Object.keys(jobWorkers)): RunningWorkers {
  const poller = new ExternalTaskPoller(deps.engine, { logger: deps.logger.child({ component: 'external-tasks' }), maxConcurrentTasks: deps.maxConcurrentTasks });
  const workerDeps = workerDependencies(deps, { engine: deps.engine, poller, outputs: new MappedOutputs(deps.engine) });
  const workers = topics.map((topic) => {
    const start = jobWorkers[topic];
    if (!start) throw new Error(`no worker for topic ${topic}`);
    return start(workerDeps);
  });
  if (jobTypesAwaitingWorkers.length > 0) {
    workerDeps.logger.warn({ jobTypes: jobTypesAwaitingWorkers }, 'job types without a real worker yet: their jobs wait');
  }
  return {
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
      await poller.close();
    },
  };
}

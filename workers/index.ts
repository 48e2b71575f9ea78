import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Knex } from 'knex';
import { DocumentService } from '../src/api/document.service';
import { CustomerRescoreService } from '../src/archive/customer-rescore.service';
import { TransactionArchiveService } from '../src/archive/transaction-archive.service';
import { applyPaymentJobType } from '../src/contracts/apply-payment.contract';
import { creditApplicationProcess } from '../src/contracts/credit-application.contract';
import { creditLifecycleProcess } from '../src/contracts/credit-lifecycle.contract';
import { dunningProcess } from '../src/contracts/dunning.contract';
import { legalEscalationProcess } from '../src/contracts/legal-escalation.contract';
import { portfolioMonitoringProcess } from '../src/contracts/portfolio-monitoring.contract';
import { reviewSlaJobTypes } from '../src/contracts/review-sla.contract';
import { ApplicationAssessmentRepository } from '../src/db/application-assessment.repository';
import { AuditEventRepository } from '../src/db/audit-event.repository';
import { CreditApplicationRepository } from '../src/db/credit-application.repository';
import { CustomerRepository } from '../src/db/customer.repository';
import { CustomerBehaviourRepository } from '../src/db/customer-behaviour.repository';
import { CustomerReminderRepository } from '../src/db/customer-reminder.repository';
import { DocumentRepository } from '../src/db/document.repository';
import { DunningNoticeRepository } from '../src/db/dunning-notice.repository';
import { InvestigationReportRepository } from '../src/db/investigation-report.repository';
import { ReceivableLedgerRepository } from '../src/db/receivable-ledger.repository';
import { ReviewEscalationRepository } from '../src/db/review-escalation.repository';
import { ShipmentHoldRepository } from '../src/db/shipment-hold.repository';
import { ShippingDocumentCheckRepository } from '../src/db/shipping-document-check.repository';
import { TransactionArchiveRepository } from '../src/db/transaction-archive.repository';
import { ExtractionProcess } from '../src/documents/extraction-process';
import { StoredDocumentExtractor } from '../src/documents/stored-document.extractor';
import { loadPdModel } from '../src/domain/scoring/pd-model';
import { mailerFromEnvironment } from '../src/dunning/mail-transport';
import { ReceivableService } from '../src/dunning/receivable.service';
import { InvestigationService } from '../src/investigation/investigation.service';
import { sourcesFromEnvironment } from '../src/investigation/sources-from-environment';
import type { Logger } from '../src/logger';
import { CustomerReminderService } from '../src/receivable/customer-reminder.service';
import { ShippingDocumentsService } from '../src/shipment/shipping-documents.service';
import { startArchiveTransactionWorker } from './archive/archive-transaction.worker';
import { startRescoreCustomerWorker } from './archive/rescore-customer.worker';
import { runCreditInvestigationJobType, startRunCreditInvestigationWorker } from './investigation/run-credit-investigation.worker';
import { startApplyPaymentWorker } from './receivable/apply-payment.worker';
import { startComputeDueDateWorker } from './receivable/compute-due-date.worker';
import { startSendPreDueReminderWorker, startSendReceiptReminderWorker } from './receivable/send-customer-reminders.worker';
import { startComputeSlaDeadlineWorker } from './review/compute-sla-deadline.worker';
import { startNotifySlaBreachWorker } from './review/notify-sla-breach.worker';
import { startRecordSlaBreachWorker } from './review/record-sla-breach.worker';
import { startScoreApplicationWorker } from './scoring/score-application.worker';
import { startConfirmShippingDocumentsWorker } from './shipment/confirm-shipping-documents.worker';
import { startHoldShipmentsWorker } from './shipment/hold-shipments.worker';

interface WorkerDependencies {
  zeebe: ZeebeGrpcClient;
  assessments: ApplicationAssessmentRepository;
  escalations: ReviewEscalationRepository;
  investigations: InvestigationService;
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
  [creditLifecycleProcess.jobTypes.confirmShippingDocuments]: startConfirmShippingDocumentsWorker,
  [creditLifecycleProcess.jobTypes.sendReceiptReminder]: startSendReceiptReminderWorker,
  [creditLifecycleProcess.jobTypes.sendPreDueReminder]: startSendPreDueReminderWorker,
  [applyPaymentJobType]: startApplyPaymentWorker,
  [creditLifecycleProcess.jobTypes.archiveTransaction]: startArchiveTransactionWorker,
  [creditLifecycleProcess.jobTypes.rescoreCustomer]: startRescoreCustomerWorker,
  [creditLifecycleProcess.jobTypes.holdShipments]: startHoldShipmentsWorker,
};

const lifecycle = creditLifecycleProcess.jobTypes;

/**
 * Job types the models already use whose real worker belongs to the workers issue. Process tests
 * serve them with test workers; `npm start` names them so nobody mistakes them for done.
 */
export const jobTypesAwaitingWorkers: readonly string[] = [
  ...new Set<string>([
    ...Object.values(dunningProcess.jobTypes),
    ...Object.values(legalEscalationProcess.jobTypes),
    ...Object.values(portfolioMonitoringProcess.jobTypes),
    lifecycle.runPreliminaryInvestigation,
    lifecycle.extractDocuments,
    lifecycle.scoreCustomer,
  ]),
].filter((jobType) => !jobWorkers[jobType]);

export interface RunningWorkers {
  /** Stops polling and waits for jobs in hand to finish. */
  close(): Promise<void>;
}

/** What every worker may need, built once from the composition root's knex, client and logger. */
export function workerDependencies(deps: { zeebe: ZeebeGrpcClient; db: Knex; logger: Logger }): WorkerDependencies {
  const documents = new DocumentRepository(deps.db);
  const receivables = new ReceivableLedgerRepository(deps.db);
  const checks = new ShippingDocumentCheckRepository(deps.db);
  const contacts = new DunningNoticeRepository(deps.db);
  const extractor = new StoredDocumentExtractor(new DocumentService(documents, new CreditApplicationRepository(deps.db)), new ExtractionProcess());
  return {
    zeebe: deps.zeebe,
    assessments: new ApplicationAssessmentRepository(deps.db),
    escalations: new ReviewEscalationRepository(deps.db),
    investigations: new InvestigationService(sourcesFromEnvironment(), new InvestigationReportRepository(deps.db)),
    audit: new AuditEventRepository(deps.db),
    logger: deps.logger.child({ component: 'workers' }),
    receivables,
    payments: new ReceivableService(receivables),
    shippingDocuments: new ShippingDocumentsService({ documents, extractor, checks, ledger: receivables }),
    reminders: new CustomerReminderService({ reminders: new CustomerReminderRepository(deps.db), customers: new CustomerRepository(deps.db), contacts, mailer: mailerFromEnvironment() }),
    archives: new TransactionArchiveService({ archives: new TransactionArchiveRepository(deps.db), documents, checks, ledger: receivables, contacts }),
    rescoring: new CustomerRescoreService({ behaviour: new CustomerBehaviourRepository(deps.db), ledger: receivables, model: loadPdModel() }),
    shipmentHolds: new ShipmentHoldRepository(deps.db),
  };
}

export function startWorkers(deps: { zeebe: ZeebeGrpcClient; db: Knex; logger: Logger }): RunningWorkers {
  const workerDeps = workerDependencies(deps);
  const workers = Object.values(jobWorkers).map((start) => start(workerDeps));
  if (jobTypesAwaitingWorkers.length > 0) {
    workerDeps.logger.warn({ jobTypes: jobTypesAwaitingWorkers }, 'job types without a real worker yet: their jobs wait');
  }
  return {
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

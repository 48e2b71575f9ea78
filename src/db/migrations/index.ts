import type { Knex } from 'knex';
import * as createCreditApplication from './20261123063000_create_credit_application';
import * as createReviewEscalation from './20261123071500_create_review_escalation';
import * as createAuditEvent from './20261123073000_create_audit_event';
import * as createCustomerAndIdempotency from './20261123080000_create_customer_and_idempotency';
import * as createDocument from './20261123081500_create_document';
import * as addCustomerContacts from './20261123083000_add_customer_contacts';
import * as createInvestigationReport from './20261123084500_create_investigation_report';
import * as createDunningNotice from './20261123090000_create_dunning_notice';
import * as createCreditFreezeAndProvision from './20261123091500_create_credit_freeze_and_provision';
import * as createEvidencePack from './20261123093000_create_evidence_pack';
import * as createReceivableLedger from './20261123094500_create_receivable_ledger';
import * as createModelDraft from './20261124090000_create_model_draft';
import * as createReceivable from './20261124100000_create_receivable';
import * as createReceivableDayTotal from './20261124110000_create_receivable_day_total';
import * as createPreliminaryReport from './20261125090000_create_preliminary_report';
import * as createStatementExtraction from './20261125090100_create_statement_extraction';
import * as createCustomerScore from './20261125090200_create_customer_score';
import * as addCustomerPostalAddress from './20261125120000_add_customer_postal_address';
import * as createReceivableLateFee from './20261125121500_create_receivable_late_fee';
import * as createLegalCaseAndMonitoringRecords from './20261126090000_create_legal_case_and_monitoring_records';
import * as addApplicationCustomerAndProcess from './20261126100000_add_application_customer_and_process';
import * as createLifecycleRecords from './20261126110000_create_lifecycle_records';
import * as createEngineMessage from './20261205090000_create_engine_message';
import * as createDailyMonitoringResult from './20261206090000_create_daily_monitoring_result';
import * as addCustomerScoreModelChoice from './20261205090100_add_customer_score_model_choice';
import * as renameModelDraftDefinitionIds from './20261206100000_rename_model_draft_definition_ids';
import * as indexApplicationCase from './20261206101000_index_application_case';
import * as scopeEngineMessageToProcess from './20261206102000_scope_engine_message_to_process';
import * as createInvoiceVerification from './20261207090000_create_invoice_verification';
import * as indexEngineMessageRetryOrder from './20261208090000_index_engine_message_retry_order';

/** Migrations listed explicitly (timestamp order) so they run the same under tsx, jest and compiled JS. */
const migrations: Record<string, Knex.Migration> = {
  '20261123063000_create_credit_application': createCreditApplication,
  '20261123071500_create_review_escalation': createReviewEscalation,
  '20261123073000_create_audit_event': createAuditEvent,
  '20261123080000_create_customer_and_idempotency': createCustomerAndIdempotency,
  '20261123081500_create_document': createDocument,
  '20261123083000_add_customer_contacts': addCustomerContacts,
  '20261123084500_create_investigation_report': createInvestigationReport,
  '20261123090000_create_dunning_notice': createDunningNotice,
  '20261123091500_create_credit_freeze_and_provision': createCreditFreezeAndProvision,
  '20261123093000_create_evidence_pack': createEvidencePack,
  '20261123094500_create_receivable_ledger': createReceivableLedger,
  '20261124090000_create_model_draft': createModelDraft,
  '20261124100000_create_receivable': createReceivable,
  '20261124110000_create_receivable_day_total': createReceivableDayTotal,
  '20261125090000_create_preliminary_report': createPreliminaryReport,
  '20261125090100_create_statement_extraction': createStatementExtraction,
  '20261125090200_create_customer_score': createCustomerScore,
  '20261125120000_add_customer_postal_address': addCustomerPostalAddress,
  '20261125121500_create_receivable_late_fee': createReceivableLateFee,
  '20261126090000_create_legal_case_and_monitoring_records': createLegalCaseAndMonitoringRecords,
  '20261126100000_add_application_customer_and_process': addApplicationCustomerAndProcess,
  '20261126110000_create_lifecycle_records': createLifecycleRecords,
  '20261205090000_create_engine_message': createEngineMessage,
  '20261206090000_create_daily_monitoring_result': createDailyMonitoringResult,
  '20261205090100_add_customer_score_model_choice': addCustomerScoreModelChoice,
  '20261206100000_rename_model_draft_definition_ids': renameModelDraftDefinitionIds,
  '20261206101000_index_application_case': indexApplicationCase,
  '20261206102000_scope_engine_message_to_process': scopeEngineMessageToProcess,
  '20261207090000_create_invoice_verification': createInvoiceVerification,
  '20261208090000_index_engine_message_retry_order': indexEngineMessageRetryOrder,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const migration = migrations[name];
    if (!migration) throw new Error(`unknown migration ${name}`);
    return migration;
  },
};

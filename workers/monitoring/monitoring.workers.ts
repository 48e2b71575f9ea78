import type { Knex } from 'knex';
import { portfolioMonitoringProcess } from '../../src/contracts/portfolio-monitoring.contract';
import type { AuditEventRepository } from '../../src/db/audit-event.repository';
import { CreditRestrictionRepository } from '../../src/db/credit-restriction.repository';
import { CustomerScoreRepository } from '../../src/db/customer-score.repository';
import { CustomerRepository } from '../../src/db/customer.repository';
import { DailyMonitoringResultRepository } from '../../src/db/daily-monitoring-result.repository';
import { InvestigationReportRepository } from '../../src/db/investigation-report.repository';
import { MonitoredCustomerRepository } from '../../src/db/monitored-customer.repository';
import { ProvisionRepository } from '../../src/db/provision.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import type { CreditFileReader } from '../../src/engine/history/credit-file.reader';
import type { WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import type { InvestigationSources } from '../../src/investigation/investigation-sources';
import type { Logger } from '../../src/logger';
import { CustomerMonitoringService } from '../../src/monitoring/customer-monitoring.service';
import { ProvisionTopUpService } from '../../src/monitoring/provision-top-up.service';
import {
  startApplyCreditRestrictionsWorker,
  startRestrictNewBusinessWorker,
  startStartReceivablePreservationWorker,
  startSuspendTradingWorker,
} from './credit-restriction.workers';
import { startListActiveCustomersWorker } from './list-active-customers.worker';
import { startCollectMonitoringResultsWorker, startRecordMonitoringResultWorker } from './monitoring-results.workers';
import { startScoreMonitoredCustomerWorker } from './score-monitored-customer.worker';
import { startTopUpProvisionWorker } from './top-up-provision.worker';

export interface MonitoringDependencies {
  runtime: WorkerRuntime;
  monitoring: CustomerMonitoringService;
  restrictions: CreditRestrictionRepository;
  provisionTopUps: ProvisionTopUpService;
  /** The daily results, one row per customer and business day. */
  monitoringResults: DailyMonitoringResultRepository;
  audit: AuditEventRepository;
  logger: Logger;
}

/** The daily monitoring's services; without the credit file it finds active customers from the ledger only. */
export function monitoringServices(deps: { db: Knex; creditFile?: CreditFileReader; sources: InvestigationSources }): Pick<MonitoringDependencies, 'monitoring' | 'restrictions' | 'provisionTopUps' | 'monitoringResults'> {
  const { db } = deps;
  const customers = new CustomerRepository(db);
  const ledger = new ReceivableLedgerRepository(db);
  return {
    monitoring: new CustomerMonitoringService({
      customers,
      ledger,
      reports: new InvestigationReportRepository(db),
      caseScores: new CustomerScoreRepository(db),
      monitored: new MonitoredCustomerRepository(db),
      creditFile: deps.creditFile,
      sources: deps.sources,
    }),
    restrictions: new CreditRestrictionRepository(db),
    provisionTopUps: new ProvisionTopUpService({ customers, ledger, provisions: new ProvisionRepository(db) }),
    monitoringResults: new DailyMonitoringResultRepository(db),
  };
}

const monitoring = portfolioMonitoringProcess.jobTypes;

export const monitoringWorkers: Record<string, (deps: MonitoringDependencies) => { close(): Promise<unknown> }> = {
  [monitoring.listActiveCustomers]: startListActiveCustomersWorker,
  [monitoring.scoreCustomer]: startScoreMonitoredCustomerWorker,
  [monitoring.applyCreditRestrictions]: startApplyCreditRestrictionsWorker,
  [monitoring.suspendTrading]: startSuspendTradingWorker,
  [monitoring.startReceivablePreservation]: startStartReceivablePreservationWorker,
  [monitoring.restrictNewBusiness]: startRestrictNewBusinessWorker,
  [monitoring.recordMonitoringResult]: startRecordMonitoringResultWorker,
  [monitoring.collectMonitoringResults]: startCollectMonitoringResultsWorker,
  [monitoring.topUpProvision]: startTopUpProvisionWorker,
};

import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Knex } from 'knex';
import { CreditFileRepository } from '../src/camunda/history/credit-file.repository';
import { legalEscalationProcess } from '../src/contracts/legal-escalation.contract';
import { portfolioMonitoringProcess } from '../src/contracts/portfolio-monitoring.contract';
import { AuditEventRepository } from '../src/db/audit-event.repository';
import { CreditFreezeRepository } from '../src/db/credit-freeze.repository';
import { CreditRestrictionRepository } from '../src/db/credit-restriction.repository';
import { CustomerScoreRepository } from '../src/db/customer-score.repository';
import { CustomerRepository } from '../src/db/customer.repository';
import { InvestigationReportRepository } from '../src/db/investigation-report.repository';
import { MonitoredCustomerRepository } from '../src/db/monitored-customer.repository';
import { ProvisionRepository } from '../src/db/provision.repository';
import { ReceivableLedgerRepository } from '../src/db/receivable-ledger.repository';
import { SecondDueDiligenceRepository } from '../src/db/second-due-diligence.repository';
import { InvestigationService } from '../src/investigation/investigation.service';
import { sourcesFromEnvironment } from '../src/investigation/sources-from-environment';
import { EvidencePackService } from '../src/legal/evidence-pack.service';
import { GroupFreezeService } from '../src/legal/group-freeze.service';
import { LegalCaseService } from '../src/legal/legal-case.service';
import { SecondDueDiligenceService } from '../src/legal/second-due-diligence.service';
import type { Logger } from '../src/logger';
import { CustomerMonitoringService } from '../src/monitoring/customer-monitoring.service';
import { ProvisionTopUpService } from '../src/monitoring/provision-top-up.service';
import { startBuildEvidencePackWorker } from './legal/build-evidence-pack.worker';
import { startFreezeGroupCreditWorker } from './legal/freeze-group-credit.worker';
import { startRunSecondDueDiligenceWorker } from './legal/run-second-due-diligence.worker';
import { startUpdateProvisionsWorker } from './legal/update-provisions.worker';
import {
  startApplyCreditRestrictionsWorker,
  startRestrictNewBusinessWorker,
  startStartReceivablePreservationWorker,
  startSuspendTradingWorker,
} from './monitoring/credit-restriction.workers';
import { startListActiveCustomersWorker } from './monitoring/list-active-customers.worker';
import { startScoreMonitoredCustomerWorker } from './monitoring/score-monitored-customer.worker';
import { startTopUpProvisionWorker } from './monitoring/top-up-provision.worker';

export interface LegalAndMonitoringDependencies {
  zeebe: ZeebeGrpcClient;
  customers: CustomerRepository;
  groupFreezes: GroupFreezeService;
  secondDueDiligences: SecondDueDiligenceService;
  legalCases: LegalCaseService;
  monitoring: CustomerMonitoringService;
  restrictions: CreditRestrictionRepository;
  provisionTopUps: ProvisionTopUpService;
  audit: AuditEventRepository;
  logger: Logger;
}

/** The legal escalation's and the daily monitoring's services, built once from the composition root's knex and client. */
export function legalAndMonitoringDependencies(deps: { zeebe: ZeebeGrpcClient; db: Knex; historyDb?: Knex; logger: Logger }): Omit<LegalAndMonitoringDependencies, 'zeebe' | 'audit' | 'logger'> {
  const { db } = deps;
  const sources = sourcesFromEnvironment();
  const customers = new CustomerRepository(db);
  const ledger = new ReceivableLedgerRepository(db);
  const reports = new InvestigationReportRepository(db);
  const provisions = new ProvisionRepository(db);
  return {
    customers,
    groupFreezes: new GroupFreezeService({ freezes: new CreditFreezeRepository(db), sources, zeebe: deps.zeebe, db, customers }),
    secondDueDiligences: new SecondDueDiligenceService({ customers, diligences: new SecondDueDiligenceRepository(db), investigations: new InvestigationService(sources, reports) }),
    legalCases: new LegalCaseService({ db, evidencePacks: new EvidencePackService(db) }),
    monitoring: new CustomerMonitoringService({
      customers,
      ledger,
      reports,
      caseScores: new CustomerScoreRepository(db),
      monitored: new MonitoredCustomerRepository(db),
      creditFile: deps.historyDb ? new CreditFileRepository(deps.historyDb) : undefined,
      sources,
    }),
    restrictions: new CreditRestrictionRepository(db),
    provisionTopUps: new ProvisionTopUpService({ customers, ledger, provisions }),
  };
}

const legal = legalEscalationProcess.jobTypes;
const monitoring = portfolioMonitoringProcess.jobTypes;

/** freeze-group-credit and run-second-due-diligence serve both processes (one contract). */
export const legalAndMonitoringWorkers: Record<string, (deps: LegalAndMonitoringDependencies) => { close(): Promise<unknown> }> = {
  [legal.freezeGroupCredit]: startFreezeGroupCreditWorker,
  [legal.runSecondDueDiligence]: startRunSecondDueDiligenceWorker,
  [legal.buildEvidencePack]: startBuildEvidencePackWorker,
  [legal.updateProvisions]: startUpdateProvisionsWorker,
  [monitoring.listActiveCustomers]: startListActiveCustomersWorker,
  [monitoring.scoreCustomer]: startScoreMonitoredCustomerWorker,
  [monitoring.applyCreditRestrictions]: startApplyCreditRestrictionsWorker,
  [monitoring.suspendTrading]: startSuspendTradingWorker,
  [monitoring.startReceivablePreservation]: startStartReceivablePreservationWorker,
  [monitoring.restrictNewBusiness]: startRestrictNewBusinessWorker,
  [monitoring.topUpProvision]: startTopUpProvisionWorker,
};

import type { Knex } from 'knex';
import { legalEscalationProcess } from '../../src/contracts/legal-escalation.contract';
import type { AuditEventRepository } from '../../src/db/audit-event.repository';
import { CreditFreezeRepository } from '../../src/db/credit-freeze.repository';
import { CustomerRepository } from '../../src/db/customer.repository';
import { InvestigationReportRepository } from '../../src/db/investigation-report.repository';
import { SecondDueDiligenceRepository } from '../../src/db/second-due-diligence.repository';
import type { WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import type { MessageDeliveryService } from '../../src/engine/messages/message-delivery.service';
import { InvestigationService } from '../../src/investigation/investigation.service';
import type { InvestigationSources } from '../../src/investigation/investigation-sources';
import { EvidencePackService } from '../../src/legal/evidence-pack.service';
import { GroupFreezeService } from '../../src/legal/group-freeze.service';
import { LegalCaseService } from '../../src/legal/legal-case.service';
import { SecondDueDiligenceService } from '../../src/legal/second-due-diligence.service';
import type { Logger } from '../../src/logger';
import { startBuildEvidencePackWorker } from './build-evidence-pack.worker';
import { startFreezeGroupCreditWorker } from './freeze-group-credit.worker';
import { startRunSecondDueDiligenceWorker } from './run-second-due-diligence.worker';
import { startUpdateProvisionsWorker } from './update-provisions.worker';

export interface LegalDependencies {
  runtime: WorkerRuntime;
  customers: CustomerRepository;
  groupFreezes: GroupFreezeService;
  secondDueDiligences: SecondDueDiligenceService;
  legalCases: LegalCaseService;
  audit: AuditEventRepository;
  logger: Logger;
}

/** The legal escalation's services (freeze-group-credit and run-second-due-diligence serve the monitoring too). */
export function legalServices(deps: { db: Knex; messages: MessageDeliveryService; sources: InvestigationSources }): Pick<LegalDependencies, 'customers' | 'groupFreezes' | 'secondDueDiligences' | 'legalCases'> {
  const { db } = deps;
  const customers = new CustomerRepository(db);
  return {
    customers,
    groupFreezes: new GroupFreezeService({ freezes: new CreditFreezeRepository(db), sources: deps.sources, messages: deps.messages, db, customers }),
    secondDueDiligences: new SecondDueDiligenceService({ customers, diligences: new SecondDueDiligenceRepository(db), investigations: new InvestigationService(deps.sources, new InvestigationReportRepository(db)) }),
    legalCases: new LegalCaseService({ db, evidencePacks: new EvidencePackService(db) }),
  };
}

const legal = legalEscalationProcess.jobTypes;

export const legalWorkers: Record<string, (deps: LegalDependencies) => { close(): Promise<unknown> }> = {
  [legal.freezeGroupCredit]: startFreezeGroupCreditWorker,
  [legal.runSecondDueDiligence]: startRunSecondDueDiligenceWorker,
  [legal.buildEvidencePack]: startBuildEvidencePackWorker,
  [legal.updateProvisions]: startUpdateProvisionsWorker,
};

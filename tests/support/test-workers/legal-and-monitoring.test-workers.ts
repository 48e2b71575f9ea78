import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { ZodType } from 'zod';
import { createZodJobWorker } from '../../../src/camunda/zod-job-worker';
import {
  buildEvidencePackInputSchema,
  buildEvidencePackOutputSchema,
  freezeGroupCreditInputSchema,
  freezeGroupCreditOutputSchema,
  legalEscalationProcess,
  runSecondDueDiligenceInputSchema,
  runSecondDueDiligenceOutputSchema,
  updateProvisionsInputSchema,
  updateProvisionsOutputSchema,
} from '../../../src/contracts/legal-escalation.contract';
import {
  applyCreditRestrictionsInputSchema,
  applyCreditRestrictionsOutputSchema,
  listActiveCustomersInputSchema,
  listActiveCustomersOutputSchema,
  portfolioMonitoringProcess,
  restrictNewBusinessInputSchema,
  restrictNewBusinessOutputSchema,
  scoreCustomerInputSchema,
  scoreCustomerOutputSchema,
  startReceivablePreservationInputSchema,
  startReceivablePreservationOutputSchema,
  suspendTradingInputSchema,
  suspendTradingOutputSchema,
  topUpProvisionInputSchema,
  topUpProvisionOutputSchema,
} from '../../../src/contracts/portfolio-monitoring.contract';
import type { Logger } from '../../../src/logger';

export interface TestCustomer {
  customerId: string;
  score: number;
  openAmount: number;
  daysOverdue: number;
  termElapsedRatio: number;
  collectionRate: number;
  turnoverDropRatio: number;
}

/** One call of a test worker: the job type, the process instance and the validated input. */
export interface TestJobCall {
  jobType: string;
  processInstanceKey: string;
  input: Record<string, unknown>;
}

/**
 * TEST WORKERS for the legal-escalation and portfolio-monitoring job types (the real workers are the
 * workers issue's). Input and output are checked against the contract's zod schemas; side effects are
 * kept in memory, idempotent on the business keys the real workers must use (a group is frozen once).
 */
export function startLegalAndMonitoringTestWorkers(
  zeebe: ZeebeGrpcClient,
  logger: Logger,
  options: { portfolio: TestCustomer[]; portfolioFor: (processInstanceKey: string) => boolean; groupOf: (customerId: string) => string[] },
) {
  const calls: TestJobCall[] = [];
  const frozenGroups = new Map<string, string[]>();
  const serve = <I, O>(jobType: string, inputSchema: ZodType<I>, outputSchema: ZodType<O>, handle: (input: I) => O) =>
    createZodJobWorker(zeebe, {
      taskType: jobType,
      inputSchema,
      outputSchema,
      logger,
      handler: async (input, job) => {
        calls.push({ jobType, processInstanceKey: job.processInstanceKey, input: input as Record<string, unknown> });
        return handle(input);
      },
    });
  const customer = (customerId: string) => {
    const found = options.portfolio.find((candidate) => candidate.customerId === customerId);
    if (!found) throw new Error(`unknown test customer ${customerId}`);
    return found;
  };
  const legal = legalEscalationProcess.jobTypes;
  const monitoring = portfolioMonitoringProcess.jobTypes;
  let listedFor = '';
  const workers = [
    serve(legal.freezeGroupCredit, freezeGroupCreditInputSchema, freezeGroupCreditOutputSchema, (input) => {
      const group = options.groupOf(input.customerId);
      const freezeId = `FREEZE-${group[0]}`;
      if (!frozenGroups.has(freezeId)) frozenGroups.set(freezeId, group);
      return { freezeId, frozenCustomerIds: group };
    }),
    serve(legal.runSecondDueDiligence, runSecondDueDiligenceInputSchema, runSecondDueDiligenceOutputSchema, (input) => ({ secondDueDiligenceId: `DD2-${input.customerId}` })),
    serve(legal.buildEvidencePack, buildEvidencePackInputSchema, buildEvidencePackOutputSchema, (input) => ({
      evidencePackId: `EVIDENCE-${input.receivableId}`,
      evidenceDocuments: ['contract', 'delivery-note', 'invoice', 'dunning-history'].map((document) => `${input.receivableId}/${document}`),
    })),
    serve(legal.updateProvisions, updateProvisionsInputSchema, updateProvisionsOutputSchema, (input) => {
      const writtenOffAmount = input.legalOutcome === 'RECOVERED' ? 0 : Math.max(0, input.openAmount - input.recoveredAmount);
      return { writtenOffAmount, provisionReleased: input.openAmount * 0.15 };
    }),
    createZodJobWorker(zeebe, {
      taskType: monitoring.listActiveCustomers,
      inputSchema: listActiveCustomersInputSchema,
      outputSchema: listActiveCustomersOutputSchema,
      logger,
      handler: async (_input, job) => {
        calls.push({ jobType: monitoring.listActiveCustomers, processInstanceKey: job.processInstanceKey, input: {} });
        listedFor = job.processInstanceKey;
        return { customers: options.portfolioFor(job.processInstanceKey) ? options.portfolio.map(({ customerId }) => ({ customerId })) : [] };
      },
    }),
    serve(monitoring.scoreCustomer, scoreCustomerInputSchema, scoreCustomerOutputSchema, (input) => {
      const { score, customerId: _id, ...exposure } = customer(input.customerId);
      return { score, scoreModelVersion: 'test-model-1', exposure };
    }),
    serve(monitoring.applyCreditRestrictions, applyCreditRestrictionsInputSchema, applyCreditRestrictionsOutputSchema, (input) => ({ restrictionId: `LIMIT-${input.customerId}` })),
    serve(monitoring.suspendTrading, suspendTradingInputSchema, suspendTradingOutputSchema, (input) => ({ suspensionId: `SUSPEND-${input.customerId}` })),
    serve(monitoring.startReceivablePreservation, startReceivablePreservationInputSchema, startReceivablePreservationOutputSchema, (input) => ({ preservationCaseId: `PRESERVE-${input.customerId}` })),
    serve(monitoring.restrictNewBusiness, restrictNewBusinessInputSchema, restrictNewBusinessOutputSchema, (input) => ({ restrictionId: `NEWBIZ-${input.customerId}` })),
    serve(monitoring.topUpProvision, topUpProvisionInputSchema, topUpProvisionOutputSchema, (input) => {
      const provisionRequired = Math.round(input.openAmount * input.provisionRate * 100) / 100;
      return { provisionRequired, provisionTopUp: provisionRequired };
    }),
  ];
  return {
    calls,
    frozenGroups,
    lastListedInstance: () => listedFor,
    callsOf: (processInstanceKey: string, jobType?: string) =>
      calls.filter((call) => call.processInstanceKey === processInstanceKey && (jobType === undefined || call.jobType === jobType)),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

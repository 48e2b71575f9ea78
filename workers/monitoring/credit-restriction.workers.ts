import type { ZodType } from 'zod';
import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import {
  applyCreditRestrictionsInputSchema,
  applyCreditRestrictionsOutputSchema,
  portfolioMonitoringProcess,
  restrictNewBusinessInputSchema,
  restrictNewBusinessOutputSchema,
  startReceivablePreservationInputSchema,
  startReceivablePreservationOutputSchema,
  suspendTradingInputSchema,
  suspendTradingOutputSchema,
} from '../../src/contracts/portfolio-monitoring.contract';
import type { CreditRestriction, CreditRestrictionRepository } from '../../src/db/credit-restriction.repository';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { Logger } from '../../src/logger';

type RestrictionDeps = { runtime: WorkerRuntime; restrictions: CreditRestrictionRepository; logger: Logger; audit?: WorkerAudit };
type Details = Pick<CreditRestriction, 'kind'> & Partial<Pick<CreditRestriction, 'limitFactor' | 'maxTermDays' | 'turnoverDropRatio' | 'openAmountCents'>>;

/** The colour and early-warning consequences: each recorded once per customer, kind and business day. */
function startRestrictionWorker<Input extends { customerId: string }, Output>(
  deps: RestrictionDeps,
  taskType: string,
  schemas: { input: ZodType<Input>; output: ZodType<Output> },
  details: (input: Input) => Details,
  output: (restrictionId: string) => Output,
) {
  return createZodJobWorker(deps.runtime, {
    taskType,
    inputSchema: schemas.input,
    outputSchema: schemas.output,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      const restriction = await deps.restrictions.recordOnce({
        limitFactor: null, maxTermDays: null, turnoverDropRatio: null, openAmountCents: null,
        ...details(input),
        customerId: input.customerId,
        businessDay: businessDayOf(job.engineNow),
      });
      return output(restriction.id);
    },
  });
}

const jobTypes = portfolioMonitoringProcess.jobTypes;

export const startApplyCreditRestrictionsWorker = (deps: RestrictionDeps) =>
  startRestrictionWorker(deps, jobTypes.applyCreditRestrictions, { input: applyCreditRestrictionsInputSchema, output: applyCreditRestrictionsOutputSchema },
    (input) => ({ kind: 'LIMIT_AND_TERM', limitFactor: input.limitFactor, maxTermDays: input.maxTermDays }), (restrictionId) => ({ restrictionId }));

export const startSuspendTradingWorker = (deps: RestrictionDeps) =>
  startRestrictionWorker(deps, jobTypes.suspendTrading, { input: suspendTradingInputSchema, output: suspendTradingOutputSchema },
    () => ({ kind: 'TRADING_SUSPENDED' }), (suspensionId) => ({ suspensionId }));

export const startStartReceivablePreservationWorker = (deps: RestrictionDeps) =>
  startRestrictionWorker(deps, jobTypes.startReceivablePreservation, { input: startReceivablePreservationInputSchema, output: startReceivablePreservationOutputSchema },
    (input) => ({ kind: 'RECEIVABLE_PRESERVATION', openAmountCents: Math.round(input.openAmount * 100) }), (preservationCaseId) => ({ preservationCaseId }));

export const startRestrictNewBusinessWorker = (deps: RestrictionDeps) =>
  startRestrictionWorker(deps, jobTypes.restrictNewBusiness, { input: restrictNewBusinessInputSchema, output: restrictNewBusinessOutputSchema },
    (input) => ({ kind: 'NEW_BUSINESS', turnoverDropRatio: input.turnoverDropRatio }), (restrictionId) => ({ restrictionId }));

import { z } from 'zod';
import {
  freezeGroupCreditInputSchema,
  freezeGroupCreditOutputSchema,
  legalEscalationProcess,
  runSecondDueDiligenceInputSchema,
  runSecondDueDiligenceOutputSchema,
} from './legal-escalation.contract';

/** `processes/portfolio-monitoring.bpmn`: the daily re-scoring, colour consequences and early warnings (DOMAIN.md §3, §4). */
export const portfolioMonitoringProcess = {
  processId: 'portfolio-monitoring',
  /** Spring cron (seconds first), evaluated by the engine in UTC. */
  schedule: '0 0 2 * * ?',
  elements: {
    start: 'StartEvent_DailyMonitoring',
    listActiveCustomers: 'Task_ListActiveCustomers',
    monitorCustomer: 'SubProcess_MonitorCustomer',
    customerStart: 'StartEvent_CustomerMonitoring',
    scoreCustomer: 'Task_ScoreCustomer',
    determineColourBand: 'Task_DetermineColourBand',
    colourBand: 'Gateway_ColourBand',
    applyCreditRestrictions: 'Task_ApplyCreditRestrictions',
    suspendTrading: 'Task_SuspendTrading',
    startReceivablePreservation: 'Task_StartReceivablePreservation',
    assessEarlyWarning: 'Task_AssessEarlyWarning',
    secondDueDiligenceRequired: 'Gateway_SecondDueDiligenceRequired',
    runSecondDueDiligence: 'Task_RunSecondDueDiligence',
    freezeGroupCredit: 'Task_FreezeGroupCredit',
    restrictNewBusinessRequired: 'Gateway_RestrictNewBusinessRequired',
    restrictNewBusiness: 'Task_RestrictNewBusiness',
    determineProvisionRate: 'Task_DetermineProvisionRate',
    recordMonitoringResult: 'Task_RecordMonitoringResult',
    customerMonitored: 'EndEvent_CustomerMonitored',
    collectMonitoringResults: 'Task_CollectMonitoringResults',
    topUpProvisions: 'Task_TopUpProvisions',
    portfolioMonitored: 'EndEvent_PortfolioMonitored',
  },
  jobTypes: {
    listActiveCustomers: 'list-active-customers',
    /** Not the lifecycle's `score-customer`: another contract (the monitoring reads the ledger itself). */
    scoreCustomer: 'score-monitored-customer',
    applyCreditRestrictions: 'apply-credit-restrictions',
    suspendTrading: 'suspend-trading',
    startReceivablePreservation: 'start-receivable-preservation',
    runSecondDueDiligence: legalEscalationProcess.jobTypes.runSecondDueDiligence,
    freezeGroupCredit: legalEscalationProcess.jobTypes.freezeGroupCredit,
    restrictNewBusiness: 'restrict-new-business',
    recordMonitoringResult: 'record-monitoring-result',
    collectMonitoringResults: 'collect-monitoring-results',
    topUpProvision: 'top-up-provision',
  },
  messages: {},
  errorCodes: {},
  decisions: {
    colourBand: 'colour-band',
    earlyWarning: 'early-warning',
    provisionRate: 'provision-rate',
  },
  forms: {},
} as const;

/** Operaton's activity id of a multi-instance activity's body (the inner instances carry the element's own id). */
export const multiInstanceBodyOf = (elementId: string) => `${elementId}#multiInstanceBody`;

const money = z.number().finite().nonnegative();
const ratio = z.number().min(0).max(1);
/** The business day (UTC) of a daily run: the key of its once-a-day side effects and of its results. */
const businessDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, e.g. 2026-12-31');

export const consequenceSchema = z.enum([
  'CREDIT_RESTRICTED',
  'TRADING_SUSPENDED',
  'PRESERVATION_STARTED',
  'SECOND_DUE_DILIGENCE',
  'GROUP_CREDIT_FROZEN',
  'NEW_BUSINESS_RESTRICTED',
]);

export const listActiveCustomersInputSchema = z.object({});
/** The customers to monitor and the run's business day (the engine's day when the run lists them). */
export const listActiveCustomersOutputSchema = z.object({ customers: z.array(z.object({ customerId: z.string().min(1) })), businessDay });

/** score-monitored-customer: today's score and the exposure facts the early warning needs (see src/domain/monitoring/exposure.ts). */
export const scoreCustomerInputSchema = z.object({ customerId: z.string().min(1) });
export const exposureSchema = z.object({
  openAmount: money,
  /** Days the oldest open receivable is overdue (0 when none). */
  daysOverdue: z.number().int().nonnegative(),
  /** Share of the credit term elapsed for the open receivables (0..1+). */
  termElapsedRatio: z.number().nonnegative(),
  /** Share of the principal fallen due in the last 12 months that was paid by its due date (1 when nothing fell due). */
  collectionRate: ratio,
  /** Drop of receivable turnover against the previous period (0.2 = −20 %); 0 when it rose. */
  turnoverDropRatio: ratio,
});
export const scoreCustomerOutputSchema = z.object({ score: z.number().min(0).max(100), scoreModelVersion: z.string().min(1), exposure: exposureSchema });

export const colourBandDecisionOutputSchema = z.object({
  colour: z.enum(['green', 'yellow', 'red']),
  limitFactor: z.number().min(0).max(1),
  maxTermDays: z.number().int().nonnegative().nullable(),
  tradingSuspended: z.boolean(),
  preservationRequired: z.boolean(),
});

/** apply-credit-restrictions: limit = approved limit × limitFactor (absolute, never compounding day after day), term ≤ maxTermDays. */
export const applyCreditRestrictionsInputSchema = z.object({ customerId: z.string().min(1), limitFactor: ratio, maxTermDays: z.number().int().positive() });
export const applyCreditRestrictionsOutputSchema = z.object({ restrictionId: z.string().min(1) });

export const suspendTradingInputSchema = z.object({ customerId: z.string().min(1) });
export const suspendTradingOutputSchema = z.object({ suspensionId: z.string().min(1) });

export const startReceivablePreservationInputSchema = z.object({ customerId: z.string().min(1), openAmount: money });
export const startReceivablePreservationOutputSchema = z.object({ preservationCaseId: z.string().min(1) });

export { freezeGroupCreditInputSchema, freezeGroupCreditOutputSchema, runSecondDueDiligenceInputSchema, runSecondDueDiligenceOutputSchema };

export const restrictNewBusinessInputSchema = z.object({ customerId: z.string().min(1), turnoverDropRatio: ratio });
export const restrictNewBusinessOutputSchema = z.object({ restrictionId: z.string().min(1) });

/** One customer's result of a daily run (an element of monitoringResults). */
export const monitoringResultSchema = z.object({
  customerId: z.string(),
  score: z.number(),
  colour: z.enum(['green', 'yellow', 'red']),
  warningLevel: z.enum(['NONE', 'YELLOW', 'RED']),
  provisionRate: z.number(),
  openAmount: money,
  consequences: z.array(consequenceSchema),
});
export type MonitoringResult = z.infer<typeof monitoringResultSchema>;

/**
 * record-monitoring-result: keeps the customer's result in PostgreSQL (daily_monitoring_result), one row
 * per customer and business day, written by the run (its process instance); idempotent (a redelivered job
 * writes the same row, a later run the same day replaces it).
 */
export const recordMonitoringResultInputSchema = monitoringResultSchema.extend({ businessDay, scoreModelVersion: z.string().min(1) });
export const recordMonitoringResultOutputSchema = z.object({});

/**
 * collect-monitoring-results: the results this run recorded, by customer id (Operaton's multi-instance has
 * no output collection: each inner instance recorded its own, and this step reads them back).
 */
export const collectMonitoringResultsInputSchema = z.object({ businessDay });
export const collectMonitoringResultsOutputSchema = z.object({ monitoringResults: z.array(monitoringResultSchema) });

/**
 * top-up-provision: provision required = openAmount × provisionRate; tops up only (never releases); idempotent per
 * customer and business day; what was required and topped up is kept with the customer's result of the day.
 */
export const topUpProvisionInputSchema = z.object({ customerId: z.string().min(1), score: z.number(), provisionRate: z.number().min(0).max(1), openAmount: money, businessDay });
export const topUpProvisionOutputSchema = z.object({ provisionRequired: money, provisionTopUp: money });

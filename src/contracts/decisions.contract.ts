import { z } from 'zod';

/**
 * The policy decisions `processes/decisions/<decision-id>.dmn`: ids and the data shapes the
 * engine's evaluation takes and returns. Categories the processes branch on are fixed value
 * sets; numbers (SLAs, factors, terms, rates) are ranges, so process owners can change them
 * in the Modeler without a code change. Schemas are strict: an unknown field, or an output
 * column added to a table, is a contract change and fails loudly.
 */
export const decisionIds = {
  customerTier: 'customer-tier',
  greenChannelEligibility: 'green-channel-eligibility',
  colourBand: 'colour-band',
  gradeAndTerms: 'grade-and-terms',
  provisionRate: 'provision-rate',
  dunningStage: 'dunning-stage',
  earlyWarning: 'early-warning',
  approvalAuthority: 'approval-authority',
} as const;
export type DecisionId = (typeof decisionIds)[keyof typeof decisionIds];

const score = z.number().min(0, 'a score is between 0 and 100').max(100, 'a score is between 0 and 100');
const share = (what: string) => z.number().min(0, `${what} is a share between 0 and 1`).max(1, `${what} is a share between 0 and 1`);
const years = z.number().min(0, 'years of cooperation cannot be negative');
const days = z.number().int('whole days').min(0, 'days cannot be negative');
const creditGrade = z.enum(['AA', 'A', 'B', 'C'], { error: 'a credit grade is AA, A, B or C' });

const customerTier = {
  input: z.strictObject({
    annualVolume: z.number().min(0, 'an annual volume (CNY) cannot be negative'),
    yearsOfCooperation: years,
    creditGrade: z.enum(['AA', 'A', 'B', 'C'], { error: 'a credit grade is AA, A, B or C, or null for a customer without a grade yet' }).nullable(),
  }),
  output: z.strictObject({
    customerTier: z.enum(['core', 'priority', 'basic']),
    reviewSlaWorkingDays: z.number().int().positive(),
  }),
};

const greenChannelEligibility = {
  input: z.strictObject({
    yearsOfCooperation: years,
    collectionRate: share('a collection rate'),
    industryRisk: z.enum(['low', 'medium', 'high']),
    score,
    urgent: z.boolean(),
  }),
  output: z.strictObject({
    route: z.enum(['AUTO_APPROVE', 'URGENT_COORDINATOR', 'TIERED_REVIEW']),
    routeReason: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a SCREAMING_SNAKE reason code'),
  }),
};

const colourBand = {
  input: z.strictObject({ score }),
  output: z.strictObject({
    colour: z.enum(['green', 'yellow', 'red']),
    limitFactor: share('a limit factor'),
    maxTermDays: days.nullable(),
    tradingSuspended: z.boolean(),
    preservationRequired: z.boolean(),
  }),
};

const gradeAndTerms = {
  input: z.strictObject({ score, hasPaymentHistory: z.boolean() }),
  output: z.strictObject({
    creditGrade,
    termDays: days,
    reviewCycle: z.enum(['dynamic', 'quarterly', 'monthly', 'per-order']),
    prepaymentRequired: z.boolean(),
  }),
};

/** One output column: the engine returns the bare rate (a business rule task's resultVariable holds the number). */
const provisionRate = {
  input: z.strictObject({ score }),
  output: z.strictObject({ provisionRate: share('a provision rate') }),
  singleOutput: 'provisionRate',
};

const dunningStage = {
  input: z.strictObject({ daysOverdue: days, disputed: z.boolean(), promiseToPayActive: z.boolean() }),
  output: z.strictObject({
    dunningStage: z.enum(['NONE', 'REMINDER', 'FORMAL_WARNING', 'LEGAL', 'PAUSED']),
    contactChannels: z.array(z.enum(['email', 'letter', 'phone'])),
    nextCheckInDays: days,
  }),
};

const earlyWarning = {
  input: z.strictObject({
    termElapsedRatio: z.number().min(0, 'the elapsed share of the term cannot be negative'),
    collectionRate: share('a collection rate'),
    daysOverdue: days,
    turnoverDropRatio: share('a turnover drop (0 when turnover did not drop)'),
  }),
  output: z.strictObject({
    warningLevel: z.enum(['NONE', 'YELLOW', 'RED']),
    secondDueDiligence: z.boolean(),
    freezeGroupCredit: z.boolean(),
    restrictNewBusiness: z.boolean(),
  }),
};

const approvalAuthority = {
  input: z.strictObject({
    proposedLimit: z.number().min(0, 'a proposed limit cannot be negative'),
    colour: z.enum(['green', 'yellow', 'red']),
    industryRisk: z.enum(['low', 'medium', 'high']),
  }),
  output: z.strictObject({
    approvalLevel: z.enum(['ANALYST', 'MANAGER', 'COMMITTEE']),
    authorityReason: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a SCREAMING_SNAKE reason code'),
  }),
};

interface PolicyDecisionContract {
  input: z.ZodType;
  output: z.ZodType;
  /** Set for a table with one output column, whose result the engine returns as the bare value, not as an object. */
  singleOutput?: string;
}

/** Per decision id: the schema of the variables it is evaluated with and of its result. */
export const policyDecisions = {
  [decisionIds.customerTier]: customerTier,
  [decisionIds.greenChannelEligibility]: greenChannelEligibility,
  [decisionIds.colourBand]: colourBand,
  [decisionIds.gradeAndTerms]: gradeAndTerms,
  [decisionIds.provisionRate]: provisionRate,
  [decisionIds.dunningStage]: dunningStage,
  [decisionIds.earlyWarning]: earlyWarning,
  [decisionIds.approvalAuthority]: approvalAuthority,
} satisfies Record<DecisionId, PolicyDecisionContract>;

export type DecisionInput<Id extends DecisionId> = z.input<(typeof policyDecisions)[Id]['input']>;
export type DecisionOutput<Id extends DecisionId> = z.output<(typeof policyDecisions)[Id]['output']>;

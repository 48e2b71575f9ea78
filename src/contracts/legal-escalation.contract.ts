import { z } from 'zod';
import { reviewSlaJobTypes } from './review-sla.contract';

/** `processes/legal-escalation.bpmn`: red warning and legal action after a failed collection (DOMAIN.md §4, §5). */
export const legalEscalationProcess = {
  processId: 'legal-escalation',
  elements: {
    start: 'StartEvent_EscalatedToLegal',
    assessEarlyWarning: 'Task_AssessEarlyWarning',
    freezeRequired: 'Gateway_FreezeRequired',
    freezeGroupCredit: 'Task_FreezeGroupCredit',
    secondDueDiligenceRequired: 'Gateway_SecondDueDiligenceRequired',
    runSecondDueDiligence: 'Task_RunSecondDueDiligence',
    confirmLegalStage: 'Task_ConfirmLegalStage',
    legalActionDue: 'Gateway_LegalActionDue',
    legalEngaged: 'EndEvent_LegalEngaged',
    buildEvidencePack: 'Task_BuildEvidencePack',
    setLegalRouteDeadline: 'Task_SetLegalRouteDeadline',
    chooseLegalRoute: 'Task_ChooseLegalRoute',
    trackCase: 'Gateway_TrackCase',
    legalCaseUpdated: 'Event_LegalCaseUpdated',
    caseOutcome: 'Gateway_CaseOutcome',
    updateProvisions: 'Task_UpdateProvisions',
    legalCaseClosed: 'EndEvent_LegalCaseClosed',
  },
  jobTypes: {
    freezeGroupCredit: 'freeze-group-credit',
    runSecondDueDiligence: 'run-second-due-diligence',
    buildEvidencePack: 'build-evidence-pack',
    updateProvisions: 'update-provisions',
    /** Legal's deadline for the route: 3 working days (the shared working-day deadline worker). */
    computeRouteDeadline: reviewSlaJobTypes.computeSlaDeadline,
  },
  messages: {
    legalCaseUpdated: 'legal-case-updated',
  },
  errorCodes: {},
  decisions: {
    earlyWarning: 'early-warning',
    dunningStage: 'dunning-stage',
  },
  forms: {
    chooseLegalRoute: 'choose-legal-route',
  },
} as const;

const money = z.number().finite().nonnegative();
export const legalOutcomeSchema = z.enum(['RECOVERED', 'SETTLED', 'WRITTEN_OFF']);
/** legalOutcome at the end: a case outcome, or ENGAGED when the legal stage is not reached yet (red warning only). */
export const legalEscalationResultSchema = z.enum(['RECOVERED', 'SETTLED', 'WRITTEN_OFF', 'ENGAGED']);

export const legalEscalationStartVariablesSchema = z.object({
  receivableId: z.string().min(1),
  customerId: z.string().min(1),
  openAmount: money,
  daysOverdue: z.number().int().nonnegative(),
});

/** Inputs and outputs of the early-warning decision (the real table is the decisions issue's). */
export const earlyWarningDecisionInputSchema = z.object({
  termElapsedRatio: z.number().nullable(),
  collectionRate: z.number().nullable(),
  daysOverdue: z.number().nullable(),
  turnoverDropRatio: z.number().nullable(),
});
export const earlyWarningDecisionOutputSchema = z.object({
  warningLevel: z.enum(['NONE', 'YELLOW', 'RED']),
  secondDueDiligence: z.boolean(),
  freezeGroupCredit: z.boolean(),
  restrictNewBusiness: z.boolean(),
});

/** freeze-group-credit: freezes the customer and its related enterprises (group, shared shareholders); idempotent per customer group. */
export const freezeGroupCreditInputSchema = z.object({
  customerId: z.string().min(1),
  freezeReason: z.enum(['RED_WARNING']),
  receivableId: z.string().min(1).nullish(),
});
/** frozenTaxIds: the customer's and its related enterprises' tax ids (related enterprises need not be our customers). */
export const freezeGroupCreditOutputSchema = z.object({ freezeId: z.string().min(1), frozenTaxIds: z.array(z.string().min(1)).min(1) });

/** run-second-due-diligence: opens a second due diligence (the 5+3 checklist again); idempotent per customer and open diligence. */
export const runSecondDueDiligenceInputSchema = z.object({ customerId: z.string().min(1), dueDiligenceTrigger: z.enum(['MORE_THAN_30_DAYS_OVERDUE']) });
export const runSecondDueDiligenceOutputSchema = z.object({ secondDueDiligenceId: z.string().min(1) });

/** build-evidence-pack: contract, delivery proof, invoices, dunning history, statement of account; opens the legal case; idempotent per receivable. */
export const buildEvidencePackInputSchema = z.object({
  receivableId: z.string().min(1),
  customerId: z.string().min(1),
  openAmount: money,
  daysOverdue: z.number().int(),
});
export const buildEvidencePackOutputSchema = z.object({ evidencePackId: z.string().min(1), evidenceDocuments: z.array(z.string().min(1)) });

/** Payload of legal-case-updated (correlation key receivableId); legalOutcome only with the final update. */
export const legalCaseUpdatedMessageSchema = z.object({
  caseStatus: z.string().min(1),
  legalOutcome: legalOutcomeSchema.nullish(),
  recoveredAmount: money.nullish(),
});

/**
 * update-provisions: books the recovery in the receivable ledger, writes off what the ledger still shows (unless RECOVERED),
 * uses the provision for the write-off and releases the rest; closes the legal case; idempotent per receivable. openAmount is
 * the claim at escalation; the amounts booked come from the ledger.
 */
export const updateProvisionsInputSchema = z.object({
  receivableId: z.string().min(1),
  customerId: z.string().min(1),
  openAmount: money,
  legalOutcome: legalOutcomeSchema,
  recoveredAmount: money,
});
export const updateProvisionsOutputSchema = z.object({ writtenOffAmount: money, provisionReleased: money });

/** What the choose-legal-route form submits. */
export const chooseLegalRouteFormOutputSchema = z.object({
  legalRoute: z.enum(['AGENCY', 'LAWSUIT']),
  legalCounterparty: z.string().trim().min(2).max(200),
  legalRouteReason: z.string().trim().min(10).max(2000),
});

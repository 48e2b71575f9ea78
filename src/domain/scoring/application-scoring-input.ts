import type { RedFlag, ScoreCustomerInput } from '../../contracts/scoring.contract';
import type { HealthCheckReport } from '../investigation/health-check-report';
import { ratiosFromStatements, type StatementFigures } from './ratios-from-statements';

/** What the lifecycle knows when it scores an application (its score-customer job's input). */
export interface ApplicationFacts {
  documentData: StatementFigures;
  hasPaymentHistory: boolean;
  yearsOfCooperation: number;
  collectionRate: number;
  industryRisk: ScoreCustomerInput['industryRisk'];
  checklistPassed: boolean;
  redFlagCount: number;
}

const flagCode = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '_');

/**
 * The investigation's findings as the score's red flags, named after them: each red flag of the
 * report (a failed checklist item or a risk-radar flag) weighs as a high one, an item that could
 * not be verified as a medium one.
 */
export function reportRedFlags(report: Pick<HealthCheckReport, 'checklist' | 'riskRadar'>): RedFlag[] {
  return [
    ...report.checklist.filter((entry) => entry.status === 'FAIL').map((entry) => ({ code: flagCode(entry.item), severity: 'high' as const })),
    ...report.checklist.filter((entry) => entry.status === 'UNVERIFIED').map((entry) => ({ code: `unverified_${flagCode(entry.item)}`, severity: 'medium' as const })),
    ...report.riskRadar.map((flag) => ({ code: flagCode(flag.type), severity: 'high' as const })),
  ];
}

/** Without the stored report, the job's counts: the same weights, unnamed. */
export function countedRedFlags(facts: Pick<ApplicationFacts, 'checklistPassed' | 'redFlagCount'>): RedFlag[] {
  const flags: RedFlag[] = Array.from({ length: facts.redFlagCount }, () => ({ code: 'investigation', severity: 'high' as const }));
  if (!facts.checklistPassed && facts.redFlagCount === 0) flags.push({ code: 'unverified_checklist', severity: 'medium' });
  return flags;
}

/**
 * The scoring input of an application. Nothing of a new application has fallen due yet, so days
 * overdue are 0 and, without payment history, the collection rate is unknown (null), not the
 * placeholder the start form carries.
 */
export function applicationScoringInput(facts: ApplicationFacts, report?: Pick<HealthCheckReport, 'checklist' | 'riskRadar'>): ScoreCustomerInput {
  return {
    financialRatios: ratiosFromStatements(facts.documentData),
    payment: { collectionRate: facts.hasPaymentHistory ? facts.collectionRate : null, daysOverdue: 0, yearsOfCooperation: facts.yearsOfCooperation },
    industryRisk: facts.industryRisk,
    redFlags: report ? reportRedFlags(report) : countedRedFlags(facts),
  };
}

/** Reason codes as the process carries them: each code once, largest effect first. */
export const distinctReasonCodes = (reasons: Array<{ code: string }>): string[] => [...new Set(reasons.map((reason) => reason.code))];

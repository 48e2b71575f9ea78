import type { EngineRecord } from '../camunda/history/instance-history.repository';
import { inputExpressions, recordedInputVariables, type RecordedEvaluatedDecision } from './decision-inputs';
import type { EngineClient } from './engine-client';

/** Re-verify: the version that decided then. What-if: the version deployed now. */
export type ReverificationMode = 'recorded-version' | 'latest-version';

export interface DecisionOutcome {
  decisionKey: string;
  decisionVersion: number;
  output: unknown;
  matchedRuleIds: string[];
  failure: string | null;
}

export interface DecisionCheck {
  decisionEvaluationKey: string;
  elementId: string;
  decisionId: string;
  mode: ReverificationMode;
  inputSource: 'recorded-inputs' | 'instance-variables';
  inputSourceNote: string | null;
  inputs: Record<string, unknown>;
  recorded: DecisionOutcome;
  evaluated: DecisionOutcome;
  differences: Array<{ field: 'output' | 'matchedRuleIds' | 'failure'; recorded: unknown; evaluated: unknown }>;
  same: boolean;
}

interface RecordedEvaluation {
  decisionId: string;
  decisionKey: number | string;
  decisionVersion: number;
  decisionOutput: string;
  elementId: string;
  evaluationFailureMessage: string;
  evaluatedDecisions: Array<RecordedEvaluatedDecision & { decisionId: string; matchedRules: Array<{ ruleId: string }> }>;
}

/** JSON with sorted keys, so equal values compare equal whatever order the engine wrote them in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function recordedOutcome(value: RecordedEvaluation): DecisionOutcome {
  const root = value.evaluatedDecisions.find((decision) => decision.decisionId === value.decisionId);
  return {
    decisionKey: String(value.decisionKey),
    decisionVersion: Number(value.decisionVersion),
    output: value.decisionOutput ? JSON.parse(value.decisionOutput) : null,
    matchedRuleIds: (root?.matchedRules ?? []).map((rule) => rule.ruleId),
    failure: value.evaluationFailureMessage || null,
  };
}

/**
 * Evaluates a recorded decision again on the engine with the inputs it recorded: pinned to the
 * recorded decision key (re-verify) or against the latest version of the decision (what-if), and
 * names every difference in output, matched rules or failure.
 */
export async function reverifyDecision(
  engine: EngineClient,
  evaluation: EngineRecord,
  context: { dmnXml: string; variablesAtEvaluation: Record<string, unknown> },
  mode: ReverificationMode,
): Promise<DecisionCheck> {
  const value = evaluation.value as unknown as RecordedEvaluation;
  const recorded = recordedOutcome(value);
  const rebuilt = recordedInputVariables(await inputExpressions(context.dmnXml), value.evaluatedDecisions);
  const inputs = rebuilt.variables ?? context.variablesAtEvaluation;
  // MIGRATION (issue 10): re-evaluation moves to Operaton's decision history; not wired yet.
  const evaluated: DecisionOutcome = await Promise.reject(new Error(`re-verification of ${value.decisionId} on ${engine.restAddress} is being moved onto Operaton's history`));
  const differences: DecisionCheck['differences'] = [];
  for (const field of ['output', 'matchedRuleIds', 'failure'] as const) {
    if (canonicalJson(recorded[field]) !== canonicalJson(evaluated[field])) differences.push({ field, recorded: recorded[field], evaluated: evaluated[field] });
  }
  return {
    decisionEvaluationKey: evaluation.key,
    elementId: value.elementId,
    decisionId: value.decisionId,
    mode,
    inputSource: rebuilt.variables ? 'recorded-inputs' : 'instance-variables',
    inputSourceNote: rebuilt.notInvertible ?? null,
    inputs,
    recorded,
    evaluated,
    differences,
    same: differences.length === 0,
  };
}

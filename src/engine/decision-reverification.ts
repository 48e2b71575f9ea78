import type { DecisionInstanceView } from './history/engine-history.reader';
import { inputExpressions, recordedInputVariables } from './decision-inputs';
import { evaluateDecisionWithRules } from './decision-evaluation';
import { EngineRestError, type EngineClient } from './engine-client';

/** Re-verify: the version that decided then. What-if: the version deployed now. */
export type ReverificationMode = 'recorded-version' | 'latest-version';

export interface DecisionOutcome {
  decisionDefinitionId: string | null;
  decisionVersion: number | null;
  /** The output of the one matched rule, the list of them for several, null for none. */
  output: unknown;
  matchedRuleIds: string[];
  failure: string | null;
}

export interface DecisionCheck {
  decisionInstanceId: string;
  elementId: string | null;
  decisionId: string;
  mode: ReverificationMode;
  inputSource: 'recorded-inputs' | 'instance-variables';
  inputSourceNote: string | null;
  inputs: Record<string, unknown>;
  recorded: DecisionOutcome;
  evaluated: DecisionOutcome;
  /** Every difference by name: `output.<name>` per output value (or `output`), `matchedRuleIds`, `failure`. */
  differences: Array<{ field: string; recorded: unknown; evaluated: unknown }>;
  same: boolean;
}

/** JSON with sorted keys, so equal values compare equal whatever order the engine wrote them in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const outputOf = (rows: Array<Record<string, unknown>>): unknown => (rows.length === 0 ? null : rows.length === 1 ? rows[0] : rows);

/** The outcome the history recorded: one output map per matched rule. */
function recordedOutcome(recorded: DecisionInstanceView): DecisionOutcome {
  const rules = [...new Set(recorded.outputs.map((output) => output.ruleId))];
  const rows = rules.map((ruleId) => Object.fromEntries(recorded.outputs.filter((output) => output.ruleId === ruleId).map((output) => [output.variableName, output.value])));
  return { decisionDefinitionId: recorded.decisionDefinitionId, decisionVersion: recorded.decisionVersion, output: outputOf(rows), matchedRuleIds: rules, failure: null };
}

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Names each difference: output values one by one when both sides are one output map, else the output as a whole. */
export function differencesOf(recorded: DecisionOutcome, evaluated: DecisionOutcome): DecisionCheck['differences'] {
  const differences: DecisionCheck['differences'] = [];
  if (isMap(recorded.output) && isMap(evaluated.output)) {
    const left = recorded.output;
    const right = evaluated.output;
    for (const name of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
      if (canonicalJson(left[name]) !== canonicalJson(right[name])) differences.push({ field: `output.${name}`, recorded: left[name] ?? null, evaluated: right[name] ?? null });
    }
  } else if (canonicalJson(recorded.output) !== canonicalJson(evaluated.output)) {
    differences.push({ field: 'output', recorded: recorded.output, evaluated: evaluated.output });
  }
  for (const field of ['matchedRuleIds', 'failure'] as const) {
    if (canonicalJson(recorded[field]) !== canonicalJson(evaluated[field])) differences.push({ field, recorded: recorded[field], evaluated: evaluated[field] });
  }
  return differences;
}

/**
 * Evaluates a recorded decision again on the engine with the input values Operaton recorded (its
 * required decisions' inputs included): against its own decision definition (re-verify) or the latest
 * version of the decision (what-if), and names every difference in output, matched rules or failure.
 * When an input clause is an expression rather than a variable, the instance's variables at the
 * evaluation stand in (and the check says so).
 */
export async function reverifyDecision(
  engine: EngineClient,
  recorded: DecisionInstanceView,
  context: { dmnXml: string; requiredDecisions: DecisionInstanceView[]; variablesAtEvaluation: Record<string, unknown> },
  mode: ReverificationMode,
): Promise<DecisionCheck> {
  const rebuilt = recordedInputVariables(await inputExpressions(context.dmnXml), [recorded, ...context.requiredDecisions]);
  const inputs = rebuilt.variables ?? context.variablesAtEvaluation;
  const target = mode === 'recorded-version' ? { id: recorded.decisionDefinitionId, key: recorded.decisionId } : { key: recorded.decisionId };
  let evaluated: DecisionOutcome;
  try {
    const evaluation = await evaluateDecisionWithRules(engine, target, inputs);
    evaluated = { decisionDefinitionId: evaluation.decisionDefinitionId, decisionVersion: evaluation.decisionVersion, output: outputOf(evaluation.rows), matchedRuleIds: evaluation.matchedRuleIds, failure: null };
  } catch (error) {
    // the engine refused to evaluate (an input the table cannot read): that is the outcome to compare
    if (!(error instanceof EngineRestError && error.status < 500 && error.request.endsWith('/evaluate'))) throw error;
    evaluated = { decisionDefinitionId: null, decisionVersion: null, output: null, matchedRuleIds: [], failure: error.message };
  }
  const recordedResult = recordedOutcome(recorded);
  const differences = differencesOf(recordedResult, evaluated);
  return {
    decisionInstanceId: recorded.decisionInstanceId,
    elementId: recorded.elementId,
    decisionId: recorded.decisionId,
    mode,
    inputSource: rebuilt.variables ? 'recorded-inputs' : 'instance-variables',
    inputSourceNote: rebuilt.notInvertible ?? null,
    inputs,
    recorded: recordedResult,
    evaluated,
    differences,
    same: differences.length === 0,
  };
}

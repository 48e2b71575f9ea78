import type { z } from 'zod';
import { policyDecisions, type DecisionId, type DecisionInput, type DecisionOutput } from '../contracts/decisions.contract';
import { InputError, type FieldProblem } from '../domain/errors';
import { EngineRestError, type EngineClient } from './engine-client';
import { fromTypedValue, type TypedValue } from './variables';

/** What a policy decision returned, and which deployed version of the policy returned it. */
export interface PolicyDecisionResult<Id extends DecisionId> {
  output: DecisionOutput<Id>;
  decisionId: Id;
  /** The decision definition's id: the exact deployed version (policy version) that decided. */
  decisionDefinitionId: string;
  decisionVersion: number;
  /** The table rules that matched, for the audit trail ("which rule decided"). */
  matchedRuleIds: string[];
}

/** The engine could not evaluate the decision, or returned something outside the contract. */
export class PolicyDecisionError extends Error {
  override name = 'PolicyDecisionError';
}

function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    return {
      field: [...issue.path.map(String), ...unknownKeys].join('.') || '(input)',
      message: issue.code === 'unrecognized_keys' ? 'is not a known input of this decision' : issue.message,
    };
  });
}

interface DecisionDefinitionDto {
  id: string;
  key: string;
  version: number;
}

interface HistoricDecisionDto {
  id: string;
  decisionDefinitionId: string;
  evaluationTime: string;
  inputs: Array<TypedValue & { clauseId: string }>;
  outputs: Array<TypedValue & { ruleId: string; ruleOrder: number; variableName: string }>;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Evaluates a policy decision on the engine: the input is checked against the contract before the
 * engine is asked, the result after. By default the latest deployed version decides;
 * `decisionDefinitionId` pins one version (re-verifying a recorded decision). The engine's REST
 * evaluation answers outputs only; which rules matched is read from the decision's history entry.
 */
export async function evaluatePolicyDecision<Id extends DecisionId>(
  engine: EngineClient,
  decisionId: Id,
  input: DecisionInput<Id>,
  options: { decisionDefinitionId?: string } = {},
): Promise<PolicyDecisionResult<Id>> {
  const schemas: { input: z.ZodType; output: z.ZodType; singleOutput?: string } = policyDecisions[decisionId];
  const parsedInput = schemas.input.safeParse(input);
  if (!parsedInput.success) {
    const fields = fieldProblems(parsedInput.error);
    throw new InputError(`Input of decision ${decisionId} is not valid: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields);
  }
  const variables = parsedInput.data as Record<string, unknown>;
  let evaluation: DecisionEvaluation;
  try {
    evaluation = await evaluateDecisionWithRules(engine, options.decisionDefinitionId ? { id: options.decisionDefinitionId, key: decisionId } : { key: decisionId }, variables);
  } catch (error) {
    // the evaluation itself refused (bad input for the table); an unknown definition stays the engine's 404
    if (error instanceof EngineRestError && error.status < 500 && error.request.endsWith('/evaluate')) throw new PolicyDecisionError(`Decision ${decisionId} failed in the engine: ${error.message}`);
    throw error;
  }
  const values = evaluation.rows;
  const result: unknown = schemas.singleOutput ? (values[0]?.[schemas.singleOutput] ?? null) : (values[0] ?? null);
  const parsedOutput = schemas.output.safeParse(schemas.singleOutput ? { [schemas.singleOutput]: result } : result);
  if (!parsedOutput.success) {
    const problems = fieldProblems(parsedOutput.error).map((f) => `${f.field} ${f.message}`).join('; ');
    throw new PolicyDecisionError(`Decision ${decisionId} version ${evaluation.decisionVersion} returned ${JSON.stringify(values)}, which breaks its contract: ${problems}`);
  }
  return {
    output: parsedOutput.data as DecisionOutput<Id>,
    decisionId,
    decisionDefinitionId: evaluation.decisionDefinitionId,
    decisionVersion: evaluation.decisionVersion,
    matchedRuleIds: evaluation.matchedRuleIds,
  };
}

/** One evaluation of a deployed decision: the version that decided, its output rows and the rules that matched. */
export interface DecisionEvaluation {
  decisionId: string;
  decisionDefinitionId: string;
  decisionVersion: number;
  /** One map of outputs per matched rule (as the hit policy returns them). */
  rows: Array<Record<string, unknown>>;
  matchedRuleIds: string[];
}

/**
 * Evaluates any deployed decision, by definition id (one exact version; with `key`, it must be a version
 * of that decision) or the latest by key, with the given variables; refusals stay EngineRestErrors.
 * Which rules matched is read from the history.
 */
export async function evaluateDecisionWithRules(engine: EngineClient, decision: { id: string; key?: string } | { key: string }, variables: Record<string, unknown>): Promise<DecisionEvaluation> {
  const definition = 'id' in decision
    ? await engine.get<DecisionDefinitionDto>(`/decision-definition/${encodeURIComponent(decision.id)}`)
    : await engine.get<DecisionDefinitionDto>(`/decision-definition/key/${encodeURIComponent(decision.key)}`);
  if (decision.key !== undefined && definition.key !== decision.key) throw new PolicyDecisionError(`Decision definition ${definition.id} belongs to ${definition.key}, not to ${decision.key}`);
  const before = new Date(Date.now() - 1000);
  const rows = await engine.evaluateDecision({ id: definition.id }, variables);
  const values = rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, fromTypedValue(value)])));
  return {
    decisionId: definition.key,
    decisionDefinitionId: definition.id,
    decisionVersion: definition.version,
    rows: values,
    matchedRuleIds: await matchedRules(engine, definition.id, variables, values, before),
  };
}

/**
 * The rules of this evaluation, from the newest history entry of the same definition with the same
 * inputs and outputs (evaluations with equal inputs match equal rules, so a concurrent twin is harmless).
 */
async function matchedRules(engine: EngineClient, decisionDefinitionId: string, inputs: Record<string, unknown>, outputs: Array<Record<string, unknown>>, after: Date): Promise<string[]> {
  const entries = await engine.get<HistoricDecisionDto[]>('/history/decision-instance', {
    decisionDefinitionId, evaluatedAfter: after.toISOString().replace('Z', '+0000'), includeInputs: true, includeOutputs: true,
    disableCustomObjectDeserialization: true, sortBy: 'evaluationTime', sortOrder: 'desc', maxResults: 20,
  });
  const inputValues = Object.values(inputs).map((value) => JSON.stringify(value)).sort();
  const found = entries.find((entry) => {
    const recordedInputs = entry.inputs.map((input) => JSON.stringify(fromTypedValue(input))).sort();
    const recordedOutputs = [...new Set(entry.outputs.map((output) => output.ruleId))].map((ruleId) =>
      Object.fromEntries(entry.outputs.filter((output) => output.ruleId === ruleId).map((output) => [output.variableName, fromTypedValue(output)])),
    );
    return recordedInputs.every((value) => inputValues.includes(value)) && sameJson(recordedOutputs.map((row) => Object.keys(row).sort().map((k) => row[k])), outputs.map((row) => Object.keys(row).sort().map((k) => row[k])));
  });
  return found ? [...new Set(found.outputs.sort((a, b) => a.ruleOrder - b.ruleOrder).map((output) => output.ruleId))] : [];
}

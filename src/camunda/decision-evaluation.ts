import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { JSONDoc } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';
import type { z } from 'zod';
import { policyDecisions, type DecisionId, type DecisionInput, type DecisionOutput } from '../contracts/decisions.contract';
import { InputError, type FieldProblem } from '../domain/errors';

/** What a policy decision returned, and which deployed version of the policy returned it. */
export interface PolicyDecisionResult<Id extends DecisionId> {
  output: DecisionOutput<Id>;
  decisionId: Id;
  decisionKey: string;
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

/**
 * Evaluates a policy decision on the engine (Zeebe's EvaluateDecision): the input is checked
 * against the contract before the engine is asked, the result after. By default the latest
 * deployed version decides; `decisionKey` pins one version (re-verifying a recorded decision).
 */
export async function evaluatePolicyDecision<Id extends DecisionId>(
  zeebe: ZeebeGrpcClient,
  decisionId: Id,
  input: DecisionInput<Id>,
  options: { decisionKey?: string } = {},
): Promise<PolicyDecisionResult<Id>> {
  const schemas: { input: z.ZodType; output: z.ZodType; singleOutput?: string } = policyDecisions[decisionId];
  const parsedInput = schemas.input.safeParse(input);
  if (!parsedInput.success) {
    const fields = fieldProblems(parsedInput.error);
    throw new InputError(`Input of decision ${decisionId} is not valid: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields);
  }
  // The contract's schemas admit JSON values only.
  const variables = parsedInput.data as JSONDoc;
  const response = await zeebe.evaluateDecision(
    options.decisionKey ? { decisionKey: options.decisionKey, variables } : { decisionId, variables },
  );
  if (response.failureMessage) {
    throw new PolicyDecisionError(`Decision ${response.failedDecisionId || decisionId} failed in the engine: ${response.failureMessage}`);
  }
  if (response.decisionId !== decisionId) {
    throw new PolicyDecisionError(`Decision key ${options.decisionKey} belongs to ${response.decisionId}, not to ${decisionId}`);
  }
  const result: unknown = JSON.parse(response.decisionOutput);
  const parsedOutput = schemas.output.safeParse(schemas.singleOutput ? { [schemas.singleOutput]: result } : result);
  if (!parsedOutput.success) {
    const problems = fieldProblems(parsedOutput.error).map((f) => `${f.field} ${f.message}`).join('; ');
    throw new PolicyDecisionError(
      `Decision ${decisionId} version ${response.decisionVersion} returned ${response.decisionOutput}, which breaks its contract: ${problems}`,
    );
  }
  const evaluated = response.evaluatedDecisions.find((decision) => decision.decisionId === decisionId);
  return {
    output: parsedOutput.data as DecisionOutput<Id>,
    decisionId,
    decisionKey: String(response.decisionKey),
    decisionVersion: Number(response.decisionVersion),
    matchedRuleIds: (evaluated?.matchedRules ?? []).map((rule) => rule.ruleId),
  };
}

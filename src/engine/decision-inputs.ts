// dmn-moddle ships without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DmnModdle } = require('dmn-moddle') as { DmnModdle: new () => { fromXML(xml: string): Promise<{ rootElement: DmnElement }> } };

interface DmnElement {
  $type: string;
  id?: string;
  drgElement?: DmnElement[];
  decisionLogic?: DmnElement & { input?: Array<{ id: string; inputExpression?: { text?: string } }> };
}

/** One evaluated decision as Operaton's decision history records it: the value of each input clause. */
export interface RecordedEvaluatedDecision {
  decisionId: string;
  inputs: Array<{ clauseId: string; clauseName: string | null; value: unknown }>;
}

export interface InputVariables {
  /** Variables that reproduce the recorded inputs, when every input expression is a plain (dotted) name. */
  variables?: Record<string, unknown>;
  /** Why the recorded inputs could not be turned back into variables. */
  notInvertible?: string;
}

const plainPath = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cursor = target;
  for (const part of parts.slice(0, -1)) {
    const next = cursor[part];
    cursor[part] = typeof next === 'object' && next !== null ? next : {};
    cursor = cursor[part] as Record<string, unknown>;
  }
  cursor[parts[parts.length - 1] as string] = value;
}

/** Input id → input expression of every decision table in a deployed DMN resource. */
export async function inputExpressions(dmnXml: string): Promise<Map<string, string>> {
  const { rootElement } = await new DmnModdle().fromXML(dmnXml);
  const expressions = new Map<string, string>();
  for (const element of rootElement.drgElement ?? []) {
    for (const input of element.decisionLogic?.input ?? []) expressions.set(input.id, (input.inputExpression?.text ?? '').trim());
  }
  return expressions;
}

/**
 * Rebuilds the variables a recorded evaluation saw from its recorded input values: each input
 * expression that is a plain name (or dotted path) gets the recorded value back.
 */
export function recordedInputVariables(expressions: Map<string, string>, evaluated: RecordedEvaluatedDecision[]): InputVariables {
  const variables: Record<string, unknown> = {};
  for (const decision of evaluated) {
    for (const input of decision.inputs) {
      const expression = expressions.get(input.clauseId);
      if (expression === undefined) return { notInvertible: `input ${input.clauseId} of ${decision.decisionId} is not in the deployed DMN` };
      if (!plainPath.test(expression)) return { notInvertible: `input ${input.clauseId} of ${decision.decisionId} is the expression "${expression}", not a variable` };
      setPath(variables, expression, input.value);
    }
  }
  return { variables };
}

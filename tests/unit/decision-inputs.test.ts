import { recordedInputVariables } from '../../src/engine/decision-inputs';
import { canonicalJson } from '../../src/engine/decision-reverification';

describe('recorded decision inputs back to variables', () => {
  it('when every input expression is a plain name or path, then the recorded values become those variables', () => {
    const expressions = new Map([['In_Limit', 'proposedLimit'], ['In_Risk', 'customer.industryRisk']]);
    const result = recordedInputVariables(expressions, [
      { decisionId: 'd', inputs: [{ clauseId: 'In_Limit', clauseName: 'Limit', value: 400000 }, { clauseId: 'In_Risk', clauseName: 'Risk', value: 'low' }] },
    ]);
    expect(result).toEqual({ variables: { proposedLimit: 400000, customer: { industryRisk: 'low' } } });
  });

  it('when an input is a computed expression, then it says why the inputs cannot be inverted', () => {
    const result = recordedInputVariables(new Map([['In_Days', 'days between(a, b)']]), [{ decisionId: 'd', inputs: [{ clauseId: 'In_Days', clauseName: 'Days', value: 3 }] }]);
    expect(result.variables).toBeUndefined();
    expect(result.notInvertible).toContain('days between(a, b)');
  });

  it('when an input clause is not in the deployed DMN, then it says which', () => {
    const result = recordedInputVariables(new Map([['In_Limit', 'proposedLimit']]), [{ decisionId: 'd', inputs: [{ clauseId: 'In_Gone', clauseName: null, value: 1 }] }]);
    expect(result).toEqual({ notInvertible: 'input In_Gone of d is not in the deployed DMN' });
  });

  it('when outputs differ only in key order, then they compare equal; a changed value does not', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: 1 }] })).toBe(canonicalJson({ a: [{ x: 1, y: 2 }], b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});

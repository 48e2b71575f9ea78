import { recordedInputVariables } from '../../src/camunda/decision-inputs';
import { canonicalJson } from '../../src/camunda/decision-reverification';

describe('recorded decision inputs back to variables', () => {
  it('when every input expression is a plain name or path, then the recorded values become those variables', () => {
    const expressions = new Map([['In_Limit', 'proposedLimit'], ['In_Risk', 'customer.industryRisk']]);
    const result = recordedInputVariables(expressions, [
      { decisionId: 'd', evaluatedInputs: [{ inputId: 'In_Limit', inputName: 'Limit', inputValue: '400000' }, { inputId: 'In_Risk', inputName: 'Risk', inputValue: '"low"' }] },
    ]);
    expect(result).toEqual({ variables: { proposedLimit: 400000, customer: { industryRisk: 'low' } } });
  });

  it('when an input is a computed expression, then it says why the inputs cannot be inverted', () => {
    const result = recordedInputVariables(new Map([['In_Days', 'days between(a, b)']]), [{ decisionId: 'd', evaluatedInputs: [{ inputId: 'In_Days', inputName: 'Days', inputValue: '3' }] }]);
    expect(result.variables).toBeUndefined();
    expect(result.notInvertible).toContain('days between(a, b)');
  });

  it('when outputs differ only in key order, then they compare equal; a changed value does not', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: 1 }] })).toBe(canonicalJson({ a: [{ x: 1, y: 2 }], b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});

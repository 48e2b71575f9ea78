import { predictMargin } from '../../../src/domain/scoring/gbdt-model';
import { trainGbdt } from '../../../src/domain/scoring/gbdt-trainer';
import { createExplainer } from '../../../src/domain/scoring/tree-attribution';
import { separableSet } from './synthetic-data.fixture';

const params = { nTrees: 30, learningRate: 0.2, maxDepth: 3, minChildWeight: 1, lambda: 1, gamma: 0, subsample: 0.8, colsampleByTree: 1, maxBins: 32, scalePosWeight: 1, seed: 3 };

describe('path attribution of a prediction', () => {
  it('when a row is explained, then bias plus contributions equals its margin', () => {
    // given
    const data = separableSet(300, 7);
    const { model } = trainGbdt(data, params);
    const explain = createExplainer(model);
    // when / then
    for (const row of separableSet(50, 8).rows) {
      const { bias, contributions } = explain(row);
      const sum = contributions.reduce((s, c) => s + c, bias);
      expect(sum).toBeCloseTo(predictMargin(model, row), 9);
    }
  });

  it('when only two features decide the label, then they carry most of the attribution', () => {
    // given labels driven by x0 + x1 only, four noise features
    const data = separableSet(500, 9, { missingShare: 0 });
    const { model } = trainGbdt(data, params);
    const explain = createExplainer(model);
    // when: a clearly safe and a clearly risky company
    const safe = explain([0.05, 0.1, 0.5, 0.5, 0.5, 0.5]).contributions;
    const risky = explain([0.95, 0.9, 0.5, 0.5, 0.5, 0.5]).contributions;
    // then
    for (const c of [safe, risky]) {
      const informative = Math.abs(c[0] as number) + Math.abs(c[1] as number);
      const noise = c.slice(2).reduce((s, x) => s + Math.abs(x), 0);
      expect(informative).toBeGreaterThan(3 * noise);
    }
    expect((safe[0] as number) + (safe[1] as number)).toBeLessThan(0);
    expect((risky[0] as number) + (risky[1] as number)).toBeGreaterThan(0);
  });
});

import { predictProbability } from '../../../src/domain/scoring/gbdt-model';
import { GbdtParams, trainGbdt } from '../../../src/domain/scoring/gbdt-trainer';
import { rocAuc } from '../../../src/domain/scoring/roc-auc';
import { separableSet } from './synthetic-data.fixture';

const params: GbdtParams = {
  nTrees: 40,
  learningRate: 0.2,
  maxDepth: 3,
  minChildWeight: 1,
  lambda: 1,
  gamma: 0,
  subsample: 0.7,
  colsampleByTree: 0.7,
  maxBins: 32,
  scalePosWeight: 1,
  seed: 11,
};

describe('gradient-boosted trees', () => {
  it('when trained twice with the same seed, then the models are identical; another seed gives another model', () => {
    // given
    const data = separableSet(300, 1);
    // when
    const first = trainGbdt(data, params).model;
    const second = trainGbdt(data, params).model;
    const otherSeed = trainGbdt(data, { ...params, seed: 12 }).model;
    // then
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(otherSeed)).not.toBe(JSON.stringify(first));
  });

  it('when trained on a separable toy set with missing values, then unseen rows are ranked with AUC above 0.9', () => {
    // given
    const train = separableSet(600, 2);
    const test = separableSet(600, 3);
    // when
    const { model } = trainGbdt(train, params);
    const auc = rocAuc(test.rows.map((row) => predictProbability(model, row)), test.labels);
    // then
    expect(auc).toBeGreaterThan(0.9);
  });

  it('when a missing value itself signals default, then the learned default direction sends it to the risky side', () => {
    // given rows whose feature 0 is missing exactly when the label is 1
    const data = separableSet(400, 4, { missingShare: 0, noise: 0 });
    const labels = data.rows.map((_, i) => (i % 4 === 0 ? 1 : 0));
    const rows = data.rows.map((row, i) => Float64Array.from(row, (x, f) => (f === 0 && labels[i] === 1 ? Number.NaN : x)));
    // when
    const { model } = trainGbdt({ rows, labels }, { ...params, colsampleByTree: 1, subsample: 1 });
    // then
    expect(predictProbability(model, [Number.NaN, 0.5, 0.5, 0.5, 0.5, 0.5])).toBeGreaterThan(0.9);
    expect(predictProbability(model, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5])).toBeLessThan(0.1);
  });

  it('when missing values behave like low values, then the split learns to send them left', () => {
    // given label 1 exactly when x0 > 0.5, and every fifth row's x0 missing with label 0
    const data = separableSet(400, 10, { missingShare: 0, noise: 0 });
    const rows = data.rows.map((row, i) => Float64Array.from(row, (x, f) => (f === 0 && i % 5 === 0 ? Number.NaN : x)));
    const labels = rows.map((row) => ((row[0] as number) > 0.5 ? 1 : 0));
    // when one stump is grown
    const { model } = trainGbdt({ rows, labels }, { ...params, nTrees: 1, maxDepth: 1, subsample: 1, colsampleByTree: 1 });
    // then
    const stump = model.trees[0];
    expect(stump?.feature[0]).toBe(0);
    expect(stump?.threshold[0]).toBeCloseTo(0.5, 1);
    expect(stump?.defaultLeft[0]).toBe(1);
    expect(predictProbability(model, [Number.NaN, 0.5, 0.5, 0.5, 0.5, 0.5])).toBeLessThan(predictProbability(model, [0.9, 0.5, 0.5, 0.5, 0.5, 0.5]));
  });

  it('when a validation set is given, then its AUC is recorded after every tree', () => {
    // given
    const train = separableSet(300, 5);
    const validation = separableSet(200, 6);
    // when
    const { validationAuc } = trainGbdt(train, { ...params, nTrees: 15 }, validation);
    // then
    expect(validationAuc).toHaveLength(15);
    expect(validationAuc[14]).toBeGreaterThan(0.85);
  });
});

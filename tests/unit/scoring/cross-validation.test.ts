import { crossValidate, stratifiedFolds } from '../../../src/domain/scoring/cross-validation';
import { separableSet } from './synthetic-data.fixture';

describe('cross-validation on the training data', () => {
  it('when rows are dealt into folds, then every fold gets its share of positives and the same seed deals the same way', () => {
    // given 100 rows, 20 positives
    const labels = Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    // when
    const folds = stratifiedFolds(labels, 5, 42);
    // then
    for (let k = 0; k < 5; k += 1) {
      const members = labels.filter((_, i) => folds[i] === k);
      expect(members).toHaveLength(20);
      expect(members.filter((y) => y === 1)).toHaveLength(4);
    }
    expect(Array.from(stratifiedFolds(labels, 5, 42))).toEqual(Array.from(folds));
    expect(Array.from(stratifiedFolds(labels, 5, 43))).not.toEqual(Array.from(folds));
  });

  it('when a learnable set is cross-validated, then the best round and its fold AUCs are reported', () => {
    // given
    const data = separableSet(400, 21);
    const params = { nTrees: 20, learningRate: 0.3, maxDepth: 3, minChildWeight: 1, lambda: 1, gamma: 0, subsample: 1, colsampleByTree: 1, maxBins: 32, scalePosWeight: 1, seed: 5 };
    // when
    const cv = crossValidate(data, params, 4);
    // then
    expect(cv.meanAucByRound).toHaveLength(20);
    expect(cv.bestMeanAuc).toBe(Math.max(...cv.meanAucByRound));
    expect(cv.meanAucByRound[cv.bestRounds - 1]).toBe(cv.bestMeanAuc);
    expect(cv.foldAuc).toHaveLength(4);
    expect(cv.bestMeanAuc).toBeGreaterThan(0.9);
  });
});

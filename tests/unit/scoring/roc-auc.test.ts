import { rocAuc } from '../../../src/domain/scoring/roc-auc';

describe('ROC AUC', () => {
  it('when one of four positive/negative pairs is mis-ordered, then AUC is 3/4', () => {
    // given positives scored 0.35 and 0.8, negatives 0.1 and 0.4: pairs (0.35,0.1) ok, (0.35,0.4) wrong, (0.8,·) ok
    const scores = [0.1, 0.4, 0.35, 0.8];
    const labels = [0, 0, 1, 1];
    // when / then
    expect(rocAuc(scores, labels)).toBeCloseTo(0.75, 12);
  });

  it('when a positive and a negative tie, then the pair counts one half', () => {
    // given positives 0.5 and 0.9, negatives 0.5 and 0.2: 1 tie + 3 correct pairs of 4
    const scores = [0.5, 0.5, 0.2, 0.9];
    const labels = [1, 0, 0, 1];
    // when / then
    expect(rocAuc(scores, labels)).toBeCloseTo(3.5 / 4, 12);
  });

  it('when the ranking is perfect or reversed, then AUC is 1 or 0, and all ties give 0.5', () => {
    // given
    const labels = [0, 0, 1, 1, 1];
    // when / then
    expect(rocAuc([1, 2, 3, 4, 5], labels)).toBe(1);
    expect(rocAuc([5, 4, 3, 2, 1], labels)).toBe(0);
    expect(rocAuc([7, 7, 7, 7, 7], labels)).toBe(0.5);
  });

  it('when only one class is present, then it refuses', () => {
    // given / when / then
    expect(() => rocAuc([0.1, 0.2], [1, 1])).toThrow(/one positive and one negative/);
    expect(() => rocAuc([0.1, 0.2], [1])).toThrow(/2 scores but 1 labels/);
  });
});

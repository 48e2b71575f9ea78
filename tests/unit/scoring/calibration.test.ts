import { brierScore, fitPlatt, reliabilityTable } from '../../../src/domain/scoring/calibration';
import { sigmoid } from '../../../src/domain/scoring/gbdt-model';
import { SeededRandom } from '../../../src/domain/scoring/seeded-random';

describe('PD calibration', () => {
  it('when outcomes follow sigmoid(−1.5 + 0.6·m), then Platt scaling recovers the intercept and slope', () => {
    // given 20,000 margins with outcomes drawn at that probability
    const random = new SeededRandom(7);
    const margins = Array.from({ length: 20_000 }, () => -6 + 12 * random.next());
    const labels = margins.map((m) => (random.next() < sigmoid(-1.5 + 0.6 * m) ? 1 : 0));
    // when the calibration is fitted
    const { intercept, slope } = fitPlatt(margins, labels);
    // then it is close to the truth
    expect(intercept).toBeCloseTo(-1.5, 1);
    expect(slope).toBeCloseTo(0.6, 1);
  });

  it('when PDs are exactly right or exactly wrong, then the Brier score is 0 or 1; a constant guess scores p(1−p)', () => {
    expect(brierScore([1, 0, 1], [1, 0, 1])).toBe(0);
    expect(brierScore([0, 1], [1, 0])).toBe(1);
    expect(brierScore([0.25, 0.25, 0.25, 0.25], [1, 0, 0, 0])).toBeCloseTo(0.25 * 0.75);
  });

  it('when PDs fall into bands, then each band counts its companies, defaults, mean PD and default rate; a PD of 1 is in the last band', () => {
    const table = reliabilityTable([0.001, 0.004, 0.03, 0.04, 1], [0, 1, 0, 0, 1], [0, 0.005, 0.05, 1]);
    expect(table).toEqual([
      { from: 0, to: 0.005, companies: 2, defaults: 1, meanPd: 0.0025, defaultRate: 0.5 },
      { from: 0.005, to: 0.05, companies: 2, defaults: 0, meanPd: 0.035, defaultRate: 0 },
      { from: 0.05, to: 1, companies: 1, defaults: 1, meanPd: 1, defaultRate: 1 },
    ]);
  });
});

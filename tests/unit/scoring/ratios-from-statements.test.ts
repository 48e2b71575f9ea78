import { ratiosFromStatements } from '../../../src/domain/scoring/ratios-from-statements';
import { assessFinancials, loadPdModel } from '../../../src/domain/scoring/pd-model';

describe('model ratios from headline statement figures', () => {
  const healthy = { revenue: 180e6, netProfit: 9.5e6, totalAssets: 120e6, totalLiabilities: 52e6, currentAssets: 70e6, currentLiabilities: 38e6 };
  const strained = { revenue: 60e6, netProfit: -4.2e6, totalAssets: 48e6, totalLiabilities: 41e6, currentAssets: 15e6, currentLiabilities: 22e6 };

  it('when figures are given, then the ratios they determine are set at their attribute positions and the rest stay missing', () => {
    const ratios = ratiosFromStatements(healthy);
    expect(ratios).toHaveLength(64);
    expect(ratios[0]).toBeCloseTo(9.5 / 120);
    expect(ratios[1]).toBeCloseTo(52 / 120);
    expect(ratios[3]).toBeCloseTo(70 / 38);
    expect(ratios[16]).toBeCloseTo(120 / 52);
    expect(ratios.filter((value) => value === null)).toHaveLength(52);
  });

  it('when current assets are unknown or a denominator is zero, then those ratios are missing, not infinite', () => {
    const ratios = ratiosFromStatements({ revenue: 0, netProfit: 1, totalAssets: 10, totalLiabilities: 0 });
    expect(ratios[2]).toBeNull();
    expect(ratios[16]).toBeNull();
    expect(ratios[22]).toBeNull();
  });

  it('when the trained model scores both companies, then the strained one gets the higher probability of default', () => {
    const model = loadPdModel();
    expect(assessFinancials(model, ratiosFromStatements(strained)).pd).toBeGreaterThan(assessFinancials(model, ratiosFromStatements(healthy)).pd);
  });
});

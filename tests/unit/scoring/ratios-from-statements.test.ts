import { ratiosFromStatements } from '../../../src/domain/scoring/ratios-from-statements';
import { assessFinancials, loadPdModel } from '../../../src/domain/scoring/pd-model';
import { soundTradingStatements } from '../../fixtures/statements/statement-figures.fixture';

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
    // revenue and current liabilities also give short-term liabilities in days of sales and sales over them
    expect(ratios[61]).toBeCloseTo((38 / 180) * 365);
    expect(ratios[62]).toBeCloseTo(180 / 38);
    expect(ratios.filter((value) => value === null)).toHaveLength(50);
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

describe('model ratios from full statements', () => {
  const f = soundTradingStatements.figures;
  const ratios = ratiosFromStatements(f);
  const attr = (n: number) => ratios[n - 1];

  it('when every line of balance sheet and income statement is known with the prior year, then all ratios but the unit-dependent two and the three-year one are set', () => {
    expect(ratios.flatMap((value, index) => (value === null ? [index + 1] : []))).toEqual([24, 29, 55]);
    expect(attr(21)).toBeCloseTo(180 / 165);
  });

  it("when a ratio's published name and the training data disagree, then it follows the data", () => {
    // "EBIT" and "gross profit + interest" over total assets are gross profit (profit before tax) over total assets
    expect(attr(7)).toBeCloseTo(12.6 / 120);
    expect(attr(14)).toBe(attr(18));
    // short-term liabilities over cost of products sold, without × 365 (Attr32 has it)
    expect(attr(52)).toBeCloseTo(38 / 144);
    expect(attr(32)).toBeCloseTo((38 * 365) / 144);
    // total liabilities × 12 / (365 × (operating profit + depreciation))
    expect(attr(41)).toBeCloseTo((52 * 12) / (365 * (12.7 + 3.2)));
    // "EBITDA" is operating profit minus depreciation
    expect(attr(48)).toBeCloseTo((12.7 - 3.2) / 120);
    // profit on sales: revenue less cost of sales, selling and administrative expenses
    expect(attr(39)).toBeCloseTo((180 - 144 - 9 - 10.5) / 180);
  });

  it('when the supplement with depreciation is missing, then only the ratios that need depreciation are missing too', () => {
    const without = ratiosFromStatements({ ...f, depreciation: null });
    const lost = without.flatMap((value, index) => (value === null && ratios[index] !== null ? [index + 1] : []));
    expect(lost).toEqual([5, 13, 15, 16, 26, 41, 48, 49, 57]);
  });

  it('when a company has no inventory or no long-term liabilities, then the ratios dividing by them are missing, as in the training data', () => {
    const none = ratiosFromStatements({ ...f, inventory: 0, nonCurrentLiabilities: 0 });
    expect([none[44], none[59], none[36]]).toEqual([null, null, null]);
    expect(none[45]).toBeCloseTo(78 / 38);
  });
});

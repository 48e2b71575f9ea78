import { financialRatioCount } from '../../contracts/scoring.contract';

/** The headline figures a credit department has from a customer's financial statements. */
export interface StatementFigures {
  revenue: number;
  netProfit: number;
  totalAssets: number;
  totalLiabilities: number;
  currentAssets?: number | null;
  currentLiabilities?: number | null;
}

const ratio = (numerator: number | null | undefined, denominator: number | null | undefined): number | null =>
  numerator === null || numerator === undefined || !denominator ? null : numerator / denominator;

/**
 * The attributes (1-based) that the four headline figures alone determine: revenue, net profit,
 * total assets and total liabilities, i.e. what the lifecycle's document data holds.
 */
export const headlineFigureAttributes: readonly number[] = [1, 2, 8, 9, 10, 17, 23, 36];

/**
 * The model's 64 ratios (the Polish bankruptcy data's attributes, in order) that these figures
 * determine; the others stay missing, which the trees handle as they learned to. Ratios that
 * depend on the currency unit (e.g. the logarithm of total assets) are left out on purpose.
 */
export function ratiosFromStatements(figures: StatementFigures): Array<number | null> {
  const ratios: Array<number | null> = new Array(financialRatioCount).fill(null);
  const equity = figures.totalAssets - figures.totalLiabilities;
  const workingCapital = figures.currentAssets != null && figures.currentLiabilities != null ? figures.currentAssets - figures.currentLiabilities : null;
  const set = (attribute: number, value: number | null) => {
    ratios[attribute - 1] = value !== null && Number.isFinite(value) ? value : null;
  };
  set(1, ratio(figures.netProfit, figures.totalAssets)); // net profit / total assets
  set(2, ratio(figures.totalLiabilities, figures.totalAssets)); // total liabilities / total assets
  set(3, ratio(workingCapital, figures.totalAssets)); // working capital / total assets
  set(4, ratio(figures.currentAssets, figures.currentLiabilities)); // current assets / short-term liabilities
  set(8, ratio(equity, figures.totalLiabilities)); // book value of equity / total liabilities
  set(9, ratio(figures.revenue, figures.totalAssets)); // sales / total assets
  set(10, ratio(equity, figures.totalAssets)); // equity / total assets
  set(17, ratio(figures.totalAssets, figures.totalLiabilities)); // total assets / total liabilities
  set(23, ratio(figures.netProfit, figures.revenue)); // net profit / sales
  set(36, ratio(figures.revenue, figures.totalAssets)); // total sales / total assets
  set(50, ratio(figures.currentAssets, figures.totalLiabilities)); // current assets / total liabilities
  set(51, ratio(figures.currentLiabilities, figures.totalAssets)); // short-term liabilities / total assets
  set(64, null); // sales / fixed assets: fixed assets are not among the figures
  return ratios;
}

import type { z } from 'zod';
import { fullStatementLinesSchema } from '../../contracts/credit-lifecycle.contract';
import { financialRatioCount } from '../../contracts/scoring.contract';

/**
 * A customer's figures from its financial statements (Chinese accounting standards), in yuan:
 * the four headline figures every case has, and the lines of full statements where it uploaded
 * them (their names and 中文 labels: fullStatementLinesSchema). Absent lines are unknown (not
 * zero): the ratios that need them stay missing.
 */
export interface StatementFigures extends z.infer<typeof fullStatementLinesSchema> {
  revenue: number; // 营业收入
  netProfit: number; // 净利润
  totalAssets: number; // 资产总计
  totalLiabilities: number; // 负债合计
}

export type FullStatementFigureName = keyof z.infer<typeof fullStatementLinesSchema>;
/** The figures beyond the headline four, in the order the statements print them. */
export const fullStatementFigureNames = Object.keys(fullStatementLinesSchema.shape) as FullStatementFigureName[];

type Value = number | null | undefined;
const known = (...values: Value[]): boolean => values.every((v) => v !== null && v !== undefined && Number.isFinite(v));
const ratio = (numerator: Value, denominator: Value): number | null => (known(numerator, denominator) && denominator !== 0 ? (numerator as number) / (denominator as number) : null);
const sum = (...values: Value[]): number | null => (known(...values) ? (values as number[]).reduce((a, b) => a + b, 0) : null);
const minus = (a: Value, b: Value): number | null => (known(a, b) ? (a as number) - (b as number) : null);
const times = (a: number | null, factor: number): number | null => (a === null ? null : a * factor);

/**
 * The 64 ratios of the Polish bankruptcy data (Attr1…Attr64, in order) that the figures allow, with
 * the definitions the training data really uses. Where a ratio's published name and the data's
 * values disagree, the data wins (checked on the training file by identities between ratios):
 * its "EBIT" and "gross profit + interest" over total assets equal gross profit over total assets
 * (Attr7, Attr14 = Attr18); its "operating expenses" and "total costs" are the cost of products
 * sold (Attr33, Attr34, Attr58, and Attr5's denominator); Attr52 is short-term liabilities over
 * cost of products sold without the × 365; Attr41 is total liabilities × 12 / (365 × (operating
 * profit + depreciation)); Attr48–49's "EBITDA" is operating profit minus depreciation. Gross
 * profit is profit before tax (利润总额), "profit on sales" revenue less cost of sales, selling
 * and administrative expenses. Two ratios depend on the currency unit (Attr29, logarithm of
 * total assets; Attr55, working capital) and are left missing: the data's unit is not ours. Attr24
 * (gross profit over three years) needs two earlier years, which statements do not print.
 */
export function ratiosFromStatements(figures: StatementFigures): Array<number | null> {
  const f = figures;
  const equity = f.totalEquity ?? f.totalAssets - f.totalLiabilities;
  const workingCapital = minus(f.currentAssets, f.currentLiabilities);
  const constantCapital = sum(equity, f.nonCurrentLiabilities);
  const profitOnSales = known(f.costOfSales, f.sellingExpenses, f.administrativeExpenses) ? f.revenue - (f.costOfSales as number) - (f.sellingExpenses as number) - (f.administrativeExpenses as number) : null;
  const grossProfit = f.totalProfit;
  const quickAssets = minus(f.currentAssets, f.inventory);

  const values: Array<[number, number | null]> = [
    [1, ratio(f.netProfit, f.totalAssets)],
    [2, ratio(f.totalLiabilities, f.totalAssets)],
    [3, ratio(workingCapital, f.totalAssets)],
    [4, ratio(f.currentAssets, f.currentLiabilities)],
    [5, times(ratio(minus(sum(f.cash, f.accountsReceivable), f.currentLiabilities), minus(f.costOfSales, f.depreciation)), 365)],
    [6, ratio(f.retainedEarnings, f.totalAssets)],
    [7, ratio(grossProfit, f.totalAssets)],
    [8, ratio(equity, f.totalLiabilities)],
    [9, ratio(f.revenue, f.totalAssets)],
    [10, ratio(equity, f.totalAssets)],
    [11, ratio(sum(grossProfit, f.financialExpenses), f.totalAssets)],
    [12, ratio(grossProfit, f.currentLiabilities)],
    [13, ratio(sum(grossProfit, f.depreciation), f.revenue)],
    [14, ratio(grossProfit, f.totalAssets)],
    [15, ratio(times(f.totalLiabilities, 365), sum(grossProfit, f.depreciation))],
    [16, ratio(sum(grossProfit, f.depreciation), f.totalLiabilities)],
    [17, ratio(f.totalAssets, f.totalLiabilities)],
    [18, ratio(grossProfit, f.totalAssets)],
    [19, ratio(grossProfit, f.revenue)],
    [20, times(ratio(f.inventory, f.revenue), 365)],
    [21, ratio(f.revenue, f.priorYearRevenue)],
    [22, ratio(f.operatingProfit, f.totalAssets)],
    [23, ratio(f.netProfit, f.revenue)],
    [25, ratio(minus(equity, f.paidInCapital), f.totalAssets)],
    [26, ratio(sum(f.netProfit, f.depreciation), f.totalLiabilities)],
    [27, ratio(f.operatingProfit, f.financialExpenses)],
    [28, ratio(workingCapital, f.fixedAssets)],
    [30, ratio(minus(f.totalLiabilities, f.cash), f.revenue)],
    [31, ratio(sum(grossProfit, f.interestExpense), f.revenue)],
    [32, ratio(times(f.currentLiabilities ?? null, 365), f.costOfSales)],
    [33, ratio(f.costOfSales, f.currentLiabilities)],
    [34, ratio(f.costOfSales, f.totalLiabilities)],
    [35, ratio(profitOnSales, f.totalAssets)],
    [36, ratio(f.revenue, f.totalAssets)],
    [37, ratio(quickAssets, f.nonCurrentLiabilities)],
    [38, ratio(constantCapital, f.totalAssets)],
    [39, ratio(profitOnSales, f.revenue)],
    [40, ratio(minus(quickAssets, f.accountsReceivable), f.currentLiabilities)],
    [41, ratio(times(f.totalLiabilities, 12), times(sum(f.operatingProfit, f.depreciation), 365))],
    [42, ratio(f.operatingProfit, f.revenue)],
    [43, times(ratio(sum(f.accountsReceivable, f.inventory), f.revenue), 365)],
    [44, times(ratio(f.accountsReceivable, f.revenue), 365)],
    [45, ratio(f.netProfit, f.inventory)],
    [46, ratio(quickAssets, f.currentLiabilities)],
    [47, times(ratio(f.inventory, f.costOfSales), 365)],
    [48, ratio(minus(f.operatingProfit, f.depreciation), f.totalAssets)],
    [49, ratio(minus(f.operatingProfit, f.depreciation), f.revenue)],
    [50, ratio(f.currentAssets, f.totalLiabilities)],
    [51, ratio(f.currentLiabilities, f.totalAssets)],
    [52, ratio(f.currentLiabilities, f.costOfSales)],
    [53, ratio(equity, f.fixedAssets)],
    [54, ratio(constantCapital, f.fixedAssets)],
    [56, ratio(minus(f.revenue, f.costOfSales), f.revenue)],
    [57, ratio(minus(quickAssets, f.currentLiabilities), minus(minus(f.revenue, grossProfit), f.depreciation))],
    [58, ratio(f.costOfSales, f.revenue)],
    [59, ratio(f.nonCurrentLiabilities, equity)],
    [60, ratio(f.revenue, f.inventory)],
    [61, ratio(f.revenue, f.accountsReceivable)],
    [62, times(ratio(f.currentLiabilities, f.revenue), 365)],
    [63, ratio(f.revenue, f.currentLiabilities)],
    [64, ratio(f.revenue, f.fixedAssets)],
  ];
  const ratios: Array<number | null> = new Array(financialRatioCount).fill(null);
  for (const [attribute, value] of values) ratios[attribute - 1] = value !== null && Number.isFinite(value) ? value : null;
  return ratios;
}

/** The attributes (1-based) the headline figures alone determine: what every case has. */
export const headlineFigureAttributes: readonly number[] = [1, 2, 8, 9, 10, 17, 23, 36];

/**
 * The attributes (1-based) that figures of these names determine when every one is known
 * (non-zero), with the headline four: the ratios a model for such statements is trained on.
 */
export function attributesDeterminedBy(names: readonly FullStatementFigureName[]): number[] {
  const figures: StatementFigures = { revenue: 7, netProfit: 1, totalAssets: 11, totalLiabilities: 5 };
  names.forEach((name, index) => {
    figures[name] = 13 + index;
  });
  return ratiosFromStatements(figures).flatMap((value, index) => (value === null ? [] : [index + 1]));
}

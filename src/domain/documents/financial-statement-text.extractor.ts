import { DocumentText } from './document-text.model';
import { Field, fromFound, missing, originOf, round } from './extracted-field';
import { findLabelled, findLine } from './labelled-value.finder';
import { parseAmount } from './amount.parser';
import { parseTaxId } from './tax-id.parser';
import { parseName } from './value.parsers';
import { readStatementRow, statementUnit, type StatementRow } from './statement-rows.reader';
import { normaliseText } from './text.normaliser';
import type { FullStatementFigureName } from '../scoring/ratios-from-statements';

/** The headline figures' lines in a Chinese statement ("流动资产合计" and "流动负债合计" contain the totals' words: not after 流动). */
const headlineLineLabels = {
  revenue: [/营业(?:总)?收入/u],
  netProfit: [/净利润/u],
  totalAssets: [/(?<!流动)资产(?:总计|合计)|总资产/u],
  totalLiabilities: [/(?<!流动)负债(?:合计|总计)|总负债/u],
};

/** Labels of the figures a credit analyst takes from financial statements (EN/ZH), most specific first. */
export const financialStatementLabels = {
  companyName: [/^(?:company|entity|reporting\s*entity|name\s*of\s*company)\b/i, /(?:企业|单位|公司)名称|编制单位/u],
  taxId: [/\b(?:tax\s*id|unified\s*social\s*credit\s*code|registration\s*no\.?)/i, /统一社会信用代码|纳税人识别号/u],
  fiscalYear: [/\b(?:fiscal|financial)\s*year\b/i, /\byear\s*ended\b/i, /会计年度|年度/u],
  revenue: [/\b(?:total\s*)?(?:operating\s*)?revenue\b/i, /\bturnover\b/i, ...headlineLineLabels.revenue],
  netProfit: [/\bnet\s*(?:profit|income|loss)\b/i, ...headlineLineLabels.netProfit],
  totalAssets: [/\btotal\s*assets\b/i, ...headlineLineLabels.totalAssets],
  totalLiabilities: [/\btotal\s*liabilities\b(?!\s*and)/i, ...headlineLineLabels.totalLiabilities],
};

/** The statement lines beyond the headline four (Chinese accounting standards), each as printed. */
export const statementLineLabels: Record<Exclude<FullStatementFigureName, 'priorYearRevenue'>, RegExp[]> = {
  cash: [/货币资金/u],
  accountsReceivable: [/(?<!票据及)应收账款(?!融资)/u, /应收票据及应收账款/u],
  inventory: [/存货/u],
  currentAssets: [/(?<!非)流动资产合计/u],
  fixedAssets: [/固定资产(?:净额|净值)?/u],
  shortTermBorrowings: [/短期借款/u],
  currentLiabilities: [/(?<!非)流动负债合计/u],
  nonCurrentLiabilities: [/非流动负债合计|长期负债合计/u],
  paidInCapital: [/实收资本|股本/u],
  retainedEarnings: [/未分配利润/u],
  totalEquity: [/(?:所有者|股东)权益\s*(?:\(\s*或?股东权益\s*\))?\s*合计/u],
  costOfSales: [/营业成本/u],
  sellingExpenses: [/销售费用/u],
  administrativeExpenses: [/管理费用/u],
  financialExpenses: [/财务费用/u],
  interestExpense: [/利息费用|利息支出/u],
  operatingProfit: [/营业利润/u],
  totalProfit: [/利润总额/u],
  depreciation: [/固定资产折旧(?:、油气资产折耗)?(?:、生产性生物资产折旧)?/u],
};

type LineName = keyof typeof statementLineLabels;
export const statementLineNames = Object.keys(statementLineLabels) as LineName[];

/** Any item's label: where the amounts of the item before it end. */
const anyItemLabel = new RegExp([...Object.values(statementLineLabels), ...Object.values(headlineLineLabels)].flat().map((label) => label.source).join('|'), 'u');

const parseYear = (raw: string): number | null => {
  const match = /(19|20)\d{2}/.exec(raw);
  return match ? Number(match[0]) : null;
};

export type FinancialStatementFields = {
  companyName: Field<string>;
  taxId: Field<string>;
  fiscalYear: Field<number>;
  revenue: Field<number>;
  netProfit: Field<number>;
  totalAssets: Field<number>;
  totalLiabilities: Field<number>;
} & Partial<Record<LineName | 'priorYearRevenue', Field<number>>>;

const rowField = (text: DocumentText, row: StatementRow | null, value: number | null | undefined): Field<number> =>
  row && value !== null && value !== undefined ? { value, confidence: round(row.confidence), source: text.lines[row.lineIndex]?.origin ?? originOf(text) } : missing(originOf(text));

/** "2025年12月31日" or "2025年度" under a statement's title, when no fiscal year is labelled. */
function yearInTitle(text: DocumentText): Field<number> {
  const index = findLine(text, /(?:19|20)\d{2}\s*年\s*(?:12\s*月\s*31\s*日|度)/u);
  const line = text.lines[index];
  if (!line) return missing(originOf(text));
  const year = parseYear(normaliseText(line.segments.map((s) => s.text).join(' ')));
  return year === null ? missing(line.origin) : { value: year, confidence: round(0.9 * line.confidence), source: line.origin };
}

/** Total assets = total liabilities + equity: where the three were read and disagree, none of them is sure. */
function checkBalance(fields: FinancialStatementFields): void {
  const [assets, liabilities, equity] = [fields.totalAssets, fields.totalLiabilities, fields.totalEquity];
  if (!equity || assets.value === null || liabilities.value === null || equity.value === null) return;
  if (Math.abs(assets.value - liabilities.value - equity.value) <= Math.max(1, Math.abs(assets.value) * 5e-4)) return;
  for (const field of [assets, liabilities, equity]) field.confidence = Math.min(field.confidence, 0.5);
}

/** Reads name, tax id, year and the statement lines of a balance sheet and income statement from text (text layer, OCR or a sheet). */
export function extractFinancialStatementFromText(text: DocumentText): FinancialStatementFields {
  const labelled = <T>(labels: RegExp[], parse: (raw: string) => T | null) => fromFound(text, findLabelled(text, labels, parse, { linesBelow: 1, restOfLine: true }));
  const unit = statementUnit(text);
  const row = (labels: RegExp[]) => labels.map((label) => readStatementRow(text, label, anyItemLabel, unit)).find((found) => found !== null) ?? null;
  // the headline figures: a statement's row where there is one, else a labelled value (summaries, English statements)
  const figure = (name: keyof typeof headlineLineLabels) => {
    const found = row(headlineLineLabels[name]);
    return found ? rowField(text, found, found.current) : labelled(financialStatementLabels[name], parseAmount);
  };
  const labelledYear = labelled(financialStatementLabels.fiscalYear, parseYear);
  const revenueRow = row(headlineLineLabels.revenue);
  const fields: FinancialStatementFields = {
    companyName: labelled(financialStatementLabels.companyName, parseName),
    taxId: labelled(financialStatementLabels.taxId, parseTaxId),
    fiscalYear: labelledYear.value !== null ? labelledYear : yearInTitle(text),
    revenue: figure('revenue'),
    netProfit: figure('netProfit'),
    totalAssets: figure('totalAssets'),
    totalLiabilities: figure('totalLiabilities'),
  };
  for (const name of statementLineNames) {
    const found = row(statementLineLabels[name]);
    if (found) fields[name] = rowField(text, found, found.current);
  }
  if (revenueRow?.prior !== null && revenueRow?.prior !== undefined) fields.priorYearRevenue = rowField(text, revenueRow, revenueRow.prior);
  checkBalance(fields);
  return fields;
}

import { DocumentText } from './document-text.model';
import { Field, fromFound } from './extracted-field';
import { findLabelled } from './labelled-value.finder';
import { parseAmount } from './amount.parser';
import { parseTaxId } from './tax-id.parser';
import { parseName } from './value.parsers';

/** Labels of the figures a credit analyst takes from financial statements (EN/ZH), most specific first. */
export const financialStatementLabels = {
  companyName: [/^(?:company|entity|reporting\s*entity|name\s*of\s*company)\b/i, /(?:企业|单位|公司)名称|编制单位/u],
  taxId: [/\b(?:tax\s*id|unified\s*social\s*credit\s*code|registration\s*no\.?)/i, /统一社会信用代码|纳税人识别号/u],
  fiscalYear: [/\b(?:fiscal|financial)\s*year\b/i, /\byear\s*ended\b/i, /会计年度|年度/u],
  revenue: [/\b(?:total\s*)?(?:operating\s*)?revenue\b/i, /\bturnover\b/i, /营业(?:总)?收入/u],
  netProfit: [/\bnet\s*(?:profit|income|loss)\b/i, /净利润/u],
  totalAssets: [/\btotal\s*assets\b/i, /资产总计|资产合计|总资产/u],
  totalLiabilities: [/\btotal\s*liabilities\b(?!\s*and)/i, /负债合计|负债总计|总负债/u],
};

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
};

/** Reads the headline figures of a balance sheet and income statement from text (text layer or OCR). */
export function extractFinancialStatementFromText(text: DocumentText): FinancialStatementFields {
  const labelled = <T>(labels: RegExp[], parse: (raw: string) => T | null) => fromFound(text, findLabelled(text, labels, parse, { linesBelow: 1, restOfLine: true }));
  return {
    companyName: labelled(financialStatementLabels.companyName, parseName),
    taxId: labelled(financialStatementLabels.taxId, parseTaxId),
    fiscalYear: labelled(financialStatementLabels.fiscalYear, parseYear),
    revenue: labelled(financialStatementLabels.revenue, parseAmount),
    netProfit: labelled(financialStatementLabels.netProfit, parseAmount),
    totalAssets: labelled(financialStatementLabels.totalAssets, parseAmount),
    totalLiabilities: labelled(financialStatementLabels.totalLiabilities, parseAmount),
  };
}

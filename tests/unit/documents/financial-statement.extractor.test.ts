import { extractFinancialStatementFromText } from '../../../src/domain/documents/financial-statement-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed sample statements (not real companies), as a text layer or OCR would present them.
describe('financial statement figures from text', () => {
  it('when an English statement is read, then name, tax id, year and the four figures are found', () => {
    const text = monospaced([
      'Company: Sample Clean Trading Co., Ltd.',
      'Unified social credit code: 91310000SAMPLE0001',
      'Fiscal year 2025',
      'Revenue                         180,000,000.00',
      'Net profit                        9,500,000.00',
      'Total assets                    120,000,000.00',
      'Total liabilities                52,000,000.00',
    ]);
    const fields = extractFinancialStatementFromText(text);
    expect(Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.value]))).toEqual({
      companyName: 'Sample Clean Trading Co., Ltd.', taxId: '91310000SAMPLE0001', fiscalYear: 2025,
      revenue: 180_000_000, netProfit: 9_500_000, totalAssets: 120_000_000, totalLiabilities: 52_000_000,
    });
    for (const field of Object.values(fields)) expect(field.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('when a Chinese statement is read by OCR with low confidence, then the figures carry that low confidence', () => {
    const text = monospaced(['编制单位：示例风险制造有限公司', '会计年度 2025', '营业收入 60,000,000.00', '净利润 -4,200,000.00', '资产总计 48,000,000.00', '负债合计 41,000,000.00'], { confidence: 0.55, origin: 'ocr' });
    const fields = extractFinancialStatementFromText(text);
    expect(fields.revenue.value).toBe(60_000_000);
    expect(fields.netProfit.value).toBe(-4_200_000);
    expect(fields.totalLiabilities.value).toBe(41_000_000);
    expect(fields.taxId.value).toBeNull();
    expect(fields.revenue.confidence).toBeLessThan(0.8);
    expect(fields.revenue.source).toBe('ocr');
  });
});

import type { Field } from '../../../src/domain/documents/extracted-field';
import type { FinancialStatementFields } from '../../../src/domain/documents/financial-statement-text.extractor';
import { mergeStatementFields, readStatementDocumentData } from '../../../src/domain/documents/statement-document-data';
import { fullStatementFigureNames } from '../../../src/domain/scoring/ratios-from-statements';
import { soundTradingStatements } from '../../fixtures/statements/statement-figures.fixture';

const read = <T>(value: T | null, confidence = 0.95): Field<T> => ({ value, confidence: value === null ? 0 : confidence, source: 'text-layer' });

// A constructed statement (the clean sample company's figures), as the extractor returns it.
function statement(overrides: Partial<FinancialStatementFields> = {}): FinancialStatementFields {
  return {
    companyName: read('Sample Clean Trading Co., Ltd.'), taxId: read('91310000SAMPLE0001'), fiscalYear: read(2025),
    revenue: read(180_000_000), netProfit: read(9_500_000), totalAssets: read(120_000_000), totalLiabilities: read(52_000_000),
    ...overrides,
  };
}

describe('document data from financial statements', () => {
  it('when every figure is read surely, then the document data is ready with the lowest confidence', () => {
    const reading = readStatementDocumentData(statement({ netProfit: read(9_500_000, 0.86) }), { taxId: '91310000SAMPLE0001' });
    expect(reading).toEqual({
      documentData: { companyName: 'Sample Clean Trading Co., Ltd.', taxId: '91310000SAMPLE0001', fiscalYear: 2025, revenue: 180_000_000, netProfit: 9_500_000, totalAssets: 120_000_000, totalLiabilities: 52_000_000 },
      extractedDocumentData: expect.objectContaining({ revenue: 180_000_000 }),
      lowConfidenceFields: [],
      confidence: 0.86,
    });
  });

  it('when a figure is unsure or missing, then there is no document data and the form is pre-filled with what was read', () => {
    const reading = readStatementDocumentData(statement({ revenue: read(180_000_000, 0.55), totalAssets: read<number>(null) }), { taxId: '91310000SAMPLE0001' });
    expect(reading.documentData).toBeNull();
    expect(reading.lowConfidenceFields).toEqual(['revenue', 'totalAssets']);
    expect(reading.extractedDocumentData).toMatchObject({ revenue: 180_000_000, netProfit: 9_500_000 });
    expect(reading.extractedDocumentData).not.toHaveProperty('totalAssets');
    expect(reading.confidence).toBe(0);
  });

  it('when the statement names another tax id or a value the contract refuses, then that field is checked by hand', () => {
    const otherCompany = readStatementDocumentData(statement(), { taxId: '91310000SAMPLE0002' });
    expect(otherCompany.lowConfidenceFields).toEqual(['taxId']);
    expect(otherCompany.documentData).toBeNull();

    const misread = readStatementDocumentData(statement({ taxId: read('9131-sample') }), { taxId: '91310000SAMPLE0001' });
    expect(misread.lowConfidenceFields).toEqual(['taxId']);
    expect(misread.extractedDocumentData).not.toHaveProperty('taxId');
  });

  it('when the statement names another company than the applicant, even surely read (one character misread), then the name is checked by hand; the same name written otherwise passes', () => {
    const misreadName = readStatementDocumentData(statement({ companyName: read('Sample Clean Trading 8350 Co., Ltd.') }), { taxId: '91310000SAMPLE0001', companyName: 'Sample Clean Trading 8850 Co., Ltd.' });
    expect(misreadName.lowConfidenceFields).toEqual(['companyName']);
    expect(misreadName.documentData).toBeNull();
    const sameName = readStatementDocumentData(statement(), { taxId: '91310000SAMPLE0001', companyName: 'SAMPLE CLEAN TRADING CO LTD' });
    expect(sameName.lowConfidenceFields).toEqual([]);
  });

  it('when balance sheet and income statement come as two files, then each field comes from the file that read it most surely', () => {
    const incomeStatement = statement({ totalAssets: read<number>(null), totalLiabilities: read<number>(null), revenue: read(180_000_000, 0.9) });
    const balanceSheet = statement({ revenue: read<number>(null), netProfit: read<number>(null), totalAssets: read(120_000_000, 0.92) });
    const merged = mergeStatementFields([incomeStatement, balanceSheet]);
    expect(merged.revenue).toEqual(read(180_000_000, 0.9));
    expect(merged.totalAssets).toEqual(read(120_000_000, 0.92));
    expect(readStatementDocumentData(merged, { taxId: '91310000SAMPLE0001' }).lowConfidenceFields).toEqual([]);
  });
});

describe('document data from full statements', () => {
  const lines = (overrides: Partial<FinancialStatementFields> = {}): FinancialStatementFields => ({
    ...statement(),
    ...(Object.fromEntries(fullStatementFigureNames.map((name) => [name, read(soundTradingStatements.figures[name] ?? null)])) as Partial<FinancialStatementFields>),
    ...overrides,
  });

  it('when every line of full statements is read surely, then they are all in the document data', () => {
    const reading = readStatementDocumentData(lines(), { taxId: '91310000SAMPLE0001' });
    expect(reading.lowConfidenceFields).toEqual([]);
    expect(reading.documentData).toMatchObject({ cash: 18_500_000, interestExpense: 1_900_000, depreciation: 3_200_000, priorYearRevenue: 165_000_000 });
  });

  it('when a line the full-statement model needs is missing or unsure, then the analyst is asked for it; a missing supplement is not asked for', () => {
    const reading = readStatementDocumentData(lines({ interestExpense: read<number>(null), inventory: read(21_000_000, 0.6), depreciation: read<number>(null) }), { taxId: '91310000SAMPLE0001' });
    expect(reading.lowConfidenceFields).toEqual(['inventory', 'interestExpense']);
    expect(reading.documentData).toBeNull();
    expect(reading.extractedDocumentData).toMatchObject({ inventory: 21_000_000, cash: 18_500_000 });
  });

  it('when a headline statement shows a few more lines, then they are kept when sure and never asked for', () => {
    const reading = readStatementDocumentData({ ...statement(), currentAssets: read(78_000_000), cash: read(18_500_000, 0.5) }, { taxId: '91310000SAMPLE0001' });
    expect(reading.lowConfidenceFields).toEqual([]);
    expect(reading.documentData).toEqual(expect.objectContaining({ currentAssets: 78_000_000 }));
    expect(reading.documentData).not.toHaveProperty('cash');
  });
});

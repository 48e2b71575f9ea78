import { chineseDate, longDate } from '../../../src/documents/evaluation/generated-drawing';
import { expectEveryFieldPrinted, expectRegisteredSeenWithTheFieldsOfTheirType, printedText } from './generated-printed-text.fixture';

const seen14 = ['en-sale-agreement-price-breakdown', 'cn-sales-contract-tax-breakdown'];

const dateFormat: Record<string, (iso: string) => string> = {
  'en-sale-agreement-price-breakdown': longDate,
  'cn-sales-contract-tax-breakdown': chineseDate,
};

describe('generated evaluation: the seen contracts pricing their goods before tax (round fourteen)', () => {
  it('are registered seen, each with the fields of its document type', () => {
    expectRegisteredSeenWithTheFieldsOfTheirType(seen14);
  });

  it.each(seen14.flatMap((name) => [0, 1, 2, 3].map((index) => [name, index] as const)))('%s #%d prints every evaluated field', (name, index) => expectEveryFieldPrinted(name, index, dateFormat[name]!, /GBP|¥/u));

  it('prints the price before tax, the VAT and the total with tax, phrased two ways', async () => {
    expect((await printedText('en-sale-agreement-price-breakdown', 0)).text).toMatch(/Purchase price \(excluding VAT\): GBP [\d,]+\.\d\d/);
    expect((await printedText('en-sale-agreement-price-breakdown', 1)).text).toMatch(/Price: GBP [\d,]+\.\d\d plus VAT/);
    expect((await printedText('cn-sales-contract-tax-breakdown', 0)).text).toMatch(/合同价款（不含税）：¥[\d,]+\.\d\d/u);
    expect((await printedText('cn-sales-contract-tax-breakdown', 1)).text).toMatch(/不含税金额 ¥[\d,]+\.\d\d 税额 ¥[\d,]+\.\d\d 价税合计 ¥[\d,]+\.\d\d/u);
  });
});

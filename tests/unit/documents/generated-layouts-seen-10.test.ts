import { chineseDate, longDate, shortDate } from '../../../src/documents/evaluation/generated-drawing';
import { expectEveryFieldPrinted, expectRegisteredSeenWithTheFieldsOfTheirType, printedText } from './generated-printed-text.fixture';

const seen10 = ['en-invoice-window-address', 'cn-export-invoice-bilingual', 'en-delivery-docket', 'cn-contract-info-table'];

/** How each layout writes a date (the truth is ISO). */
const dateFormat: Record<string, (iso: string) => string> = {
  'en-invoice-window-address': longDate,
  'cn-export-invoice-bilingual': (iso) => iso,
  'en-delivery-docket': shortDate,
  'cn-contract-info-table': chineseDate,
};

describe('generated evaluation: the seen layouts drawn before the rules of round ten', () => {
  it('are registered seen, each with the fields of its document type', () => {
    expectRegisteredSeenWithTheFieldsOfTheirType(seen10);
  });

  it.each(seen10.flatMap((name) => [0, 1, 2, 3].map((index) => [name, index] as const)))('%s #%d prints every evaluated field', (name, index) => expectEveryFieldPrinted(name, index, dateFormat[name]!, /GBP|CNY/u));

  it('prints the buyer with no heading, a driver beside the receiver, and a project number before the contract number', async () => {
    const invoice = await printedText('en-invoice-window-address', 0);
    expect(invoice.text).not.toMatch(/Bill to|Invoice to|Customer:/i);
    expect(invoice.text).toContain(`Your VAT No: ${invoice.expected['buyerTaxId']}`);
    const docket = await printedText('en-delivery-docket', 0);
    expect(docket.text).toMatch(/Driver name: [A-Z][a-z]+ [A-Z][a-z]+/);
    expect(docket.text).toContain(`Print name: ${docket.expected['signedBy']}`);
    expect((await printedText('cn-contract-info-table', 0)).text).toMatch(/项目编号 XM-2025-\d{4} 合同编号 HT-2025-\d{4}/u);
  });
});

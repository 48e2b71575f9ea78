import { chineseDate, usDate } from '../../../src/documents/evaluation/generated-drawing';
import { expectEveryFieldPrinted, expectRegisteredSeenWithTheFieldsOfTheirType, printedText } from './generated-printed-text.fixture';

const seen12 = ['cn-vat-e-invoice-fully-digital', 'cn-erp-sales-invoice-kingdee', 'en-invoice-en16931-rendering', 'en-invoice-us-template'];

/** How each layout writes a date (the truth is ISO). */
const dateFormat: Record<string, (iso: string) => string> = {
  'cn-vat-e-invoice-fully-digital': chineseDate,
  'cn-erp-sales-invoice-kingdee': (iso) => iso.replace(/-/g, '/'),
  'en-invoice-en16931-rendering': (iso) => iso,
  'en-invoice-us-template': usDate,
};

describe('generated evaluation: the seen invoice layouts drawn before the rules of round twelve', () => {
  it('are registered seen, each with the fields of its document type', () => {
    expectRegisteredSeenWithTheFieldsOfTheirType(seen12);
  });

  it.each(seen12.flatMap((name) => [0, 1, 2, 3].map((index) => [name, index] as const)))('%s #%d prints every evaluated field', (name, index) => expectEveryFieldPrinted(name, index, dateFormat[name]!, /GBP|人民币|¥/u));

  it('prints what sets each apart: vertical party headings, ERP field labels, EN 16931 terms, a US template', async () => {
    const digital = await printedText('cn-vat-e-invoice-fully-digital', 0);
    expect(digital.expected['invoiceNumber']).toMatch(/^\d{20}$/);
    expect(digital.text).toMatch(/购 买 方 信 息|购\s买\s方/u);
    expect(digital.text).toMatch(/统一社会信用代码\/纳税人识别号：/u);
    const erp = await printedText('cn-erp-sales-invoice-kingdee', 0);
    expect(erp.text).toMatch(/销售组织：\S+有限公司/u);
    expect(erp.text).toMatch(/税务登记号：91/u);
    const rendering = await printedText('en-invoice-en16931-rendering', 0);
    expect(rendering.text).toContain('Invoice total amount with VAT');
    expect(rendering.text).toContain('Seller VAT identifier');
    const us = await printedText('en-invoice-us-template', 0);
    expect(us.text).toMatch(/Sales Tax \(20\.0%\)/);
    expect(us.text).toMatch(/Bill To/);
  });
});

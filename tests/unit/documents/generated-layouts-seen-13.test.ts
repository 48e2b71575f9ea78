import { chineseDate, longDate } from '../../../src/documents/evaluation/generated-drawing';
import { expectEveryFieldPrinted, expectRegisteredSeenWithTheFieldsOfTheirType, printedText } from './generated-printed-text.fixture';

const seen13 = ['cn-3pl-delivery-receipt', 'en-erp-outbound-delivery', 'cn-gf-purchase-sale-contract', 'en-call-off-order-form'];

/** How each layout writes a date (the truth is ISO). */
const dateFormat: Record<string, (iso: string) => string> = {
  'cn-3pl-delivery-receipt': (iso) => iso.replace(/-/g, '/'),
  'en-erp-outbound-delivery': (iso) => iso.split('-').reverse().join('.'),
  'cn-gf-purchase-sale-contract': chineseDate,
  'en-call-off-order-form': longDate,
};

describe('generated evaluation: the seen delivery notes and contracts drawn before the rules of round twelve', () => {
  it('are registered seen, each with the fields of its document type', () => {
    expectRegisteredSeenWithTheFieldsOfTheirType(seen13);
  });

  it.each(seen13.flatMap((name) => [0, 1, 2, 3].map((index) => [name, index] as const)))('%s #%d prints every evaluated field', (name, index) => expectEveryFieldPrinted(name, index, dateFormat[name]!, /GBP|CNY|¥/u));

  it('prints bilingual labels, a second order, wrapped labels and a foot table of both parties', async () => {
    const receipt = await printedText('cn-3pl-delivery-receipt', 0);
    expect(receipt.text).toMatch(/配送单号 Delivery No\.：SH2025\d{5}/u);
    expect(receipt.text).toMatch(/签收时间 Signed at：2025\/\d\d\/\d\d 14:30/u);
    const delivery = await printedText('en-erp-outbound-delivery', 0);
    expect(delivery.text).toMatch(/Sales order SO-\d{6}/);
    expect(delivery.text).toMatch(/Ship-to party/);
    const contract = await printedText('cn-gf-purchase-sale-contract', 0);
    expect(contract.text).toMatch(/单位名称（章） \S+有限公司 \S+有限公司/u);
    expect(contract.text).toMatch(/合计人民币金额（大写）：\S+/u);
    const form = await printedText('en-call-off-order-form', 0);
    expect(form.text).toMatch(/Call-Off Contract reference SC-2025-\d{4} Call-Off Contract title/);
    expect(form.text).toMatch(/Call-Off Start Date \d+ \w+ 2025/);
  });
});

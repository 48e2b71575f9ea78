import { chineseDate, longDate, shortDate } from '../../../src/documents/evaluation/generated-drawing';
import { expectEveryFieldPrinted, expectRegisteredSeenWithTheFieldsOfTheirType, printedText } from './generated-printed-text.fixture';

const seen11 = ['cn-sales-slip-consignee', 'en-invoice-ship-bill-remit', 'cn-delivery-note-carrier', 'en-contract-guarantor'];

/** How each layout writes a date (the truth is ISO). */
const dateFormat: Record<string, (iso: string) => string> = {
  'cn-sales-slip-consignee': (iso) => iso,
  'en-invoice-ship-bill-remit': shortDate,
  'cn-delivery-note-carrier': chineseDate,
  'en-contract-guarantor': longDate,
};

describe('generated evaluation: the seen layouts drawn before the rules of round eleven', () => {
  it('are registered seen, each with the fields of its document type', () => {
    expectRegisteredSeenWithTheFieldsOfTheirType(seen11);
  });

  it.each(seen11.flatMap((name) => [0, 1, 2, 3].map((index) => [name, index] as const)))('%s #%d prints every evaluated field', (name, index) => expectEveryFieldPrinted(name, index, dateFormat[name]!, /GBP|CNY/u));

  it('prints a third and a fourth company, other references and other dates beside the fields', async () => {
    const slip = await printedText('cn-sales-slip-consignee', 0);
    expect(slip.text).toMatch(/收货单位 \S+有限公司 91330\d{6}MA2\d{6}X/u);
    expect(slip.text).toMatch(/承运单位 \S+有限公司/u);
    expect(slip.text).toMatch(/打印日期：2025-\d\d-\d\d/u);
    const invoice = await printedText('en-invoice-ship-bill-remit', 0);
    expect(invoice.text).toMatch(/Ship to Bill to \w+ \w+ Ltd/);
    expect(invoice.text).toMatch(/This debt has been assigned to \w+ \w+ Finance Ltd/);
    expect(invoice.text).toMatch(/Balance due GBP/);
    const note = await printedText('cn-delivery-note-carrier', 0);
    expect(note.text).toMatch(/结算单位 \S+集团有限公司/u);
    expect(note.text).toMatch(/司机：\S+/u);
    const contract = await printedText('en-contract-guarantor', 0);
    expect(contract.text).toContain(`(3) Guarantor ${String(contract.expected['buyerName']).replace(/ Ltd$/, '')} Holdings plc`);
    expect(contract.text).toMatch(/Commencement Date: \d+ \w+ 2025/);
  });
});

import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { poundsInWords } from '../../../src/documents/evaluation/generated-layouts-heldout-4';
import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { chineseDay, fullMonths, grouped, ymd } from './generated-layouts-heldout.fixture';


describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-8.ts', () => {
  it('numbers the cn-vat-invoice-sales-list invoices with eight digits, as paper VAT invoices are', () => {
    expect(String(truthOf(layouts.find((l) => l.name === 'cn-vat-invoice-sales-list')!, 0).expected['invoiceNumber'])).toMatch(/^\d{8}$/);
  });

  it('prints every invoice field of the VAT invoice sales list, the parties in the band at its foot', async () => {
    for (const index of [0, 1]) {
      const { text, expected } = await printedText('cn-vat-invoice-sales-list', index);
      expect(text).toContain(`号码：${expected['invoiceNumber']}`);
      expect(text).toContain(`购买方名称：${expected['buyerName']}`);
      expect(text).toContain(`销售方名称：${expected['sellerName']}`);
      for (const party of ['buyerName', 'sellerName']) expect(text).toContain(`称：${expected[party]}`);
      for (const taxId of ['buyerTaxId', 'sellerTaxId']) expect(text).toContain(`纳税人识别号：${expected[taxId]}`);
      expect(text).toContain(`（${expected['currency']}）`);
      expect(text).toContain(`计 ${Number(expected['netAmount']).toFixed(2)} ${Number(expected['taxAmount']).toFixed(2)}`);
      expect(text).toContain(chineseCapitalAmount(Number(expected['totalAmount'])));
      expect(text).toContain(`（小写）¥${Number(expected['totalAmount']).toFixed(2)}`);
      expect(text).toContain(`填开日期：${chineseDay(expected['issueDate']!)}`);
    }
  });

  it('prints every invoice field of the export commercial invoice, the total in words as well', async () => {
    for (const index of [0, 1]) {
      const { text, expected } = await printedText('en-export-commercial-invoice', index);
      for (const value of ['invoiceNumber', 'sellerName', 'buyerName', 'currency']) expect(text).toContain(String(expected[value]));
      for (const taxId of ['sellerTaxId', 'buyerTaxId']) expect(text).toContain(`VAT No. ${expected[taxId]}`);
      const [year, month, day] = ymd(expected['issueDate']!);
      expect(text).toContain(`${day} ${fullMonths[month - 1]} ${year}`);
      expect(text).toContain(`Total net value ${grouped(expected['netAmount'])}`);
      expect(text).toContain(`VAT 20% ${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`Invoice total GBP ${grouped(expected['totalAmount'])}`);
      expect(text).toContain(`SAY TOTAL: ${poundsInWords(Number(expected['totalAmount'])).toUpperCase()} ONLY`);
    }
  });

  it('prints every delivery-note field of the logistics sign-off sheet, signed and dated by hand', async () => {
    for (const index of [0, 1]) {
      const { text, expected } = await printedText('cn-logistics-sign-off-sheet', index);
      expect(text).toContain(`单号：${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`客户订单号 ${expected['orderReference']}`);
      expect(text).toContain(`发货日期 ${expected['deliveryDate']}`);
      expect(text).toContain(`收货单位 ${expected['receiverName']}`);
      expect(text).toContain(String(expected['signedBy']));
      const [year, month, day] = ymd(expected['signatureDate']!);
      expect(text).toContain(`${year}.${month}.${day}`);
    }
  });

  it('prints every contract field of the two-column bilingual contract, the price in figures and capitals', async () => {
    for (const index of [0, 1]) {
      const { text, expected } = await printedText('cn-bilingual-contract-two-column', index);
      expect(text).toContain(`Contract No.：${expected['contractNumber']}`);
      expect(text).toContain(`卖方：${expected['sellerName']}`);
      expect(text).toContain(`买方：${expected['buyerName']}`);
      expect(text).toContain(`合计人民币（大写）：${chineseCapitalAmount(Number(expected['amount']))} ¥${grouped(expected['amount'])}`);
      expect(text).toContain(`Total Contract Value: CNY ${grouped(expected['amount'])}`);
      expect(text).toContain(`签订日期 Date：${chineseDay(expected['signingDate']!)}`);
      expect(text).toContain(`日期 Date：${chineseDay(expected['signingDate']!)}`);
    }
  });
});

import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { numeralDate } from '../../../src/documents/evaluation/generated-layouts-heldout-7';
import { layouts } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { chineseDay, grouped, upperMonths, ymd } from './generated-layouts-heldout.fixture';


describe('generated evaluation: the five held-out layouts of generated-layouts-heldout-7.ts', () => {
  it('writes a date in Chinese numerals as formal contracts sign it', () => {
    expect(numeralDate('2025-06-02')).toBe('二〇二五年六月二日');
    expect(numeralDate('2025-10-21')).toBe('二〇二五年十月二十一日');
    expect(numeralDate('2025-12-30')).toBe('二〇二五年十二月三十日');
    expect(numeralDate('2025-01-15')).toBe('二〇二五年一月十五日');
  });

  it('prints every invoice field of the bilingual commercial invoice', async () => {
    for (const index of [0, 1]) {
      const { text, expected } = await printedText('cn-bilingual-commercial-invoice', index);
      for (const value of ['invoiceNumber', 'sellerName', 'buyerName', 'currency']) expect(text).toContain(String(expected[value]));
      for (const value of ['sellerTaxId', 'buyerTaxId']) expect(text).toContain(`USCC: ${expected[value]}`);
      expect(text).toContain(`日期 Date ${String(expected['issueDate']).replace(/-/g, '/')}`);
      expect(text).toContain(`Net Amount ${grouped(expected['netAmount'])}`);
      expect(text).toMatch(new RegExp(`增值税 VAT \\d+% ${grouped(expected['taxAmount'])}`));
      expect(text).toContain(`Total Amount (CNY) ¥${grouped(expected['totalAmount'])}`);
      expect(text).toContain(`人民币${chineseCapitalAmount(Number(expected['totalAmount']))}`);
    }
  });

  it('prints every invoice field of the ERP billing document, both VAT numbers in its header data', async () => {
    const { text, expected } = await printedText('en-erp-billing-document', 1);
    for (const value of ['invoiceNumber', 'sellerName', 'sellerTaxId', 'buyerName', 'buyerTaxId', 'currency']) expect(text).toContain(String(expected[value]));
    expect(text).toContain(`VAT Reg. No. ${expected['sellerTaxId']}`);
    const [year, month, day] = ymd(expected['issueDate']!);
    expect(text).toContain(`${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`);
    expect(text).toContain(`Total net value ${grouped(expected['netAmount'])}`);
    expect(text).toContain(`on ${grouped(expected['netAmount'])} ${grouped(expected['taxAmount'])}`);
    expect(text).toContain(`Final amount GBP ${grouped(expected['totalAmount'])}`);
  });

  it('prints every delivery-note field of the receipt confirmation, its slip signed and dated by hand', async () => {
    for (const index of [0, 1]) {
      const { text, expected } = await printedText('cn-receipt-confirmation-letter', index);
      expect(text).toContain(`编号：${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`订单号：${expected['orderReference']}`);
      expect(text).toContain(`致：${expected['receiverName']}`);
      expect(text).toContain(`收货单位（盖章）：${expected['receiverName']}`);
      expect(text).toContain(`已于${chineseDay(expected['deliveryDate']!)}`);
      expect(text).toContain(String(expected['signedBy']));
      expect(text).toContain(`签收日期： ${chineseDay(expected['signatureDate']!)}`);
    }
  });

  it('prints every contract field of the order under a framework agreement', async () => {
    for (const index of [0, 1]) {
      const { text, expected } = await printedText('cn-framework-purchase-order', index);
      expect(text).toContain(`订单编号：${expected['contractNumber']}`);
      for (const party of ['sellerName', 'buyerName']) expect(text).toContain(`称：${expected[party]}`);
      expect(text).toContain(`订单总额（含税）：¥${Number(expected['amount']).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
      expect(text).toContain(`订单总额大写：人民币${chineseCapitalAmount(Number(expected['amount']))}`);
      expect(text).toContain(`下单日期：${chineseDay(expected['signingDate']!)}`);
      expect(text).toContain(`日期：${numeralDate(String(expected['signingDate']))}`);
    }
  });

  it('prints every delivery-note field of the consignment note, received and signed by the consignee', async () => {
    for (const index of [0, 1]) {
      const { text, expected } = await printedText('en-road-consignment-note', index);
      for (const value of ['deliveryNoteNumber', 'receiverName', 'signedBy']) expect(text).toContain(String(expected[value]));
      expect(text).toContain(`Customer order ${expected['orderReference']}`);
      expect(text).toContain(`for ${expected['receiverName']}`);
      const [year, month, day] = ymd(expected['deliveryDate']!);
      expect(text).toContain(`${String(day).padStart(2, '0')} ${upperMonths[month - 1]} ${year}`);
      const [signedYear, signedMonth, signedDay] = ymd(expected['signatureDate']!);
      expect(text).toContain(`on ${signedDay}/${signedMonth}/${String(signedYear).slice(2)}`);
    }
  });
});

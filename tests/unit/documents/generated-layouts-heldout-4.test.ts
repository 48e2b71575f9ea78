import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { poundsInWords } from '../../../src/documents/evaluation/generated-layouts-heldout-4';
import { layouts } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { grouped, shortMonths, ymd } from './generated-layouts-heldout.fixture';

describe('generated evaluation: the four held-out layouts drawn by someone who wrote no rules', () => {
  it('writes a price in British words', () => {
    expect(poundsInWords(35559.37)).toBe('thirty-five thousand five hundred and fifty-nine pounds and thirty-seven pence');
    expect(poundsInWords(100045)).toBe('one hundred thousand and forty-five pounds');
    expect(poundsInWords(1_200_310.05)).toBe('one million two hundred thousand three hundred and ten pounds and five pence');
    expect(poundsInWords(1)).toBe('one pound');
  });

  it('prints the tax invoice truth: customer block unlabelled, dates as 3 Mar 2025, a payment advice at the foot', async () => {
    const { text, expected } = await printedText('en-tax-invoice-payment-advice', 1);
    for (const value of ['invoiceNumber', 'sellerName', 'sellerTaxId', 'buyerName', 'buyerTaxId']) expect(text).toContain(String(expected[value]));
    expect(text).toContain(`Subtotal ${grouped(expected['netAmount'])}`);
    expect(text).toContain(`TOTAL VAT 20% ${grouped(expected['taxAmount'])}`);
    expect(text).toContain(`TOTAL GBP ${grouped(expected['totalAmount'])}`);
    expect(text).toContain(`Amount Due ${grouped(expected['totalAmount'])}`);
    const [year, month, day] = ymd(expected['issueDate']!);
    expect(text).toContain(`${day} ${shortMonths[month - 1]} ${year}`);
    expect(text).toContain(`VAT Reg No: ${expected['buyerTaxId']}`);
  });

  it('prints the ERP sales invoice truth: header fields, amounts without separators, the seller in the footer', async () => {
    const { text, expected } = await printedText('cn-erp-sales-invoice', 1);
    expect(text).toContain(`发票号：${expected['invoiceNumber']}`);
    expect(text).toContain(`开票日期：${expected['issueDate']}`);
    expect(text).toContain(`客户名称：${expected['buyerName']}`);
    expect(text).toContain(`客户税号：${expected['buyerTaxId']}`);
    expect(text).toContain(`单位名称：${expected['sellerName']}`);
    expect(text).toContain(`本单位税号：${expected['sellerTaxId']}`);
    expect(text).toContain('币种：人民币');
    for (const value of ['netAmount', 'taxAmount', 'totalAmount']) expect(text).toContain(Number(expected[value]).toFixed(2));
    expect(text).toContain(`（小写）¥${Number(expected['totalAmount']).toFixed(2)}`);
    expect(text).toContain(`价税合计（大写）：${chineseCapitalAmount(Number(expected['totalAmount']))}`);
  });

  it('prints the delivery note truth, with the proof of delivery signed and dated by hand', async () => {
    const { text, expected } = await printedText('en-delivery-note-pod-slip', 1);
    for (const value of ['deliveryNoteNumber', 'orderReference', 'receiverName', 'signedBy']) expect(text).toContain(String(expected[value]));
    expect(text).toContain(`Delivery Note No. ${expected['deliveryNoteNumber']}`);
    expect(text).toContain(`Customer Order No. ${expected['orderReference']}`);
    expect(text).toContain(`Delivered to: ${expected['receiverName']}`);
    const delivered = ymd(expected['deliveryDate']!);
    const weekday = new Date(`${expected['deliveryDate']}T00:00:00Z`).toLocaleString('en-GB', { weekday: 'short', timeZone: 'UTC' });
    expect(text).toContain(`${weekday} ${delivered[2]} ${shortMonths[delivered[1] - 1]} ${delivered[0]}`);
    const [year, month, day] = ymd(expected['signatureDate']!);
    expect(text).toContain(`${day}/${month}/${year}`);
    expect(text).not.toMatch(/supplier|seller|vendor/i);
  });

  it('prints the agreement truth in its particulars: parties in capitals, the price in figures and words', async () => {
    for (const index of [0, 1]) {
      const { text, expected } = await printedText('en-goods-agreement-particulars', index);
      expect(text).toContain(`Contract ref: ${expected['contractNumber']}`);
      for (const party of ['sellerName', 'buyerName']) {
        expect(text).toContain(String(expected[party]).toUpperCase());
        expect(text).toContain(`Signed for and on behalf of the ${index === 0 ? (party === 'sellerName' ? 'Seller' : 'Buyer') : party === 'sellerName' ? 'Vendor' : 'Purchaser'} `);
        expect(text).toContain(String(expected[party]));
      }
      expect(text).toContain(`£${grouped(expected['amount'])} (${poundsInWords(Number(expected['amount']))})`);
      const [year, month, day] = ymd(expected['signingDate']!);
      expect(text).toContain(`Date of Agreement ${day} ${new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`);
    }
  });
});

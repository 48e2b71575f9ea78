import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { fullMonths, grouped, ymd } from './generated-layouts-heldout.fixture';

describe('generated evaluation: the five held-out layouts of generated-layouts-heldout-6.ts', () => {
  it('numbers the cn-vat-ordinary-e-invoice invoices with eight digits, as paper VAT invoices are', () => {
    expect(String(truthOf(layouts.find((l) => l.name === 'cn-vat-ordinary-e-invoice')!, 0).expected['invoiceNumber'])).toMatch(/^\d{8}$/);
  });

  it('prints every invoice field of the trade invoice, the seller also in the footer', async () => {
    const { text, expected } = await printedText('en-trade-invoice-tax-point', 0);
    for (const value of ['invoiceNumber', 'buyerName', 'currency']) expect(text).toContain(String(expected[value]));
    expect(text).toContain(String(expected['sellerName']).toUpperCase());
    expect(text).toContain(`${expected['sellerName']} · Registered`);
    expect(text).toContain(`VAT Registration No. ${expected['sellerTaxId']}`);
    expect(text).toContain(`Customer VAT Reg: ${expected['buyerTaxId']}`);
    for (const value of ['netAmount', 'taxAmount']) expect(text).toContain(grouped(expected[value]));
    expect(text).toContain(`£${grouped(expected['totalAmount'])}`);
    const [year, month, day] = ymd(expected['issueDate']!);
    expect(text).toContain(`${String(day).padStart(2, '0')}-${fullMonths[month - 1]!.slice(0, 3)}-${year}`);
  });

  it('prints every invoice field of the electronic ordinary VAT invoice', async () => {
    const { text, expected } = await printedText('cn-vat-ordinary-e-invoice', 3);
    expect(text).toContain(`发票号码： ${expected['invoiceNumber']}`);
    const [year, month, day] = String(expected['issueDate']).split('-');
    expect(text).toContain(`开票日期： ${year}年${month}月${day}日`);
    for (const value of ['sellerName', 'sellerTaxId', 'buyerName', 'buyerTaxId']) expect(text).toContain(String(expected[value]));
    for (const value of ['netAmount', 'taxAmount', 'totalAmount']) expect(text).toContain(`¥${Number(expected[value]).toFixed(2)}`);
    expect(text).toContain(chineseCapitalAmount(Number(expected['totalAmount'])));
  });

  it('prints every delivery-note field of the triplicate book, signed for by hand, under the labels of each book', async () => {
    for (const [index, customer, order] of [[0, '客户', '订货单号'], [1, '购货单位', '合同号']] as const) {
      const { text, expected } = await printedText('cn-delivery-note-triplicate', index);
      expect(text).toContain(`No.${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`${customer}：${expected['receiverName']}`);
      expect(text).toContain(`${order}：${expected['orderReference']}`);
      const [year, month, day] = ymd(expected['deliveryDate']!);
      expect(text).toContain(`日期：${year}/${month}/${day}`);
      expect(text).toContain(String(expected['signedBy']));
      // written by hand as 2025.3.6; the tilt splits the year from the rest in pdftotext's reading order
      const [signedYear, signedMonth, signedDay] = ymd(expected['signatureDate']!);
      expect(text).toMatch(new RegExp(`${signedYear} ?\\.${signedMonth}\\.${signedDay}\\b|\\.${signedMonth}\\.${signedDay}\\b.*${signedYear}`));
    }
  });

  it('prints every contract field of the letter of agreement', async () => {
    const { text, expected } = await printedText('en-letter-of-agreement', 0);
    expect(text).toContain(`Our ref: ${expected['contractNumber']}`);
    for (const party of ['sellerName', 'buyerName']) expect(text).toContain(String(expected[party]));
    expect(text).toContain(`£${grouped(expected['amount'])}`);
    const [year, month, day] = ymd(expected['signingDate']!);
    expect(text).toMatch(new RegExp(`${day}(st|nd|rd|th) ${fullMonths[month - 1]} ${year}`));
  });

  it('prints every delivery-note field of the goods received note, the supplier note under changing names', async () => {
    for (const [index, label] of [[0, "Supplier's Delivery Note:"], [1, 'Advice Note No.:']] as const) {
      const { text, expected } = await printedText('en-goods-received-note', index);
      expect(text).toContain(`${label} ${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`Purchase Order: ${expected['orderReference']}`);
      expect(text).toContain(`Date Received: ${expected['deliveryDate']}`);
      expect(text).toContain(`Received at: ${expected['receiverName']}`);
      expect(text).toContain(String(expected['signedBy']));
      const [year, month, day] = ymd(expected['signatureDate']!);
      expect(text).toContain(`${day}.${month}.${year}`);
    }
  });
});

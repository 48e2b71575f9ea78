import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { layouts } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { datesIn, fixed, fullMonths, grouped, isoOf, occurrences } from './generated-layouts-heldout.fixture';

const indexes = [0, 1, 2, 5];

const wordDate = (iso: unknown) => {
  const [year, month, day] = String(iso).split('-').map(Number);
  return `${day} ${fullMonths[(month ?? 1) - 1]} ${year}`;
};

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-11.ts', () => {
  it('prints every invoice field of the VAT special invoice: the eight-digit number twice, amounts without separators, the total in capitals', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-vat-special-invoice-cipher', index);
      expect(String(expected['invoiceNumber'])).toMatch(/^\d{8}$/);
      expect(text).toContain(`No ${expected['invoiceNumber']}`);
      expect(occurrences(text, expected['invoiceNumber'])).toBe(2);
      expect(text).toContain('增值税专用发票');
      expect(datesIn(text, /\d{4}年\d{2}月\d{2}日/g)).toEqual([expected['issueDate']]);
      // the form's ruled blocks and the tilted seal leave pdftotext's reading order loose: each party's name and id, somewhere
      for (const party of ['buyerName', 'buyerTaxId', 'sellerName', 'sellerTaxId']) expect(text).toContain(String(expected[party]));
      for (const amount of ['netAmount', 'taxAmount', 'totalAmount']) expect(text).toContain(`¥${fixed(expected[amount])}`);
      expect(text).toContain(`ⓧ${chineseCapitalAmount(Number(expected['totalAmount']))}`);
      expect(expected['currency']).toBe('CNY');
    }
  });

  it('prints every invoice field of the factored invoice, the seller in its letterhead and footer, the buyer as the invoice address', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-factored-invoice', index);
      expect(text).toContain(`${expected['invoiceNumber']} ${wordDate(expected['issueDate'])}`);
      expect(text).toContain(`Invoice No. ${expected['invoiceNumber']}`);
      expect(datesIn(text, /Invoice date (\d{2}\/\d{2}\/\d{4})/g)).toEqual([expected['issueDate']]);
      expect(text).toContain(`Invoice to Deliver to Invoice No. ${expected['buyerName']}`);
      expect(text).toContain(`Customer VAT No: ${expected['buyerTaxId']}`);
      expect(text).toContain(`Title to the goods remains with ${expected['sellerName']}`);
      expect(text).toContain(`Client ${expected['sellerName']}`);
      expect(occurrences(text, `VAT Reg. No. ${expected['sellerTaxId']}`)).toBe(2);
      expect(text).toContain('NOTICE OF ASSIGNMENT');
      expect(text).toContain(`goods ${grouped(expected['netAmount'])} VAT ${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`VAT @ 20.0% ${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`TOTAL DUE ${expected['currency']} ${grouped(expected['totalAmount'])}`);
      expect(text).toContain(`Amount due GBP ${grouped(expected['totalAmount'])}`);
    }
  });

  it('prints every delivery-note field of the outbound slip, received, signed and dated by hand under the receiving stamp', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-erp-outbound-delivery-slip', index);
      expect(text).toContain(`单据编号： ${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`源单编号： ${expected['orderReference']}`);
      expect(text).toContain(`出库日期： ${expected['deliveryDate']}`);
      expect(datesIn(text, /\b\d{4}-\d{2}-\d{2}\b/g)).toEqual([expected['deliveryDate'], expected['deliveryDate']]);
      expect(text).toContain(`客户名称： ${expected['receiverName']}`);
      expect(occurrences(text, expected['receiverName'])).toBe(2);
      expect(occurrences(text, expected['signedBy'])).toBe(1);
      expect(datesIn(text, /\b(\d{4}\.\d{1,2}\.\d{1,2})\b/g)).toEqual([expected['signatureDate']]);
      expect(text).toContain('收货人签字：');
    }
  });

  it('prints every contract field of the conditional sale agreement, the cash price in the key financial information, dated in figures and by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-conditional-sale-agreement', index);
      const signed = String(expected['signingDate']);
      expect(text).toContain(`${expected['contractNumber']} ${signed.slice(8, 10)}/${signed.slice(5, 7)}/${signed.slice(0, 4)} `);
      expect(text).toContain(`Agreement ${expected['contractNumber']} ·`);
      expect(datesIn(text, /Date (\d{1,2}\/\d{1,2}\/\d{2})\b/g)).toEqual([signed, signed]);
      expect(text).toContain('CONDITIONAL SALE AGREEMENT');
      for (const party of ['sellerName', 'buyerName']) expect(text).toContain(`for and on behalf of ${expected[party]}`);
      expect(text.indexOf(`THE CUSTOMER ("you") ${expected['sellerName']} ${expected['buyerName']}`)).toBeGreaterThan(0);
      expect(text).toContain(`Total cash price (including VAT) £${grouped(expected['amount'])}`);
      expect(occurrences(text, `£${grouped(expected['amount'])}`)).toBe(2);
    }
  });
});

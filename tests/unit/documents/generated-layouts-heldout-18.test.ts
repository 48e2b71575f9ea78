import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { printedText } from './generated-printed-text.fixture';
import { fixed, grouped, occurrences, ymd } from './generated-layouts-heldout.fixture';

const indexes = [0, 1, 4, 7];
/** 2025年03月05日 */
const taxDate = (iso: unknown) => `${String(iso).slice(0, 4)}年${String(iso).slice(5, 7)}月${String(iso).slice(8, 10)}日`;
/** 05/03/2025 */
const slashDate = (iso: unknown) => `${String(iso).slice(8, 10)}/${String(iso).slice(5, 7)}/${String(iso).slice(0, 4)}`;
/** 12/3/2025 */
const handDate = (iso: unknown) => `${ymd(iso)[2]}/${ymd(iso)[1]}/${ymd(iso)[0]}`;
/** 2025.3.6 */
const dottedDate = (iso: unknown) => `${ymd(iso)[0]}.${ymd(iso)[1]}.${ymd(iso)[2]}`;

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-18.ts', () => {
  it('prints every invoice field of the 增值税电子专用发票: number and date, both parties with their tax numbers (the seller\'s also in its invoice seal), net, tax and total in figures and capitals', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-vat-e-special-invoice-ukey', index);
      const total = Number(expected['totalAmount']);
      expect(text).toContain(`发票号码： ${expected['invoiceNumber']}`);
      expect(occurrences(text, expected['invoiceNumber'])).toBe(1);
      expect(text).toContain(`开票日期： ${taxDate(expected['issueDate'])}`);
      expect(text).toContain(String(expected['buyerName']));
      expect(text).toContain(String(expected['sellerName']));
      expect(occurrences(text, expected['buyerTaxId'])).toBe(1);
      expect(occurrences(text, expected['sellerTaxId'])).toBe(2);
      expect(text).toContain(`¥${fixed(expected['netAmount'])}`);
      expect(text).toContain(`¥${fixed(expected['taxAmount'])}`);
      expect(text).toContain(`（小写） ¥${fixed(total)}`);
      expect(text).toContain(`ⓧ${chineseCapitalAmount(total)}`);
    }
  });

  it('prints every invoice field of the freight forwarder\'s invoice: number and tax point, the consignee invoiced with its VAT number, net, VAT and total in GBP, the forwarder\'s VAT number', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-freight-forwarder-invoice', index);
      expect(occurrences(text, expected['invoiceNumber'])).toBe(1);
      expect(text).toContain('Invoice date / tax point');
      expect(occurrences(text, slashDate(expected['issueDate']))).toBe(1);
      expect(text).toContain(`Consignee ${expected['buyerName']}`);
      expect(text).toContain(`VAT Reg ${expected['buyerTaxId']}`);
      expect(text).toContain(String(expected['sellerName']));
      expect(text).toContain(`VAT No. ${expected['sellerTaxId']}.`);
      expect(text).toContain(`Total net ${grouped(expected['netAmount'])}`);
      expect(text).toContain(`VAT @ 20% (code S) ${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`Invoice total ${expected['currency']} ${grouped(expected['totalAmount'])}`);
    }
  });

  it('prints every delivery-note field of the 随货同行单: its number, the order, the receiving unit, the dispatch date, the receiver signing and dating by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-goods-accompanying-sheet', index);
      expect(text).toContain(`单据编号： ${expected['deliveryNoteNumber']}`);
      expect(occurrences(text, expected['deliveryNoteNumber'])).toBe(1);
      expect(text).toContain(`订单号： ${expected['orderReference']}`);
      expect(text).toContain(`收货单位： ${expected['receiverName']}`);
      expect(text).toContain(`发货日期： ${expected['deliveryDate']}`);
      expect(text).toContain('收货人签字：');
      expect(occurrences(text, expected['signedBy'])).toBe(1);
      expect(occurrences(text, dottedDate(expected['signatureDate']))).toBe(1);
    }
  });

  it('prints every contract field of the accepted quotation: the contract number stamped on receipt, the supplier and the customer accepting, the total with VAT, the date of acceptance written by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-accepted-quotation', index);
      expect(text).toContain(`Contract No. ${expected['contractNumber']}`);
      expect(text).toContain(`for ${expected['sellerName']}`);
      expect(text).toContain(`For and on behalf of ${expected['buyerName']}`);
      expect(text).toContain('Total including VAT');
      expect(occurrences(text, `£${grouped(expected['amount'])}`)).toBe(2);
      expect(occurrences(text, `Date ${handDate(expected['signingDate'])}`)).toBe(1);
    }
  });
});

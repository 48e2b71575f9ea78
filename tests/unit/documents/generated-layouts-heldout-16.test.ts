import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { printedText } from './generated-printed-text.fixture';
import { fixed, fullMonths, grouped, occurrences, ymd } from './generated-layouts-heldout.fixture';

const indexes = [0, 1, 3, 6];
/** 05/03/2025 */
const ukSlash = (iso: unknown) => `${String(iso).slice(8, 10)}/${String(iso).slice(5, 7)}/${String(iso).slice(0, 4)}`;
/** 5/3/2025 */
const handDate = (iso: unknown) => `${ymd(iso)[2]}/${ymd(iso)[1]}/${ymd(iso)[0]}`;
/** 2025.3.6 */
const dottedDate = (iso: unknown) => ymd(iso).join('.');
/** 5th March 2025 */
const ordinalDate = (iso: unknown) => {
  const [year, month, day] = ymd(iso);
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix} ${fullMonths[month - 1]} ${year}`;
};

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-16.ts', () => {
  it('prints every invoice field of the motor vehicle sales invoice: an eight-digit number twice, 13%, the buyer and the seller with their numbers, net, tax and total', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-motor-vehicle-sales-invoice', index);
      expect(String(expected['invoiceNumber'])).toMatch(/^\d{8}$/);
      expect(Math.abs(Number(expected['taxAmount']) - Number(expected['netAmount']) * 0.13)).toBeLessThan(0.02);
      expect(text).toContain(`发票号码 ${expected['invoiceNumber']}`);
      expect(text).toContain(`机打号码 ${expected['invoiceNumber']}`);
      expect(occurrences(text, expected['issueDate'])).toBe(1);
      expect(text).toContain(String(expected['buyerName']));
      expect(text).toContain(String(expected['buyerTaxId']));
      expect(text).toContain(`销货单位名称 ${expected['sellerName']} 纳税人识别号 ${expected['sellerTaxId']}`);
      expect(text).toContain(`不含税价 小写 ¥${fixed(expected['netAmount'])}`);
      expect(text).toContain(`¥${fixed(expected['taxAmount'])}`);
      expect(text).toContain(`¥${fixed(expected['totalAmount'])}`);
      expect(text).toContain(chineseCapitalAmount(Number(expected['totalAmount'])));
      expect(text).toContain('13%');
      expect(expected['currency']).toBe('CNY');
    }
  });

  it('prints every invoice field of the plant hire invoice: number and tax point, the customer with its VAT number, the totals in GBP, the hire company\'s VAT number', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-plant-hire-invoice', index);
      expect(text).toContain(`Invoice No. ${expected['invoiceNumber']}`);
      expect(text).toContain(`Invoice date / Tax point ${ukSlash(expected['issueDate'])}`);
      expect(text).toContain(`INVOICE TO ${expected['buyerName']} Accounts Payable`);
      expect(text).toContain(`Customer VAT No. ${expected['buyerTaxId']}`);
      expect(text).toContain(`Please pay by BACS to ${expected['sellerName']}`);
      expect(text).toContain(`VAT Reg. No. ${expected['sellerTaxId']}.`);
      expect(text).toContain(`Total net hire charges ${grouped(expected['netAmount'])} VAT @ 20% ${grouped(expected['taxAmount'])} INVOICE TOTAL (${expected['currency']}) £${grouped(expected['totalAmount'])}`);
    }
  });

  it('prints every delivery-note field of the carbonless pad: the red serial, the receiver, the order and the date written in the blanks, signed and dated by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-carbonless-delivery-pad', index);
      const [year, month, day] = ymd(expected['deliveryDate']);
      expect(String(expected['deliveryNoteNumber'])).toMatch(/^\d{7}$/);
      expect(text).toContain(`No. ${expected['deliveryNoteNumber']}`);
      // pdftotext reads the printed labels of the header as a column apart from what the hand wrote beside them
      expect(text).toContain('收货单位：');
      expect(occurrences(text, expected['receiverName'])).toBe(1);
      expect(occurrences(text, expected['orderReference'])).toBe(1);
      // the date's figures are written into the printed 年 月 日 blanks; pdftotext may read them apart from their units
      expect(text).toContain(`${year} 年`);
      expect(text).toMatch(new RegExp(` ${month} 月 `));
      expect(text).toMatch(new RegExp(` ${day} `));
      expect(occurrences(text, expected['signedBy'])).toBe(1);
      expect(text).toContain(`签收日期： ${dottedDate(expected['signatureDate'])}`);
    }
  });

  it('prints every contract field of the memorandum of sale: its number and date, vendor and purchaser, the total purchase price, both signatures dated by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-memorandum-of-sale', index);
      expect(text).toContain(`Memorandum No.: ${expected['contractNumber']}`);
      expect(text).toContain(`Date: ${ordinalDate(expected['signingDate'])}`);
      expect(text).toContain(`THE VENDOR THE PURCHASER ${expected['sellerName']} ${expected['buyerName']}`);
      expect(text).toContain(`Signed for the Vendor Signed for the Purchaser ${expected['sellerName']} ${expected['buyerName']}`);
      expect(text).toContain(`TOTAL PURCHASE PRICE £ ${grouped(expected['amount'])}`);
      expect(occurrences(text, `Date ${handDate(expected['signingDate'])}`)).toBe(2);
    }
  });
});

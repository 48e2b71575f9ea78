import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { poundsInWords } from '../../../src/documents/evaluation/generated-layouts-heldout-4';
import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const fullMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const grouped = (value: string | number | undefined) => Number(value).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const added = ['cn-pin-feed-sales-slip', 'en-self-billed-invoice', 'en-merchant-delivery-ticket', 'en-sales-confirmation'];
const indexes = [0, 1, 2, 5];

/** Reads a printed date back to ISO: 2025-03-05, 05/03/2025, 05/03/25, 05-Mar-2025 and 5th March 2025. */
function isoOf(printed: string): string {
  const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let m = printed.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = printed.match(/^(\d{2})\/(\d{2})\/(\d{4}|\d{2})$/);
  if (m) return iso(Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[2]), Number(m[1]));
  m = printed.match(/^(\d{2})-([A-Z][a-z]{2})-(\d{4})$/);
  if (m) return iso(Number(m[3]), months.indexOf(m[2] ?? '') + 1, Number(m[1]));
  m = printed.match(/^(\d{1,2})(?:st|nd|rd|th) ([A-Z][a-z]+) (\d{4})$/);
  if (m) return iso(Number(m[3]), fullMonths.indexOf(m[2] ?? '') + 1, Number(m[1]));
  throw new Error(`not a date this test reads: ${printed}`);
}

/** Every date of a pattern the text prints, read back to ISO. */
const datesIn = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => isoOf(m[1] ?? m[0]));

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-10.ts', () => {
  it('are registered held out, with the fields of their document type', () => {
    const fieldsOf = (name: string) => Object.keys(truthOf(layouts.find((l) => l.name === name)!, 0).expected).sort();
    expect(layouts.filter((l) => added.includes(l.name)).map((l) => [l.name, l.documentType, l.language, l.heldOut])).toEqual([
      ['cn-pin-feed-sales-slip', 'invoice', 'zh', true],
      ['en-self-billed-invoice', 'invoice', 'en', true],
      ['en-merchant-delivery-ticket', 'delivery-note', 'en', true],
      ['en-sales-confirmation', 'contract', 'en', true],
    ]);
    expect(fieldsOf('cn-pin-feed-sales-slip')).toEqual(fieldsOf('cn-vat-invoice-paper'));
    expect(fieldsOf('en-self-billed-invoice')).toEqual(fieldsOf('en-invoice-stacked'));
    expect(fieldsOf('en-merchant-delivery-ticket')).toEqual(fieldsOf('en-delivery-note'));
    expect(fieldsOf('en-sales-confirmation')).toEqual(fieldsOf('en-contract'));
  });

  it('prints every invoice field of the pin-fed sales slip, the buyer in the header and the seller in the pre-printed foot', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-pin-feed-sales-slip', index);
      expect(text).toContain(`单据编号： ${expected['invoiceNumber']}`);
      expect(text).toContain(`开单日期： ${expected['issueDate']}`);
      expect(datesIn(text, /\b\d{4}-\d{2}-\d{2}\b/g)).toEqual([expected['issueDate']]);
      expect(text).toContain(`购货单位： ${expected['buyerName']}`);
      expect(text).toContain(String(expected['buyerTaxId']));
      expect(text).toContain(`名称：${expected['sellerName']}`);
      expect(text).toContain(`税号：${expected['sellerTaxId']}`);
      expect(text).toContain(`人民币 ${expected['currency']}`);
      for (const amount of ['netAmount', 'taxAmount', 'totalAmount']) expect(text).toContain(` ${grouped(expected[amount])} `);
      expect(text).toContain(` ${chineseCapitalAmount(Number(expected['totalAmount']))} `);
    }
  });

  it('prints every invoice field of the self-billed invoice, the customer (buyer) as the issuer and the supplier (seller) below', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-self-billed-invoice', index);
      expect(text).toContain(` ${expected['invoiceNumber']} `);
      expect(datesIn(text, /Invoice date \/ tax point (\d{2}\/\d{2}\/\d{4})/g)).toEqual([expected['issueDate']]);
      expect(text).toContain(`Invoice number ${expected['sellerName']}`);
      expect(text).toContain(`Supplier VAT Reg. No.: ${expected['sellerTaxId']}`);
      expect(text).toContain(`raised by ${expected['buyerName']} on behalf of the supplier`);
      expect(text).toContain(`${expected['buyerName']} · Registered in England`);
      expect(text.match(/(?<!Supplier )VAT Reg. No. (GB\d{9})/g)?.map((m) => m.slice(-11))).toEqual([expected['buyerTaxId'], expected['buyerTaxId']]);
      expect(text).toContain(`Currency ${expected['currency']}`);
      expect(text).toContain(`Total net ${grouped(expected['netAmount'])}`);
      expect(text).toContain(`Total VAT ${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`Total payable GBP ${grouped(expected['totalAmount'])}`);
    }
  });

  it('prints every delivery-note field of the merchant delivery ticket, signed, named and dated by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-merchant-delivery-ticket', index);
      expect(text).toContain(` ${expected['deliveryNoteNumber']} Ticket No.`);
      expect(text).toContain(` ${expected['orderReference']} `);
      expect(datesIn(text, /\b\d{2}-[A-Z][a-z]{2}-\d{4}\b/g)).toEqual([expected['deliveryDate']]);
      expect(text).toContain(`Delivery address ${expected['receiverName']} ${expected['receiverName']}`);
      expect(text).toContain(`Print name ${expected['signedBy']} ${String(expected['signedBy']).toUpperCase()}`);
      expect(datesIn(text, /Date (\d{2}\/\d{2}\/\d{2})\b/g)).toEqual([expected['signatureDate']]);
    }
  });

  it('prints every contract field of the sales confirmation, the total in figures and in words', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-sales-confirmation', index);
      expect(text).toContain(` ${expected['contractNumber']} `);
      const ordinal = /\b(\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+ \d{4})/g;
      expect(datesIn(text, new RegExp(`${expected['contractNumber']} ${ordinal.source}`, 'g'))).toEqual([expected['signingDate']]);
      expect(datesIn(text, new RegExp(`Date: ${ordinal.source}`, 'g'))).toEqual([expected['signingDate'], expected['signingDate']]);
      expect(text).toContain(`The Sellers: ${expected['sellerName']}`);
      expect(text.slice(text.indexOf('The Buyers:'), text.indexOf('This Sales Confirmation is made'))).toContain(String(expected['buyerName']));
      expect(text).toContain(`TOTAL CONTRACT VALUE: GBP ${grouped(expected['amount'])}`);
      expect(text).toContain(`POUNDS STERLING ${poundsInWords(Number(expected['amount'])).replace(/ pounds?/, '').toUpperCase()} ONLY`);
      for (const party of ['sellerName', 'buyerName']) expect(text).toContain(`For and on behalf of ${expected[party]}`);
    }
  });
});

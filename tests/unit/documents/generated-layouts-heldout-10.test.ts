import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { poundsInWords } from '../../../src/documents/evaluation/generated-layouts-heldout-4';
import { layouts } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { datesIn, fullMonths, grouped, isoOf, shortMonths } from './generated-layouts-heldout.fixture';

const indexes = [0, 1, 2, 5];

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-10.ts', () => {
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

import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { printedText } from './generated-printed-text.fixture';
import { chineseDay, fullMonths, grouped, occurrences, shortMonths, ymd } from './generated-layouts-heldout.fixture';

const indexes = [0, 1, 4, 7];
/** 05-Mar-2025 */
const dashedDate = (iso: unknown) => `${String(iso).slice(8, 10)}-${shortMonths[ymd(iso)[1] - 1]}-${ymd(iso)[0]}`;
/** 5 March 2025 */
const fullDate = (iso: unknown) => `${ymd(iso)[2]} ${fullMonths[ymd(iso)[1] - 1]} ${ymd(iso)[0]}`;
/** 6/3/25 */
const handDate = (iso: unknown) => `${ymd(iso)[2]}/${ymd(iso)[1]}/${String(ymd(iso)[0]).slice(2)}`;

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-17.ts', () => {
  it('prints every invoice field of the auctioneer\'s buyer\'s invoice: number and date, the buyer with its VAT number, net, VAT and total in GBP, the auctioneer\'s VAT number', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-machinery-auction-invoice', index);
      expect(text).toContain(String(expected['sellerName']));
      expect(text).toContain(`VAT registration No. ${expected['sellerTaxId']}.`);
      expect(text).toContain(`Buyer Invoice number ${expected['buyerName']}`);
      expect(text).toContain(`VAT No. ${expected['buyerTaxId']}`);
      expect(occurrences(text, expected['invoiceNumber'])).toBe(1);
      expect(occurrences(text, dashedDate(expected['issueDate']))).toBe(1);
      expect(text).toContain(`Total net of VAT ${grouped(expected['netAmount'])}`);
      expect(text).toContain(`VAT @ 20% ${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`Invoice total (${expected['currency']})`);
      expect(occurrences(text, `£${grouped(expected['totalAmount'])}`)).toBe(2);
    }
  });

  it('prints every delivery-note field of the equipment unpacking record: delivery note and contract numbers, the receiver, arrival and inspection dates, the receiver\'s representative signing by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-equipment-unpacking-record', index);
      expect(text).toContain(`发货单号 ${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`合同编号 ${expected['orderReference']}`);
      expect(text).toContain(`收货单位 ${expected['receiverName']}`);
      expect(text).toContain(`到货日期 ${chineseDay(expected['deliveryDate'])}`);
      expect(text).toContain(`检验日期 ${chineseDay(expected['signatureDate'])}`);
      expect(text).toContain('建设（收货）单位');
      expect(occurrences(text, expected['signedBy'])).toBe(1);
    }
  });

  it('prints every delivery-note field of the delivery and acceptance certificate: the supplier\'s delivery note, the customer\'s order, the date of delivery, the customer signing, naming and dating by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-delivery-acceptance-certificate', index);
      expect(text).toContain(`Customer ${expected['receiverName']}`);
      expect(text).toContain(`Signed for and on behalf of the Customer, ${expected['receiverName']}`);
      expect(text).toContain(`under its delivery note ${expected['deliveryNoteNumber']} against our purchase order ${expected['orderReference']}`);
      expect(text).toContain(`on ${fullDate(expected['deliveryDate'])}.`);
      expect(text).toContain(`Signature ${expected['signedBy']} Print name ${String(expected['signedBy']).toUpperCase()}`);
      expect(occurrences(text, `Date ${handDate(expected['signatureDate'])}`)).toBe(1);
    }
  });

  it('prints every contract field of the e-signed 产品购销合同: its number, 甲方 the buyer and 乙方 the seller, the total in figures and capitals, both signing times on the signing day', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-e-signed-sales-contract', index);
      const amount = Number(expected['amount']);
      expect(text).toContain(`合同编号：${expected['contractNumber']}`);
      expect(text).toContain(`甲方（采购方） ${expected['buyerName']}`);
      expect(text).toContain(`乙方（供货方） ${expected['sellerName']}`);
      expect(text).toContain(`合计 ${grouped(amount)}`);
      expect(text).toContain(`人民币 ¥${grouped(amount)} 元（大写：${chineseCapitalAmount(amount)}）`);
      expect(occurrences(text, `签署时间：${expected['signingDate']}`)).toBe(2);
    }
  });
});

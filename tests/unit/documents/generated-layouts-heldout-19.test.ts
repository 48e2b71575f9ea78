import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { printedText } from './generated-printed-text.fixture';
import { chineseDay, fixed, fullMonths, grouped, occurrences, ymd } from './generated-layouts-heldout.fixture';

const indexes = [0, 1, 4, 7];
/** 2025年03月05日 */
const taxDate = (iso: unknown) => `${String(iso).slice(0, 4)}年${String(iso).slice(5, 7)}月${String(iso).slice(8, 10)}日`;
/** 05/03/2025 */
const slashDate = (iso: unknown) => `${String(iso).slice(8, 10)}/${String(iso).slice(5, 7)}/${String(iso).slice(0, 4)}`;
/** 5 March 2025 */
const fullDate = (iso: unknown) => `${ymd(iso)[2]} ${fullMonths[ymd(iso)[1] - 1]} ${ymd(iso)[0]}`;
/** 06.03.25 */
const dottedHand = (iso: unknown) => `${String(iso).slice(8, 10)}.${String(iso).slice(5, 7)}.${String(iso).slice(2, 4)}`;

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-19.ts', () => {
  it('prints every invoice field of the fully digital road freight invoice: the twenty-digit number and date, both parties with their tax numbers, net, tax at 9% and total in figures and capitals', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-road-freight-e-invoice', index);
      const total = Number(expected['totalAmount']);
      expect(String(expected['invoiceNumber'])).toMatch(/^\d{20}$/);
      expect(text).toContain(`发票号码： ${expected['invoiceNumber']}`);
      expect(text).toContain(`开票日期： ${taxDate(expected['issueDate'])}`);
      expect(text).toContain(`名称： ${expected['buyerName']}`);
      expect(text).toContain(`名称： ${expected['sellerName']}`);
      expect(occurrences(text, expected['buyerTaxId'])).toBe(1);
      expect(occurrences(text, expected['sellerTaxId'])).toBe(1);
      expect(text).toContain(`¥${fixed(expected['netAmount'])}`);
      expect(text).toContain(`¥${fixed(expected['taxAmount'])}`);
      expect(text).toContain(`（小写） ¥${fixed(total)}`);
      expect(text).toContain(`ⓧ${chineseCapitalAmount(total)}`);
      expect(text).toContain('9%');
    }
  });

  it('prints every invoice field of the agency\'s contractor invoice: number and date, the client with its VAT number, net, VAT and total in GBP, the agency\'s VAT number', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-agency-contractor-invoice', index);
      expect(occurrences(text, expected['invoiceNumber'])).toBe(1);
      expect(text).toContain('Invoice Date');
      expect(occurrences(text, slashDate(expected['issueDate']))).toBe(1);
      expect(text).toContain(String(expected['buyerName']));
      expect(text).toContain(`Client VAT No: ${expected['buyerTaxId']}`);
      expect(text).toContain(String(expected['sellerName']));
      expect(text).toContain(`VAT Registration No. ${expected['sellerTaxId']}`);
      expect(text).toContain(`Net total ${grouped(expected['netAmount'])}`);
      expect(text).toContain(`VAT 20% ${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`Total due (${expected['currency']}) £${grouped(expected['totalAmount'])}`);
    }
  });

  it('prints every delivery-note field of the delivery and installation note: its number, the customer\'s order, the customer, the delivery date, the customer signing, naming and dating by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-delivery-installation-note', index);
      expect(text).toContain(`Delivery note no. ${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`Customer order no. ${expected['orderReference']}`);
      expect(text).toContain(`Customer ${expected['receiverName']}`);
      expect(text).toContain(`on behalf of ${expected['receiverName']}`);
      expect(occurrences(text, fullDate(expected['deliveryDate']))).toBe(1);
      expect(text).toContain(`Signature ${expected['signedBy']} Print name ${String(expected['signedBy']).toUpperCase()}`);
      expect(occurrences(text, `Date ${dottedHand(expected['signatureDate'])}`)).toBe(1);
    }
  });

  it('prints every contract field of the tender 合同协议书: its number, 买方 and 卖方, the contract price in capitals and figures, both signing dates', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-tender-contract-agreement', index);
      const amount = Number(expected['amount']);
      expect(text).toContain(`合同编号： ${expected['contractNumber']}`);
      expect(text).toContain(`买方（全称）：${expected['buyerName']}`);
      expect(text).toContain(`卖方（全称）：${expected['sellerName']}`);
      expect(text).toContain(`人民币（大写）${chineseCapitalAmount(amount)}`);
      expect(text).toContain(`（小写）¥${grouped(amount)}元`);
      expect(occurrences(text, `签订日期：${chineseDay(expected['signingDate'])}`)).toBe(2);
    }
  });
});

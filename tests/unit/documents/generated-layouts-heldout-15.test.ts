import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { layouts } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { fixed, fullMonths, grouped, occurrences, ymd } from './generated-layouts-heldout.fixture';

const indexes = [0, 1, 2, 5];
/** 5 March 2025 */
const fullDate = (iso: unknown) => `${ymd(iso)[2]} ${fullMonths[ymd(iso)[1] - 1]} ${ymd(iso)[0]}`;
/** 05/03/2025 */
const ukSlash = (iso: unknown) => `${String(iso).slice(8, 10)}/${String(iso).slice(5, 7)}/${String(iso).slice(0, 4)}`;
/** 6/3/25 */
const handDate = (iso: unknown) => `${ymd(iso)[2]}/${ymd(iso)[1]}/${String(ymd(iso)[0]).slice(2)}`;
/** 2025年03月05日 */
const taxDate = (iso: unknown) => `${String(iso).slice(0, 4)}年${String(iso).slice(5, 7)}月${String(iso).slice(8, 10)}日`;
/** 2025年3月5日 */
const chineseDay = (iso: unknown) => `${ymd(iso)[0]}年${ymd(iso)[1]}月${ymd(iso)[2]}日`;

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-15.ts', () => {
  it('prints every invoice field of the construction-services e-invoice: a twenty-digit number, construction at 9%, the construction band', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-construction-service-e-invoice', index);
      expect(String(expected['invoiceNumber'])).toMatch(/^\d{20}$/);
      expect(Math.abs(Number(expected['taxAmount']) - Number(expected['netAmount']) * 0.09)).toBeLessThan(0.02);
      expect(text).toContain(`发票号码： ${expected['invoiceNumber']}`);
      expect(text).toContain(`开票日期： ${taxDate(expected['issueDate'])}`);
      expect(text).toContain(`名称： ${expected['buyerName']}`);
      expect(text).toContain(`名称： ${expected['sellerName']}`);
      expect(text).toContain(`统一社会信用代码/纳税人识别号： ${expected['buyerTaxId']}`);
      expect(text).toContain(`统一社会信用代码/纳税人识别号： ${expected['sellerTaxId']}`);
      expect(text).toContain(`¥${fixed(expected['netAmount'])}`);
      expect(text).toContain(`¥${fixed(expected['taxAmount'])}`);
      expect(text).toContain(`（小写） ¥${fixed(expected['totalAmount'])}`);
      expect(text).toContain(chineseCapitalAmount(Number(expected['totalAmount'])));
      expect(text).toContain('*建筑服务*');
      expect(text).toContain('建筑服务发生地');
      expect(expected['currency']).toBe('CNY');
    }
  });

  it('prints every invoice field of the marketplace invoice: sold by the seller with its VAT number, the business buyer\'s VAT number, the total and the VAT summary', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-marketplace-vat-invoice', index);
      expect(occurrences(text, expected['invoiceNumber'])).toBe(2);
      expect(occurrences(text, fullDate(expected['issueDate']))).toBeGreaterThanOrEqual(2);
      expect(text).toContain(`Sold by ${expected['sellerName']}`);
      expect(text).toContain(`VAT # ${expected['sellerTaxId']}`);
      expect(text).toContain(`Billing address Delivery address Sold by ${expected['buyerName']} Accounts Payable`);
      expect(text).toContain(`Buyer VAT number: ${expected['buyerTaxId']}`);
      expect(text).toContain(`Invoice total £${grouped(expected['totalAmount'])}`);
      expect(text).toContain(`Total £${grouped(expected['netAmount'])} £${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`All amounts in ${expected['currency']}.`);
    }
  });

  it('prints every delivery-note field of the delivery note and certificate of conformity, the customer\'s receipt signed, named and dated by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-delivery-note-cofc', index);
      expect(text).toContain(`Delivery Note No. ${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`Delivery date ${ukSlash(expected['deliveryDate'])}`);
      expect(text).toContain(`Your Order No. ${expected['orderReference']}`);
      expect(text).toContain(`your purchase order ${expected['orderReference']}`);
      expect(text).toContain(`${expected['receiverName']} Purchase Ledger`);
      expect(text).toContain(`${expected['receiverName']} Goods Inwards`);
      expect(occurrences(text, expected['signedBy'])).toBe(1);
      expect(occurrences(text, String(expected['signedBy']).toUpperCase())).toBe(1);
      expect(text).toContain(`Date ${handDate(expected['signatureDate'])}`);
      expect(text).toContain('RECEIVED IN GOOD ORDER AND CONDITION');
    }
  });

  it('prints every contract field of the 委托加工合同: the buyer as 定作方, the seller as 承揽方, the fee in figures and capitals, dated 2025年3月5日', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-processing-contract', index);
      expect(text).toContain(`合同编号：${expected['contractNumber']}`);
      expect(text).toContain(`签订时间：${chineseDay(expected['signingDate'])}`);
      expect(text).toContain(`定作方（甲方）：${expected['buyerName']}`);
      expect(text).toContain(`承揽方（乙方）：${expected['sellerName']}`);
      expect(text).toContain(`人民币${fixed(expected['amount'])}元（大写：${chineseCapitalAmount(Number(expected['amount']))}）`);
      expect(text).toContain(`合计 ${fixed(expected['amount'])}`);
      expect(occurrences(text, `日期：${chineseDay(expected['signingDate'])}`)).toBe(2);
    }
  });
});

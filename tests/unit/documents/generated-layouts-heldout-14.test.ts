import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { layouts } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { fixed, fullMonths, grouped, occurrences, ymd } from './generated-layouts-heldout.fixture';

const indexes = [0, 1, 2, 5];
/** 5 March 2025 */
const fullDate = (iso: unknown) => `${ymd(iso)[2]} ${fullMonths[ymd(iso)[1] - 1]} ${ymd(iso)[0]}`;
/** 2025年03月05日 */
const taxDate = (iso: unknown) => `${String(iso).slice(0, 4)}年${String(iso).slice(5, 7)}月${String(iso).slice(8, 10)}日`;
/** 2025.3.6 */
const dottedDate = (iso: unknown) => ymd(iso).join('.');

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-14.ts', () => {
  it('prints every invoice field of the verification printout as the platform shows a paper VAT invoice: eight-digit number beside its code, amounts without separators', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-invoice-verification-printout', index);
      expect(String(expected['invoiceNumber'])).toMatch(/^\d{8}$/);
      expect(text).toMatch(new RegExp(`发票代码：33\\d{10} 发票号码：${expected['invoiceNumber']} 开票日期：${taxDate(expected['issueDate'])}`));
      expect(text).toMatch(/查验次数：第\d次 查验时间：2025-\d\d-\d\d \d\d:\d\d:\d\d/);
      expect(occurrences(text, expected['sellerName'])).toBe(1);
      expect(occurrences(text, expected['buyerName'])).toBe(1);
      expect(text).toContain(`纳税人识别号： ${expected['buyerTaxId']}`);
      expect(text).toContain(`纳税人识别号： ${expected['sellerTaxId']}`);
      expect(text).toContain(`¥${fixed(expected['netAmount'])}`);
      expect(text).toContain(`¥${fixed(expected['taxAmount'])}`);
      expect(text).toContain(`（小写） ¥${fixed(expected['totalAmount'])}`);
      expect(text).toContain(chineseCapitalAmount(Number(expected['totalAmount'])));
      expect(expected['currency']).toBe('CNY');
    }
  });

  it('prints every invoice field of the energy bill: references at the right, the customer\'s VAT number, the summary and the supplier in the small print', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-business-energy-bill', index);
      expect(text).toContain(`Invoice number ${expected['invoiceNumber']} Bill date ${fullDate(expected['issueDate'])}`);
      expect(text).toContain(`Your VAT number ${expected['buyerTaxId']}`);
      expect(text).toContain(`${expected['buyerName']} FAO Accounts Payable`);
      expect(text).toContain(`${expected['sellerName']} is registered in England and Wales`);
      expect(text).toContain(`VAT registration number ${expected['sellerTaxId']}.`);
      expect(text).toContain(`Charges this period (excluding VAT) £${grouped(expected['netAmount'])} VAT at 20% £${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`Total charges this period (${expected['currency']}) £${grouped(expected['totalAmount'])}`);
      expect(text).toContain(`Total charges excluding VAT ${grouped(expected['netAmount'])}`);
    }
  });

  it('prints every delivery-note field of the receiving note: the supplier\'s delivery note and the contract as references, the inspector\'s signature dated by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-warehouse-receiving-note', index);
      expect(text).toContain(`送货单号 ${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`采购合同号 ${expected['orderReference']} 到货日期 ${expected['deliveryDate']}`);
      expect(text).toContain(`收货单位 ${expected['receiverName']} 入库日期 ${expected['signatureDate']}`);
      expect(text.startsWith(`${expected['receiverName']} 物资验收入库单`)).toBe(true);
      expect(occurrences(text, expected['signedBy'])).toBe(1);
      expect(occurrences(text, dottedDate(expected['signatureDate']))).toBe(1);
      expect(text).toContain('验收人');
    }
  });

  it('prints every contract field of the distribution agreement: dated in words, the parties in capitals, the Initial Order\'s price including VAT', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-distribution-agreement', index);
      expect(text).toContain(`Ref: ${expected['contractNumber']}`);
      expect(text).toContain(`THIS AGREEMENT is dated ${fullDate(expected['signingDate'])} PARTIES (1) ${String(expected['sellerName']).toUpperCase()} incorporated`);
      expect(text).toContain(`(2) ${String(expected['buyerName']).toUpperCase()} incorporated`);
      expect(text).toContain(`for and on behalf of ${expected['sellerName']}`);
      expect(text).toContain(`for and on behalf of ${expected['buyerName']}`);
      expect(text).toContain(`at a total price of £${grouped(expected['amount'])} including VAT at 20%`);
      expect(text).toContain(`Total including VAT ${grouped(expected['amount'])}`);
    }
  });
});

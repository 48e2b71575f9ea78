import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { layouts } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { fullMonths, grouped, occurrences, shortMonths, ymd } from './generated-layouts-heldout.fixture';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const indexes = [0, 1, 2, 5];
/** 05/03/2025 */
const ukSlash = (iso: unknown) => `${String(iso).slice(8, 10)}/${String(iso).slice(5, 7)}/${String(iso).slice(0, 4)}`;
/** Wed 5 Mar 2025 */
const weekdayDate = (iso: unknown) => `${weekdays[new Date(`${String(iso)}T00:00:00Z`).getUTCDay()]} ${ymd(iso)[2]} ${shortMonths[ymd(iso)[1] - 1]} ${ymd(iso)[0]}`;
/** March 5, 2025 */
const americanDate = (iso: unknown) => `${fullMonths[ymd(iso)[1] - 1]} ${ymd(iso)[2]}, ${ymd(iso)[0]}`;
/** 3/5/2025 */
const americanHand = (iso: unknown) => `${ymd(iso)[1]}/${ymd(iso)[2]}/${ymd(iso)[0]}`;

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-13.ts', () => {
  it('prints every invoice field of the ERP receivable bill in its caption and value cells, the totals on the detail grid\'s last row', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-erp-receivable-invoice-bill', index);
      expect(text).toContain(`发票号 ${expected['invoiceNumber']} 发票日期 ${expected['issueDate']}`);
      expect(text).toContain(`客户 ${expected['buyerName']} 客户税号 ${expected['buyerTaxId']}`);
      expect(text).toContain(`结算组织 ${expected['sellerName']} 本企业税号 ${expected['sellerTaxId']}`);
      expect(text).toContain(`${grouped(expected['netAmount'])} ${grouped(expected['taxAmount'])} ${grouped(expected['totalAmount'])}`);
      expect(text).toContain(`价税合计 ${grouped(expected['totalAmount'])}`);
      expect(text).toContain(`价税合计（大写）：${chineseCapitalAmount(Number(expected['totalAmount']))}`);
      expect(text).toContain('币别 人民币');
      expect(expected['currency']).toBe('CNY');
    }
  });

  it('prints every invoice field of the trade-counter till slip on dotted lines, the customer by account and VAT number', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-trade-counter-till-invoice', index);
      expect(text).toMatch(new RegExp(`Invoice\\.+ ${expected['invoiceNumber']} Date\\.+ ${ukSlash(expected['issueDate']).replace(/\//g, '\\/')} `));
      expect(text).toContain(`${expected['sellerName']} TRADE COUNTER`);
      expect(text).toContain(`VAT Reg No: ${expected['sellerTaxId']}`);
      expect(text).toContain(`Cust VAT No: ${expected['buyerTaxId']}`);
      expect(text).toMatch(new RegExp(`Account\\.+ \\w+ ${expected['buyerName']} `));
      expect(text).toMatch(new RegExp(`Goods \\(excl\\. VAT\\)\\.+ ${grouped(expected['netAmount'])} VAT @ 20%\\.+ ${grouped(expected['taxAmount'])}`));
      expect(text).toMatch(new RegExp(`TOTAL ${expected['currency']}\\.+ ${grouped(expected['totalAmount'])}`));
    }
  });

  it('prints every delivery-note field of the pallet network POD, signed, named and dated by hand by the consignee beside the driver', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-pallet-consignment-receipt', index);
      expect(text).toContain(`Sender's delivery note Customer order no. Collection date ${expected['deliveryNoteNumber']} ${expected['orderReference']}`);
      expect(text).toContain(`Delivery date Account Manifest ${weekdayDate(expected['deliveryDate'])}`);
      expect(text).toContain(`CONSIGNEE (DELIVERY ADDRESS)`);
      expect(occurrences(text, expected['receiverName'])).toBe(1);
      expect(occurrences(text, expected['signedBy'])).toBe(2);
      expect(occurrences(text, ukSlash(expected['signatureDate']))).toBe(1);
      expect(text).toContain('RECEIVED BY CONSIGNEE');
    }
  });

  it('prints every contract field of the purchase agreement, dated as of in words and by hand month first', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-purchase-agreement-whereas', index);
      expect(text).toContain(`Agreement No. ${expected['contractNumber']}`);
      expect(text).toContain(`made and entered into as of ${americanDate(expected['signingDate'])} (the "Effective Date"), by and between ${expected['sellerName']}, a private limited company`);
      expect(text).toContain(`("Seller"), and ${expected['buyerName']}, a private limited company`);
      expect(occurrences(text, americanHand(expected['signingDate']))).toBe(2);
      expect(text).toContain(`SELLER: ${expected['sellerName']}`);
      expect(text).toContain(`BUYER: ${expected['buyerName']}`);
      expect(text).toContain(`The aggregate purchase price for the Products shall be £${grouped(expected['amount'])} (the "Purchase Price")`);
    }
  });
});

import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { layouts } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';
import { fixed, grouped, occurrences, upperMonths, ymd } from './generated-layouts-heldout.fixture';

const indexes = [0, 1, 2, 5];
/** 2025年03月05日 */
const taxDate = (iso: unknown) => `${String(iso).slice(0, 4)}年${String(iso).slice(5, 7)}月${String(iso).slice(8, 10)}日`;
/** 2025年3月5日 */
const chineseDay = (iso: unknown) => `${ymd(iso)[0]}年${ymd(iso)[1]}月${ymd(iso)[2]}日`;
/** 05-MAR-2025 */
const oracleDate = (iso: unknown) => `${String(iso).slice(8, 10)}-${upperMonths[ymd(iso)[1] - 1]}-${ymd(iso)[0]}`;

describe('generated evaluation: the four held-out layouts of generated-layouts-heldout-12.ts', () => {
  it('prints every invoice field of the fully digital special invoice: a twenty-digit number, amounts without separators, the total in capitals', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-fully-digital-vat-special-invoice', index);
      expect(String(expected['invoiceNumber'])).toMatch(/^\d{20}$/);
      expect(text).toContain(`发票号码： ${expected['invoiceNumber']}`);
      expect(text).toContain('电子发票（增值税专用发票）');
      expect(text).toContain(`开票日期： ${taxDate(expected['issueDate'])}`);
      expect(text).not.toContain('发票代码');
      for (const party of ['buyerName', 'sellerName']) expect(text).toContain(`名称： ${expected[party]}`);
      for (const party of ['buyerTaxId', 'sellerTaxId']) expect(text).toContain(`统一社会信用代码/纳税人识别号： ${expected[party]}`);
      for (const amount of ['netAmount', 'taxAmount', 'totalAmount']) expect(text).toContain(`¥${fixed(expected[amount])}`);
      expect(text).toContain(`（小写） ¥${fixed(expected['totalAmount'])}`);
      expect(text).toContain(chineseCapitalAmount(Number(expected['totalAmount'])));
      expect(expected['currency']).toBe('CNY');
    }
  });

  it('prints every invoice field of the sold-to / ship-to ERP invoice, dates as 05-MAR-2025, the seller in the letterhead and the remit-to box', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('en-sold-to-ship-to-erp-invoice', index);
      expect(text).toContain(`Invoice Number Invoice Date Page ${expected['invoiceNumber']} ${oracleDate(expected['issueDate'])} 1 of 1`);
      expect(text).toContain(`Please quote invoice ${expected['invoiceNumber']}`);
      expect(text).toContain(`Attn: Accounts Payable`);
      expect(occurrences(text, expected['buyerName'])).toBe(2);
      expect(text).toContain(`VAT Reg No. ${expected['buyerTaxId']} SOLD TO`);
      expect(text).toContain(`VAT Reg No. ${expected['sellerTaxId']}`);
      expect(text).toContain(`REMIT TO`);
      expect(occurrences(text, expected['sellerName'])).toBe(4);
      expect(text).toContain(`Merchandise ${grouped(expected['netAmount'])}`);
      expect(text).toContain(`VAT 20.0% ${grouped(expected['taxAmount'])}`);
      expect(text).toContain(`Invoice Total ${expected['currency']} ${grouped(expected['totalAmount'])}`);
    }
  });

  it('prints every delivery-note field of the carrier\'s return waybill, signed and dated by hand by the receiver beside the driver', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-3pl-signed-return-waybill', index);
      expect(text).toContain(`送货单号 ${expected['deliveryNoteNumber']}`);
      expect(text).toContain(`客户订单号 ${expected['orderReference']}`);
      expect(text).toContain(`送货日期 ${String(expected['deliveryDate']).replace(/-/g, '/')}`);
      expect(text).toContain(`收货方 ${expected['receiverName']}`);
      expect(occurrences(text, expected['signedBy'])).toBe(1);
      // the tilted signature and the seal leave pdftotext's reading order loose in the receipt box: the handwritten date once, somewhere
      expect(occurrences(text, chineseDay(expected['signatureDate']))).toBe(1);
      expect(text).toContain('签收日期：');
      expect(text).toContain('收货人签字（正楷）：');
      expect(text).toContain('承运人（司机）签字：');
    }
  });

  it('prints every contract field of the equipment sale contract, the price in capitals and figures, dated at the head and by hand', async () => {
    for (const index of indexes) {
      const { text, expected } = await printedText('cn-equipment-sale-contract-sealed', index);
      expect(text).toContain(`合同编号：${expected['contractNumber']}`);
      expect(text).toContain(`签订日期：${taxDate(expected['signingDate'])}`);
      expect(occurrences(text, chineseDay(expected['signingDate']))).toBe(2);
      expect(text).toContain(`买受人（甲方） 出卖人（乙方） ${expected['buyerName']} ${expected['sellerName']}`);
      expect(text).toContain(`人民币（大写）${chineseCapitalAmount(Number(expected['amount']))}（小写：¥${grouped(expected['amount'])}元）`);
      for (const party of ['sellerName', 'buyerName']) expect(occurrences(text, expected[party])).toBeGreaterThanOrEqual(2);
    }
  });
});

import type { GeneratedTruth } from './generated-truth';
import { chineseDate, itemsTable, money, signature, text, usDate, type Doc } from './generated-drawing';

/**
 * Four of the held-out layouts of the generated evaluation, drawn apart from the seen ones so that
 * nobody writing extraction rules reads them by accident (see generated-layouts-heldout-2.ts for
 * the other two). The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */
export const heldOut1Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'en-invoice-two-column': (doc, t) => {
    const e = t.expected;
    text(doc, 'TAX INVOICE', 50, 45, 20, 'Helvetica-Bold');
    text(doc, `Invoice #: ${e['invoiceNumber']}`, 330, 50);
    text(doc, `Date: ${usDate(String(e['issueDate']))}`, 330, 66);
    text(doc, 'From', 50, 120, 11, 'Helvetica-Bold'); text(doc, 'Bill To', 320, 120, 11, 'Helvetica-Bold');
    text(doc, t.extras.seller.name, 50, 138); text(doc, t.extras.buyer.name, 320, 138);
    text(doc, t.extras.seller.address, 50, 154); text(doc, t.extras.buyer.address, 320, 154);
    text(doc, `Tax ID: ${t.extras.seller.taxId}`, 50, 170); text(doc, `Tax ID: ${t.extras.buyer.taxId}`, 320, 170);
    const y = itemsTable(doc, t, 220, ['Item', 'Qty', 'Rate', 'Amount'], 'Helvetica');
    text(doc, 'Net amount', 330, y + 10); text(doc, money(Number(e['netAmount'])), 470, y + 10);
    text(doc, 'VAT (20%)', 330, y + 26); text(doc, money(Number(e['taxAmount'])), 470, y + 26);
    text(doc, 'Amount due (GBP)', 330, y + 42, 10, 'Helvetica-Bold'); text(doc, money(Number(e['totalAmount'])), 470, y + 42, 10, 'Helvetica-Bold');
  },
  'cn-vat-invoice-digital': (doc, t) => {
    const e = t.expected;
    text(doc, '电子发票(增值税专用发票)', 170, 40, 18, 'cjk');
    text(doc, `发票号码: ${e['invoiceNumber']}`, 380, 80, 10, 'cjk');
    text(doc, `开票日期: ${chineseDate(String(e['issueDate']))}`, 380, 96, 10, 'cjk');
    text(doc, '购买方信息', 40, 140, 10, 'cjk'); text(doc, '销售方信息', 300, 140, 10, 'cjk');
    text(doc, `名称: ${t.extras.buyer.name}`, 40, 158, 10, 'cjk'); text(doc, `名称: ${t.extras.seller.name}`, 300, 158, 10, 'cjk');
    text(doc, `统一社会信用代码/纳税人识别号: ${t.extras.buyer.taxId}`, 40, 174, 8, 'cjk'); text(doc, `统一社会信用代码/纳税人识别号: ${t.extras.seller.taxId}`, 300, 174, 8, 'cjk');
    const y = itemsTable(doc, t, 220, ['项目名称', '数量', '单价', '金额'], 'cjk');
    text(doc, `税率/征收率 ${Math.round(t.extras.rate * 100)}%`, 50, y, 10, 'cjk');
    text(doc, '合 计', 50, y + 20, 10, 'cjk'); text(doc, `¥${money(Number(e['netAmount']))}`, 380, y + 20, 10, 'cjk'); text(doc, `¥${money(Number(e['taxAmount']))}`, 470, y + 20, 10, 'cjk');
    text(doc, '价税合计(大写)', 50, y + 40, 10, 'cjk'); text(doc, `(小写) ¥${money(Number(e['totalAmount']))}`, 380, y + 40, 10, 'cjk');
    text(doc, '开票人: 王芳', 50, y + 80, 10, 'cjk');
  },
  'cn-delivery-note': (doc, t) => {
    const e = t.expected;
    text(doc, '送 货 单', 240, 45, 20, 'cjk');
    text(doc, `送货单号: ${e['deliveryNoteNumber']}`, 50, 90, 10, 'cjk'); text(doc, `送货日期: ${e['deliveryDate']}`, 330, 90, 10, 'cjk');
    text(doc, `合同号: ${e['orderReference']}`, 50, 106, 10, 'cjk');
    text(doc, `供货单位: ${t.extras.seller.name}`, 50, 130, 10, 'cjk');
    text(doc, `收货单位: ${t.extras.buyer.name}`, 50, 146, 10, 'cjk');
    const y = itemsTable(doc, t, 190, ['品名', '数量', '单价', '金额'], 'cjk');
    text(doc, '签收人:', 50, y + 40, 10, 'cjk'); signature(doc, String(e['signedBy']), 100, y + 34, true);
    text(doc, `签收日期: ${chineseDate(String(e['signatureDate']))}`, 330, y + 40, 10, 'cjk');
  },
  'cn-contract': (doc, t) => {
    const e = t.expected;
    text(doc, '购 销 合 同', 230, 45, 20, 'cjk');
    text(doc, `合同编号: ${e['contractNumber']}`, 380, 85, 10, 'cjk');
    text(doc, `供方(卖方): ${t.extras.seller.name}`, 50, 120, 10, 'cjk'); text(doc, `统一社会信用代码: ${t.extras.seller.taxId}`, 50, 136, 10, 'cjk');
    text(doc, `需方(买方): ${t.extras.buyer.name}`, 50, 160, 10, 'cjk'); text(doc, `统一社会信用代码: ${t.extras.buyer.taxId}`, 50, 176, 10, 'cjk');
    text(doc, `合同总金额: 人民币 ¥${money(Number(e['amount']))} 元`, 50, 210, 10, 'cjk');
    text(doc, '付款期限: 收到发票后30天', 50, 226, 10, 'cjk');
    text(doc, `签订日期: ${chineseDate(String(e['signingDate']))}`, 50, 260, 10, 'cjk');
  },
};

import { toCapitalAmount } from '../../domain/documents/chinese-capital-amount';
import { GeneratedTruth } from './generated-truth';
import { chineseDate, itemsTable, longDate, money, signature, text, usDate, type Doc } from './generated-drawing';

/**
 * Seen layouts added so that rules are written against more variety than the first five: each
 * varies, per document index, the labels a party or field goes by, where the value stands
 * (after the label, on the line below, inside a box) and how dates are written. Drawn from how
 * such documents commonly look, not from any held-out layout.
 */

const pickFor = <T>(truth: GeneratedTruth, values: readonly T[]): T => values[truth.index % values.length] as T;

function box(doc: Doc, x: number, y: number, width: number, height: number): void {
  doc.save().lineWidth(0.8).strokeColor('#333333').rect(x, y, width, height).stroke().restore();
}

/** English invoice: the parties in two bordered boxes side by side, the name on the line under its heading. */
const englishPartyHeadings = [
  { seller: 'From', buyer: 'Bill To' },
  { seller: 'Vendor', buyer: 'Customer' },
  { seller: 'Supplier', buyer: 'Sold To' },
  { seller: 'Seller', buyer: 'Invoice To' },
] as const;
const englishTaxLabels = ['VAT Reg. No.', 'Tax ID', 'VAT Number', 'VAT No.'] as const;
const englishDates = [longDate, usDate, (iso: string) => iso.split('-').reverse().join('/'), (iso: string) => iso] as const;

function enInvoiceBoxedColumns(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const headings = pickFor(t, englishPartyHeadings);
  const taxLabel = pickFor(t, englishTaxLabels);
  const date = pickFor(t, englishDates);
  text(doc, 'Tax Invoice', 50, 45, 20, 'Helvetica-Bold');
  text(doc, 'Invoice #', 360, 50); text(doc, String(e['invoiceNumber']), 450, 50);
  text(doc, 'Date', 360, 66); text(doc, date(String(e['issueDate'])), 450, 66);
  text(doc, 'Terms', 360, 82); text(doc, 'Net 30', 450, 82);
  const party = (heading: string, who: GeneratedTruth['extras']['seller'], x: number) => {
    box(doc, x - 8, 120, 240, 92);
    text(doc, heading, x, 128, 11, 'Helvetica-Bold');
    text(doc, who.name, x, 146);
    text(doc, who.address, x, 162);
    text(doc, `${taxLabel}: ${who.taxId}`, x, 178);
  };
  party(headings.seller, t.extras.seller, 58);
  party(headings.buyer, t.extras.buyer, 318);
  const y = itemsTable(doc, t, 240, ['Description', 'Qty', 'Rate', 'Amount'], 'Helvetica');
  box(doc, 320, y + 2, 225, 62);
  text(doc, 'Net total', 330, y + 10); text(doc, `£${money(Number(e['netAmount']))}`, 460, y + 10);
  text(doc, 'VAT @ 20%', 330, y + 26); text(doc, `£${money(Number(e['taxAmount']))}`, 460, y + 26);
  text(doc, 'Amount due (GBP)', 330, y + 42, 10, 'Helvetica-Bold'); text(doc, `£${money(Number(e['totalAmount']))}`, 460, y + 42, 10, 'Helvetica-Bold');
}

/**
 * Chinese VAT invoice in the classic grid: the role written down a narrow cell beside each party
 * box (购/买/方 one character a row), full-width colons, the seller's box under the totals.
 */
function cnVatInvoiceGrid(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  text(doc, '增值税专用发票', 215, 38, 18, 'cjk');
  text(doc, '发 票 联', 260, 62, 10, 'cjk');
  text(doc, `发票代码：${t.extras.invoiceCode}`, 390, 70, 10, 'cjk');
  text(doc, `发票号码：${e['invoiceNumber']}`, 390, 86, 10, 'cjk');
  text(doc, `开票日期：${chineseDate(String(e['issueDate']))}`, 390, 102, 10, 'cjk');
  const partyBox = (role: string, who: GeneratedTruth['extras']['seller'], y: number) => {
    box(doc, 40, y, 515, 66);
    doc.save().lineWidth(0.8).strokeColor('#333333').moveTo(64, y).lineTo(64, y + 66).stroke().restore();
    [...role].forEach((char, i) => text(doc, char, 47, y + 8 + i * 17, 11, 'cjk'));
    text(doc, `名        称：${who.name}`, 74, y + 8, 10, 'cjk');
    text(doc, `纳税人识别号：${who.taxId}`, 74, y + 26, 10, 'cjk');
    text(doc, `地 址、电 话：${who.address}`, 74, y + 44, 10, 'cjk');
  };
  partyBox('购买方', t.extras.buyer, 125);
  const y = itemsTable(doc, t, 210, ['货物或应税劳务、服务名称', '数量', '单价', '金额'], 'cjk');
  text(doc, `税率：${Math.round(t.extras.rate * 100)}%`, 50, y, 10, 'cjk');
  text(doc, '合　　计', 50, y + 20, 10, 'cjk'); text(doc, `￥${money(Number(e['netAmount']))}`, 380, y + 20, 10, 'cjk'); text(doc, `￥${money(Number(e['taxAmount']))}`, 470, y + 20, 10, 'cjk');
  text(doc, `价税合计（大写）：${toCapitalAmount(Number(e['totalAmount']))}`, 50, y + 40, 10, 'cjk'); text(doc, `（小写）￥${money(Number(e['totalAmount']))}`, 380, y + 40, 10, 'cjk');
  partyBox('销售方', t.extras.seller, y + 70);
  text(doc, '收款人：王芳      复核：李强      开票人：赵磊', 60, y + 150, 10, 'cjk');
}

/**
 * Chinese delivery note (送货单): the receiver, order reference and signer under changing names,
 * the value after a full-width or half-width colon, a handwritten signature beside its label.
 */
const deliveryLabels = [
  { receiver: '收货单位', order: '订单号', signer: '签收人', date: '签收日期', colon: '：' },
  { receiver: '客户名称', order: '合同号', signer: '收货人（签字）', date: '收货日期', colon: ':' },
  { receiver: '购货单位', order: '采购单号', signer: '经手人', date: '日期', colon: '：' },
  { receiver: '收货方', order: '合同编号', signer: '收货人签字', date: '签收时间', colon: ':' },
] as const;
const chineseDates = [chineseDate, (iso: string) => iso, (iso: string) => iso.replace(/-/g, '.'), (iso: string) => iso.replace(/-/g, '/')] as const;

function cnDeliveryNoteSigned(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const l = pickFor(t, deliveryLabels);
  const date = pickFor(t, chineseDates);
  text(doc, t.extras.seller.name, 170, 36, 14, 'cjk');
  text(doc, '送 货 单', 245, 58, 18, 'cjk');
  text(doc, `单号${l.colon}${e['deliveryNoteNumber']}`, 400, 90, 10, 'cjk');
  text(doc, `${l.receiver}${l.colon}${e['receiverName']}`, 50, 90, 10, 'cjk');
  text(doc, `送货日期${l.colon}${date(String(e['deliveryDate']))}`, 50, 108, 10, 'cjk');
  text(doc, `${l.order}${l.colon}${e['orderReference']}`, 400, 108, 10, 'cjk');
  text(doc, `收货地址${l.colon}${t.extras.buyer.address}`, 50, 126, 10, 'cjk');
  box(doc, 42, 150, 510, 34 + t.extras.items.length * 18);
  const y = itemsTable(doc, t, 158, ['品名', '数量', '单价', '金额'], 'cjk');
  text(doc, '以上货物已验收，数量、质量无误。', 50, y + 20, 10, 'cjk');
  text(doc, `送货人${l.colon}赵刚`, 50, y + 50, 10, 'cjk');
  text(doc, `${l.signer}${l.colon}`, 220, y + 50, 10, 'cjk'); signature(doc, String(e['signedBy']), 220 + (l.signer.length + 1) * 10 + 6, y + 44, true);
  text(doc, `${l.date}${l.colon}${date(String(e['signatureDate']))}`, 400, y + 50, 10, 'cjk');
}

export const seen2Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'en-invoice-boxed-columns': enInvoiceBoxedColumns,
  'cn-vat-invoice-grid': cnVatInvoiceGrid,
  'cn-delivery-note-signed': cnDeliveryNoteSigned,
};

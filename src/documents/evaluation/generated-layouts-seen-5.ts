import { toCapitalAmount } from '../../domain/documents/chinese-capital-amount';
import type { GeneratedTruth } from './generated-truth';
import { chineseDate, money, signature, text, type Doc } from './generated-drawing';

/**
 * Seen layouts drawn for variety by the rule writer, each bringing kinds of variation the older
 * seen layouts lack (the rules are meant to handle the kinds, not these strings):
 * - en-invoice-letterhead-remit: the seller only as letterhead and in a "remit to" footer with its
 *   VAT number, the buyer under "Invoice to" beside a "Ship to" column, numbers in a box at the
 *   right, dates as 04/03/2025 on a GBP invoice, totals as "Net total" / "VAT @ 20%" / "Amount payable";
 * - en-invoice-party-boxes: "Supplier details" and "Customer details" boxes side by side with
 *   "Company" and "VAT number" rows, the date as "5 Mar 2025", totals as "Goods value" / "VAT" /
 *   "Invoice total", a bank footer;
 * - cn-vat-invoice-columns: buyer (购买方信息) and seller (销售方信息) side by side above the
 *   goods, ids under 统一社会信用代码/纳税人识别号, totals in one 合计 row and 价税合计 with both forms;
 * - en-pod-slip: a proof-of-delivery slip, the consignee boxed under "Ship to", the delivery date
 *   in words, the receipt as "Name (print)", a signature and a numeric date day first;
 * - cn-delivery-receipt: a 送货回执 with its numbers on one row, 收货单位 in a grid, the signer as
 *   收货人签字 and the receipt date in Chinese;
 * - en-contract-schedule: a contract whose particulars are a two-column schedule table
 *   (Item / Particulars), the price and the date as schedule rows;
 * - cn-contract-side-by-side: a 采购合同 whose two parties stand side by side (甲方(需方) left,
 *   乙方(供方) right) with the price in a clause and the date only in the seal block;
 * - cn-sales-invoice-list: a company's own sales invoice printed from its books (not a VAT
 *   invoice): 单据编号 and 单据日期, the customer as 客户名称 with 税号, the seller as 销售单位 at the
 *   foot, totals as 金额合计 / 税额合计 / 价税合计 on separate lines;
 * - cn-contract-prose: a 买卖合同 in prose, whose parties are named in its opening sentence with
 *   their roles in brackets (以下简称"买方"), signed "于…签订", the price in a clause.
 * The page frame is generated-layouts.ts's.
 */
const slashDate = (iso: string) => iso.split('-').reverse().join('/');
const shortDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function box(doc: Doc, x: number, y: number, width: number, height: number): void {
  doc.save().lineWidth(0.8).strokeColor('#333333').rect(x, y, width, height).stroke().restore();
}

function itemRows(doc: Doc, t: GeneratedTruth, y: number, headers: string[], font: string, columns = [50, 290, 370, 470]): number {
  headers.forEach((header, i) => text(doc, header, columns[i] ?? 50, y, 9, font));
  doc.save().lineWidth(0.5).strokeColor('#555555').moveTo(45, y + 13).lineTo(550, y + 13).stroke().restore();
  t.extras.items.forEach((item, row) => {
    const yy = y + 20 + row * 17;
    text(doc, item.name, columns[0] ?? 50, yy, 9, font);
    text(doc, String(item.quantity), columns[1] ?? 290, yy, 9, font);
    text(doc, money(item.amount / item.quantity), columns[2] ?? 370, yy, 9, font);
    text(doc, money(item.amount), columns[3] ?? 470, yy, 9, font);
  });
  return y + 28 + t.extras.items.length * 17;
}

function enInvoiceLetterheadRemit(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, seller.name, 50, 40, 18, 'Helvetica-Bold');
  text(doc, seller.address, 50, 62, 9);
  text(doc, 'INVOICE', 420, 40, 20, 'Helvetica-Bold');
  box(doc, 380, 70, 170, 54);
  text(doc, 'Invoice #', 388, 78, 9); text(doc, String(e['invoiceNumber']), 460, 78, 9);
  text(doc, 'Date', 388, 94, 9); text(doc, slashDate(String(e['issueDate'])), 460, 94, 9);
  text(doc, 'Terms', 388, 110, 9); text(doc, '30 days', 460, 110, 9);
  text(doc, 'Invoice to:', 50, 145, 10, 'Helvetica-Bold'); text(doc, 'Ship to:', 300, 145, 10, 'Helvetica-Bold');
  text(doc, buyer.name, 50, 161); text(doc, buyer.name, 300, 161);
  text(doc, buyer.address, 50, 177); text(doc, 'Goods-in, Gate 2', 300, 177);
  text(doc, `Customer VAT No. ${buyer.taxId}`, 50, 193, 9);
  const y = itemRows(doc, t, 230, ['Description', 'Qty', 'Price', 'Net'], 'Helvetica');
  text(doc, 'Net total', 370, y + 8); text(doc, money(Number(e['netAmount'])), 470, y + 8);
  text(doc, 'VAT @ 20%', 370, y + 24); text(doc, money(Number(e['taxAmount'])), 470, y + 24);
  text(doc, 'Amount payable GBP', 370, y + 42, 10, 'Helvetica-Bold'); text(doc, money(Number(e['totalAmount'])), 480, y + 42, 10, 'Helvetica-Bold');
  text(doc, `Payment due by ${slashDate(t.extras.dueDate)}.`, 50, y + 90, 9);
  text(doc, `Please remit to: ${seller.name}, ${seller.address}`, 50, 760, 8);
  text(doc, `VAT Reg. No. ${seller.taxId}   Registered in England and Wales`, 50, 774, 8);
}

function enInvoicePartyBoxes(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, 'Tax Invoice', 50, 45, 20, 'Helvetica-Bold');
  text(doc, `No. ${e['invoiceNumber']}`, 50, 72, 10);
  text(doc, `Issued on ${shortDate(String(e['issueDate']))}`, 380, 72, 10);
  box(doc, 45, 100, 245, 80); box(doc, 305, 100, 245, 80);
  text(doc, 'Supplier details', 52, 106, 10, 'Helvetica-Bold'); text(doc, 'Customer details', 312, 106, 10, 'Helvetica-Bold');
  text(doc, `Company: ${seller.name}`, 52, 124, 9); text(doc, `Company: ${buyer.name}`, 312, 124, 9);
  text(doc, seller.address, 52, 140, 9); text(doc, buyer.address, 312, 140, 9);
  text(doc, `VAT number: ${seller.taxId}`, 52, 156, 9); text(doc, `VAT number: ${buyer.taxId}`, 312, 156, 9);
  const y = itemRows(doc, t, 210, ['Item', 'Quantity', 'Unit cost', 'Value'], 'Helvetica');
  text(doc, 'Goods value', 350, y + 8); text(doc, `£${money(Number(e['netAmount']))}`, 470, y + 8);
  text(doc, 'VAT', 350, y + 24); text(doc, `£${money(Number(e['taxAmount']))}`, 470, y + 24);
  text(doc, 'Invoice total', 350, y + 40, 10, 'Helvetica-Bold'); text(doc, `£${money(Number(e['totalAmount']))}`, 470, y + 40, 10, 'Helvetica-Bold');
  text(doc, 'Bank: Lloyds, sort code 30-94-57, account 01234567', 50, 770, 8);
}

function cnVatInvoiceColumns(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, '增值税专用发票', 220, 36, 18, 'cjk');
  text(doc, `发票号码：${e['invoiceNumber']}`, 400, 62, 10, 'cjk');
  text(doc, `开票日期：${chineseDate(String(e['issueDate']))}`, 400, 78, 10, 'cjk');
  box(doc, 40, 100, 255, 70); box(doc, 300, 100, 255, 70);
  text(doc, '购买方信息', 46, 106, 10, 'cjk'); text(doc, '销售方信息', 306, 106, 10, 'cjk');
  text(doc, `名称：${buyer.name}`, 46, 124, 9, 'cjk'); text(doc, `名称：${seller.name}`, 306, 124, 9, 'cjk');
  text(doc, `统一社会信用代码/纳税人识别号：`, 46, 140, 8, 'cjk'); text(doc, `统一社会信用代码/纳税人识别号：`, 306, 140, 8, 'cjk');
  text(doc, buyer.taxId, 46, 154, 9, 'cjk'); text(doc, seller.taxId, 306, 154, 9, 'cjk');
  const y = itemRows(doc, t, 190, ['项目名称', '数量', '单价', '金额'], 'cjk');
  text(doc, `税率/征收率：${Math.round(t.extras.rate * 100)}%`, 50, y, 9, 'cjk');
  text(doc, '合    计', 50, y + 18, 10, 'cjk'); text(doc, `¥${money(Number(e['netAmount']))}`, 370, y + 18, 10, 'cjk'); text(doc, `¥${money(Number(e['taxAmount']))}`, 470, y + 18, 10, 'cjk');
  text(doc, `价税合计（大写）${toCapitalAmount(Number(e['totalAmount']))}`, 50, y + 40, 10, 'cjk'); text(doc, `（小写）¥${money(Number(e['totalAmount']))}`, 400, y + 40, 10, 'cjk');
  text(doc, '开票人：赵丽', 50, y + 80, 9, 'cjk');
}

function enPodSlip(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  text(doc, t.extras.seller.name, 50, 40, 12, 'Helvetica-Bold');
  text(doc, 'PROOF OF DELIVERY', 330, 40, 16, 'Helvetica-Bold');
  text(doc, 'Delivery note number', 50, 80, 9); text(doc, 'Customer PO', 220, 80, 9); text(doc, 'Delivered', 390, 80, 9);
  text(doc, String(e['deliveryNoteNumber']), 50, 94, 10, 'Helvetica-Bold'); text(doc, String(e['orderReference']), 220, 94, 10, 'Helvetica-Bold'); text(doc, shortDate(String(e['deliveryDate'])), 390, 94, 10, 'Helvetica-Bold');
  box(doc, 45, 120, 250, 56);
  text(doc, 'Ship to', 52, 126, 9, 'Helvetica-Bold');
  text(doc, t.extras.buyer.name, 52, 142, 10);
  text(doc, t.extras.buyer.address, 52, 158, 9);
  const y = itemRows(doc, t, 200, ['Description', 'Qty', 'Unit price', 'Value'], 'Helvetica');
  text(doc, 'Received the above goods in good order.', 50, y + 24, 10);
  text(doc, 'Signature', 50, y + 56, 9); signature(doc, String(e['signedBy']), 120, y + 48, false);
  text(doc, `Name (print): ${e['signedBy']}`, 50, y + 84, 9);
  text(doc, `Date: ${slashDate(String(e['signatureDate']))}`, 330, y + 84, 9);
}

function cnDeliveryReceipt(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  text(doc, t.extras.seller.name, 170, 36, 14, 'cjk');
  text(doc, '送 货 回 执', 240, 58, 16, 'cjk');
  text(doc, `单号：${e['deliveryNoteNumber']}`, 50, 92, 10, 'cjk'); text(doc, `订单号：${e['orderReference']}`, 230, 92, 10, 'cjk'); text(doc, `送货日期：${e['deliveryDate']}`, 400, 92, 10, 'cjk');
  box(doc, 45, 112, 505, 40);
  text(doc, '收货单位', 52, 118, 10, 'cjk'); text(doc, t.extras.buyer.name, 130, 118, 10, 'cjk');
  text(doc, '地址', 52, 136, 10, 'cjk'); text(doc, t.extras.buyer.address, 130, 136, 10, 'cjk');
  const y = itemRows(doc, t, 170, ['品名', '数量', '单价', '金额'], 'cjk');
  text(doc, '以上货物已如数收到，质量无异议。', 50, y + 16, 10, 'cjk');
  text(doc, '收货人签字：', 50, y + 48, 10, 'cjk'); signature(doc, String(e['signedBy']), 120, y + 42, true);
  text(doc, `签收日期：${chineseDate(String(e['signatureDate']))}`, 330, y + 48, 10, 'cjk');
}

function enContractSchedule(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  text(doc, 'CONTRACT FOR THE SALE OF GOODS', 140, 45, 15, 'Helvetica-Bold');
  text(doc, 'Schedule 1 - Particulars', 50, 85, 11, 'Helvetica-Bold');
  const rows: [string, string][] = [
    ['Reference', String(e['contractNumber'])],
    ['Seller', t.extras.seller.name],
    ['Seller VAT number', t.extras.seller.taxId],
    ['Buyer', t.extras.buyer.name],
    ['Buyer VAT number', t.extras.buyer.taxId],
    ['Price (incl. VAT)', `GBP ${money(Number(e['amount']))}`],
    ['Date of this contract', shortDate(String(e['signingDate']))],
  ];
  rows.forEach(([label, value], i) => {
    box(doc, 45, 105 + i * 22, 170, 22); box(doc, 215, 105 + i * 22, 335, 22);
    text(doc, label, 52, 111 + i * 22, 9); text(doc, value, 222, 111 + i * 22, 9);
  });
  const y = 105 + rows.length * 22 + 30;
  text(doc, '1. The Seller sells and the Buyer buys the goods described in Schedule 2 at the Price.', 50, y, 9);
  text(doc, '2. Property in the goods passes on payment in full.', 50, y + 16, 9);
  text(doc, 'Signed for and on behalf of the Seller ______________', 50, y + 60, 9);
  text(doc, 'Signed for and on behalf of the Buyer ______________', 50, y + 84, 9);
}

function cnContractSideBySide(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, '采 购 合 同', 230, 40, 18, 'cjk');
  text(doc, `合同编号：${e['contractNumber']}`, 380, 72, 10, 'cjk');
  text(doc, `甲方（需方）：${buyer.name}`, 50, 100, 10, 'cjk'); text(doc, `乙方（供方）：${seller.name}`, 310, 100, 10, 'cjk');
  text(doc, `统一社会信用代码：${buyer.taxId}`, 50, 116, 9, 'cjk'); text(doc, `统一社会信用代码：${seller.taxId}`, 310, 116, 9, 'cjk');
  text(doc, `地址：${buyer.address}`, 50, 132, 9, 'cjk'); text(doc, `地址：${seller.address}`, 310, 132, 9, 'cjk');
  text(doc, '甲乙双方本着平等互利的原则，经协商一致，签订本合同。', 50, 162, 10, 'cjk');
  text(doc, '第一条 采购货物', 50, 184, 10, 'cjk');
  const y = itemRows(doc, t, 202, ['货物名称', '数量', '单价', '金额'], 'cjk');
  text(doc, `第二条 合同总价款为人民币${money(Number(e['amount']))}元（含税），大写：${toCapitalAmount(Number(e['amount']))}。`, 50, y + 4, 10, 'cjk');
  text(doc, '第三条 乙方应于合同签订后十五日内交货。', 50, y + 22, 10, 'cjk');
  text(doc, '甲方（盖章）：', 50, y + 70, 10, 'cjk'); text(doc, '乙方（盖章）：', 310, y + 70, 10, 'cjk');
  text(doc, '授权代表：', 50, y + 90, 10, 'cjk'); text(doc, '授权代表：', 310, y + 90, 10, 'cjk');
  text(doc, `日期：${chineseDate(String(e['signingDate']))}`, 50, y + 110, 10, 'cjk'); text(doc, `日期：${chineseDate(String(e['signingDate']))}`, 310, y + 110, 10, 'cjk');
}

function cnSalesInvoiceList(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, '销 售 发 票', 240, 40, 18, 'cjk');
  text(doc, `单据编号：${e['invoiceNumber']}`, 50, 80, 10, 'cjk'); text(doc, `单据日期：${String(e['issueDate'])}`, 360, 80, 10, 'cjk');
  text(doc, `客户名称：${buyer.name}`, 50, 100, 10, 'cjk'); text(doc, `客户税号：${buyer.taxId}`, 320, 100, 10, 'cjk');
  text(doc, `客户地址：${buyer.address}`, 50, 116, 10, 'cjk');
  const y = itemRows(doc, t, 146, ['商品名称', '数量', '单价', '金额'], 'cjk');
  text(doc, '金额合计', 360, y + 6, 10, 'cjk'); text(doc, money(Number(e['netAmount'])), 470, y + 6, 10, 'cjk');
  text(doc, `税额合计（${Math.round(t.extras.rate * 100)}%）`, 360, y + 22, 10, 'cjk'); text(doc, money(Number(e['taxAmount'])), 470, y + 22, 10, 'cjk');
  text(doc, '价税合计', 360, y + 38, 10, 'cjk'); text(doc, `¥${money(Number(e['totalAmount']))}`, 470, y + 38, 10, 'cjk');
  text(doc, `销售单位：${seller.name}`, 50, y + 80, 10, 'cjk');
  text(doc, `纳税人识别号：${seller.taxId}`, 50, y + 96, 10, 'cjk');
  text(doc, `地址：${seller.address}`, 50, y + 112, 10, 'cjk');
  text(doc, '制单：王芳    审核：周强', 360, y + 112, 9, 'cjk');
}

function cnContractProse(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, '买 卖 合 同', 230, 40, 18, 'cjk');
  text(doc, `合同编号：${e['contractNumber']}`, 380, 72, 10, 'cjk');
  text(doc, `本合同由${buyer.name}（统一社会信用代码：${buyer.taxId}，以下简称"买方"）`, 50, 104, 10, 'cjk');
  text(doc, `与${seller.name}（统一社会信用代码：${seller.taxId}，以下简称"卖方"）`, 50, 120, 10, 'cjk');
  text(doc, `于${chineseDate(String(e['signingDate']))}在${buyer.address.slice(0, 3)}签订。双方就下列货物的买卖达成如下条款：`, 50, 136, 10, 'cjk');
  const y = itemRows(doc, t, 166, ['货物名称', '数量', '单价', '金额'], 'cjk');
  text(doc, `一、本合同价款总计人民币${money(Number(e['amount']))}元（含${Math.round(t.extras.rate * 100)}%增值税）。`, 50, y + 4, 10, 'cjk');
  text(doc, '二、卖方应于本合同签订后二十日内将货物送至买方指定地点。', 50, y + 22, 10, 'cjk');
  text(doc, '三、买方收货验收合格后三十日内付清货款。', 50, y + 40, 10, 'cjk');
  text(doc, '买方（盖章）', 50, y + 90, 10, 'cjk'); text(doc, '卖方（盖章）', 320, y + 90, 10, 'cjk');
}

export const seen5Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'en-invoice-letterhead-remit': enInvoiceLetterheadRemit,
  'en-invoice-party-boxes': enInvoicePartyBoxes,
  'cn-vat-invoice-columns': cnVatInvoiceColumns,
  'en-pod-slip': enPodSlip,
  'cn-delivery-receipt': cnDeliveryReceipt,
  'en-contract-schedule': enContractSchedule,
  'cn-contract-side-by-side': cnContractSideBySide,
  'cn-sales-invoice-list': cnSalesInvoiceList,
  'cn-contract-prose': cnContractProse,
};

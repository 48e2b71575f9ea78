import { toCapitalAmount } from '../../domain/documents/chinese-capital-amount';
import type { GeneratedTruth } from './generated-truth';
import { chineseDate, grid, itemGrid, money, signature, text, usDate, type Doc } from './generated-drawing';

/**
 * Seen layouts drawn by a rule writer to find how the rules fail on shapes they were not written
 * against (drawn before any rule of that round, from how such documents commonly look):
 * - en-invoice-three-parties: "Sold by", "Bill to" and "Ship to" side by side in one row, the
 *   goods shipped care of a carrier (a third company), the numbers as a header row over a value
 *   row (Invoice number / Invoice date / Customer PO / Due date), dates as "March 4, 2025",
 *   totals as "Sub-total" / "VAT (20%)" / "Total due" with the currency stated once;
 * - cn-vat-invoice-party-table: a compact 增值税专用发票 whose parties are rows of one table
 *   (购买方 / 销售方 down the side, 名称 / 纳税人识别号 / 地址、电话 as column headers over the
 *   values), the number as "No." and the date under its label;
 * - cn-delivery-note-sign-table: a 送货单 whose receipt is a table at the foot (送货人 / 签收人 /
 *   签收日期 / 备注 headers over one row: the carrier's printed name, the receiver's signature,
 *   the date), the date of the goods as 发货日期;
 * - en-agreement-party-table: a purchase agreement in prose about "Party A" and "Party B", who
 *   are named only in a table at its end (Party A (Seller) / Party B (Buyer) columns with Name,
 *   VAT No., Signature and Date rows), the price in a clause.
 * The page frame is generated-layouts.ts's.
 */
const carriers = ['Harbour Freight Services Ltd', 'Midland Parcel Carriers Ltd', 'Northgate Warehousing Ltd'];

function enInvoiceThreeParties(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const carrier = carriers[t.index % carriers.length] as string;
  text(doc, 'INVOICE', 50, 40, 22, 'Helvetica-Bold');
  text(doc, 'All amounts in GBP', 420, 48, 9);
  grid(doc, 45, 80, [125, 125, 130, 125], [['Invoice number', 'Invoice date', 'Customer PO', 'Due date'], [String(e['invoiceNumber']), usDate(String(e['issueDate'])), `PO-${[...String(e['invoiceNumber']).slice(-5)].reverse().join('')}`, usDate(t.extras.dueDate)]], 'Helvetica');
  const column = (heading: string, x: number, lines: string[]) => {
    text(doc, heading, x, 140, 10, 'Helvetica-Bold');
    lines.forEach((line, i) => text(doc, line, x, 156 + i * 14, 9));
  };
  column('Sold by', 50, [seller.name, seller.address, `VAT: ${seller.taxId}`]);
  column('Bill to', 225, [buyer.name, buyer.address, `VAT: ${buyer.taxId}`]);
  column('Ship to', 400, [`c/o ${carrier}`, 'Unit 4, Dock Road', 'Felixstowe']);
  const y = itemGrid(doc, t, 220, ['Description', 'Qty', 'Unit price', 'Line total'], 'Helvetica');
  text(doc, 'Sub-total', 350, y + 12); text(doc, money(Number(e['netAmount'])), 470, y + 12);
  text(doc, 'VAT (20%)', 350, y + 28); text(doc, money(Number(e['taxAmount'])), 470, y + 28);
  text(doc, 'Total due', 350, y + 46, 10, 'Helvetica-Bold'); text(doc, money(Number(e['totalAmount'])), 470, y + 46, 10, 'Helvetica-Bold');
  text(doc, `Payment within 30 days to ${seller.name}.`, 50, y + 90, 9);
}

function cnVatInvoicePartyTable(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, '增值税专用发票', 215, 34, 18, 'cjk');
  text(doc, `No. ${e['invoiceNumber']}`, 430, 40, 11, 'Helvetica');
  text(doc, '开票日期', 430, 60, 9, 'cjk');
  text(doc, chineseDate(String(e['issueDate'])), 430, 74, 10, 'cjk');
  grid(doc, 40, 100, [50, 175, 140, 150], [
    ['', '名称', '纳税人识别号', '地址、电话'],
    ['购买方', buyer.name, buyer.taxId, buyer.address],
    ['销售方', seller.name, seller.taxId, seller.address],
  ], 'cjk', 8, 22);
  const y = itemGrid(doc, t, 180, ['货物或应税劳务名称', '数量', '单价', '金额'], 'cjk');
  text(doc, `税率 ${Math.round(t.extras.rate * 100)}%`, 50, y + 8, 9, 'cjk');
  text(doc, '合计金额', 50, y + 26, 10, 'cjk'); text(doc, `¥${money(Number(e['netAmount']))}`, 130, y + 26, 10, 'cjk');
  text(doc, '合计税额', 300, y + 26, 10, 'cjk'); text(doc, `¥${money(Number(e['taxAmount']))}`, 380, y + 26, 10, 'cjk');
  text(doc, `价税合计（大写）${toCapitalAmount(Number(e['totalAmount']))}`, 50, y + 46, 10, 'cjk'); text(doc, `（小写）¥${money(Number(e['totalAmount']))}`, 380, y + 46, 10, 'cjk');
  text(doc, '收款人：孙悦    复核：钱涛    开票人：吴倩', 50, y + 80, 9, 'cjk');
}

function cnDeliveryNoteSignTable(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  text(doc, t.extras.seller.name, 170, 34, 14, 'cjk');
  text(doc, '送 货 单', 250, 56, 18, 'cjk');
  text(doc, `NO. ${e['deliveryNoteNumber']}`, 420, 62, 10, 'Helvetica');
  text(doc, `收货单位：${e['receiverName']}`, 50, 92, 10, 'cjk');
  text(doc, `订单编号：${e['orderReference']}`, 360, 92, 10, 'cjk');
  text(doc, `发货日期：${chineseDate(String(e['deliveryDate']))}`, 50, 110, 10, 'cjk');
  text(doc, `联系电话：0571-8888${String(e['deliveryNoteNumber']).slice(-4)}`, 360, 110, 10, 'cjk');
  const y = itemGrid(doc, t, 136, ['品名', '数量', '单价', '金额'], 'cjk');
  text(doc, '收货人请核对数量、质量，无误后签字。', 50, y + 14, 10, 'cjk');
  const top = y + 40;
  grid(doc, 45, top, [125, 135, 125, 120], [['送货人', '签收人', '签收日期', '备注'], ['赵刚', '', chineseDate(String(e['signatureDate'])), '货物完好']], 'cjk', 10, 30);
  signature(doc, String(e['signedBy']), 182, top + 34, true);
}

function enAgreementPartyTable(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, 'PURCHASE AGREEMENT', 180, 45, 16, 'Helvetica-Bold');
  text(doc, `Agreement No. ${e['contractNumber']}`, 380, 80, 10);
  const clauses = [
    '1. Party A shall sell and Party B shall buy the goods listed below on the terms of this Agreement.',
    `2. The total price of the goods is GBP ${money(Number(e['amount']))}, inclusive of VAT at 20%.`,
    '3. Party A shall deliver the goods within 14 days of the date of this Agreement.',
    '4. Party B shall pay within 30 days of delivery.',
  ];
  clauses.forEach((clause, i) => text(doc, clause, 50, 110 + i * 16, 9));
  const y = itemGrid(doc, t, 190, ['Goods', 'Qty', 'Unit price', 'Amount'], 'Helvetica');
  text(doc, 'IN WITNESS WHEREOF the parties have signed this Agreement.', 50, y + 20, 9);
  const date = usDate(String(e['signingDate']));
  grid(doc, 45, y + 40, [100, 205, 200], [
    ['', 'Party A (Seller)', 'Party B (Buyer)'],
    ['Name', seller.name, buyer.name],
    ['VAT No.', seller.taxId, buyer.taxId],
    ['Signature', '', ''],
    ['Date', date, date],
  ], 'Helvetica', 9, 22);
}

export const seen9Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'en-invoice-three-parties': enInvoiceThreeParties,
  'cn-vat-invoice-party-table': cnVatInvoicePartyTable,
  'cn-delivery-note-sign-table': cnDeliveryNoteSignTable,
  'en-agreement-party-table': enAgreementPartyTable,
};

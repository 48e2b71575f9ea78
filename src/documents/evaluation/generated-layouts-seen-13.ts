import { toCapitalAmount } from '../../domain/documents/chinese-capital-amount';
import type { GeneratedTruth } from './generated-truth';
import { chineseDate, grid, itemGrid, longDate, money, signature, text, type Doc } from './generated-drawing';

/**
 * Seen layouts drawn by a rule writer before writing the rules of round twelve, of kinds the
 * older seen layouts lack, from how such papers commonly look:
 * - cn-3pl-delivery-receipt: a third-party logistics company's 配送签收单 / DELIVERY RECEIPT
 *   (the warehouse's letterhead, the seller as 货主 "Owner"), every label bilingual, Chinese then
 *   English ("配送单号 Delivery No.", "客户PO号 Customer PO", "配送日期 Delivery Date", "收方单位
 *   Consignee"), dates as 2025/03/04, the courier (配送员) beside the receiver's handwritten
 *   signature, and the signing time with the hour ("签收时间 Signed at: 2025/03/05 14:30");
 * - en-erp-outbound-delivery: an ERP print-out (SAP-like) of an outbound delivery: the numbers
 *   and dates in a box at the right as "Outbound delivery", "Goods issue date", "Delivery date",
 *   "Sales order" (the seller's own order, a second order number) and "Customer PO no.",
 *   "Sold-to party" and "Ship-to party" side by side, dates as 04.03.2025, and a receipt
 *   panel at the foot: "Recipient's signature", "Name", "Date signed";
 * - cn-gf-purchase-sale-contract: the standard form 工矿产品购销合同: 供方 and 需方 at the top
 *   left, 合同编号 / 签订地点 / 签订时间 at the right, the goods in a table whose total row is
 *   "合计人民币金额（大写）" with the figures after it, clauses, and at the foot a two-column table
 *   (供方 | 需方) whose rows are 单位名称（章）, 单位地址, 法定代表人, 委托代理人, 开户银行, 税号;
 * - en-call-off-order-form: a UK public-sector style call-off order form: a two-column key-terms
 *   table whose labels wrap over two lines ("Call-Off Contract" / "reference"), the Buyer and
 *   the Supplier as rows of that table with a company number under each name, a framework
 *   reference, a start and an expiry date, the value, and a signature table (Supplier | Buyer)
 *   with Name / Role / Signature / Date rows.
 * The page frame is generated-layouts.ts's.
 */
/** Digits of a value turned round, for a second reference that is not the first. */
const reversedDigits = (value: unknown, count: number) => [...String(value).replace(/\D/g, '')].reverse().join('').padEnd(count, '5').slice(0, count);
const daysAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const slashYearFirst = (iso: string) => iso.replace(/-/g, '/');
const dottedDate = (iso: string) => iso.split('-').reverse().join('.');

const warehouses = ['华东云仓供应链管理有限公司', '中储智运仓储服务有限公司', '长三角联运物流有限公司'];
const couriers = ['陆明', '韩冰', '邵峰'];

function cn3plDeliveryReceipt(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const warehouse = warehouses[t.index % warehouses.length] as string;
  text(doc, warehouse, 50, 34, 13, 'cjk');
  text(doc, '配送签收单  DELIVERY RECEIPT', 300, 36, 14, 'cjk');
  text(doc, `客服热线 Hotline：400-820-${reversedDigits(e['deliveryNoteNumber'], 4)}`, 50, 54, 8, 'cjk');
  const row = (label: string, value: string, x: number, y: number) => text(doc, `${label}：${value}`, x, y, 9, 'cjk');
  row('配送单号 Delivery No.', String(e['deliveryNoteNumber']), 50, 84);
  row('运单号 Waybill No.', `YT${reversedDigits(e['deliveryNoteNumber'], 10)}`, 310, 84);
  row('客户PO号 Customer PO', String(e['orderReference']), 50, 102);
  row('出库日期 Outbound Date', slashYearFirst(daysAfter(String(e['deliveryDate']), -1)), 310, 102);
  row('配送日期 Delivery Date', slashYearFirst(String(e['deliveryDate'])), 50, 120);
  row('货主 Owner', seller.name, 310, 120);
  row('收方单位 Consignee', String(e['receiverName']), 50, 138);
  row('收方地址 Address', buyer.address, 50, 156);
  const rows = [['行号 Line', '货品名称 Goods', '应收 Expected', '实收 Received'], ...t.extras.items.map((item, i) => [`${i + 1}`, item.name, String(item.quantity), String(item.quantity)])];
  const y = grid(doc, 45, 180, [60, 245, 100, 100], rows, 'cjk', 9);
  text(doc, '签收须知：请当面清点货物件数及外包装，如有破损请在本单注明。Please check goods on delivery.', 50, y + 12, 8, 'cjk');
  const top = y + 40;
  text(doc, `配送员 Courier：${couriers[t.index % couriers.length]}`, 50, top, 9, 'cjk');
  text(doc, `车牌 Vehicle：沪B·${reversedDigits(e['orderReference'], 5)}`, 50, top + 18, 9, 'cjk');
  text(doc, "收方签收 Receiver's signature：", 300, top, 9, 'cjk'); signature(doc, String(e['signedBy']), 450, top - 8, true);
  text(doc, `签收时间 Signed at：${slashYearFirst(String(e['signatureDate']))} 14:30`, 300, top + 30, 9, 'cjk');
}

function enErpOutboundDelivery(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const delivered = String(e['deliveryDate']);
  text(doc, seller.name, 50, 36, 13, 'Helvetica-Bold');
  text(doc, `${seller.address} · VAT Reg. ${seller.taxId}`, 50, 53, 8);
  text(doc, 'Delivery Note / Packing List', 50, 80, 15, 'Helvetica-Bold');
  const info: [string, string][] = [
    ['Outbound delivery', String(e['deliveryNoteNumber'])],
    ['Goods issue date', dottedDate(daysAfter(delivered, -1))],
    ['Delivery date', dottedDate(delivered)],
    ['Sales order', `SO-${reversedDigits(e['orderReference'], 6)}`],
    ['Customer PO no.', String(e['orderReference'])],
    ['Shipping point', 'GB01 / Dock 3'],
  ];
  doc.save().lineWidth(0.8).strokeColor('#333333').rect(340, 74, 215, 104).stroke().restore();
  info.forEach(([label, value], i) => { text(doc, label, 348, 80 + i * 16, 9); text(doc, value, 455, 80 + i * 16, 9); });
  const party = (heading: string, x: number, lines: string[]) => {
    text(doc, heading, x, 196, 9, 'Helvetica-Bold');
    lines.forEach((line, i) => text(doc, line, x, 210 + i * 13, 9));
  };
  party('Sold-to party', 50, [`${buyer.name} Group`.replace(/ Ltd Group$/u, ' Group Ltd'), 'Accounts Payable, PO Box 12']);
  party('Ship-to party', 300, [String(e['receiverName']), buyer.address]);
  const rows = [['Item', 'Material / Description', 'Delivery qty', 'Batch'], ...t.extras.items.map((item, i) => [`${(i + 1) * 10}`, item.name, `${item.quantity} PC`, `B${reversedDigits(item.amount, 5)}`])];
  const y = grid(doc, 45, 256, [50, 255, 100, 100], rows, 'Helvetica');
  text(doc, `Total packages: ${t.extras.items.length}    Gross weight: ${(t.extras.items.length * 12.5).toFixed(1)} kg`, 50, y + 12, 9);
  const top = y + 44;
  doc.save().lineWidth(0.8).strokeColor('#333333').rect(45, top, 510, 92).stroke().restore();
  text(doc, 'Confirmation of receipt', 52, top + 6, 10, 'Helvetica-Bold');
  text(doc, "Recipient's signature", 52, top + 30, 9); signature(doc, String(e['signedBy']), 170, top + 22, false);
  text(doc, `Name: ${e['signedBy']}`, 52, top + 54, 9);
  text(doc, `Date signed: ${dottedDate(String(e['signatureDate']))}`, 52, top + 70, 9);
  text(doc, 'Carrier: Blue Arrow Haulage Ltd', 330, top + 30, 9);
  text(doc, 'Driver: T. Hughes', 330, top + 46, 9);
}

function cnGfPurchaseSaleContract(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const amount = Number(e['amount']);
  const signing = chineseDate(String(e['signingDate']));
  text(doc, '工矿产品购销合同', 210, 34, 18, 'cjk');
  text(doc, `供方：${seller.name}`, 50, 72, 10, 'cjk'); text(doc, `合同编号：${e['contractNumber']}`, 370, 72, 10, 'cjk');
  text(doc, `需方：${buyer.name}`, 50, 90, 10, 'cjk'); text(doc, `签订地点：${seller.address.slice(0, 3)}`, 370, 90, 10, 'cjk');
  text(doc, `签订时间：${signing}`, 370, 108, 10, 'cjk');
  text(doc, '一、产品名称、规格型号、数量、金额、供货时间：', 50, 132, 10, 'cjk');
  const y = itemGrid(doc, t, 150, ['产品名称', '数量', '单价（元）', '金额（元）'], 'cjk');
  text(doc, `合计人民币金额（大写）：${toCapitalAmount(amount)}    ¥${money(amount)}`, 50, y + 8, 10, 'cjk');
  const clauses = [
    '二、质量要求、技术标准：按国家标准执行。',
    '三、交（提）货地点、方式：供方送货至需方指定地点，运费由供方承担。',
    '四、结算方式及期限：货到验收合格后三十日内电汇结清。',
    '五、解决合同纠纷的方式：协商不成的，提交需方所在地人民法院诉讼解决。',
  ];
  clauses.forEach((clause, i) => text(doc, clause, 50, y + 32 + i * 17, 10, 'cjk'));
  grid(doc, 45, y + 110, [100, 205, 200], [
    ['', '供方', '需方'],
    ['单位名称（章）', seller.name, buyer.name],
    ['单位地址', seller.address, buyer.address],
    ['法定代表人', '王建国', '李振华'],
    ['委托代理人', '', ''],
    ['开户银行', '中国银行杭州分行', '中国农业银行上海分行'],
    ['税号', seller.taxId, buyer.taxId],
  ], 'cjk', 8, 20);
}

const frameworks = ['RM6098 Technology Products', 'RM6147 Facilities Supplies', 'RM6181 Industrial Goods'];

function enCallOffOrderForm(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const signed = String(e['signingDate']);
  text(doc, 'Order Form', 50, 36, 18, 'Helvetica-Bold');
  text(doc, `Framework: ${frameworks[t.index % frameworks.length]}`, 50, 60, 9);
  // a two-column key-terms table, some labels wrapped over two lines in their cell
  const rows: [string[], string[]][] = [
    [['Call-Off Contract', 'reference'], [String(e['contractNumber'])]],
    [['Call-Off Contract', 'title'], ['Supply of engineering goods']],
    [['Buyer'], [buyer.name, `Company number 0${reversedDigits(buyer.taxId, 7)}`]],
    [['Supplier'], [seller.name, `Company number 0${reversedDigits(seller.taxId, 7)}`]],
    [['Call-Off Start Date'], [longDate(daysAfter(signed, 10))]],
    [['Call-Off Expiry Date'], [longDate(daysAfter(signed, 375))]],
    [['Call-Off Contract', 'value'], [`GBP ${money(Number(e['amount']))} including VAT`]],
    [['Framework', 'reference'], [`FW-${reversedDigits(e['contractNumber'], 6)}`]],
  ];
  let y = 80;
  for (const [labels, values] of rows) {
    const height = 12 + 13 * Math.max(labels.length, values.length);
    doc.save().lineWidth(0.8).strokeColor('#333333').rect(45, y, 160, height).stroke().rect(205, y, 350, height).stroke().restore();
    labels.forEach((line, i) => text(doc, line, 52, y + 6 + i * 13, 9, 'Helvetica-Bold'));
    values.forEach((line, i) => text(doc, line, 212, y + 6 + i * 13, 9));
    y += height;
  }
  text(doc, 'The Supplier shall supply the Deliverables to the Buyer on the terms of this Order Form and the Call-Off Terms.', 50, y + 14, 8);
  text(doc, 'Signed for and on behalf of each party:', 50, y + 40, 10, 'Helvetica-Bold');
  const date = longDate(signed);
  grid(doc, 45, y + 58, [100, 205, 200], [
    ['', 'Supplier', 'Buyer'],
    ['Name', 'Sophie Turner', 'Daniel Evans'],
    ['Role', 'Sales Director', 'Head of Procurement'],
    ['Signature', '', ''],
    ['Date', date, date],
  ], 'Helvetica', 9, 22);
}

export const seen13Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-3pl-delivery-receipt': cn3plDeliveryReceipt,
  'en-erp-outbound-delivery': enErpOutboundDelivery,
  'cn-gf-purchase-sale-contract': cnGfPurchaseSaleContract,
  'en-call-off-order-form': enCallOffOrderForm,
};

import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, grouped, months, parts, pickBy, put, rule, splitAddress, wrap, type Font } from './generated-layouts-heldout-4';
import { crossedCircle } from './generated-layouts-heldout-6';
import { chineseDay, handwritten, itemName, percent, round2, specifications, wrapChinese } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';
import { barcode, plusDays, qrCode, seal, unitPrice, vertical } from './generated-layouts-heldout-11';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-fully-digital-vat-special-invoice: a 数电票 「电子发票（增值税专用发票）」 as the national
 *    e-invoice service lays it out since 2023: no 发票代码 and no 密码区, a twenty-digit 发票号码, the
 *    buyer's and the seller's 信息 side by side under vertical captions, an item area ruled only at
 *    its head, 税率/征收率, amounts without separators, ⊗ before the amount in capitals, the bank
 *    details in the 备注 and only the 开票人 under the frame;
 *  - en-sold-to-ship-to-erp-invoice: an invoice printed by an American-built ERP for a British
 *    distributor: Sold To / Ship To blocks, a strip of boxed references (customer P.O., sales order,
 *    ship via, terms, F.O.B.), ordered / shipped / back-ordered quantities, dates as 04-MAR-2025 and a
 *    Remit To box beside the totals;
 *  - cn-3pl-signed-return-waybill: a third-party logistics company's 送货签收回单 for a B2B delivery:
 *    its own waybill number under a barcode, the shipper's 送货单号 and 客户订单号 in a ruled grid, the
 *    goods by 件数 / 重量 / 体积, the driver's signature and the receiver's handwritten signature and
 *    date under the receiver's stamp, and the carrier's small print full of other times and numbers;
 *  - cn-equipment-sale-contract-sealed: a 设备买卖合同 of numbered 条款: the parties in a two-column
 *    ruled table, the equipment priced tax included, the total in capitals and figures, payment in
 *    three instalments of other amounts and dates, a 签章 block signed and dated by hand under the
 *    parties' 合同专用章 and a 骑缝章 halved at the right edge.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
/** 2025年03月05日, as the e-invoice service prints its date */
const taxDate = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** 04-MAR-2025, as Oracle-built systems print dates */
const oracleDate = (iso: string) => `${pad2(parts(iso).day)}-${(months[parts(iso).month - 1] ?? '').toUpperCase()}-${parts(iso).year}`;
/** 2025/03/05 */
const slashDate = (iso: string) => iso.replace(/-/g, '/');

// ---------------------------------------------------------------------------------------------
// cn-fully-digital-vat-special-invoice

const eBrown = '#a4572a';
const bureaus: [string, string][] = [['杭州', '国家税务总局浙江省税务局'], ['上海', '国家税务总局上海市税务局'], ['苏州', '国家税务总局江苏省税务局'], ['宁波', '国家税务总局宁波市税务局'], ['深圳', '国家税务总局深圳市税务局']];
const eIssuers = ['王芳', '李娜', '周婷', '郭涛', '沈佳'];
const banks = ['中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '交通银行', '招商银行', '浙商银行'];

function cnFullyDigitalVatSpecialInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const number = String(e['invoiceNumber']);
  const issued = String(e['issueDate']);
  const bureau = bureaus.find(([city]) => seller.address.startsWith(city))?.[1] ?? '国家税务总局浙江省税务局';
  const x0 = 32;
  const x1 = 563;
  const label = (value: string, x: number, y: number, size = 9, align: 'left' | 'right' | 'center' = 'left') => put(doc, value, x, y, size, 'cjk', align, eBrown);
  const line = (xa: number, ya: number, xb: number, yb: number, width = 0.7) => rule(doc, xa, ya, xb, yb, width, eBrown);

  // the head: the QR code, the title under the supervising seal, the number and the date
  qrCode(doc, x0 + 4, 28, 58, `${number}${issued}${e['totalAmount']}`);
  doc.save().opacity(0.8).lineWidth(1).strokeColor('#d0262b').ellipse(272, 45, 44, 26).stroke().restore();
  put(doc, '全国统一发票监制章', 272, 25, 6, 'cjk', 'center', '#d0262b');
  put(doc, bureau.replace('国家税务总局', ''), 272, 60, 6, 'cjk', 'center', '#d0262b');
  label('电子发票（增值税专用发票）', 272, 37, 16, 'center');
  line(170, 74, 374, 74, 1.2); line(170, 77, 374, 77, 0.5);
  label('发票号码：', 404, 40, 9); put(doc, number, 450, 40.5, 9, 'Helvetica');
  label('开票日期：', 404, 56, 9); put(doc, taxDate(issued), 450, 56, 9, 'cjk');
  if (t.index % 3 === 1) { label('下载次数：', 404, 72, 8); put(doc, String(1 + (t.index % 2)), 450, 72, 8, 'Helvetica'); }

  // the frame: the parties side by side, the goods, the totals, the remarks
  const top = 92;
  const partyBottom = top + 62;
  const headBottom = partyBottom + 18;
  const sumTop = headBottom + 96;
  const wordsTop = sumTop + 20;
  const remarksTop = wordsTop + 22;
  const bottom = remarksTop + 62;
  doc.save().lineWidth(1.1).strokeColor(eBrown).rect(x0, top, x1 - x0, bottom - top).stroke().restore();
  const mid = (x0 + x1) / 2;
  line(mid, top, mid, partyBottom);
  [partyBottom, sumTop, wordsTop, remarksTop].forEach((y) => line(x0, y, x1, y));
  line(x0, headBottom, x1, headBottom, 0.4);
  for (const x of [x0, mid]) line(x + 20, top, x + 20, partyBottom, 0.5);
  vertical(doc, '购买方信息', x0 + 10, top + 6, 11, 8.5, 'cjk', eBrown);
  vertical(doc, '销售方信息', mid + 10, top + 6, 11, 8.5, 'cjk', eBrown);
  const party = (p: Party, x: number) => {
    label('名称：', x + 26, top + 14, 9);
    put(doc, p.name, x + 56, top + 14, 9.5, 'cjk');
    label('统一社会信用代码/纳税人识别号：', x + 26, top + 36, 8);
    put(doc, p.taxId, x + 26, top + 48, 10, 'Courier-Bold');
  };
  party(buyer, x0);
  party(seller, mid);

  // the goods, ruled only at their head
  const columns = [x0, 170, 236, 266, 314, 384, 454, 500, x1];
  const headers = ['项目名称', '规格型号', '单 位', '数 量', '单 价', '金 额', '税率/征收率', '税 额'];
  headers.forEach((header, c) => label(header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, partyBottom + 5, 8.5, 'center'));
  const right = (c: number) => (columns[c + 1] ?? x1) - 4;
  items.forEach((item, r) => {
    const y = headBottom + 6 + r * 15;
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    put(doc, item.name, x0 + 4, y, 8.5, 'cjk');
    put(doc, specification, 174, y + 0.5, 7.5, 'Helvetica');
    put(doc, unit, 251, y, 8.5, 'cjk', 'center');
    put(doc, String(item.quantity), right(3), y + 0.5, 8.5, 'Helvetica', 'right');
    put(doc, unitPrice(item.amount, item.quantity), right(4), y + 0.5, 8, 'Helvetica', 'right');
    put(doc, item.amount.toFixed(2), right(5), y + 0.5, 8.5, 'Helvetica', 'right');
    put(doc, percent(rate), right(6) - 8, y + 0.5, 8.5, 'Helvetica', 'right');
    put(doc, round2(item.amount * rate).toFixed(2), right(7), y + 0.5, 8.5, 'Helvetica', 'right');
  });
  label('合　　计', (x0 + 170) / 2, sumTop + 6, 9, 'center');
  put(doc, `¥${Number(e['netAmount']).toFixed(2)}`, right(5), sumTop + 6, 9, 'Helvetica', 'right');
  put(doc, `¥${Number(e['taxAmount']).toFixed(2)}`, right(7), sumTop + 6, 9, 'Helvetica', 'right');
  label('价税合计（大写）', (x0 + 170) / 2, wordsTop + 7, 9, 'center');
  line(170, wordsTop, 170, remarksTop, 0.5);
  crossedCircle(doc, 184, wordsTop + 11.5, 5);
  put(doc, chineseCapitalAmount(Number(e['totalAmount'])), 194, wordsTop + 7, 9.5, 'cjk');
  label('（小写）', 398, wordsTop + 7, 9);
  put(doc, `¥${Number(e['totalAmount']).toFixed(2)}`, 438, wordsTop + 7, 9.5, 'Helvetica');

  // the remarks: both parties' banks, as the issuer chose to show them, and the order
  line(x0 + 20, remarksTop, x0 + 20, bottom, 0.5);
  vertical(doc, '备注', x0 + 10, remarksTop + 14, 18, 9, 'cjk', eBrown);
  const bankOf = (p: Party) => `${pickBy(p.name, banks)}${p.address.slice(0, 2)}${pickBy(p.taxId, ['分行', '支行', '高新支行', '城西支行'])}`;
  const remarks = [
    `购方开户银行：${bankOf(buyer)}；银行账号：${digitsOf(buyer.taxId + 'bank', 19)}；`,
    `销方开户银行：${bankOf(seller)}；银行账号：${digitsOf(seller.taxId + 'bank', 19)}；`,
    `合同编号：XS-${issued.slice(0, 4)}-${digitsOf(number, 4)}　发货日期：${plusDays(issued, -(2 + (t.index % 4)))}`,
  ];
  remarks.forEach((remark, i) => put(doc, remark, x0 + 28, remarksTop + 8 + i * 16, 8.5, 'cjk'));

  label('开票人：', x0 + 8, bottom + 10, 9);
  put(doc, pickBy(number, eIssuers), x0 + 50, bottom + 10, 9, 'cjk');
}

// ---------------------------------------------------------------------------------------------
// en-sold-to-ship-to-erp-invoice

const slate = '#24405e';
const shade = '#e6ebf1';
const salespeople = ['J. Whitfield', 'R. Okafor', 'S. Lindqvist', 'M. Dunn', 'A. Patel'];
const carriers = ['DHL Freight', 'Palletways', 'Own Vehicle', 'DX Freight', 'Customer Collect'];
const skus: Record<string, string> = { 'Deep groove ball bearing': '6205-2RS-SKF', 'Hydraulic pump unit': 'HPU-3016-A', 'Steel flange DN50': 'FLG-WN-050', 'Control cable 5 m': 'CC-YY7-005', 'Gear motor 0.75 kW': 'GM-075-R37' };

function enSoldToShipToErpInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const x0 = 36;
  const x1 = 559;
  const number = String(e['invoiceNumber']);
  const issued = String(e['issueDate']);
  const orderDate = plusDays(issued, -(5 + (t.index % 6)));
  const shipDate = plusDays(issued, -(t.index % 2));
  const customerNo = `C${digitsOf(buyer.name, 5)}`;

  // the letterhead and the document box
  doc.save().rect(x0, 34, 34, 34).fill(slate).restore();
  put(doc, (seller.name[0] ?? 'S') + (seller.name.split(' ')[1]?.[0] ?? ''), x0 + 17, 44, 13, 'Helvetica-Bold', 'center', '#ffffff');
  put(doc, seller.name, x0 + 44, 34, 14, 'Helvetica-Bold', 'left', slate);
  put(doc, `${sellerAt.street}, ${sellerAt.town}, United Kingdom`, x0 + 44, 51, 8, 'Helvetica');
  put(doc, `Phone +44 ${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 3)} ${digitsOf(seller.taxId, 4)}   VAT Reg No. ${seller.taxId}`, x0 + 44, 62, 8, 'Helvetica');
  put(doc, 'INVOICE', x1, 30, 22, 'Helvetica-Bold', 'right', slate);
  const docBox: [string, string][] = [['Invoice Number', number], ['Invoice Date', oracleDate(issued)], ['Page', '1 of 1']];
  const boxWidths = [74, 62, 44];
  docBox.forEach(([caption, value], i) => {
    const x = 379 + boxWidths.slice(0, i).reduce((sum, w) => sum + w, 0);
    const width = boxWidths[i] ?? 44;
    box(doc, x, 56, width, 14, shade); box(doc, x, 70, width, 16);
    put(doc, caption, x + width / 2, 59.5, 6.5, 'Helvetica-Bold', 'center', slate);
    put(doc, value, x + width / 2, 74.5, 8, 'Helvetica', 'center');
  });

  // sold to, ship to
  const partyBlock = (caption: string, lines: string[], x: number) => {
    box(doc, x, 100, 255, 84);
    doc.save().rect(x, 100, 18, 84).fill(shade).restore();
    rule(doc, x + 18, 100, x + 18, 184, 0.5);
    doc.save().rotate(-90, { origin: [x + 5, 176] });
    put(doc, caption, x + 5, 176, 7.5, 'Helvetica-Bold', 'left', slate);
    doc.restore();
    lines.forEach((value, i) => put(doc, value, x + 26, 108 + i * 12.5, 9, i ? 'Helvetica' : 'Helvetica-Bold'));
  };
  partyBlock('SOLD TO', [buyer.name, 'Attn: Accounts Payable', buyerAt.street, `${buyerAt.town}, United Kingdom`, `VAT Reg No. ${buyer.taxId}`], x0);
  partyBlock('SHIP TO', [buyer.name, 'Receiving Dock 2', buyerAt.street, `${buyerAt.town}, United Kingdom`], x1 - 255);

  // the boxed strip of references
  const strip: [string, string][] = [
    ['Customer No.', customerNo], ['Customer P.O.', `PO${digitsOf(buyer.taxId + issued, 6)}`], ['Sales Order', `SO-${digitsOf(number + 'so', 6)}`], ['Order Date', oracleDate(orderDate)],
    ['Ship Date', oracleDate(shipDate)], ['Ship Via', pickBy(number, carriers)], ['Terms', 'Net 30'], ['F.O.B.', 'Origin'], ['Salesperson', pickBy(seller.taxId, salespeople)],
  ];
  const widths = [50, 60, 60, 64, 64, 64, 42, 40];
  let sx = x0;
  strip.forEach(([caption, value], i) => {
    const width = widths[i] ?? x1 - sx;
    box(doc, sx, 196, width, 13, shade); box(doc, sx, 209, width, 16);
    put(doc, caption, sx + width / 2, 199.5, 6.2, 'Helvetica-Bold', 'center', slate);
    put(doc, value, sx + width / 2, 213.5, 7.2, 'Helvetica', 'center');
    sx += width;
  });

  // the lines
  const rows = items.map((item, r) => [String(r + 1), skus[item.name] ?? '', item.name, String(item.quantity), String(item.quantity), '0', 'EA', (item.amount / item.quantity).toFixed(4), grouped(item.amount)]);
  while (rows.length < 6) rows.push(['', '', '', '', '', '', '', '', '']);
  let y = grid(doc, [x0, 60, 134, 284, 328, 372, 400, 426, 488, x1], 238, ['Line', 'Item Number', 'Description', 'Ordered', 'Shipped', 'B/O', 'U/M', 'Unit Price', 'Extension'], rows, ['center', 'left', 'left', 'right', 'right', 'right', 'center', 'right', 'right'], { font: 'Helvetica', size: 8, rowHeight: 17, headerHeight: 16, shade, line: '#7a8ca0' });
  put(doc, `Lot / serial numbers available on request. Packing slip ${digitsOf(number + 'ps', 7)} shipped ${oracleDate(shipDate)} in ${1 + (t.index % 3)} carton(s).`, x0, y + 5, 7, 'Helvetica-Oblique', 'left', '#555555');

  // remit to and the totals
  y += 22;
  box(doc, x0, y, 290, 92);
  doc.save().rect(x0, y, 290, 14).fill(slate).restore();
  put(doc, 'REMIT TO', x0 + 6, y + 3.5, 8, 'Helvetica-Bold', 'left', '#ffffff');
  const remit = [
    seller.name,
    `Credit Control, ${sellerAt.street}, ${sellerAt.town}`,
    `Bank: ${pickBy(seller.name, ['Barclays Bank plc', 'Lloyds Bank plc', 'NatWest', 'HSBC UK Bank plc'])}   Sort code ${digitsOf(seller.name, 2)}-${digitsOf(seller.address, 2)}-${digitsOf(seller.taxId, 2)}`,
    `Account ${digitsOf(seller.taxId + 'acct', 8)}   IBAN GB${digitsOf(seller.name + 'iban', 2)} ${pickBy(seller.name, ['BARC', 'LOYD', 'NWBK', 'HBUK'])} ${digitsOf(seller.taxId + 'iban', 14)}`,
    `Please quote invoice ${number} and customer no. ${customerNo}.`,
  ];
  remit.forEach((value, i) => put(doc, value, x0 + 6, y + 20 + i * 13, 8, i ? 'Helvetica' : 'Helvetica-Bold'));
  const totals: [string, string, Font][] = [
    ['Merchandise', grouped(Number(e['netAmount'])), 'Helvetica'],
    ['Freight', '0.00', 'Helvetica'],
    [`VAT ${(rate * 100).toFixed(1)}%`, grouped(Number(e['taxAmount'])), 'Helvetica'],
    [`Invoice Total ${e['currency']}`, grouped(Number(e['totalAmount'])), 'Helvetica-Bold'],
  ];
  totals.forEach(([caption, value, font], i) => {
    const rowY = y + i * 23;
    box(doc, 350, rowY, 110, 23, i === 3 ? shade : undefined); box(doc, 460, rowY, x1 - 460, 23, i === 3 ? shade : undefined);
    put(doc, caption, 454, rowY + 7.5, 8.5, font, 'right');
    put(doc, value, x1 - 6, rowY + 7.5, 9, font, 'right');
  });

  // the small print
  y += 108;
  const terms = [
    `Payment due ${oracleDate(plusDays(issued, 30))}. Interest on overdue accounts at 8% above Bank of England base rate under the Late Payment of Commercial Debts (Interest) Act 1998, plus fixed compensation of GBP 40.00 to GBP 100.00 per invoice.`,
    `Title to goods remains with ${seller.name} until paid in full. Shortages or damage must be reported within 3 working days of receipt; returns require an RMA number and are subject to a 15% restocking charge.`,
    `Questions about this invoice: accounts.receivable@${(seller.name.split(' ')[0] ?? 'sales').toLowerCase()}.co.uk or +44 ${digitsOf(seller.name, 3)} ${digitsOf(seller.address + 'ar', 7)}.`,
  ];
  terms.forEach((paragraph) => wrap(doc, paragraph, x1 - x0, 7, 'Helvetica').forEach((value) => { put(doc, value, x0, y, 7, 'Helvetica', 'left', '#444444'); y += 9; }));
  rule(doc, x0, 800, x1, 800, 0.5, '#999999');
  put(doc, `${seller.name}  ·  Registered in England and Wales No. ${digitsOf(seller.name + 'crn', 8)}  ·  Printed ${oracleDate(issued)} ${pad2(8 + (t.index % 9))}:${pad2(11 + t.index * 7)}  ·  INV_PRINT v4.2`, 297, 806, 6.5, 'Helvetica', 'center', '#666666');
}

// ---------------------------------------------------------------------------------------------
// cn-3pl-signed-return-waybill

const carrierRed = '#c8102e';
const carriers3pl = ['顺达供应链管理有限公司', '安捷物流（浙江）有限公司', '中通达快运有限公司', '远航仓配服务有限公司'];
const driversCn = ['高志刚', '邓勇', '朱红兵', '韩立', '曹建华'];
const contactsCn = ['周先生', '林女士', '徐工', '何经理', '仓库 蒋师傅'];
const plates = ['浙A', '沪B', '苏E', '浙B', '粤B'];
const packings: Record<string, [string, number]> = { 深沟球轴承: ['纸箱', 0.4], 液压泵: ['木箱', 38], 法兰盘: ['托盘', 2.1], 控制电缆: ['卷', 4.5], 减速电机: ['木箱', 16] };

function cn3plSignedReturnWaybill(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const x0 = 38;
  const x1 = 557;
  const carrier = pickBy(seller.name + buyer.name, carriers3pl);
  const waybill = `YD${digitsOf(String(e['deliveryNoteNumber']) + 'waybill', 13)}`;
  const delivered = String(e['deliveryDate']);
  const shipped = plusDays(delivered, -1);
  const hotline = `400-${digitsOf(carrier, 3)}-${digitsOf(carrier + 'tel', 4)}`;

  // the carrier's head: mark, name, title, barcode and waybill number
  doc.save().circle(x0 + 16, 50, 16).fill(carrierRed).restore();
  put(doc, carrier.slice(0, 2), x0 + 16, 44, 10, 'cjk', 'center', '#ffffff');
  put(doc, carrier, x0 + 40, 36, 12, 'cjk', 'left', carrierRed);
  put(doc, `全国服务热线 ${hotline}　　www.${digitsOf(carrier, 3)}scm.com`, x0 + 40, 54, 7.5, 'cjk', 'left', '#555555');
  put(doc, '送 货 签 收 回 单', 297, 80, 17, 'cjk', 'center');
  barcode(doc, 405, 30, 150, 28, waybill);
  put(doc, waybill, 480, 60, 8, 'Courier-Bold', 'center');
  put(doc, '第二联　回单联（签收后随车返回）', x1, 86, 8, 'cjk', 'right', carrierRed);

  // the ruled grid of the consignment
  const rowH = 21;
  const top = 104;
  const labelW = 70;
  const cell = (caption: string, value: string, x: number, y: number, width: number, font: Font = 'cjk') => {
    box(doc, x, y, labelW, rowH, '#f1f1f1');
    box(doc, x + labelW, y, width - labelW, rowH);
    put(doc, caption, x + labelW / 2, y + 6, 8.5, 'cjk', 'center', '#333333');
    put(doc, value, x + labelW + 6, y + 6, 9, font);
  };
  const half = (x1 - x0) / 2;
  const rows: [string, string, Font, string, string, Font][] = [
    ['运 单 号', waybill, 'Helvetica', '发货日期', slashDate(shipped), 'Helvetica'],
    ['送货单号', String(e['deliveryNoteNumber']), 'Helvetica', '客户订单号', String(e['orderReference']), 'Helvetica'],
    ['发 货 方', seller.name, 'cjk', '发货方电话', `0${digitsOf(seller.address, 3)}-${digitsOf(seller.name, 8)}`, 'Helvetica'],
    ['收 货 方', buyer.name, 'cjk', '收货联系人', `${pickBy(buyer.name, contactsCn)} 1${pickBy(buyer.taxId, ['3', '5', '8'])}${digitsOf(buyer.taxId, 9)}`, 'cjk'],
    ['送货日期', slashDate(delivered), 'Helvetica', '运输方式', pickBy(waybill, ['整车', '零担', '专线']), 'cjk'],
  ];
  rows.forEach(([a, av, af, b, bv, bf], r) => {
    cell(a, av, x0, top + r * rowH, half, af);
    cell(b, bv, x0 + half, top + r * rowH, half, bf);
  });
  let y = top + rows.length * rowH;
  cell('收货地址', `${buyer.address}（${pickBy(buyer.address, ['2号门卸货', '东门仓库', '原料库', '3号库'])}）`, x0, y, x1 - x0);
  y += rowH;
  const driver = pickBy(waybill, driversCn);
  cell('车 牌 号', `${pickBy(seller.address, plates)}·${digitsOf(waybill + 'car', 5)}`, x0, y, half);
  cell('司　　机', `${driver}　1${digitsOf(driver + waybill, 10)}`, x0 + half, y, half);
  y += rowH + 12;

  // the goods by pieces, weight and volume
  const goods = items.map((item, r) => {
    const name = itemName(item.name);
    const [packing, kg] = packings[name] ?? ['纸箱', 1];
    const pieces = Math.max(1, Math.ceil(item.quantity / (kg > 10 ? 1 : 20)));
    return [String(r + 1), name, `${item.quantity}${specifications[name]?.[1] ?? '件'}`, packing, String(pieces), (kg * item.quantity).toFixed(1), (pieces * 0.12).toFixed(2), ''];
  });
  while (goods.length < 4) goods.push(['', '', '', '', '', '', '', '']);
  y = grid(doc, [x0, 68, 200, 272, 320, 370, 440, 500, x1], y, ['序号', '货物名称', '数量', '包装', '件数', '重量(kg)', '体积(m³)', '备注'], goods, ['center', 'left', 'right', 'center', 'right', 'right', 'right', 'left'], { font: 'cjk', size: 8.5, rowHeight: 19, headerHeight: 19, shade: '#f1f1f1', line: '#555555' });
  put(doc, `代收货款：无　　保价金额：${(Math.round(Number(digitsOf(waybill, 2)) + 20) * 1000).toLocaleString('en-US')}元　　付款方式：月结（客户编码 ${digitsOf(seller.taxId, 8)}）`, x0, y + 8, 8.5, 'cjk');
  y += 30;

  // the receipt: the driver's signature, then the receiver's, dated by hand under the stamp
  box(doc, x0, y, x1 - x0, 170);
  doc.save().rect(x0, y, x1 - x0, 20).fill('#f1f1f1').restore();
  rule(doc, x0, y + 20, x1, y + 20, 0.7);
  put(doc, '收 货 方 签 收', x0 + 8, y + 5, 10, 'cjk', 'left', carrierRed);
  put(doc, '货物状况：', x0 + 10, y + 30, 9, 'cjk');
  const states = ['外包装完好', '破损', '短少', '受潮'];
  states.forEach((state, i) => {
    const x = x0 + 66 + i * 62;
    box(doc, x, y + 30, 9, 9);
    put(doc, state, x + 13, y + 30, 9, 'cjk');
  });
  doc.save().lineWidth(1.4).strokeColor('#1a2a6c').moveTo(x0 + 66, y + 33).lineTo(x0 + 70, y + 39).lineTo(x0 + 78, y + 26).stroke().restore();
  put(doc, '实收件数：', 340, y + 30, 9, 'cjk');
  handwritten(doc, String(goods.reduce((sum, row) => sum + (Number(row[4]) || 0), 0)), 396, y + 26, 13, 'Times-Italic');
  put(doc, '以上货物已按送货单清点验收，数量相符，包装完好。', x0 + 10, y + 50, 9, 'cjk');
  put(doc, '收货单位（盖章）：', x0 + 10, y + 74, 9, 'cjk');
  put(doc, '收货人签字（正楷）：', x0 + 10, y + 108, 9, 'cjk');
  rule(doc, x0 + 110, y + 126, x0 + 260, y + 126, 0.5, '#777777');
  signature(doc, String(e['signedBy']), x0 + 124, y + 100, true);
  put(doc, '签收日期：', x0 + 10, y + 142, 9, 'cjk');
  rule(doc, x0 + 62, y + 156, x0 + 200, y + 156, 0.5, '#777777');
  handwritten(doc, chineseDay(String(e['signatureDate'])), x0 + 70, y + 138, 12.5, 'cjk');
  rule(doc, 330, y + 20, 330, y + 170, 0.5);
  put(doc, '承运人（司机）签字：', 340, y + 74, 9, 'cjk');
  signature(doc, driver, 360, y + 94, true);
  put(doc, '到达时间：', 340, y + 142, 9, 'cjk');
  handwritten(doc, `${pad2(9 + (t.index % 8))}:${pad2(5 + t.index * 6)}`, 392, y + 138, 12.5, 'Times-Italic');
  seal(doc, 236 + (t.index % 3) * 8, y + 84, 38, 38, buyer.name, null, '收货专用章', { tilt: -10 + (t.index % 4) * 6, rimSize: 7.5 });
  y += 182;

  // the carrier's small print
  const notes = [
    `1. 本回单请收货方在签收时核对件数，如有破损、短少请当场在本单注明并由司机签字确认，事后${24 + (t.index % 2) * 24}小时内未提出异议视为完好签收。`,
    `2. 回单须于签收后3个工作日内返回${carrier}，逾期按每单50元收取回单延误费；电子回单以${slashDate(plusDays(delivered, 3))}前上传的照片为准。`,
    `3. 托运货物的赔偿以保价金额为限，未保价货物按每公斤20元赔偿。服务监督电话：${hotline}。`,
  ];
  notes.forEach((note) => wrapChinese(doc, note, x1 - x0, 7.5).forEach((value) => { put(doc, value, x0, y, 7.5, 'cjk', 'left', '#444444'); y += 11; }));
}

// ---------------------------------------------------------------------------------------------
// cn-equipment-sale-contract-sealed

const legalReps = ['张建国', '王海峰', '李志强', '陈国庆', '刘卫东', '赵德明'];
const agents = ['孙丽华', '周晓东', '吴敏', '郑伟', '冯雪'];

function cnEquipmentSaleContractSealed(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 48;
  const x1 = 547;
  const signing = String(e['signingDate']);
  const amount = Number(e['amount']);
  const number = String(e['contractNumber']);

  put(doc, '设 备 买 卖 合 同', 297, 36, 19, 'cjk', 'center');
  put(doc, `合同编号：${number}`, x1, 66, 9, 'cjk', 'right');
  put(doc, `签订地点：${buyer.address.slice(0, 3)}`, x1, 80, 9, 'cjk', 'right');
  put(doc, `签订日期：${taxDate(signing)}`, x1, 94, 9, 'cjk', 'right');

  // the parties, buyer at the left as the buyer drafted it
  const tableTop = 110;
  const rowH = 17;
  const captionW = 78;
  const colW = (x1 - x0 - captionW) / 2;
  const buyerRep = pickBy(buyer.taxId, legalReps);
  const sellerRep = pickBy(seller.taxId, legalReps.filter((name) => name !== buyerRep));
  const partyRows = (p: Party) => [p.name, p.taxId, p.address, p === buyer ? buyerRep : sellerRep, `${pickBy(p.name, banks)}${p.address.slice(0, 2)}分行`, digitsOf(p.taxId + 'acct', 19)];
  const captions = ['名　　称', '统一社会信用代码', '住　　所', '法定代表人', '开户银行', '账　　号'];
  box(doc, x0, tableTop, captionW, rowH, '#eeeeee'); box(doc, x0 + captionW, tableTop, colW, rowH, '#eeeeee'); box(doc, x0 + captionW + colW, tableTop, colW, rowH, '#eeeeee');
  put(doc, '买受人（甲方）', x0 + captionW + colW / 2, tableTop + 4.5, 9, 'cjk', 'center');
  put(doc, '出卖人（乙方）', x0 + captionW + colW * 1.5, tableTop + 4.5, 9, 'cjk', 'center');
  const [buyerRows, sellerRows] = [partyRows(buyer), partyRows(seller)];
  captions.forEach((caption, r) => {
    const y = tableTop + (r + 1) * rowH;
    box(doc, x0, y, captionW, rowH, '#f7f7f7'); box(doc, x0 + captionW, y, colW, rowH); box(doc, x0 + captionW + colW, y, colW, rowH);
    put(doc, caption, x0 + captionW / 2, y + 4.5, 8, 'cjk', 'center');
    const font: Font = r === 1 || r === 5 ? 'Helvetica' : 'cjk';
    put(doc, buyerRows[r] ?? '', x0 + captionW + 4, y + 4.5, 8.5, font);
    put(doc, sellerRows[r] ?? '', x0 + captionW + colW + 4, y + 4.5, 8.5, font);
  });
  let y = tableTop + (captions.length + 1) * rowH + 10;
  const paragraph = (value: string, size = 8.5, indent = 0) => {
    wrapChinese(doc, value, x1 - x0 - indent, size).forEach((line) => { put(doc, line, x0 + indent, y, size, 'cjk'); y += size + 4.5; });
  };
  paragraph('根据《中华人民共和国民法典》及相关法律法规的规定，甲乙双方在平等、自愿、协商一致的基础上，就甲方向乙方购买下列设备事宜订立本合同，共同遵守。');
  y += 3;

  // article one: the equipment, priced tax included
  put(doc, '第一条　设备名称、规格型号、数量及价款', x0, y, 9, 'cjk'); y += 14;
  const gross = (value: number) => round2(value + round2(value * rate));
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '台'];
    return [String(r + 1), name, specification, unit, String(item.quantity), grouped(gross(item.amount) / item.quantity), grouped(gross(item.amount))];
  });
  y = grid(doc, [x0, 78, 200, 290, 326, 370, 450, x1], y, ['序号', '设备名称', '规格型号', '单位', '数量', '含税单价（元）', '含税金额（元）'], rows, ['center', 'left', 'left', 'center', 'right', 'right', 'right'], { font: 'cjk', size: 8, rowHeight: 16, headerHeight: 17, shade: '#eeeeee', line: '#555555' });
  y += 6;
  paragraph(`合同总价（含${percent(rate)}增值税）：人民币（大写）${chineseCapitalAmount(amount)}（小写：¥${grouped(amount)}元）。上述价格包括设备费、包装费、运输费、安装调试费及技术培训费。`);
  y += 2;

  // the remaining articles
  const deposit = round2(amount * 0.3);
  const onAcceptance = round2(amount * 0.6);
  const retention = round2(amount - deposit - onAcceptance);
  const deliverBy = plusDays(signing, 30 + (t.index % 3) * 15);
  const articles = [
    `第二条　交货时间及地点：乙方应于${chineseDay(deliverBy)}前将设备运抵甲方指定地点（${buyer.address}），运输及装卸费用由乙方承担。`,
    `第三条　付款方式：（1）本合同生效后7日内，甲方支付合同总价的30%作为预付款，即¥${grouped(deposit)}元；（2）设备安装调试并经验收合格后15日内，支付合同总价的60%，即¥${grouped(onAcceptance)}元；（3）余款10%即¥${grouped(retention)}元作为质量保证金，质保期满且无质量问题后一次性无息支付。乙方应在每次收款前开具等额的增值税专用发票。`,
    '第四条　验收及质量保证：设备到货后甲乙双方共同开箱检验，安装调试完成后按技术协议进行验收。质保期为验收合格之日起12个月，质保期内非甲方原因造成的故障，乙方应在接到通知后24小时内响应、72小时内到场免费维修。',
    '第五条　违约责任：乙方逾期交货的，每逾期一日按合同总价的0.5‰向甲方支付违约金，累计不超过合同总价的10%；甲方逾期付款的，按同样标准承担违约责任。',
    '第六条　争议解决：因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。',
    '第七条　其他：本合同一式肆份，甲乙双方各执贰份，具有同等法律效力，自双方法定代表人或委托代理人签字并加盖合同专用章之日起生效。技术协议为本合同附件，与本合同具有同等效力。',
  ];
  articles.forEach((article) => { paragraph(article); y += 2; });
  put(doc, '（以下无正文）', 297, y + 2, 8.5, 'cjk', 'center', '#555555');
  y += 20;

  // the signature and seal block
  const blockH = 118;
  const halfW = (x1 - x0) / 2;
  box(doc, x0, y, halfW, blockH); box(doc, x0 + halfW, y, halfW, blockH);
  const sides: [string, Party, number][] = [['甲方（盖章）：', buyer, x0], ['乙方（盖章）：', seller, x0 + halfW]];
  sides.forEach(([caption, p, x], i) => {
    put(doc, caption, x + 8, y + 10, 9, 'cjk');
    put(doc, p.name, x + 8, y + 26, 9, 'cjk');
    put(doc, '法定代表人或委托代理人（签字）：', x + 8, y + 46, 8.5, 'cjk');
    // the buyer signs by its agent, the seller by its legal representative
    signature(doc, i ? sellerRep : pickBy(p.taxId + 'b', agents), x + 60, y + 60, true);
    put(doc, '日期：', x + 8, y + 98, 8.5, 'cjk');
    handwritten(doc, chineseDay(signing), x + 40, y + 95, 11.5, 'cjk');
    seal(doc, x + 160 + (t.index % 3) * 6, y + 46, 38, 38, p.name, null, '合同专用章', { tilt: (i ? 7 : -9) + (t.index % 4) * 3, rimSize: 7.5 });
  });
  // the seal across the page edge, as on every page of a bound contract: its left half, no text beyond the page
  doc.save().rect(x1 + 20, 300, 30, 100).clip();
  seal(doc, x1 + 48, 350, 30, 30, '', null, '', { tilt: 0 });
  doc.restore();
  put(doc, '第 1 页 共 1 页', 297, 812, 8, 'cjk', 'center', '#555555');
}

export const heldOut12Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-fully-digital-vat-special-invoice': cnFullyDigitalVatSpecialInvoice,
  'en-sold-to-ship-to-erp-invoice': enSoldToShipToErpInvoice,
  'cn-3pl-signed-return-waybill': cn3plSignedReturnWaybill,
  'cn-equipment-sale-contract-sealed': cnEquipmentSaleContractSealed,
};

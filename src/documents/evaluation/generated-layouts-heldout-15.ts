import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, parts, pickBy, put, rule, splitAddress, wrap } from './generated-layouts-heldout-4';
import { chineseDay, handwritten, itemName, round2, specifications, wrapChinese } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';
import { plusDays, qrCode, seal, vertical } from './generated-layouts-heldout-11';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-construction-service-e-invoice: a fully digital 电子发票（增值税专用发票） for construction
 *    services, as an equipment maker bills the installation works it does on a customer's site: the
 *    20-digit 发票号码 and 开票日期 at the top right, the QR code and the bureau's oval mark, the buyer
 *    and the seller side by side, the lines as *建筑服务* at 9% with 单位 项, the 特定业务 band of
 *    建筑服务发生地 / 建筑项目名称 / 跨地（市）标志 the tax rules require of construction invoices, and
 *    a 备注 with the contract and the stage of the works;
 *  - en-marketplace-vat-invoice: the VAT invoice a B2B online marketplace issues on behalf of a
 *    third-party seller: "Sold by" with the seller's VAT number, billing and delivery addresses of the
 *    business buyer with its VAT number, order number and order date beside the invoice date, a
 *    line table with unit prices excluding and including VAT per line, shipping charges, the invoice
 *    total and a VAT summary by rate, over the marketplace's small print;
 *  - en-delivery-note-cofc: a British engineering supplier's combined delivery note and certificate
 *    of conformity (ISO 9001 / AS9100 practice): part numbers with revisions and batch or heat
 *    numbers, quantities ordered, delivered and outstanding, the conformity statement signed by the
 *    supplier's quality inspector and dated, then the customer's receipt signed, named and dated by hand;
 *  - cn-processing-contract: a 委托加工合同 under the Civil Code's chapter on work contracts (承揽合同):
 *    the buyer as 定作方（甲方）and the seller as 承揽方（乙方）, the processing fee (加工费) in a table,
 *    in figures and capitals and split into net and VAT, materials supplied by the 定作方, drawings,
 *    delivery, acceptance, payment and liability clauses, and sealed signature blocks dated 2025年3月5日.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
/** 5 March 2025 */
const fullDate = (iso: string) => `${parts(iso).day} ${fullMonths[parts(iso).month - 1]} ${parts(iso).year}`;
/** 05/03/2025 */
const ukSlash = (iso: string) => `${pad2(parts(iso).day)}/${pad2(parts(iso).month)}/${parts(iso).year}`;
/** 6/3/25, as a hand dates a signature in Britain */
const handDate = (iso: string) => `${parts(iso).day}/${parts(iso).month}/${String(parts(iso).year).slice(2)}`;
/** 2025年03月05日, as the tax system prints a date */
const taxDate = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const plain = (value: number) => value.toFixed(2);
/** A line's price including VAT as the truth sums it: the net plus the line's rounded tax. */
const gross = (amount: number, rate: number) => round2(amount + round2(amount * rate));

// ---------------------------------------------------------------------------------------------
// cn-construction-service-e-invoice

const eBrown = '#9a5b2e';
const issuersCn = ['王芳', '李娜', '周婷', '郭涛', '沈佳'];
const projects = ['智能装备产业园一期', '新建联合厂房', '二期扩建工程', '生产线技术改造项目', '仓储物流中心'];
const works: Record<string, string> = { 深沟球轴承: '轴承装配线安装工程', 液压泵: '液压系统安装工程', 法兰盘: '工艺管道安装工程', 控制电缆: '电气及控制线路安装工程', 减速电机: '输送线设备安装工程' };

function cnConstructionServiceEInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 30;
  const x1 = 565;
  const issued = String(e['issueDate']);
  const number = String(e['invoiceNumber']);
  const site = buyer.address.replace(/\d+号$/u, '');
  const city = buyer.address.slice(0, 3);
  const project = `${city.replace(/市$/u, '')}${pickBy(buyer.name + issued, projects)}`;
  const crossCity = seller.address.slice(0, 3) !== city;

  // the head: QR code, the bureau's oval mark, the title, number and date
  qrCode(doc, x0 + 4, 26, 58, `${number}${issued}${e['totalAmount']}`);
  doc.save().opacity(0.85).lineWidth(1.2).strokeColor('#c0392b').ellipse(297, 42, 46, 24).stroke().restore();
  put(doc, '全国统一发票监制', 297, 28, 6.5, 'cjk', 'center', '#c0392b');
  put(doc, '国家税务总局', 297, 38, 8.5, 'cjk', 'center', '#c0392b');
  put(doc, `${pickBy(seller.address, ['浙江省', '上海市', '江苏省', '广东省'])}税务局`, 297, 51, 6.5, 'cjk', 'center', '#c0392b');
  put(doc, '电子发票（增值税专用发票）', 297, 72, 17, 'cjk', 'center', eBrown);
  rule(doc, 190, 94, 404, 94, 0.8, eBrown);
  rule(doc, 190, 97, 404, 97, 0.8, eBrown);
  put(doc, '发票号码：', 404, 40, 9, 'cjk', 'left', eBrown);
  put(doc, number, 450, 40.5, 9, 'Helvetica');
  put(doc, '开票日期：', 404, 58, 9, 'cjk', 'left', eBrown);
  put(doc, taxDate(issued), 450, 58, 9, 'cjk');

  // the parties side by side
  const top = 108;
  const mid = 297;
  doc.save().lineWidth(0.9).strokeColor(eBrown).rect(x0, top, x1 - x0, 64).stroke().restore();
  rule(doc, mid, top, mid, top + 64, 0.7, eBrown);
  rule(doc, x0 + 20, top, x0 + 20, top + 64, 0.6, eBrown);
  rule(doc, mid + 20, top, mid + 20, top + 64, 0.6, eBrown);
  vertical(doc, '购买方信息', x0 + 10, top + 4, 11.5, 8.5, 'cjk', eBrown);
  vertical(doc, '销售方信息', mid + 10, top + 4, 11.5, 8.5, 'cjk', eBrown);
  const party = (p: Party, x: number) => {
    put(doc, '名称：', x + 26, top + 14, 8.5, 'cjk', 'left', eBrown);
    put(doc, p.name, x + 54, top + 14, 9, 'cjk');
    put(doc, '统一社会信用代码/纳税人识别号：', x + 26, top + 38, 8, 'cjk', 'left', eBrown);
    put(doc, p.taxId, x + 152, top + 38.5, 8.5, 'Helvetica');
  };
  party(buyer, x0);
  party(seller, mid);

  // the lines
  let y = top + 64;
  const columns = [x0, 200, 262, 290, 320, 384, 452, 500, x1];
  const headers = ['项目名称', '规格型号', '单位', '数量', '单价', '金额', '税率/征收率', '税额'];
  const rowHeight = 16;
  const lines = Math.max(4, items.length + 1);
  const height = rowHeight * (lines + 2);
  doc.save().lineWidth(0.9).strokeColor(eBrown).rect(x0, y, x1 - x0, height).stroke().restore();
  headers.forEach((header, c) => put(doc, header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + 4, 8, 'cjk', 'center', eBrown));
  items.forEach((item, r) => {
    const name = works[itemName(item.name)] ?? '设备安装工程';
    const at = y + rowHeight * (r + 1) + 4;
    put(doc, `*建筑服务*${name}`, x0 + 4, at, 8, 'cjk');
    put(doc, '项', 276, at, 8, 'cjk', 'center');
    put(doc, '1', 317, at, 8, 'Helvetica', 'right');
    put(doc, plain(item.amount), 381, at, 8, 'Helvetica', 'right');
    put(doc, plain(item.amount), 449, at, 8, 'Helvetica', 'right');
    put(doc, `${Math.round(rate * 100)}%`, 476, at, 8, 'Helvetica', 'center');
    put(doc, plain(round2(item.amount * rate)), x1 - 4, at, 8, 'Helvetica', 'right');
  });
  const sumAt = y + rowHeight * (lines + 1) + 4;
  put(doc, '合　　计', 115, sumAt, 8.5, 'cjk', 'center', eBrown);
  put(doc, `¥${plain(Number(e['netAmount']))}`, 449, sumAt, 8.5, 'Helvetica', 'right');
  put(doc, `¥${plain(Number(e['taxAmount']))}`, x1 - 4, sumAt, 8.5, 'Helvetica', 'right');
  y += height;

  // the total
  doc.save().lineWidth(0.9).strokeColor(eBrown).rect(x0, y, x1 - x0, 22).stroke().restore();
  rule(doc, 150, y, 150, y + 22, 0.6, eBrown);
  put(doc, '价税合计（大写）', 90, y + 6.5, 8.5, 'cjk', 'center', eBrown);
  put(doc, chineseCapitalAmount(Number(e['totalAmount'])), 158, y + 6.5, 9, 'cjk');
  put(doc, '（小写）', 420, y + 6.5, 8.5, 'cjk', 'left', eBrown);
  put(doc, `¥${plain(Number(e['totalAmount']))}`, 458, y + 6.5, 9, 'Helvetica');
  y += 22;

  // the construction band the tax rules require
  const band = [x0, 182, 372, 470, x1];
  const bandHeaders = ['建筑服务发生地', '建筑项目名称', '跨地（市）标志', '土地增值税项目编号'];
  const bandValues = [site, project, crossCity ? '是' : '否', ''];
  doc.save().lineWidth(0.9).strokeColor(eBrown).rect(x0, y, x1 - x0, 36).stroke().restore();
  rule(doc, x0, y + 17, x1, y + 17, 0.5, eBrown);
  for (let c = 1; c < band.length - 1; c += 1) rule(doc, band[c] ?? x0, y, band[c] ?? x0, y + 36, 0.5, eBrown);
  bandHeaders.forEach((header, c) => put(doc, header, ((band[c] ?? x0) + (band[c + 1] ?? x1)) / 2, y + 4.5, 8, 'cjk', 'center', eBrown));
  bandValues.forEach((value, c) => put(doc, value, ((band[c] ?? x0) + (band[c + 1] ?? x1)) / 2, y + 22, 8, 'cjk', 'center'));
  y += 36;

  // remarks
  doc.save().lineWidth(0.9).strokeColor(eBrown).rect(x0, y, x1 - x0, 58).stroke().restore();
  rule(doc, x0 + 20, y, x0 + 20, y + 58, 0.6, eBrown);
  vertical(doc, '备注', x0 + 10, y + 14, 18, 9, 'cjk', eBrown);
  const stage = 1 + (t.index % 5);
  const remarks = [
    `施工合同编号：SG-${issued.slice(0, 4)}-${digitsOf(buyer.taxId + seller.taxId, 4)}；第${stage}期工程进度款（${parts(plusDays(issued, -20)).month}月完成产值，经监理及甲方确认）。`,
    `购方开户银行：${pickBy(buyer.taxId, ['中国工商银行', '中国建设银行', '招商银行'])}；银行账号：${digitsOf(buyer.taxId + 'acct', 19)}`,
    `销方开户银行：${pickBy(seller.taxId, ['中国农业银行', '交通银行', '兴业银行'])}；银行账号：${digitsOf(seller.taxId + 'acct', 19)}`,
  ];
  remarks.forEach((remark, i) => put(doc, remark, x0 + 28, y + 8 + i * 16, 8, 'cjk'));
  y += 58;
  put(doc, '开票人：', x0 + 10, y + 10, 9, 'cjk', 'left', eBrown);
  put(doc, pickBy(seller.name + issued, issuersCn), x0 + 50, y + 10, 9, 'cjk');
}

// ---------------------------------------------------------------------------------------------
// en-marketplace-vat-invoice

const platformOrange = '#e47911';

function enMarketplaceVatInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 40;
  const x1 = 555;
  const issued = String(e['issueDate']);
  const ordered = plusDays(issued, -(2 + (t.index % 3)));
  const orderNo = `${pickBy(buyer.name, ['202', '203', '204', '206'])}-${digitsOf(buyer.name + ordered, 7)}-${digitsOf(ordered + seller.name, 7)}`;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);

  // the marketplace's head
  put(doc, 'shopfront', x0, 34, 20, 'Helvetica-Bold');
  put(doc, 'business', x0 + 96, 41, 11, 'Helvetica', 'left', platformOrange);
  doc.save().lineWidth(2).strokeColor(platformOrange).moveTo(x0 + 4, 58).quadraticCurveTo(x0 + 46, 66, x0 + 88, 56).stroke().restore();
  put(doc, 'Page 1 of 1', x1, 34, 8, 'Helvetica', 'right', '#555555');
  put(doc, 'Invoice', x0, 82, 18, 'Helvetica-Bold');
  const paidByCard = t.index % 2 === 0;
  if (paidByCard) {
    doc.save().opacity(0.8).lineWidth(1.5).strokeColor('#2e8540').roundedRect(x0 + 96, 80, 48, 20, 3).stroke().restore();
    put(doc, 'Paid', x0 + 120, 84, 12, 'Helvetica-Bold', 'center', '#2e8540');
  }

  // the key facts at the top right
  const facts: [string, string][] = [['Invoice / Delivery date', fullDate(issued)], ['Invoice #', String(e['invoiceNumber'])], ['Total payable', `£${grouped(Number(e['totalAmount']))}`]];
  box(doc, 340, 76, x1 - 340, 56);
  facts.forEach(([name, value], i) => {
    put(doc, name, 348, 82 + i * 16, 8.5, 'Helvetica', 'left', '#555555');
    put(doc, value, x1 - 8, 82 + i * 16, 8.5, 'Helvetica-Bold', 'right');
  });
  put(doc, `Sold by ${seller.name}`, x0, 112, 9, 'Helvetica-Bold');
  put(doc, `VAT # ${seller.taxId}`, x0, 124, 8.5, 'Helvetica');

  // the addresses
  const column = (title: string, lines: string[], x: number) => {
    put(doc, title, x, 152, 8.5, 'Helvetica-Bold');
    lines.forEach((line, i) => put(doc, line, x, 166 + i * 12, 8.5, 'Helvetica'));
  };
  column('Billing address', [buyer.name, 'Accounts Payable', buyerAt.street, buyerAt.town, 'GB', `Buyer VAT number: ${buyer.taxId}`], x0);
  column('Delivery address', [buyer.name, 'Goods In, Loading Bay 2', buyerAt.street, buyerAt.town, 'GB'], 222);
  column('Sold by', [seller.name, sellerAt.street, sellerAt.town, 'GB', `VAT # ${seller.taxId}`], 404);
  let y = 250;

  // invoice details
  rule(doc, x0, y, x1, y, 0.6, '#999999');
  put(doc, 'Invoice details', x0, y + 8, 9.5, 'Helvetica-Bold');
  const details: [string, string][] = [['Order date', fullDate(ordered)], ['Order #', orderNo], ['Invoice date', fullDate(issued)], ['Invoice number', String(e['invoiceNumber'])], ['Payment reference number', digitsOf(orderNo, 12)], ['PO number', `PO-${digitsOf(buyer.taxId + ordered, 5)}`]];
  details.forEach(([name, value], i) => {
    const x = x0 + (i % 3) * 172;
    const yy = y + 26 + Math.floor(i / 3) * 24;
    put(doc, name, x, yy, 7.5, 'Helvetica', 'left', '#555555');
    put(doc, value, x, yy + 9, 8.5, 'Helvetica');
  });
  y += 80;

  // the lines
  const rows = items.map((item) => {
    const unitNet = item.amount / item.quantity;
    return [`${item.name}\u2003Part no. ${digitsOf(item.name, 2)}-${digitsOf(item.name + seller.name, 6)}`, String(item.quantity), `£${grouped(unitNet)}`, `${Math.round(rate * 100)}%`, `£${grouped(unitNet * (1 + rate))}`, `£${grouped(gross(item.amount, rate))}`];
  });
  rows.push(['Shipping charges', '', '£0.00', `${Math.round(rate * 100)}%`, '£0.00', '£0.00']);
  y = grid(doc, [x0, 276, 306, 380, 420, 482, x1], y, ['Description', 'Qty', 'Unit price\n(excl. VAT)', 'VAT\nrate', 'Unit price\n(incl. VAT)', 'Item subtotal\n(incl. VAT)'], rows, ['left', 'right', 'right', 'right', 'right', 'right'], { font: 'Helvetica', size: 7.8, rowHeight: 18, headerHeight: 26, shade: '#f3f3f3', line: '#aaaaaa' });
  put(doc, 'Invoice total', 420, y + 8, 9.5, 'Helvetica-Bold');
  put(doc, `£${grouped(Number(e['totalAmount']))}`, x1 - 3, y + 8, 9.5, 'Helvetica-Bold', 'right');
  y += 34;

  // the VAT summary
  put(doc, 'VAT summary', x0, y, 9.5, 'Helvetica-Bold');
  y = grid(doc, [x0, 160, 300, 430], y + 14, ['VAT rate', 'Item subtotal (excl. VAT)', 'VAT subtotal'], [[`${Math.round(rate * 100)}%`, `£${grouped(Number(e['netAmount']))}`, `£${grouped(Number(e['taxAmount']))}`], ['Total', `£${grouped(Number(e['netAmount']))}`, `£${grouped(Number(e['taxAmount']))}`]], ['left', 'right', 'right'], { font: 'Helvetica', size: 8, rowHeight: 16, headerHeight: 16, shade: '#f3f3f3', line: '#aaaaaa' });
  const payment = paidByCard ? `Paid by business card ending ${digitsOf(buyer.taxId, 4)} on ${fullDate(ordered)}.` : `Pay by invoice: due ${fullDate(plusDays(issued, 30))} (30 days). Quote the payment reference number.`;
  put(doc, `All amounts in ${e['currency']}. ${payment}`, x0, y + 10, 8, 'Helvetica');
  y += 36;

  const notes = [
    `This VAT invoice was issued by Shopfront Business on behalf of ${seller.name}, the seller of record. The seller is responsible for the VAT shown. Questions about this invoice should be sent to the seller through Your Orders.`,
    'Returns: items may be returned within 30 days of delivery in their original condition. A VAT credit note will be issued for any refund.',
    `Shopfront Business EU S.à r.l., UK branch, registered in England and Wales under number FC0${digitsOf('shopfront', 5)}. This document was generated electronically and is valid without a signature.`,
  ];
  notes.forEach((note) => wrap(doc, note, x1 - x0, 7, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 7, 'Helvetica', 'left', '#666666'); y += 9; }));
}

// ---------------------------------------------------------------------------------------------
// en-delivery-note-cofc

const inspectors = ['Gary Holt', 'Priya Nair', 'Steve Marsh', 'Karen Doyle', 'Lee Parsons'];
const carriers = ['Own transport', 'DHL Parcel UK', 'DX Freight', 'Palletline'];
const partPrefix: Record<string, string> = { 'Deep groove ball bearing': 'BRG', 'Hydraulic pump unit': 'HPU', 'Steel flange DN50': 'FLG', 'Control cable 5 m': 'CBL', 'Gear motor 0.75 kW': 'GMR' };

function enDeliveryNoteCofc(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const x0 = 40;
  const x1 = 555;
  const delivered = String(e['deliveryDate']);
  const inspector = pickBy(seller.name + delivered, inspectors);
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);

  // letterhead
  put(doc, seller.name, x0, 34, 15, 'Helvetica-Bold', 'left', '#1f3a5f');
  put(doc, `${seller.address} · Tel 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 6)} · quality@${seller.name.split(' ')[0]?.toLowerCase()}.co.uk`, x0, 53, 7.5, 'Helvetica', 'left', '#555555');
  put(doc, 'ISO 9001:2015 Certificate No. Q' + digitsOf(seller.taxId, 5) + ' · AS9100 Rev D', x0, 63, 7.5, 'Helvetica', 'left', '#555555');
  rule(doc, x0, 76, x1, 76, 1.2, '#1f3a5f');
  put(doc, 'DELIVERY NOTE', x0, 88, 15, 'Helvetica-Bold');
  put(doc, 'and CERTIFICATE OF CONFORMITY', x0, 106, 10, 'Helvetica-Bold', 'left', '#1f3a5f');

  // the references at the right
  const references: [string, string][] = [
    ['Delivery Note No.', String(e['deliveryNoteNumber'])],
    ['Delivery date', ukSlash(delivered)],
    ['Your Order No.', String(e['orderReference'])],
    ['Account', `${buyer.name.slice(0, 3).toUpperCase()}${digitsOf(buyer.name, 3)}`],
    ['Carrier', pickBy(delivered + buyer.name, carriers)],
    ['Packages', `${items.length + (t.index % 2)} (${items.length ? 'cartons / pallet' : ''})`],
  ];
  references.forEach(([name, value], i) => {
    box(doc, 330, 86 + i * 16, 95, 16, '#eef2f7');
    box(doc, 425, 86 + i * 16, x1 - 425, 16);
    put(doc, name, 334, 90 + i * 16, 8, 'Helvetica');
    put(doc, value, 429, 90 + i * 16, 8.5, 'Helvetica-Bold');
  });

  // the addresses
  const block = (title: string, lines: string[], x: number) => {
    put(doc, title, x, 196, 8, 'Helvetica-Bold', 'left', '#1f3a5f');
    box(doc, x, 207, 250, 62);
    lines.forEach((line, i) => put(doc, line, x + 6, 213 + i * 12, 9, i ? 'Helvetica' : 'Helvetica-Bold'));
  };
  block('INVOICE ADDRESS', [buyer.name, 'Purchase Ledger', buyerAt.street, buyerAt.town], x0);
  block('DELIVERY ADDRESS', [buyer.name, 'Goods Inwards', buyerAt.street, buyerAt.town], x1 - 250);

  // the lines
  const rows = items.map((item, r) => {
    const ordered = item.quantity + (r === 0 && t.index % 3 === 0 ? Math.ceil(item.quantity / 4) : 0);
    return [String((r + 1) * 10), `${partPrefix[item.name] ?? 'PRT'}-${digitsOf(item.name, 4)}`, item.name, pickBy(item.name + delivered, ['A', 'B', 'C', 'D']), `B${digitsOf(item.name + delivered, 6)}`, String(ordered), String(item.quantity), String(ordered - item.quantity)];
  });
  while (rows.length < 4) rows.push(['', '', '', '', '', '', '', '']);
  let y = grid(doc, [x0, 70, 138, 290, 316, 384, 430, 488, x1], 282, ['Line', 'Part No.', 'Description', 'Rev', 'Batch /\nHeat No.', 'Qty\nordered', 'Qty this\ndelivery', 'Qty\noutstanding'], rows, ['center', 'left', 'left', 'center', 'left', 'right', 'right', 'right'], { font: 'Helvetica', size: 8, rowHeight: 17, headerHeight: 24, shade: '#eef2f7', line: '#777777' });
  put(doc, 'Please check the goods against this note. Shortages or damage must be reported within 48 hours of delivery, quoting the delivery note number.', x0, y + 6, 7.5, 'Helvetica-Oblique', 'left', '#555555');
  y += 26;

  // the certificate of conformity
  box(doc, x0, y, x1 - x0, 116);
  doc.save().rect(x0, y, x1 - x0, 15).fill('#1f3a5f').restore();
  put(doc, 'CERTIFICATE OF CONFORMITY', x0 + 6, y + 4, 8.5, 'Helvetica-Bold', 'left', '#ffffff');
  const statement = `We hereby certify that the goods detailed above have been manufactured, inspected and tested in accordance with the requirements of your purchase order ${e['orderReference']} and the applicable drawings and specifications, and that they conform in all respects unless stated otherwise. Material and test certificates are retained for ten years and are available on request.`;
  let sy = y + 22;
  wrap(doc, statement, x1 - x0 - 12, 8, 'Helvetica').forEach((line) => { put(doc, line, x0 + 6, sy, 8, 'Helvetica'); sy += 10.5; });
  put(doc, 'Signed:', x0 + 6, y + 84, 8.5, 'Helvetica');
  signature(doc, inspector, x0 + 50, y + 70, false);
  put(doc, `Name: ${inspector}`, x0 + 190, y + 84, 8.5, 'Helvetica');
  put(doc, 'Position: Quality Inspector', x0 + 190, y + 98, 8.5, 'Helvetica');
  put(doc, `Date: ${ukSlash(delivered)}`, x0 + 380, y + 84, 8.5, 'Helvetica');
  put(doc, `Release ref: CofC ${digitsOf(String(e['deliveryNoteNumber']), 6)}`, x0 + 380, y + 98, 8.5, 'Helvetica');
  y += 128;

  // the customer's receipt
  box(doc, x0, y, x1 - x0, 104);
  doc.save().rect(x0, y, x1 - x0, 15).fill('#eef2f7').restore();
  put(doc, 'RECEIVED IN GOOD ORDER AND CONDITION (SUBJECT TO INSPECTION)', x0 + 6, y + 4, 8.5, 'Helvetica-Bold', 'left', '#1f3a5f');
  put(doc, 'Signature', x0 + 6, y + 40, 8.5, 'Helvetica');
  rule(doc, x0 + 56, y + 50, x0 + 250, y + 50, 0.5, '#888888');
  signature(doc, String(e['signedBy']), x0 + 70, y + 26, false);
  put(doc, 'Print name', x0 + 6, y + 74, 8.5, 'Helvetica');
  rule(doc, x0 + 56, y + 84, x0 + 250, y + 84, 0.5, '#888888');
  handwritten(doc, String(e['signedBy']).toUpperCase(), x0 + 64, y + 70, 11, 'Helvetica-Oblique');
  put(doc, 'Date', x0 + 290, y + 40, 8.5, 'Helvetica');
  rule(doc, x0 + 318, y + 50, x0 + 420, y + 50, 0.5, '#888888');
  handwritten(doc, handDate(String(e['signatureDate'])), x0 + 326, y + 34, 13, 'Times-Italic');
  put(doc, 'Time', x0 + 290, y + 74, 8.5, 'Helvetica');
  rule(doc, x0 + 318, y + 84, x0 + 420, y + 84, 0.5, '#888888');
  handwritten(doc, `${pad2(8 + (t.index % 8))}:${pad2(5 + t.index * 7)}`, x0 + 326, y + 68, 13, 'Times-Italic');
  y += 116;

  const small = [
    `Title to the goods remains with ${seller.name} until payment in full has been received (retention of title). Goods are supplied subject to our standard terms and conditions of sale, available on request.`,
    `Copy 1: customer · Copy 2: to be signed and returned to ${seller.name}, ${sellerAt.town} · Copy 3: file. VAT registration ${seller.taxId}.`,
  ];
  small.forEach((paragraph) => wrap(doc, paragraph, x1 - x0, 7, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 7, 'Helvetica', 'left', '#555555'); y += 9; }));
}

// ---------------------------------------------------------------------------------------------
// cn-processing-contract

const representatives = ['张建国', '李文华', '王志强', '赵丽萍', '陈卫东', '刘海燕', '杨光明', '黄晓峰'];

function cnProcessingContract(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 56;
  const x1 = 540;
  const width = x1 - x0;
  const signing = String(e['signingDate']);
  const amount = Number(e['amount']);
  const net = round2(items.reduce((sum, item) => sum + item.amount, 0));
  const advance = round2(amount * 0.3);
  const size = 8.8;
  const step = 13.4;
  let y = 36;
  const paragraph = (value: string, indent = true) => {
    wrapChinese(doc, `${indent ? '　　' : ''}${value}`, width, size).forEach((line) => { put(doc, line, x0, y, size, 'cjk'); y += step; });
  };
  const clause = (heading: string, body: string) => {
    wrapChinese(doc, `${heading}　${body}`, width, size).forEach((line) => { put(doc, line, x0, y, size, 'cjk'); y += step; });
    y += 2;
  };

  put(doc, '委 托 加 工 合 同', 297, y, 18, 'cjk', 'center');
  y += 32;
  put(doc, `合同编号：${e['contractNumber']}`, x1, y, 9, 'cjk', 'right');
  put(doc, `签订地点：${buyer.address.slice(0, 3)}`, x1, y + 14, 9, 'cjk', 'right');
  put(doc, `签订时间：${chineseDay(signing)}`, x1, y + 28, 9, 'cjk', 'right');
  y += 48;
  const partyBlock = (label: string, p: Party) => {
    put(doc, `${label}：${p.name}`, x0, y, 10, 'cjk');
    put(doc, `统一社会信用代码：${p.taxId}`, x0 + 16, y + 15, 8.8, 'cjk');
    put(doc, `住所：${p.address}`, x0 + 16, y + 29, 8.8, 'cjk');
    put(doc, `法定代表人：${pickBy(p.taxId, representatives)}　　联系电话：0${digitsOf(p.name, 3)}-${digitsOf(p.name + p.address, 8)}`, x0 + 16, y + 43, 8.8, 'cjk');
    y += 62;
  };
  partyBlock('定作方（甲方）', buyer);
  partyBlock('承揽方（乙方）', seller);
  paragraph('根据《中华人民共和国民法典》合同编承揽合同的有关规定，甲方委托乙方加工下列产品，双方本着平等自愿、诚实信用的原则，经协商一致，订立本合同，共同遵守。');
  y += 4;

  put(doc, '第一条　加工产品名称、规格、数量及加工费', x0, y, size, 'cjk');
  y += 15;
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const fee = gross(item.amount, rate);
    return [String(r + 1), `${name}（来料加工）`, specification, unit, String(item.quantity), (fee / item.quantity).toFixed(2), plain(fee)];
  });
  rows.push(['合计', '', '', '', '', '', plain(amount)]);
  y = grid(doc, [x0, 86, 210, 290, 320, 370, 440, x1], y, ['序号', '加工产品名称', '规格型号', '单位', '数量', '含税单价（元）', '加工费（元）'], rows, ['center', 'left', 'left', 'center', 'right', 'right', 'right'], { font: 'cjk', size: 8.3, rowHeight: 16, headerHeight: 17, shade: '#f0f0f0', line: '#555555' });
  y += 6;
  paragraph(`加工费总额（含税）：人民币${plain(amount)}元（大写：${chineseCapitalAmount(amount)}），其中不含税金额${plain(net)}元，增值税额${plain(round2(amount - net))}元，税率${Math.round(rate * 100)}%。`);
  y += 2;
  const delivery = plusDays(signing, 30 + (t.index % 3) * 15);
  clause('第二条　原材料的提供', '主要原材料由甲方按乙方确认的用料清单提供，乙方应于收到材料之日起二日内验收并出具收料单；辅料由乙方自备，费用已含在加工费内。乙方不得擅自更换甲方提供的材料，边角余料归甲方所有。');
  clause('第三条　质量要求', `乙方按甲方提供的图纸（图号：JG-${digitsOf(buyer.taxId, 4)}）及相关国家标准加工，每批产品随附出厂检验报告。`);
  clause('第四条　交付期限及地点', `乙方应于${chineseDay(delivery)}前将全部加工产品送达甲方仓库（${buyer.address}），运输费用及途中风险由乙方承担。`);
  clause('第五条　验收', '甲方应在收货后七个工作日内按本合同约定的标准验收，对不合格品乙方应在五日内返工或重做，因此产生的费用由乙方承担。');
  clause('第六条　加工费结算', `本合同签订后十日内甲方预付加工费的30%即${plain(advance)}元；余款在全部产品验收合格并收到乙方开具的增值税专用发票后三十日内以银行转账方式付清。`);
  clause('第七条　违约责任', '乙方逾期交付的，每逾期一日按逾期部分加工费的千分之三支付违约金；甲方逾期付款的，每逾期一日按逾期金额的千分之三支付违约金。');
  clause('第八条　争议解决', '因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。');
  clause('第九条　其他', '本合同一式肆份，甲乙双方各执贰份，具有同等法律效力，自双方签字盖章之日起生效。');
  y += 8;

  // the signature blocks
  const blocks: [string, Party][] = [['甲方（定作方）', buyer], ['乙方（承揽方）', seller]];
  const half = width / 2;
  blocks.forEach(([role, p], i) => {
    const x = x0 + i * half;
    put(doc, `${role}（盖章）：`, x, y, 9, 'cjk');
    put(doc, p.name, x, y + 15, 9, 'cjk');
    put(doc, '法定代表人或委托代理人：', x, y + 36, 8.8, 'cjk');
    handwritten(doc, pickBy(p.taxId, representatives), x + 116, y + 32, 13, 'cjk');
    put(doc, `开户银行：${pickBy(p.name, ['中国工商银行', '中国建设银行', '中国银行', '招商银行'])}${p.address.slice(0, 3)}分行`, x, y + 56, 8.3, 'cjk');
    put(doc, `账号：${digitsOf(p.taxId + 'bank', 19)}`, x, y + 70, 8.3, 'cjk');
    put(doc, `日期：${chineseDay(signing)}`, x, y + 86, 8.8, 'cjk');
    seal(doc, x + 120 + (t.index % 3) * 6, y + 34, 38, 38, p.name, null, '合同专用章', { tilt: (i ? 8 : -10) + (t.index % 4) * 3, rimSize: 7.5 });
  });
}

export const heldOut15Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-construction-service-e-invoice': cnConstructionServiceEInvoice,
  'en-marketplace-vat-invoice': enMarketplaceVatInvoice,
  'en-delivery-note-cofc': enDeliveryNoteCofc,
  'cn-processing-contract': cnProcessingContract,
};

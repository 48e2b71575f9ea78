import type { GeneratedTruth, Party } from './generated-truth';
import { longDate, signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, grouped, parts, pickBy, poundsInWords, put, rule, splitAddress, wrap, type Font } from './generated-layouts-heldout-4';
import { crossedCircle } from './generated-layouts-heldout-6';
import { chineseDay, englishNames, handwritten, itemName, percent, round2, specifications, wrapChinese } from './generated-layouts-heldout-7';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-vat-invoice-sales-list: the 销售货物或者提供应税劳务、服务清单 that goes with a VAT invoice of
 *    many lines: a ruled nine-column list, the totals with the amount in capitals, and both parties'
 *    registration data in a band at the foot;
 *  - en-export-commercial-invoice: a British exporter's commercial invoice, a grid of boxes
 *    (exporter, consignee, buyer, notify party, shipping particulars), HS codes and the total in words;
 *  - cn-logistics-sign-off-sheet: a carrier's 物流签收单, a grid of shaded label cells, signed for by
 *    hand, dated by hand and sealed with the consignee's receiving stamp;
 *  - cn-bilingual-contract-two-column: a 购销合同 / SALES CONTRACT set in two columns, Chinese at the
 *    left and English at the right, the price in figures and in capitals (大写).
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */
type Align = 'left' | 'right' | 'center';

interface GridStyle {
  font: Font;
  size: number;
  rowHeight: number;
  headerHeight: number;
  shade: string;
  line: string;
}

/**
 * A ruled table: a shaded header row (a header may hold two lines, split by a newline), then one row
 * per entry, every cell ruled; returns the y under the last row.
 */
export function grid(doc: Doc, columns: number[], y: number, headers: string[], rows: string[][], aligns: Align[], style: GridStyle): number {
  const x0 = columns[0] ?? 0;
  const x1 = columns[columns.length - 1] ?? 0;
  const bottom = y + style.headerHeight + rows.length * style.rowHeight;
  doc.save().rect(x0, y, x1 - x0, style.headerHeight).fill(style.shade).restore();
  headers.forEach((header, c) => {
    const lines = header.split('\n');
    const mid = ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2;
    lines.forEach((line, i) => put(doc, line, mid, y + (style.headerHeight - lines.length * (style.size + 2)) / 2 + i * (style.size + 2), style.size, style.font, 'center'));
  });
  rows.forEach((row, r) => {
    const top = y + style.headerHeight + r * style.rowHeight;
    row.forEach((value, c) => {
      const align = aligns[c] ?? 'left';
      const x = align === 'left' ? (columns[c] ?? x0) + 3 : align === 'right' ? (columns[c + 1] ?? x1) - 3 : ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2;
      put(doc, value, x, top + (style.rowHeight - style.size) / 2, style.size, style.font, align);
    });
  });
  for (let r = 0; r <= rows.length; r += 1) rule(doc, x0, y + style.headerHeight + r * style.rowHeight, x1, y + style.headerHeight + r * style.rowHeight, 0.5, style.line);
  rule(doc, x0, y, x1, y, 0.5, style.line);
  columns.forEach((x) => rule(doc, x, y, x, bottom, 0.5, style.line));
  return bottom;
}

/** A label cell, shaded, and its value cell beside it, as forms of label–value grids print them. */
function labelled(doc: Doc, label: string, value: string, x: number, y: number, labelWidth: number, width: number, height: number, size: number, shade: string): void {
  box(doc, x, y, labelWidth, height, shade);
  box(doc, x + labelWidth, y, width - labelWidth, height);
  put(doc, label, x + labelWidth / 2, y + (height - size) / 2, size, 'cjk', 'center');
  if (value) put(doc, value, x + labelWidth + 5, y + (height - size) / 2, size, 'cjk');
}

// ---------------------------------------------------------------------------------------------
// cn-vat-invoice-sales-list

const drawers = ['王晓燕', '李建', '赵倩', '孙海峰'];
const checkers = ['钱明', '周丽', '郑涛'];
const bankOf = ['中国工商银行', '中国建设银行', '中国农业银行', '招商银行', '兴业银行'];

function cnVatInvoiceSalesList(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 40;
  const x1 = 555;
  const brown = '#7a4b1c';

  put(doc, '销售货物或者提供应税劳务、服务清单', 297, 40, 16, 'cjk', 'center', brown);
  rule(doc, 150, 62, 444, 62, 1, brown); rule(doc, 150, 65, 444, 65, 0.5, brown);
  put(doc, `购买方名称：${buyer.name}`, x0, 80, 10, 'cjk');
  put(doc, `销售方名称：${seller.name}`, x0, 98, 10, 'cjk');
  put(doc, '币种：人民币（CNY）　单位：元', x1, 98, 8.5, 'cjk', 'right');
  put(doc, `所属增值税电子普通发票代码：${t.extras.invoiceCode}　号码：${e['invoiceNumber']}　　共 1 页　第 1 页`, x0, 116, 9, 'cjk');

  const columns = [x0, 66, 190, 262, 290, 330, 398, 462, 494, x1];
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    return [String(r + 1), name, specification, unit, String(item.quantity), (item.amount / item.quantity).toFixed(6), item.amount.toFixed(2), percent(rate), round2(item.amount * rate).toFixed(2)];
  });
  while (rows.length < 10) rows.push(['', '', '', '', '', '', '', '', '']);
  const style: GridStyle = { font: 'cjk', size: 8, rowHeight: 20, headerHeight: 22, shade: '#f3e9dc', line: brown };
  let y = grid(doc, columns, 136, ['序号', '货物（劳务）名称', '规格型号', '单位', '数量', '单价', '金额', '税率', '税额'], rows, ['center', 'left', 'left', 'center', 'right', 'right', 'right', 'center', 'right'], style);

  // subtotal, total, the total in words and figures, remarks: full-width rows of the same ruling
  const net = Number(e['netAmount']);
  const tax = Number(e['taxAmount']);
  const amountColumn = columns[6] ?? 398;
  const taxColumn = columns[8] ?? 494;
  for (const label of ['小　计', '总　计']) {
    box(doc, x0, y, x1 - x0, 20);
    put(doc, label, ((columns[1] ?? 66) + (columns[2] ?? 190)) / 2, y + 6, 8.5, 'cjk', 'center');
    put(doc, net.toFixed(2), (columns[7] ?? 462) - 3, y + 6, 8.5, 'cjk', 'right');
    put(doc, tax.toFixed(2), x1 - 3, y + 6, 8.5, 'cjk', 'right');
    rule(doc, amountColumn, y, amountColumn, y + 20, 0.5, brown); rule(doc, taxColumn, y, taxColumn, y + 20, 0.5, brown);
    y += 20;
  }
  box(doc, x0, y, x1 - x0, 24);
  put(doc, '价税合计（大写）', x0 + 6, y + 7.5, 9, 'cjk');
  crossedCircle(doc, x0 + 104, y + 12, 4.5);
  put(doc, chineseCapitalAmount(Number(e['totalAmount'])), x0 + 114, y + 7.5, 9, 'cjk');
  put(doc, `（小写）¥${Number(e['totalAmount']).toFixed(2)}`, x1 - 6, y + 7.5, 9, 'cjk', 'right');
  y += 24;
  box(doc, x0, y, x1 - x0, 30);
  put(doc, '备注', x0 + 6, y + 10, 9, 'cjk');
  put(doc, `随附于发票号码${e['invoiceNumber']}，清单与发票同时使用方为有效。`, x0 + 40, y + 10, 8.5, 'cjk');

  // both parties' registration data in a band at the foot
  y += 44;
  const half = (x1 - x0) / 2;
  const band = (party: Party, heading: string, x: number) => {
    box(doc, x, y, half, 18, '#f3e9dc');
    put(doc, heading, x + half / 2, y + 4.5, 9, 'cjk', 'center');
    box(doc, x, y + 18, half, 80);
    const phone = `0${digitsOf(party.address, 3)}-${digitsOf(party.name, 8)}`;
    const bank = `${pickBy(party.taxId, bankOf)}${party.address.slice(0, 2)}分行 ${digitsOf(party.taxId + party.name, 19)}`;
    [`名　　称：${party.name}`, `纳税人识别号：${party.taxId}`, `地址、电话：${party.address} ${phone}`, `开户行及账号：${bank}`].forEach((line, i) => put(doc, line, x + 6, y + 25 + i * 18, 8.5, 'cjk'));
  };
  band(buyer, '购　买　方', x0);
  band(seller, '销　售　方', x0 + half);
  y += 112;
  put(doc, `开票人：${pickBy(seller.name, drawers)}　　复核：${pickBy(seller.taxId, checkers)}`, x0, y + 8, 9, 'cjk');
  put(doc, '销售方（章）', 370, y + 8, 9, 'cjk');
  put(doc, `填开日期：${chineseDay(String(e['issueDate']))}`, x1, y + 30, 9, 'cjk', 'right');
}

// ---------------------------------------------------------------------------------------------
// en-export-commercial-invoice

const hsCodes: Record<string, string> = { 'Deep groove ball bearing': '8482.10.10', 'Hydraulic pump unit': '8413.60.20', 'Steel flange DN50': '7307.91.00', 'Control cable 5 m': '8544.49.93', 'Gear motor 0.75 kW': '8501.52.20' };
const forwarders = [['Kestrel Freight Forwarding Ltd', 'Unit 9, Dock Road, Felixstowe IP11 3TD'], ['Harbourline Shipping Services Ltd', 'Port House, Trinity Terminal, Felixstowe'], ['Meridian Cargo Agents Ltd', '3 Langer Road, Felixstowe IP11 2BW']] as const;
const vessels = ['MSC ADELE / 512N', 'MAERSK KENSINGTON / 237W', 'CMA CGM RHONE / 0FL4R', 'ONE HARMONY / 019E'];
const exportClerks = ['Gareth Lloyd', 'Megan Price', 'Ravi Chauhan', 'Alison Reid'];

function enExportCommercialInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const x0 = 40;
  const x1 = 555;
  const mid = 297;
  const issued = String(e['issueDate']);
  const [forwarder, forwarderAddress] = pickBy(buyer.name + issued, forwarders);

  put(doc, seller.name.toUpperCase(), x0, 36, 14, 'Helvetica-Bold');
  put(doc, `${sellerAt.street}, ${sellerAt.town}, United Kingdom  ·  Tel +44 ${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 6)}`, x0, 54, 8, 'Helvetica');
  put(doc, 'COMMERCIAL INVOICE', x1, 34, 17, 'Helvetica-Bold', 'right');
  put(doc, 'ORIGINAL', x1, 56, 8, 'Helvetica-Bold', 'right', '#8b0000');
  rule(doc, x0, 70, x1, 70, 1.2, '#111111');

  /** a box of the form: its caption in small capitals at the top, its entry below */
  const cell = (caption: string, x: number, y: number, w: number, h: number, lines: string[], font: Font = 'Helvetica', size = 8.5) => {
    box(doc, x, y, w, h);
    put(doc, caption.toUpperCase(), x + 4, y + 3.5, 6, 'Helvetica-Bold', 'left', '#444444');
    lines.forEach((line, i) => put(doc, line, x + 4, y + 14 + i * 11, size, font));
  };
  let y = 78;
  cell('Exporter / Shipper', x0, y, mid - x0, 70, [seller.name, sellerAt.street, `${sellerAt.town}, United Kingdom`, `VAT No. ${seller.taxId}   EORI ${seller.taxId}000`]);
  const quarter = (x1 - mid) / 2;
  cell('Invoice No.', mid, y, quarter, 35, [String(e['invoiceNumber'])], 'Helvetica-Bold', 10);
  cell('Invoice date', mid + quarter, y, quarter, 35, [longDate(issued)], 'Helvetica', 9.5);
  cell("Buyer's order No.", mid, y + 35, quarter, 35, [`PO ${digitsOf(buyer.name + issued, 6)}`]);
  cell('Currency', mid + quarter, y + 35, quarter, 35, ['GBP (Pounds sterling)']);
  y += 70;
  cell('Consignee', x0, y, mid - x0, 70, [`${buyer.name}`, 'c/o Waalhaven Distribution Centre B.V.', 'Waalhaven Z.z. 19, 3089 JH Rotterdam', 'The Netherlands']);
  cell('Buyer (if other than consignee)', mid, y, x1 - mid, 70, [buyer.name, buyerAt.street, `${buyerAt.town}, United Kingdom`, `VAT No. ${buyer.taxId}`]);
  y += 70;
  cell('Notify party', x0, y, mid - x0, 48, [forwarder, forwarderAddress]);
  cell('Terms of delivery and payment', mid, y, x1 - mid, 48, ['FCA Felixstowe (Incoterms 2020)', 'Payment: 30 days net from date of invoice, by bank transfer']);
  y += 48;
  const fourth = (x1 - x0) / 4;
  [['Country of origin', 'United Kingdom'], ['Port of loading', 'Felixstowe, UK'], ['Port of discharge', 'Rotterdam, NL'], ['Vessel / voyage', pickBy(forwarder + issued, vessels)]].forEach(([caption, value], i) => cell(caption ?? '', x0 + i * fourth, y, fourth, 30, [value ?? '']));
  y += 42;

  const marks = `${digitsOf(buyer.name, 4)}/RTM`;
  const rows = items.map((item, r) => [r === 0 ? marks : '', item.name, hsCodes[item.name] ?? '', String(item.quantity), grouped(item.amount / item.quantity), grouped(item.amount)]);
  while (rows.length < 4) rows.push(['', '', '', '', '', '']);
  y = grid(doc, [x0, 110, 290, 360, 410, 480, x1], y, ['Marks & Nos.', 'Description of goods', 'HS code', 'Quantity', 'Unit price\nGBP', 'Amount\nGBP'], rows, ['left', 'left', 'center', 'right', 'right', 'right'], { font: 'Helvetica', size: 8.5, rowHeight: 18, headerHeight: 24, shade: '#e6e6e6', line: '#333333' });

  y += 10;
  const totals: [string, string, Font][] = [['Total net value', grouped(Number(e['netAmount'])), 'Helvetica'], [`VAT ${percent(rate)}`, grouped(Number(e['taxAmount'])), 'Helvetica'], ['Invoice total GBP', grouped(Number(e['totalAmount'])), 'Helvetica-Bold']];
  totals.forEach(([label, value, font], i) => {
    put(doc, label, 380, y + i * 15, 9, font);
    put(doc, value, x1 - 3, y + i * 15, 9, font, 'right');
  });
  rule(doc, 380, y + 28, x1, y + 28, 0.6);
  const packages = items.reduce((sum, item) => sum + Math.max(1, Math.ceil(item.quantity / 25)), 0);
  const netWeight = items.reduce((sum, item) => sum + item.quantity * 1.7, 0);
  put(doc, `Packages: ${packages} cartons on ${Math.max(1, Math.ceil(packages / 12))} pallet(s)`, x0, y, 8.5, 'Helvetica');
  put(doc, `Net weight: ${netWeight.toFixed(1)} kg`, x0, y + 15, 8.5, 'Helvetica');
  put(doc, `Gross weight: ${(netWeight * 1.08 + packages * 0.6).toFixed(1)} kg`, x0, y + 30, 8.5, 'Helvetica');

  y += 58;
  box(doc, x0, y, x1 - x0, 22);
  put(doc, `SAY TOTAL: ${poundsInWords(Number(e['totalAmount'])).toUpperCase()} ONLY`, x0 + 5, y + 7, 8, 'Helvetica-Bold');
  y += 36;
  for (const line of wrap(doc, 'We hereby certify that this invoice shows the actual price of the goods described, that all particulars are true and correct, and that the goods are of United Kingdom preferential origin.', x1 - x0, 8.5, 'Helvetica')) {
    put(doc, line, x0, y, 8.5, 'Helvetica'); y += 12;
  }
  y += 16;
  const clerk = pickBy(seller.taxId, exportClerks);
  put(doc, `For and on behalf of ${seller.name}`, x0, y, 8.5, 'Helvetica');
  signature(doc, clerk, x0 + 10, y + 18, false);
  rule(doc, x0, y + 46, x0 + 200, y + 46, 0.5);
  put(doc, `${clerk}, Export Sales Manager`, x0, y + 50, 8, 'Helvetica');
  put(doc, `Place and date: ${sellerAt.town}, ${longDate(issued)}`, x0, y + 62, 8, 'Helvetica');
}

// ---------------------------------------------------------------------------------------------
// cn-logistics-sign-off-sheet

const carriers = [['安达捷物流有限公司', 'ADJ'], ['通运达供应链管理有限公司', 'TYD'], ['鑫路通物流有限公司', 'XLT'], ['华顺速运有限公司', 'HSE']] as const;
const drivers = ['张师傅', '黄建军', '吴国强', '许亮'];
const plates = ['浙A·7K2R9', '沪D·53816', '苏E·9G771', '浙B·Q6620'];
const receiverContacts = ['仓管 刘', '仓库 陈', '收货组 杨', '仓管 徐'];
const sealRed = '#d42020';

/** A round company seal: the name along the upper arc, a star, and the seal's purpose below. */
function roundSeal(doc: Doc, name: string, purpose: string, x: number, y: number, r: number): void {
  doc.save().opacity(0.72);
  doc.lineWidth(1.8).strokeColor(sealRed).circle(x, y, r).stroke();
  const chars = [...name];
  const span = 250;
  chars.forEach((char, i) => {
    const angle = -90 - span / 2 + (chars.length > 1 ? (span * i) / (chars.length - 1) : span / 2);
    const radians = (angle * Math.PI) / 180;
    const cx = x + (r - 9) * Math.cos(radians);
    const cy = y + (r - 9) * Math.sin(radians);
    doc.save().rotate(angle + 90, { origin: [cx, cy] });
    doc.font('cjk').fontSize(8).fillColor(sealRed).text(char, cx - 4, cy - 4, { lineBreak: false });
    doc.restore();
  });
  const star = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 ? 4 : 10;
    const a = ((-90 + i * 36) * Math.PI) / 180;
    return [x + radius * Math.cos(a), y - 2 + radius * Math.sin(a)] as [number, number];
  });
  doc.polygon(...star).fill(sealRed);
  doc.font('cjk').fontSize(7.5).fillColor(sealRed);
  doc.text(purpose, x - doc.widthOfString(purpose) / 2, y + r * 0.45, { lineBreak: false });
  doc.restore();
}

/** Vertical bars standing for the barcode of the number printed under them. */
function barcode(doc: Doc, key: string, x: number, y: number, width: number, height: number): void {
  const bars = digitsOf(key, 44);
  let at = x;
  doc.save().fillColor('#111111');
  for (const [i, digit] of [...bars].entries()) {
    const w = 0.6 + (Number(digit) % 3) * 0.55;
    if (i % 2 === 0) doc.rect(at, y, w, height).fill();
    at += w + 0.7;
    if (at > x + width) break;
  }
  doc.restore();
}

/** ✓ drawn by hand in a tick box */
function tick(doc: Doc, x: number, y: number): void {
  doc.save().lineWidth(1.3).strokeColor('#1a2a6c').moveTo(x - 1, y + 4).lineTo(x + 3, y + 9).lineTo(x + 11, y - 3).stroke().restore();
}

function cnLogisticsSignOffSheet(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const [carrier, code] = pickBy(seller.name + String(t.index), carriers);
  const x0 = 38;
  const x1 = 557;
  const width = x1 - x0;
  const shade = '#e4ecf4';
  const blue = '#1f4e8c';
  const number = String(e['deliveryNoteNumber']);

  // carrier's heading, the number and its barcode
  doc.save().roundedRect(x0, 30, 46, 30, 5).fill(blue).restore();
  put(doc, code, x0 + 23, 38, 13, 'Helvetica-Bold', 'center', '#ffffff');
  put(doc, carrier, x0 + 54, 32, 12, 'cjk', 'left', blue);
  put(doc, `全国服务热线：400-${digitsOf(carrier, 3)}-${digitsOf(carrier + 'tel', 4)}`, x0 + 54, 50, 8, 'cjk');
  put(doc, '物 流 签 收 单', 297, 74, 18, 'cjk', 'center');
  barcode(doc, number, 400, 28, 150, 26);
  put(doc, `单号：${number}`, 400, 58, 10, 'cjk');

  // the consignment, a grid of label and value cells in two columns
  let y = 104;
  const labelWidth = 62;
  const wide = 330;
  const rows: [string, string, string, string][] = [
    ['发货单位', seller.name, '发货日期', String(e['deliveryDate'])],
    ['发货地址', seller.address, '发货电话', `0${digitsOf(seller.address, 3)}-${digitsOf(seller.name, 8)}`],
    ['收货单位', buyer.name, '客户订单号', String(e['orderReference'])],
    ['收货地址', buyer.address, '收货联系人', `${pickBy(buyer.taxId, receiverContacts)} 13${digitsOf(buyer.name, 9)}`],
    ['承运车辆', pickBy(number, plates), '司机', `${pickBy(carrier + number, drivers)} 15${digitsOf(number, 9)}`],
  ];
  rows.forEach(([label, value, label2, value2]) => {
    labelled(doc, label, value, x0, y, labelWidth, wide, 22, 9, shade);
    labelled(doc, label2, value2, x0 + wide, y, labelWidth, width - wide, 22, 9, shade);
    y += 22;
  });

  // the goods
  y += 12;
  put(doc, '货物明细', x0, y, 10, 'cjk', 'left', blue);
  y += 16;
  const goods = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const cartons = Math.max(1, Math.ceil(item.quantity / 20));
    return [String(r + 1), name, specification, '纸箱', String(cartons), String(item.quantity), unit, ''];
  });
  const cartons = goods.reduce((sum, row) => sum + Number(row[4]), 0);
  while (goods.length < 4) goods.push(['', '', '', '', '', '', '', '']);
  goods.push(['合计', '', '', '', String(cartons), '', '', '']);
  y = grid(doc, [x0, 70, 200, 300, 345, 395, 445, 485, x1], y, ['序号', '货物名称', '规格型号', '包装', '件数', '数量', '单位', '备注'], goods, ['center', 'left', 'left', 'center', 'right', 'right', 'center', 'left'], { font: 'cjk', size: 9, rowHeight: 20, headerHeight: 20, shade, line: '#333333' });

  // the sign-off: condition ticked, signature, date and seal, all by the consignee
  y += 18;
  put(doc, '收货确认（由收货方填写）', x0, y, 10, 'cjk', 'left', blue);
  y += 16;
  labelled(doc, '收货情况', '', x0, y, 80, width, 26, 9, shade);
  ['完好无损', '外包装破损', '数量短少', '其他：'].forEach((option, i) => {
    const bx = x0 + 90 + i * 105;
    box(doc, bx, y + 8, 10, 10);
    put(doc, option, bx + 14, y + 8.5, 9, 'cjk');
  });
  tick(doc, x0 + 90, y + 9);
  y += 26;
  labelled(doc, '收货人签字', '', x0, y, 80, 260, 46, 9, shade);
  signature(doc, String(e['signedBy']), x0 + 110, y + 8, true);
  labelled(doc, '签收日期', '', x0 + 260, y, 80, width - 260, 46, 9, shade);
  const signed = parts(String(e['signatureDate']));
  handwritten(doc, `${signed.year}.${signed.month}.${signed.day}`, x0 + 360, y + 16, 14, 'Times-Italic');
  y += 46;
  labelled(doc, '收货单位', '', x0, y, 80, 260, 92, 9, shade);
  put(doc, '（盖章）', x0 + 40, y + 54, 9, 'cjk', 'center');
  roundSeal(doc, buyer.name, '收货专用章', x0 + 190, y + 46, 40);
  labelled(doc, '异常说明', '', x0 + 260, y, 80, width - 260, 92, 9, shade);
  y += 104;

  const notes = ['注：1. 请收货人当面清点货物数量、检查外包装，签收即视为货物数量相符、外包装完好。', '2. 如有异常请在“异常说明”栏注明并拍照，由司机签字确认。', '3. 本单一式三联：第一联 发货方存根（白）　第二联 签收回单（红）　第三联 收货方留存（黄）'];
  notes.forEach((line, i) => put(doc, line, i ? x0 + 22 : x0, y + i * 14, 8, 'cjk', 'left', '#444444'));
}

// ---------------------------------------------------------------------------------------------
// cn-bilingual-contract-two-column

const cities: Record<string, string> = { 杭州: 'Hangzhou', 上海: 'Shanghai', 苏州: 'Suzhou', 宁波: 'Ningbo', 深圳: 'Shenzhen' };
const englishItemNames: Record<string, string> = { 深沟球轴承: 'Deep groove ball bearing', 液压泵: 'Hydraulic pump', 法兰盘: 'Flange', 控制电缆: 'Control cable', 减速电机: 'Geared motor' };
const representatives = ['陈志明', '林晓东', '王丽华', '赵永刚', '郭海燕', '马建平'];

function cnBilingualContractTwoColumn(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 42;
  const x1 = 553;
  const gutter = 297;
  const leftWidth = gutter - 8 - x0;
  const rightX = gutter + 8;
  const rightWidth = x1 - rightX;
  const signing = String(e['signingDate']);
  const amount = Number(e['amount']);
  const city = buyer.address.slice(0, 2);
  const english = (party: Party) => englishNames[party.name] ?? party.name;

  put(doc, '购 销 合 同', 297, 34, 19, 'cjk', 'center');
  put(doc, 'SALES CONTRACT', 297, 58, 12, 'Times-Bold', 'center');
  const header: [string, string][] = [['合同编号 Contract No.：', String(e['contractNumber'])], ['签订日期 Date：', `${chineseDay(signing)} / ${longDate(signing)}`], ['签订地点 Place：', `${city} ${cities[city] ?? ''}`]];
  header.forEach(([label, value], i) => put(doc, `${label}${value}`, 330, 80 + i * 13, 8.5, 'cjk'));

  /** A clause set twice side by side; the next begins under the longer of the two. */
  let y = 130;
  const clause = (chinese: string, englishText: string, gap = 7) => {
    const zh = wrapChinese(doc, chinese, leftWidth, 8.5);
    const en = wrap(doc, englishText, rightWidth, 8, 'Times-Roman');
    zh.forEach((line, i) => put(doc, line, x0, y + i * 13, 8.5, 'cjk'));
    en.forEach((line, i) => put(doc, line, rightX, y + i * 11, 8, 'Times-Roman'));
    y += Math.max(zh.length * 13, en.length * 11) + gap;
  };
  const partyClause = (party: Party, zhRole: string, enRole: string) => {
    clause(`${zhRole}：${party.name}`, `${enRole}: ${english(party)}`, 2);
    clause(`统一社会信用代码：${party.taxId}`, `Unified Social Credit Code: ${party.taxId}`, 2);
    clause(`地址：${party.address}`, `Address: ${cities[party.address.slice(0, 2)] ?? ''}, China`, 2);
    clause(`电话：0${digitsOf(party.address, 3)}-${digitsOf(party.name, 8)}`, `Tel: +86 ${digitsOf(party.address, 3).replace(/^0/, '')} ${digitsOf(party.name, 8)}`, 9);
  };
  partyClause(seller, '卖方', 'The Seller');
  partyClause(buyer, '买方', 'The Buyer');
  clause('买卖双方经友好协商，同意按下列条款由买方购进、卖方售出下列货物，并订立本合同。', 'This Contract is made by and between the Seller and the Buyer, whereby the Buyer agrees to buy and the Seller agrees to sell the under-mentioned goods according to the terms and conditions stipulated below.', 10);

  rule(doc, gutter, 126, gutter, y - 6, 0.5, '#999999');
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const gross = round2(item.amount + round2(item.amount * rate));
    return [String(r + 1), `${name} ${englishItemNames[name] ?? ''}`, specification, String(item.quantity), unit, grouped(gross / item.quantity), grouped(gross)];
  });
  y = grid(doc, [x0, 70, 250, 330, 372, 404, 475, x1], y, ['序号\nNo.', '品名 Commodity', '规格型号\nSpecification', '数量\nQuantity', '单位\nUnit', '含税单价\nUnit Price', '含税金额(元)\nAmount (CNY)'], rows, ['center', 'left', 'left', 'right', 'center', 'right', 'right'], { font: 'cjk', size: 8, rowHeight: 18, headerHeight: 26, shade: '#eeeeee', line: '#555555' });

  // the total across the table's width, in capitals and in figures, then in English
  box(doc, x0, y, x1 - x0, 20);
  put(doc, `合计人民币（大写）：${chineseCapitalAmount(amount)}`, x0 + 6, y + 6, 9, 'cjk');
  put(doc, `¥${grouped(amount)}`, x1 - 4, y + 6, 9, 'cjk', 'right');
  box(doc, x0, y + 20, x1 - x0, 18);
  put(doc, `Total Contract Value: CNY ${grouped(amount)} (inclusive of ${percent(rate)} VAT)`, x0 + 6, y + 25, 8.5, 'Times-Roman');
  y += 50;
  const top = y;
  clause(`一、价格条款：上述价格为含税价，含${percent(rate)}增值税，包括包装费及运至买方仓库的运费。`, `1. Price: the above prices include ${percent(rate)} VAT, packing and freight to the Buyer's warehouse.`);
  clause('二、交货期限及地点：卖方应于本合同签订之日起三十日内将货物送达买方指定仓库，运费由卖方承担。', `2. Time and Place of Delivery: within thirty (30) days from the date of signing, to the Buyer's designated warehouse in ${cities[city] ?? 'China'}, freight prepaid by the Seller.`);
  clause('三、包装：出口标准纸箱或木箱包装，适合长途运输，因包装不良造成的损失由卖方负责。', '3. Packing: in export standard cartons or wooden cases suitable for long-distance transport. The Seller shall be liable for any damage due to improper packing.');
  clause('四、付款方式：合同签订后七日内买方电汇30%预付款，余款在货物验收合格并收到增值税专用发票后三十日内付清。', '4. Terms of Payment: 30% by T/T within seven days after signing; the balance within thirty days after acceptance of the goods and receipt of the VAT special invoice.');
  clause('五、质量保证：卖方保证货物为全新、未使用过的合格产品，质量保证期为验收合格之日起十二个月。', '5. Quality Guarantee: the goods shall be brand-new and unused; the guarantee period is twelve (12) months from the date of acceptance.');
  clause('六、争议解决：因本合同引起的争议，双方应协商解决；协商不成的，提交中国国际经济贸易仲裁委员会仲裁。', '6. Disputes: any dispute arising from this Contract shall be settled through friendly negotiation, failing which it shall be submitted to CIETAC for arbitration.');
  clause('七、本合同一式肆份，双方各执贰份，中英文两种文本具有同等效力，自双方签字盖章之日起生效。', '7. This Contract is made out in four originals, two for each party. The Chinese and English versions are equally authentic. It takes effect upon signature and seal by both parties.');
  rule(doc, gutter, top - 4, gutter, y - 6, 0.5, '#999999');

  // signature blocks, seller at the left and buyer at the right, each bilingual
  y += 8;
  [[seller, '卖方（盖章）The Seller (Seal)'], [buyer, '买方（盖章）The Buyer (Seal)']].forEach(([party, label], i) => {
    const p = party as Party;
    const x = i ? rightX : x0;
    put(doc, label as string, x, y, 8.5, 'cjk');
    put(doc, p.name, x, y + 15, 9, 'cjk');
    put(doc, '授权代表 Authorized Representative：', x, y + 36, 8, 'cjk');
    signature(doc, pickBy(p.taxId, representatives), x + 150, y + 28, true);
    put(doc, `日期 Date：${chineseDay(signing)}`, x, y + 62, 8.5, 'cjk');
  });
}

export const heldOut8Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-vat-invoice-sales-list': cnVatInvoiceSalesList,
  'en-export-commercial-invoice': enExportCommercialInvoice,
  'cn-logistics-sign-off-sheet': cnLogisticsSignOffSheet,
  'cn-bilingual-contract-two-column': cnBilingualContractTwoColumn,
};

import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, months, parts, pickBy, poundsInWords, put, rule, splitAddress, wrap, type Font } from './generated-layouts-heldout-4';
import { handwritten, itemName, percent, round2, specifications } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-pin-feed-sales-slip: a 销售单 that bookkeeping software prints with a dot-matrix printer on a
 *    pre-printed, pin-fed, pink carbonless copy (客户联): the form's labels and ruling in blue, the
 *    printed values a little off their places, a red serial number of the form beside the software's
 *    own number, and the seller's invoicing data (开票信息) pre-printed at the foot;
 *  - en-self-billed-invoice: a British self-billed invoice, issued by the customer on the supplier's
 *    behalf: the customer's letterhead at the top, the supplier in a block below it, goods-received
 *    references in the lines, a VAT analysis and HMRC's statement on output tax;
 *  - en-merchant-delivery-ticket: an industrial merchant's delivery ticket: the ticket number in a
 *    dark band, a strip of boxes (account, order, date, route, vehicle), ordered / delivered / to
 *    follow quantities, and a receipt box signed, printed and dated by hand (dd/mm/yy);
 *  - en-sales-confirmation: a sales confirmation sent for countersigning (S/C No.), the Sellers and
 *    the Buyers named in the plural, numbered terms, the total in words and signature blocks for both.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
/** 05/03/2025, as British accounting software prints a date */
const slashDate = (iso: string) => `${pad2(parts(iso).day)}/${pad2(parts(iso).month)}/${parts(iso).year}`;
/** 05-Mar-2025, as merchant and ERP systems print a date */
const dashMonthDate = (iso: string) => `${pad2(parts(iso).day)}-${months[parts(iso).month - 1]}-${parts(iso).year}`;
/** 5th March 2025, as a formal English letter or contract dates itself */
const ordinalDate = (iso: string) => {
  const { year, month, day } = parts(iso);
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix} ${fullMonths[month - 1]} ${year}`;
};
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const initials = (name: string) => name.split(' ').filter((word) => word !== 'Ltd').map((word) => word[0]).join('').toUpperCase();

// ---------------------------------------------------------------------------------------------
// cn-pin-feed-sales-slip

const formBlue = '#2b4f96';
const serialRed = '#c41e1e';
const clerks = ['王芳', '刘建国', '陈晓', '杨丽萍', '黄磊'];
const salesmen = ['周强', '吴敏', '徐振华', '孙莉'];
const banks = ['中国工商银行', '中国银行', '交通银行', '中国建设银行', '浙商银行'];
const productCodes: Record<string, string> = { 深沟球轴承: '01.02.0205', 液压泵: '02.01.0316', 法兰盘: '03.05.0050', 控制电缆: '04.07.0715', 减速电机: '02.03.0037' };

/** The sprocket holes of continuous stationery and the perforation that tears them off. */
function pinFeedMargins(doc: Doc, top: number, bottom: number): void {
  doc.save().lineWidth(0.6).strokeColor('#8a8a8a');
  for (let y = top + 14; y < bottom - 6; y += 36) doc.circle(22, y, 5).circle(573, y, 5);
  doc.stroke().restore();
  rule(doc, 38, top, 38, bottom, 0.5, '#9a9a9a', 1.5);
  rule(doc, 557, top, 557, bottom, 0.5, '#9a9a9a', 1.5);
  rule(doc, 10, top, 585, top, 0.5, '#9a9a9a', 2);
  rule(doc, 10, bottom, 585, bottom, 0.5, '#9a9a9a', 2);
}

function cnPinFeedSalesSlip(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const top = 24;
  const bottom = 421;
  const x0 = 46;
  const x1 = 538;
  // a dot-matrix printer never lands exactly on the pre-printed form
  const dx = 1.5 + (t.index % 3);
  const dy = -1.5 - (t.index % 2);
  const label = (value: string, x: number, y: number, size = 9, align: 'left' | 'right' | 'center' = 'left') => put(doc, value, x, y, size, 'cjk', align, formBlue);
  const printed = (value: string, x: number, y: number, size = 9.5, font: Font = 'cjk', align: 'left' | 'right' | 'center' = 'left') => put(doc, value, x + dx, y + dy, size, font, align);

  doc.save().rect(10, top, 575, bottom - top).fill('#fbe9ec').restore();
  pinFeedMargins(doc, top, bottom);

  // the form as the print shop made it: the seller's name, the title and a red serial
  label(seller.name, 297, top + 10, 13, 'center');
  label('销　售　单', 297, top + 30, 18, 'center');
  rule(doc, 232, top + 53, 362, top + 53, 1, formBlue); rule(doc, 232, top + 56, 362, top + 56, 0.5, formBlue);
  put(doc, `No. ${digitsOf(seller.taxId + String(t.index), 7)}`, x1, top + 34, 12, 'Courier-Bold', 'right', serialRed);

  // the header: pre-printed labels in two columns, the software's values printed into them
  const buyerPhone = `0${digitsOf(buyer.address, 3)}-${digitsOf(buyer.name, 8)}`;
  const header: [string, string, number, Font][] = [
    ['购货单位：', buyer.name, x0, 'cjk'], ['单据编号：', String(e['invoiceNumber']), 372, 'Courier-Bold'],
    ['税　　号：', buyer.taxId, x0, 'Courier-Bold'], ['开单日期：', String(e['issueDate']), 372, 'Courier-Bold'],
    ['地址电话：', `${buyer.address} ${buyerPhone}`, x0, 'cjk'], ['币　　别：', `人民币 ${e['currency']}`, 372, 'cjk'],
    ['开户行及账号：', `${pickBy(buyer.name, banks)} ${digitsOf(buyer.taxId, 19)}`, x0, 'cjk'], ['业 务 员：', pickBy(buyer.taxId + seller.name, salesmen), 372, 'cjk'],
  ];
  header.forEach(([caption, value, x, font], i) => {
    const y = top + 70 + Math.floor(i / 2) * 17;
    label(caption, x, y);
    doc.font('cjk').fontSize(9);
    printed(value, x + doc.widthOfString(caption) + 4, y, 9.5, font);
  });

  // the table: ruled in blue on the form, eight lines whatever the order holds
  const columns = [x0, 66, 116, 182, 240, 262, 294, 344, 402, 428, 480, x1];
  const at = (c: number) => columns[c] ?? x1;
  const tableTop = top + 144;
  const headerHeight = 18;
  const rowHeight = 17;
  const lines = 6;
  const headers = ['行号', '商品编号', '商品名称', '规格型号', '单位', '数量', '单价', '金额', '税率', '税额', '价税合计'];
  doc.save().rect(x0, tableTop, x1 - x0, headerHeight).fill('#f3d6dc').restore();
  headers.forEach((header, c) => label(header, (at(c) + at(c + 1)) / 2, tableTop + 4.5, 8.5, 'center'));
  const totalsTop = tableTop + headerHeight + lines * rowHeight;
  for (let r = 0; r <= lines + 2; r += 1) {
    const y = r <= lines ? tableTop + headerHeight + r * rowHeight : totalsTop + (r - lines) * rowHeight + (r === lines + 2 ? 2 : 0);
    rule(doc, x0, y, x1, y, 0.6, formBlue);
  }
  rule(doc, x0, tableTop, x1, tableTop, 0.9, formBlue);
  columns.forEach((x, c) => rule(doc, x, tableTop, x, c === 0 || c === columns.length - 1 ? totalsTop + 2 * rowHeight + 2 : totalsTop + rowHeight, 0.6, formBlue));
  const cellRight = (c: number) => at(c + 1) - 5;
  items.forEach((item, r) => {
    const y = tableTop + headerHeight + r * rowHeight + 4.5;
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const tax = round2(item.amount * rate);
    printed(String(r + 1), (at(0) + at(1)) / 2, y, 8, 'Courier', 'center');
    printed(productCodes[name] ?? '', at(1) + 2, y, 7.5, 'Courier');
    printed(name, at(2) + 3, y - 0.5, 8.5);
    printed(specification, at(3) + 3, y, 7.5, 'Courier');
    printed(unit, (at(4) + at(5)) / 2, y - 0.5, 8.5, 'cjk', 'center');
    printed(String(item.quantity), cellRight(5), y, 8, 'Courier', 'right');
    printed((item.amount / item.quantity).toFixed(4), cellRight(6), y, 7.5, 'Courier', 'right');
    printed(item.amount.toFixed(2), cellRight(7), y, 8, 'Courier', 'right');
    printed(percent(rate), cellRight(8), y, 7.5, 'Courier', 'right');
    printed(tax.toFixed(2), cellRight(9), y, 8, 'Courier', 'right');
    printed(round2(item.amount + tax).toFixed(2), cellRight(10), y, 8, 'Courier', 'right');
  });
  label('合　　计', (at(2) + at(3)) / 2, totalsTop + 4, 8.5, 'center');
  printed(String(items.reduce((sum, item) => sum + item.quantity, 0)), cellRight(5), totalsTop + 4.5, 8, 'Courier', 'right');
  printed(grouped(Number(e['netAmount'])), cellRight(7), totalsTop + 4.5, 8, 'Courier', 'right');
  printed(grouped(Number(e['taxAmount'])), cellRight(9), totalsTop + 4.5, 8, 'Courier', 'right');
  printed(grouped(Number(e['totalAmount'])), cellRight(10), totalsTop + 4.5, 8, 'Courier', 'right');
  const wordsTop = totalsTop + rowHeight;
  label('合计金额（大写）：', x0 + 4, wordsTop + 5, 9);
  printed(chineseCapitalAmount(Number(e['totalAmount'])), x0 + 92, wordsTop + 5, 9.5);
  label('（小写）￥', 392, wordsTop + 5, 9);
  printed(grouped(Number(e['totalAmount'])), x1 - 6, wordsTop + 5.5, 9, 'Courier-Bold', 'right');

  // the copies, one character under the other in the margin beside the table
  [...'①存根联（白）②客户联（红）③记账联（黄）'].forEach((char, i) => put(doc, char, 547, tableTop + i * 7.6, 6.5, 'cjk', 'center', formBlue));

  // the seller's invoicing data, pre-printed, then the form's signatures
  const sellerPhone = `0${digitsOf(seller.address, 3)}-${digitsOf(seller.name, 8)}`;
  const footTop = wordsTop + 30;
  label(`本公司开票信息　名称：${seller.name}　税号：${seller.taxId}`, x0, footTop, 8);
  label(`地址电话：${seller.address} ${sellerPhone}　开户行及账号：${pickBy(seller.name, banks)}${seller.address.slice(0, 2)}支行 ${digitsOf(seller.taxId, 19)}`, x0, footTop + 13, 8);
  const signTop = footTop + 34;
  [['制单：', 0], ['审核：', 100], ['仓管：', 190], ['送货人：', 280], ['客户签收（盖章）：', 380]].forEach(([caption, x]) => label(String(caption), x0 + Number(x), signTop, 9));
  printed(pickBy(seller.taxId, clerks), x0 + 30, signTop, 9.5);
  label('注：请客户收货时当面点清数量，如有异议请于三日内提出，逾期视同无误。本单不作报销凭证，发票另开。', x0, signTop + 24, 7.5);
}

// ---------------------------------------------------------------------------------------------
// en-self-billed-invoice

const teal = '#0f5c63';
const companyHouses = ['Registered in England and Wales', 'Registered in England'];

function enSelfBilledInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const buyerAt = splitAddress(buyer);
  const sellerAt = splitAddress(seller);
  const x0 = 48;
  const x1 = 547;
  const issued = String(e['issueDate']);

  // the customer's letterhead: it issues the invoice
  doc.save().rect(x0, 38, 36, 36).fill(teal).restore();
  put(doc, initials(buyer.name), x0 + 18, 50, 12, 'Helvetica-Bold', 'center', '#ffffff');
  put(doc, buyer.name, x0 + 46, 38, 15, 'Helvetica-Bold', 'left', teal);
  put(doc, `${buyerAt.street}, ${buyerAt.town}  ·  Tel 0${digitsOf(buyer.name, 3)} ${digitsOf(buyer.address, 3)} ${digitsOf(buyer.taxId, 4)}`, x0 + 46, 57, 8, 'Helvetica');
  put(doc, `VAT Reg. No. ${buyer.taxId}`, x0 + 46, 68, 8, 'Helvetica');
  put(doc, 'SELF-BILLED INVOICE', x1, 40, 16, 'Helvetica-Bold', 'right');
  put(doc, 'Page 1 of 1', x1, 61, 8, 'Helvetica', 'right', '#555555');
  rule(doc, x0, 88, x1, 88, 2, teal);

  // the supplier, for whom the invoice is raised, and the invoice's particulars
  put(doc, 'Supplier', x0, 102, 9, 'Helvetica-Bold', 'left', teal);
  [seller.name, sellerAt.street, sellerAt.town, 'United Kingdom'].forEach((line, i) => put(doc, line, x0, 116 + i * 12, i ? 9 : 10, i ? 'Helvetica' : 'Helvetica-Bold'));
  put(doc, `Supplier VAT Reg. No.: ${seller.taxId}`, x0, 168, 9, 'Helvetica');
  put(doc, `Supplier account: S${digitsOf(seller.name, 5)}`, x0, 180, 9, 'Helvetica');
  const particulars: [string, string][] = [
    ['Invoice number', String(e['invoiceNumber'])],
    ['Invoice date / tax point', slashDate(issued)],
    ['Self-billing agreement', `SBA/${digitsOf(seller.taxId, 4)}`],
    ['Agreement valid until', slashDate(`${parts(issued).year}-12-31`)],
    ['Payment date', slashDate(t.extras.dueDate)],
    ['Currency', String(e['currency'])],
  ];
  particulars.forEach(([caption, value], i) => {
    const y = 102 + i * 15;
    doc.save().rect(318, y - 3, x1 - 318, 15).fill(i % 2 ? '#ffffff' : '#eef4f4').restore();
    put(doc, caption, 324, y, 8.5, 'Helvetica', 'left', '#333333');
    put(doc, value, x1 - 6, y, 9, 'Helvetica-Bold', 'right');
  });

  let y = 206;
  box(doc, x0, y, x1 - x0, 34, '#f7f7f2');
  const notice = `This invoice has been raised by ${buyer.name} on behalf of the supplier under the self-billing agreement above. The VAT shown is your output tax due to HMRC. Please do not issue a VAT invoice of your own for these supplies.`;
  wrap(doc, notice, x1 - x0 - 12, 8, 'Helvetica').forEach((line, i) => put(doc, line, x0 + 6, y + 6 + i * 10, 8, 'Helvetica'));
  y += 50;

  const rows = items.map((item, r) => [`GRN${digitsOf(issued + String(r) + buyer.name, 6)}`, `D${digitsOf(seller.name + String(r) + issued, 5)}`, item.name, String(item.quantity), grouped(item.amount / item.quantity), 'S', grouped(item.amount)]);
  y = grid(doc, [x0, 108, 160, 320, 360, 430, 462, x1], y, ['Goods rec. no.', 'Your ref.', 'Description', 'Qty', 'Unit price', 'VAT\ncode', 'Net amount'], rows, ['left', 'left', 'left', 'right', 'right', 'center', 'right'], { font: 'Helvetica', size: 8.5, rowHeight: 18, headerHeight: 24, shade: '#dce9e9', line: '#555555' });

  // VAT analysis at the left, the totals at the right
  y += 16;
  put(doc, 'VAT analysis', x0, y, 8.5, 'Helvetica-Bold', 'left', teal);
  const analysis = grid(doc, [x0, 100, 160, 230, 290], y + 12, ['Code', 'Rate', 'Goods', 'VAT'], [['S', `${(rate * 100).toFixed(2)}%`, grouped(Number(e['netAmount'])), grouped(Number(e['taxAmount']))], ['Z', '0.00%', '0.00', '0.00']], ['center', 'right', 'right', 'right'], { font: 'Helvetica', size: 8, rowHeight: 15, headerHeight: 15, shade: '#dce9e9', line: '#777777' });
  const totals: [string, string, Font][] = [['Total net', grouped(Number(e['netAmount'])), 'Helvetica'], ['Total VAT', grouped(Number(e['taxAmount'])), 'Helvetica'], ['Total payable GBP', grouped(Number(e['totalAmount'])), 'Helvetica-Bold']];
  totals.forEach(([caption, value, font], i) => {
    const ty = y + 4 + i * 17;
    if (i === 2) box(doc, 350, ty - 5, x1 - 350, 19, '#dce9e9');
    put(doc, caption, 356, ty, 9.5, font);
    put(doc, value, x1 - 6, ty, 9.5, font, 'right');
  });

  y = Math.max(analysis, y + 60) + 22;
  const remittance = `Payment will be made by BACS on ${slashDate(t.extras.dueDate)} to your nominated account ending ${digitsOf(seller.address + seller.name, 4)}. Queries on this invoice to accounts.payable@${buyer.name.split(' ')[0]?.toLowerCase()}.co.uk, quoting your supplier account.`;
  wrap(doc, remittance, x1 - x0, 8.5, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 8.5, 'Helvetica'); y += 12; });

  rule(doc, x0, 780, x1, 780, 0.5, '#999999');
  put(doc, `${buyer.name} · ${pickBy(buyer.name, companyHouses)} No. ${digitsOf(buyer.name + 'crn', 8)} · Registered office: ${buyer.address} · VAT Reg. No. ${buyer.taxId}`, 297, 786, 6.5, 'Helvetica', 'center', '#555555');
}

// ---------------------------------------------------------------------------------------------
// en-merchant-delivery-ticket

const ink = '#1a1a1a';
const navy = '#1d2f4f';
const drivers = ['Gary Holt', 'Steve Marsh', 'Kieran Doyle', 'Paul Ainsworth', 'Lee Barton'];
const productCodesEn: Record<string, string> = { 'Deep groove ball bearing': 'BRG-6205-2RS', 'Hydraulic pump unit': 'HYD-PU-316', 'Steel flange DN50': 'FLG-DN50-16', 'Control cable 5 m': 'CAB-CY-7X15', 'Gear motor 0.75 kW': 'MOT-R37-075' };
const unitsEn: Record<string, string> = { 'Deep groove ball bearing': 'EA', 'Hydraulic pump unit': 'EA', 'Steel flange DN50': 'EA', 'Control cable 5 m': 'COIL', 'Gear motor 0.75 kW': 'EA' };

function enMerchantDeliveryTicket(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const x0 = 42;
  const x1 = 553;
  const number = String(e['deliveryNoteNumber']);
  const delivered = String(e['deliveryDate']);

  // the branch's heading and the ticket's number in a dark band
  put(doc, seller.name, x0, 36, 16, 'Helvetica-Bold', 'left', navy);
  put(doc, 'Industrial & Engineering Supplies', x0, 55, 9, 'Helvetica-Oblique', 'left', '#444444');
  put(doc, `${sellerAt.town} branch: ${sellerAt.street}, ${sellerAt.town}  ·  Sales 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 6)}`, x0, 68, 7.5, 'Helvetica');
  doc.save().rect(340, 32, x1 - 340, 28).fill(navy).restore();
  put(doc, 'DELIVERY TICKET', 350, 40, 14, 'Helvetica-Bold', 'left', '#ffffff');
  put(doc, 'Ticket No.', 350, 68, 8, 'Helvetica');
  put(doc, number, x1, 65, 14, 'Courier-Bold', 'right', ink);
  put(doc, 'CUSTOMER COPY', x1, 82, 6.5, 'Helvetica-Bold', 'right', '#666666');

  // a strip of boxes
  const strip: [string, string][] = [['Account', `${initials(buyer.name)}${digitsOf(buyer.taxId, 4)}`], ['Customer order no.', String(e['orderReference'])], ['Delivery date', dashMonthDate(delivered)], ['Route / drop', `R${digitsOf(buyer.address, 2)} / ${1 + Number(digitsOf(number, 1))}`], ['Vehicle', `${pickBy(number, ['YX', 'LK', 'MA', 'BD'])}${digitsOf(number, 2)} ${pickBy(seller.name, ['KHT', 'FZP', 'RWU', 'GNB'])}`]];
  const cell = (x1 - x0) / strip.length;
  strip.forEach(([caption, value], i) => {
    box(doc, x0 + i * cell, 96, cell, 34);
    put(doc, caption.toUpperCase(), x0 + i * cell + 4, 100, 6, 'Helvetica-Bold', 'left', '#555555');
    put(doc, value, x0 + i * cell + 4, 114, 9.5, 'Helvetica');
  });

  // invoice and delivery addresses
  const addressBox = (caption: string, x: number, lines: string[]) => {
    doc.save().rect(x, 142, (x1 - x0) / 2 - 6, 14).fill('#e3e7ee').restore();
    box(doc, x, 142, (x1 - x0) / 2 - 6, 84);
    put(doc, caption, x + 5, 145.5, 8, 'Helvetica-Bold', 'left', navy);
    lines.forEach((line, i) => put(doc, line, x + 5, 162 + i * 12, i ? 9 : 9.5, i ? 'Helvetica' : 'Helvetica-Bold'));
  };
  addressBox('Invoice address', x0, [buyer.name, 'Accounts Payable', buyerAt.street, buyerAt.town]);
  addressBox('Delivery address', (x0 + x1) / 2 + 6, [buyer.name, 'Goods Inward, Gate 2', buyerAt.street, buyerAt.town, `Site contact: ${pickBy(buyer.taxId, ['R. Patel', 'J. Hughes', 'M. Kowalski', 'S. Green'])}`]);
  put(doc, 'Delivery instructions: forklift on site. Deliver to goods inward, 07:30–15:30 only. Call site contact 30 min before arrival.', x0, 236, 8, 'Helvetica-Oblique');

  // the lines: ordered, delivered and what is to follow
  const rows = items.map((item, r) => {
    const short = r === items.length - 1 && item.quantity > 10 && t.index % 2 === 1 ? Math.floor(item.quantity / 5) : 0;
    return [String(r + 1), productCodesEn[item.name] ?? '', item.name, unitsEn[item.name] ?? 'EA', String(item.quantity), String(item.quantity - short), short ? String(short) : '—'];
  });
  while (rows.length < 5) rows.push(['', '', '', '', '', '', '']);
  let y = grid(doc, [x0, 66, 150, 338, 376, 436, 494, x1], 254, ['Line', 'Product code', 'Description', 'Unit', 'Ordered', 'Delivered', 'To follow'], rows, ['center', 'left', 'left', 'center', 'right', 'right', 'right'], { font: 'Helvetica', size: 8.5, rowHeight: 19, headerHeight: 18, shade: '#e3e7ee', line: '#444444' });
  const deliveredCount = rows.reduce((sum, row) => sum + (Number(row[5]) || 0), 0);
  put(doc, `Lines: ${items.length}    Items delivered: ${deliveredCount}    Packages: ${Math.max(1, Math.ceil(deliveredCount / 40))}`, x0, y + 8, 8.5, 'Helvetica');
  put(doc, `Picked by: ${pickBy(number + 'pick', ['DH', 'AB', 'KL', 'TW'])}    Checked by: ${pickBy(number + 'check', ['SM', 'JR', 'PN'])}`, x1, y + 8, 8.5, 'Helvetica', 'right');
  y += 28;
  const terms = `Goods remain the property of ${seller.name} until paid for in full. Shortages or visible damage must be noted on this ticket at the time of delivery; later claims for shortage cannot be accepted. Goods are supplied subject to our standard conditions of sale.`;
  wrap(doc, terms, x1 - x0, 7.5, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 7.5, 'Helvetica', 'left', '#444444'); y += 10; });

  // the receipt, by hand
  y += 14;
  box(doc, x0, y, x1 - x0, 118);
  doc.save().rect(x0, y, x1 - x0, 18).fill(navy).restore();
  put(doc, 'RECEIVED IN GOOD ORDER AND CONDITION', x0 + 8, y + 5, 9, 'Helvetica-Bold', 'left', '#ffffff');
  const signer = String(e['signedBy']);
  const signed = parts(String(e['signatureDate']));
  put(doc, 'Signature', x0 + 8, y + 30, 8, 'Helvetica');
  rule(doc, x0 + 60, y + 52, 300, y + 52, 0.5, '#777777');
  signature(doc, signer, x0 + 80, y + 28, false);
  put(doc, 'Print name', x0 + 8, y + 66, 8, 'Helvetica');
  rule(doc, x0 + 60, y + 78, 300, y + 78, 0.5, '#777777');
  handwritten(doc, signer.toUpperCase(), x0 + 70, y + 63, 12, 'Helvetica-Oblique');
  put(doc, 'Date', 320, y + 30, 8, 'Helvetica');
  rule(doc, 352, y + 52, 440, y + 52, 0.5, '#777777');
  handwritten(doc, `${pad2(signed.day)}/${pad2(signed.month)}/${String(signed.year).slice(2)}`, 358, y + 34, 14, 'Times-Italic');
  put(doc, 'Time', 450, y + 30, 8, 'Helvetica');
  rule(doc, 478, y + 52, x1 - 8, y + 52, 0.5, '#777777');
  handwritten(doc, `${8 + (Number(digitsOf(signer, 1)) % 7)}:${Number(digitsOf(number, 1)) % 6}5`, 484, y + 34, 14, 'Times-Italic');
  put(doc, `Driver: ${pickBy(number, drivers)}`, 320, y + 66, 8, 'Helvetica');
  box(doc, 320, y + 86, 9, 9);
  put(doc, 'Customer not available — goods left as instructed (driver to note)', 334, y + 87, 7, 'Helvetica');
  put(doc, 'By signing you confirm the quantities delivered above.', x0 + 8, y + 96, 7, 'Helvetica-Oblique', 'left', '#555555');

  put(doc, 'White: customer   Pink: driver (POD, return to branch)   Yellow: branch file', 297, 800, 7, 'Helvetica', 'center', '#666666');
}

// ---------------------------------------------------------------------------------------------
// en-sales-confirmation

const directors = ['Richard Hale', 'Helen Cooper', 'Andrew Shaw', 'Fiona Blake', 'Mark Jennings', 'Claire Whitmore'];
const titles = ['Sales Director', 'Managing Director', 'Commercial Manager', 'Head of Procurement', 'Purchasing Manager', 'Finance Director'];

function enSalesConfirmation(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const x0 = 54;
  const x1 = 541;
  const signing = String(e['signingDate']);
  const amount = Number(e['amount']);
  const net = round2(items.reduce((sum, item) => sum + item.amount, 0));
  const vat = round2(amount - net);

  // the Sellers' letterhead
  put(doc, seller.name.toUpperCase(), 297, 34, 15, 'Times-Bold', 'center');
  put(doc, `${sellerAt.street}, ${sellerAt.town}, United Kingdom  ·  Telephone 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 6)}  ·  VAT Reg. No. ${seller.taxId}`, 297, 53, 8, 'Times-Roman', 'center');
  rule(doc, x0, 66, x1, 66, 1.2, '#111111'); rule(doc, x0, 69, x1, 69, 0.4, '#111111');
  put(doc, 'SALES CONFIRMATION', 297, 82, 17, 'Times-Bold', 'center');

  // the reference at the right, the parties at the left
  [['S/C No.:', String(e['contractNumber'])], ['Date:', ordinalDate(signing)], ['Signed at:', sellerAt.town]].forEach(([caption, value], i) => {
    put(doc, caption ?? '', 370, 112 + i * 14, 9.5, 'Times-Bold');
    put(doc, value ?? '', 425, 112 + i * 14, 9.5, 'Times-Roman');
  });
  const party = (caption: string, p: Party, at: { street: string; town: string }, y: number) => {
    put(doc, caption, x0, y, 9.5, 'Times-Bold');
    put(doc, p.name, x0 + 70, y, 9.5, 'Times-Roman');
    put(doc, `${at.street}, ${at.town}`, x0 + 70, y + 12, 9, 'Times-Roman');
    put(doc, `VAT Reg. No. ${p.taxId}`, x0 + 70, y + 24, 9, 'Times-Roman');
  };
  party('The Sellers:', seller, sellerAt, 112);
  party('The Buyers:', buyer, buyerAt, 156);

  let y = 200;
  const paragraph = (value: string, size = 9.5, font: Font = 'Times-Roman', indent = 0, gap = 5) => {
    wrap(doc, value, x1 - x0 - indent, size, font).forEach((line) => { put(doc, line, x0 + indent, y, size, font); y += size + 2.5; });
    y += gap;
  };
  paragraph('This Sales Confirmation is made by and between the Sellers and the Buyers, whereby the Sellers agree to sell and the Buyers agree to buy the under-mentioned goods on the terms and conditions stipulated below:');

  const rows = items.map((item, r) => [String(r + 1), item.name, String(item.quantity), grouped(item.amount / item.quantity), grouped(item.amount)]);
  y = grid(doc, [x0, 80, 300, 360, 445, x1], y + 2, ['Item', 'Commodity and specification', 'Quantity', 'Unit price\n(GBP, ex VAT)', 'Amount\n(GBP)'], rows, ['center', 'left', 'right', 'right', 'right'], { font: 'Times-Roman', size: 9, rowHeight: 18, headerHeight: 26, shade: '#ececec', line: '#444444' });
  const totals: [string, string, Font][] = [['Total goods value', grouped(net), 'Times-Roman'], [`VAT at ${percent(rate)}`, grouped(vat), 'Times-Roman'], ['TOTAL CONTRACT VALUE: GBP', grouped(amount), 'Times-Bold']];
  totals.forEach(([caption, value, font], i) => {
    box(doc, 300, y + i * 17, x1 - 300, 17);
    put(doc, caption, 306, y + i * 17 + 4.5, 9, font);
    put(doc, value, x1 - 5, y + i * 17 + 4.5, 9, font, 'right');
  });
  y += 60;
  paragraph(`(SAY: POUNDS STERLING ${poundsInWords(amount).replace(/ pounds?/, '').toUpperCase()} ONLY, VAT INCLUDED)`, 9, 'Times-Bold', 0, 8);

  const clauses: [string, string][] = [
    ['Packing', 'In the manufacturer\'s standard export cartons on fumigated pallets, each package marked with the S/C number and the Buyers\' order reference.'],
    ['Time of delivery', `Not later than ${ordinalDate(plusDays(signing, 28))}. Partial deliveries are allowed with the Buyers\' prior consent.`],
    ['Place of delivery', `DAP the Buyers\' premises at ${buyerAt.street}, ${buyerAt.town} (Incoterms® 2020); risk passes on delivery.`],
    ['Terms of payment', 'By bank transfer within thirty (30) days of the date of the Sellers\' VAT invoice, issued on delivery.'],
    ['Inspection and claims', 'The Buyers shall inspect the goods within fourteen (14) days of delivery; claims for quality or quantity shall be made in writing within that period, supported by evidence.'],
    ['Force majeure', 'Neither party shall be liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly.'],
    ['Governing law', 'This Confirmation is governed by the law of England and Wales, whose courts shall have exclusive jurisdiction.'],
  ];
  clauses.forEach(([heading, body], i) => {
    put(doc, `${i + 1}.`, x0, y, 9, 'Times-Bold');
    put(doc, `${heading}:`, x0 + 14, y, 9, 'Times-Bold');
    doc.font('Times-Bold').fontSize(9);
    const headingWidth = doc.widthOfString(`${heading}: `);
    const lines = wrap(doc, body, x1 - x0 - 14 - headingWidth, 9, 'Times-Roman');
    lines.forEach((line, j) => put(doc, line, x0 + 14 + headingWidth, y + j * 11.5, 9, 'Times-Roman'));
    y += lines.length * 11.5 + 3;
  });
  y += 4;
  paragraph('Please sign and return one copy of this Sales Confirmation within seven days of its date. Once countersigned it constitutes the entire contract between the parties for the goods described.', 9, 'Times-Italic', 0, 14);

  // both parties' signature blocks
  [[seller, 'THE SELLERS'], [buyer, 'THE BUYERS']].forEach(([p, caption], i) => {
    const who = p as Party;
    const x = i ? 310 : x0;
    const signer = pickBy(who.taxId + signing, directors);
    put(doc, caption as string, x, y, 9.5, 'Times-Bold');
    put(doc, `For and on behalf of ${who.name}`, x, y + 13, 8.5, 'Times-Roman');
    signature(doc, signer, x + 20, y + 30, false);
    rule(doc, x, y + 56, x + 200, y + 56, 0.5, '#333333');
    put(doc, `Name: ${signer}`, x, y + 61, 8.5, 'Times-Roman');
    put(doc, `Title: ${pickBy(who.name + signer, titles)}`, x, y + 73, 8.5, 'Times-Roman');
    put(doc, `Date: ${ordinalDate(signing)}`, x, y + 85, 8.5, 'Times-Roman');
  });
}

export const heldOut10Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-pin-feed-sales-slip': cnPinFeedSalesSlip,
  'en-self-billed-invoice': enSelfBilledInvoice,
  'en-merchant-delivery-ticket': enMerchantDeliveryTicket,
  'en-sales-confirmation': enSalesConfirmation,
};

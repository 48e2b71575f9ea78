import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - en-tax-invoice-payment-advice: a British tax invoice as small-business accounting software
 *    prints it — the customer's address block unlabelled at the top left, invoice date, number and
 *    the seller's VAT number stacked label-over-value in a middle column, the seller's name and
 *    address at the right, and a tear-off payment advice at the foot (dates as 3 Mar 2025);
 *  - cn-erp-sales-invoice: a Chinese ERP sales invoice printout (销售专用发票 from the sales module,
 *    not the tax-bureau form): the seller as the page heading, a header of 发票号 / 开票日期 / 客户名称
 *    / 客户税号 fields in three columns, a boxed nine-column line table with amounts without thousands
 *    separators, and the seller's tax number as 本单位税号 in the footer;
 *  - en-delivery-note-pod-slip: a British delivery note without prices, its numbers in a row of
 *    boxes, invoice and delivery addresses side by side, and a proof-of-delivery slip under a cut
 *    line, signed, named and dated by hand (4/3/2025);
 *  - en-goods-agreement-particulars: an agreement for the sale of goods whose front page is a table
 *    of particulars (date, the parties in capitals, the price in figures and words), with the
 *    parties' names changing per document (Seller/Buyer, Vendor/Purchaser, …), a schedule of the
 *    goods and an execution block signed for each party.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */
export type Font = 'cjk' | 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique' | 'Times-Roman' | 'Times-Bold' | 'Times-Italic' | 'Courier' | 'Courier-Bold';

const left = 50;
const right = 545;
const ink = '#111111';
export const handInk = '#1a2a6c';

export function put(doc: Doc, value: string, x: number, y: number, size: number, font: Font, align: 'left' | 'right' | 'center' = 'left', color = ink): void {
  doc.font(font).fontSize(size);
  const width = doc.widthOfString(value);
  const at = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
  doc.fillColor(color).text(value, at, y, { lineBreak: false });
}

export function rule(doc: Doc, x1: number, y1: number, x2: number, y2: number, width = 0.7, color = '#333333', dash?: number): void {
  doc.save().lineWidth(width).strokeColor(color);
  if (dash) doc.dash(dash, { space: dash });
  doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
  doc.restore();
}

export function box(doc: Doc, x: number, y: number, width: number, height: number, fill?: string): void {
  doc.save().lineWidth(0.7).strokeColor('#333333');
  if (fill) doc.rect(x, y, width, height).fillAndStroke(fill, '#333333');
  else doc.rect(x, y, width, height).stroke();
  doc.restore();
}

/** Breaks a paragraph into lines no wider than `width` at the given font and size. */
export function wrap(doc: Doc, paragraph: string, width: number, size: number, font: Font): string[] {
  doc.font(font).fontSize(size);
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && doc.widthOfString(candidate) > width) { lines.push(line); line = word; } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A stable choice from a string, for names and numbers the truth does not hold. */
export function pickBy<T>(key: string, values: readonly T[]): T {
  let sum = 0;
  for (const char of key) sum = (sum * 31 + (char.codePointAt(0) ?? 0)) % 9973;
  return values[sum % values.length] as T;
}

/** A stable string of digits from a string. */
export function digitsOf(key: string, length: number): string {
  let state = 2166136261;
  for (const char of key) state = Math.imul(state ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  let out = '';
  while (out.length < length) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += String((state >>> 16) % 10);
  }
  return out;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
export const grouped = (value: number) => value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const fullMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const parts = (iso: string) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
/** 3 Mar 2025 */
const dayMonth = (iso: string) => `${parts(iso).day} ${months[parts(iso).month - 1]} ${parts(iso).year}`;
/** Tue 4 Mar 2025 */
const weekdayDate = (iso: string) => `${weekdays[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${dayMonth(iso)}`;
/** 3 March 2025 */
const fullDate = (iso: string) => `${parts(iso).day} ${fullMonths[parts(iso).month - 1]} ${parts(iso).year}`;
/** 4/3/2025, as a hand writes it in Britain */
const handDate = (iso: string) => `${parts(iso).day}/${parts(iso).month}/${parts(iso).year}`;
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const splitAddress = (party: Party) => {
  const [street, town] = party.address.split(', ');
  return { street: street ?? party.address, town: town ?? '' };
};

// ---------------------------------------------------------------------------------------------
// en-tax-invoice-payment-advice

function enTaxInvoicePaymentAdvice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const percent = `${Math.round(rate * 100)}%`;
  const reference = `${buyer.name.split(' ').map((word) => word[0]).join('').toUpperCase()}/${digitsOf(String(e['invoiceNumber']), 4)}`;

  put(doc, 'TAX INVOICE', left, 48, 24, 'Helvetica');
  put(doc, buyer.name, left + 10, 96, 10, 'Helvetica');
  put(doc, buyerAt.street, left + 10, 110, 9, 'Helvetica');
  put(doc, buyerAt.town, left + 10, 122, 9, 'Helvetica');
  put(doc, 'United Kingdom', left + 10, 134, 9, 'Helvetica');
  put(doc, `VAT Reg No: ${buyer.taxId}`, left + 10, 150, 9, 'Helvetica');

  const stacked: [string, string][] = [['Invoice Date', dayMonth(String(e['issueDate']))], ['Invoice Number', String(e['invoiceNumber'])], ['Reference', reference], ['VAT Number', seller.taxId]];
  stacked.forEach(([label, value], i) => {
    put(doc, label, 300, 52 + i * 30, 8.5, 'Helvetica-Bold');
    put(doc, value, 300, 64 + i * 30, 9, 'Helvetica');
  });
  [seller.name, sellerAt.street, sellerAt.town, 'United Kingdom', `Tel 0${digitsOf(seller.name, 3)} ${digitsOf(seller.taxId, 3)} ${digitsOf(seller.address, 4)}`]
    .forEach((line, i) => put(doc, line, 425, 52 + i * 13, i === 0 ? 9.5 : 9, i === 0 ? 'Helvetica-Bold' : 'Helvetica'));

  const columns = { description: left, quantity: 330, unit: 410, vat: 465, amount: right };
  let y = 215;
  put(doc, 'Description', columns.description, y, 9, 'Helvetica-Bold');
  put(doc, 'Quantity', columns.quantity, y, 9, 'Helvetica-Bold', 'right');
  put(doc, 'Unit Price', columns.unit, y, 9, 'Helvetica-Bold', 'right');
  put(doc, 'VAT', columns.vat, y, 9, 'Helvetica-Bold', 'right');
  put(doc, 'Amount GBP', columns.amount, y, 9, 'Helvetica-Bold', 'right');
  rule(doc, left, y + 14, right, y + 14, 1);
  for (const item of items) {
    y += 24;
    put(doc, item.name, columns.description, y, 9, 'Helvetica');
    put(doc, item.quantity.toFixed(2), columns.quantity, y, 9, 'Helvetica', 'right');
    put(doc, grouped(item.amount / item.quantity), columns.unit, y, 9, 'Helvetica', 'right');
    put(doc, `${Math.round(rate * 100)}%`, columns.vat, y, 9, 'Helvetica', 'right');
    put(doc, grouped(item.amount), columns.amount, y, 9, 'Helvetica', 'right');
    rule(doc, left, y + 15, right, y + 15, 0.4, '#999999');
  }
  y += 30;
  put(doc, 'Subtotal', 440, y, 9, 'Helvetica', 'right'); put(doc, grouped(Number(e['netAmount'])), right, y, 9, 'Helvetica', 'right');
  y += 16;
  put(doc, `TOTAL VAT ${percent}`, 440, y, 9, 'Helvetica', 'right'); put(doc, grouped(Number(e['taxAmount'])), right, y, 9, 'Helvetica', 'right');
  rule(doc, 360, y + 14, right, y + 14, 1.2);
  y += 22;
  put(doc, 'TOTAL GBP', 440, y, 10, 'Helvetica-Bold', 'right'); put(doc, grouped(Number(e['totalAmount'])), right, y, 10, 'Helvetica-Bold', 'right');

  y += 50;
  put(doc, `Due Date: ${dayMonth(t.extras.dueDate)}`, left, y, 10, 'Helvetica-Bold');
  put(doc, 'Please pay by bank transfer, quoting the invoice number as your reference.', left, y + 16, 9, 'Helvetica');
  put(doc, `Account name: ${seller.name}   Sort code: ${digitsOf(seller.name, 2)}-${digitsOf(buyer.name, 2)}-${digitsOf(seller.address, 2)}   Account no: ${digitsOf(`${seller.name} account`, 8)}`, left, y + 30, 9, 'Helvetica');

  // payment advice, torn off and returned with the payment
  const advice = 600;
  rule(doc, 20, advice, 575, advice, 0.8, '#555555', 3);
  put(doc, 'PAYMENT ADVICE', left, advice + 18, 16, 'Helvetica');
  put(doc, 'To:', left, advice + 48, 9, 'Helvetica-Bold');
  [seller.name, sellerAt.street, sellerAt.town, 'United Kingdom'].forEach((line, i) => put(doc, line, left + 24, advice + 48 + i * 13, 9, 'Helvetica'));
  const adviceRows: [string, string][] = [['Customer', buyer.name], ['Invoice Number', String(e['invoiceNumber'])], ['Amount Due', grouped(Number(e['totalAmount']))], ['Due Date', dayMonth(t.extras.dueDate)]];
  adviceRows.forEach(([label, value], i) => {
    put(doc, label, 300, advice + 20 + i * 18, 9, 'Helvetica-Bold');
    put(doc, value, 390, advice + 20 + i * 18, 9, 'Helvetica');
    rule(doc, 300, advice + 33 + i * 18, right, advice + 33 + i * 18, 0.4, '#999999');
  });
  put(doc, 'Amount Enclosed', 300, advice + 100, 9, 'Helvetica-Bold');
  rule(doc, 390, advice + 110, right, advice + 110, 0.8);
  put(doc, 'Enter the amount you are paying above', 390, advice + 114, 7.5, 'Helvetica-Oblique');

  put(doc, `Company Registration No: ${digitsOf(seller.taxId, 8)}. Registered Office: ${seller.address}, United Kingdom.`, 297, 800, 7.5, 'Helvetica', 'center');
}

// ---------------------------------------------------------------------------------------------
// cn-erp-sales-invoice

const salesDepartments = ['销售一部', '销售二部', '华东销售部', '国内贸易部'];
const salesmen = ['张磊', '周婷', '钱永刚', '许文博', '马丽'];
const clerks = ['周敏', '孙涛', '林晓燕', '高建华'];
const banks = ['中国工商银行杭州高新支行', '中国建设银行上海张江支行', '招商银行苏州分行营业部', '中国银行宁波北仑支行', '交通银行深圳科技园支行'];
/** stock code, specification and unit of the ERP's item master, by item name */
const stockItems: Record<string, [string, string, string]> = {
  深沟球轴承: ['01.02.0015', '6205-2RS', '套'],
  液压泵: ['02.01.0007', 'CBN-E316', '台'],
  法兰盘: ['03.04.0021', 'DN50 PN16', '片'],
  控制电缆: ['04.01.0112', 'KVVP 7×1.5', '卷'],
  减速电机: ['02.03.0046', 'R37-0.75kW', '台'],
};

function cnErpSalesInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const issued = String(e['issueDate']);
  const pageLeft = 30;
  const pageRight = 565;

  put(doc, seller.name, 297, 34, 13, 'cjk', 'center');
  put(doc, '销售专用发票', 297, 54, 18, 'cjk', 'center');
  rule(doc, 235, 78, 359, 78, 1); rule(doc, 235, 81, 359, 81, 0.6);
  put(doc, '第 1 页 / 共 1 页', pageRight, 66, 8, 'cjk', 'right');

  const columnX = [pageLeft, 215, 400];
  const field = (label: string, value: string, column: number, row: number) => put(doc, `${label}：${value}`, columnX[column] ?? pageLeft, 94 + row * 17, 9, 'cjk');
  const orderNumber = `XS${issued.replace(/-/g, '').slice(2)}${digitsOf(String(e['invoiceNumber']), 3)}`;
  field('发票号', String(e['invoiceNumber']), 0, 0); field('开票日期', issued, 1, 0); field('业务类型', '普通销售', 2, 0);
  field('销售类型', '经销', 0, 1); field('订单号', orderNumber, 1, 1); field('销售部门', pickBy(seller.name + buyer.name, salesDepartments), 2, 1);
  field('客户名称', buyer.name, 0, 2); field('业务员', pickBy(buyer.taxId, salesmen), 2, 2);
  field('客户税号', buyer.taxId, 0, 3); field('付款条件', '月结30天', 1, 3); field('币种', '人民币', 2, 3);
  field('客户地址', buyer.address, 0, 4); field('汇率', '1.00000000', 2, 4);
  field('开户银行', pickBy(buyer.name, banks), 0, 5); field('账号', digitsOf(buyer.taxId, 19), 1, 5); field('税率', (rate * 100).toFixed(2), 2, 5);

  const headers = ['存货编码', '存货名称', '规格型号', '主计量', '数量', '无税单价', '无税金额', '税额', '价税合计'];
  const widths = [58, 104, 66, 36, 44, 58, 60, 52, 57];
  const edges = widths.reduce<number[]>((acc, width) => [...acc, (acc[acc.length - 1] ?? pageLeft) + width], [pageLeft]);
  const numeric = (column: number) => column >= 4;
  const row = (values: string[], top: number, fill?: string) => values.forEach((value, i) => {
    const [x0, x1] = [edges[i] ?? pageLeft, edges[i + 1] ?? pageRight];
    box(doc, x0, top, x1 - x0, 19, fill);
    if (value) put(doc, value, fill || !numeric(i) ? x0 + 3 : x1 - 3, top + 5.5, 8.5, 'cjk', fill || !numeric(i) ? 'left' : 'right');
  });
  let y = 200;
  row(headers, y, '#ececec');
  let quantity = 0;
  let net = 0;
  let tax = 0;
  for (const item of items) {
    y += 19;
    const itemTax = round2(item.amount * rate);
    const name = item.name.replace(/^\*[^*]+\*/, '');
    quantity += item.quantity; net += item.amount; tax += itemTax;
    const [code, specification, unit] = stockItems[name] ?? ['', '', ''];
    row([code, name, specification, unit, item.quantity.toFixed(2), (item.amount / item.quantity).toFixed(4), item.amount.toFixed(2), itemTax.toFixed(2), round2(item.amount + itemTax).toFixed(2)], y);
  }
  for (let blank = items.length; blank < 5; blank += 1) { y += 19; row(headers.map(() => ''), y); }
  y += 19;
  row(['合计', '', '', '', quantity.toFixed(2), '', Number(e['netAmount']).toFixed(2), Number(e['taxAmount']).toFixed(2), Number(e['totalAmount']).toFixed(2)], y);
  y += 19;
  box(doc, pageLeft, y, pageRight - pageLeft, 19);
  put(doc, `价税合计（大写）：${chineseCapitalAmount(Number(e['totalAmount']))}`, pageLeft + 3, y + 5.5, 8.5, 'cjk');
  put(doc, `（小写）¥${Number(e['totalAmount']).toFixed(2)}`, pageRight - 3, y + 5.5, 8.5, 'cjk', 'right');

  y += 34;
  put(doc, `单位名称：${seller.name}`, pageLeft, y, 9, 'cjk');
  put(doc, `本单位税号：${seller.taxId}`, 330, y, 9, 'cjk');
  put(doc, `本单位地址：${seller.address}`, pageLeft, y + 17, 9, 'cjk');
  put(doc, `本单位开户银行：${pickBy(seller.name, banks)}  账号：${digitsOf(seller.taxId, 19)}`, pageLeft, y + 34, 9, 'cjk');
  put(doc, '备注：', pageLeft, y + 51, 9, 'cjk');
  const maker = pickBy(seller.taxId, clerks);
  const checker = clerks[(clerks.indexOf(maker) + 1) % clerks.length] ?? '';
  put(doc, `制单人：${maker}`, pageLeft, y + 85, 9, 'cjk');
  put(doc, `审核人：${checker}`, 215, y + 85, 9, 'cjk');
  put(doc, '记账人：', 400, y + 85, 9, 'cjk');
}

// ---------------------------------------------------------------------------------------------
// en-delivery-note-pod-slip

const productCodes = { 'Deep groove ball bearing': 'BRG-6205', 'Hydraulic pump unit': 'HPU-0420', 'Steel flange DN50': 'FLG-DN50', 'Control cable 5 m': 'CBL-CT05', 'Gear motor 0.75 kW': 'GMT-0075' } as Record<string, string>;
const drivers = ['K. Ahmed', 'P. Nowak', 'S. Reid', 'T. Lewis'];

function enDeliveryNotePodSlip(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const account = `${buyer.name.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase()}${digitsOf(buyer.name, 3)}`;

  put(doc, seller.name, left, 40, 17, 'Helvetica-Bold');
  put(doc, `${sellerAt.street}, ${sellerAt.town}, United Kingdom`, left, 61, 8.5, 'Helvetica');
  put(doc, `Tel 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 6)}   sales@${seller.name.split(' ').slice(0, -1).join('').toLowerCase()}.co.uk`, left, 72, 8.5, 'Helvetica');
  put(doc, 'DELIVERY NOTE', right, 40, 20, 'Helvetica-Bold', 'right');
  put(doc, 'Page 1 of 1', right, 64, 8.5, 'Helvetica', 'right');

  const cells: [string, string][] = [['Delivery Note No.', String(e['deliveryNoteNumber'])], ['Delivery Date', weekdayDate(String(e['deliveryDate']))], ['Customer Order No.', String(e['orderReference'])], ['Account', account], ['Carrier', 'Own vehicle']];
  const cellWidth = (right - left) / cells.length;
  cells.forEach(([label, value], i) => {
    const x = left + i * cellWidth;
    box(doc, x, 98, cellWidth, 15, '#e4e4e4'); box(doc, x, 113, cellWidth, 20);
    put(doc, label, x + 4, 102, 7.5, 'Helvetica-Bold');
    put(doc, value, x + 4, 119, 9, 'Helvetica');
  });

  const addressBox = (heading: string, x: number, lines: string[]) => {
    box(doc, x, 148, 240, 82);
    put(doc, heading, x + 6, 154, 8, 'Helvetica-Bold');
    lines.forEach((line, i) => put(doc, line, x + 6, 170 + i * 13, 9.5, 'Helvetica'));
  };
  addressBox('Invoice Address', left, [buyer.name, 'Accounts Payable', buyerAt.street, buyerAt.town]);
  addressBox('Delivery Address', right - 240, [buyer.name, 'Goods In, Gate 2', buyerAt.street, buyerAt.town]);

  const columns = [left, 80, 160, 370, 430, 490, right];
  const row = (values: string[], top: number, font: Font, fill?: string) => values.forEach((value, i) => {
    const [x0, x1] = [columns[i] ?? left, columns[i + 1] ?? right];
    box(doc, x0, top, x1 - x0, 18, fill);
    const numeric = i >= 3 || i === 0;
    put(doc, value, numeric && !fill ? x1 - 4 : x0 + 4, top + 5, 8.5, font, numeric && !fill ? 'right' : 'left');
  });
  let y = 250;
  row(['Line', 'Product Code', 'Description', 'Ordered', 'Delivered', 'To follow'], y, 'Helvetica-Bold', '#e4e4e4');
  items.forEach((item, i) => {
    y += 18;
    row([String(i + 1), productCodes[item.name] ?? 'GEN-0000', item.name, String(item.quantity), String(item.quantity), '0'], y, 'Helvetica');
  });
  y += 34;
  put(doc, `Number of packages: ${items.length + (t.index % 3)}`, left, y, 9, 'Helvetica');
  put(doc, `Driver: ${pickBy(String(e['deliveryNoteNumber']), drivers)}`, 330, y, 9, 'Helvetica');
  put(doc, 'Please check the goods on receipt. Shortages or damage must be noted on this slip and reported', left, y + 20, 8.5, 'Helvetica');
  put(doc, 'to us within 48 hours; no claim can be accepted afterwards. Goods remain our property until paid for in full.', left, y + 31, 8.5, 'Helvetica');

  // proof-of-delivery slip: signed by the customer and taken back by the driver
  const slip = 560;
  rule(doc, 20, slip, 575, slip, 0.8, '#555555', 3);
  put(doc, '- - cut here - -', 297, slip + 4, 7, 'Helvetica-Oblique', 'center', '#555555');
  put(doc, 'PROOF OF DELIVERY', left, slip + 22, 13, 'Helvetica-Bold');
  put(doc, 'Please sign and return this slip to the driver', right, slip + 25, 8.5, 'Helvetica-Oblique', 'right');
  put(doc, `Delivery Note No. ${e['deliveryNoteNumber']}`, left, slip + 46, 9, 'Helvetica');
  put(doc, `Customer Order No. ${e['orderReference']}`, 230, slip + 46, 9, 'Helvetica');
  put(doc, `Delivered to: ${buyer.name}`, left, slip + 62, 9, 'Helvetica');
  put(doc, 'Received the above goods in good order and condition.', left, slip + 84, 9, 'Helvetica-Bold');

  const top = slip + 104;
  box(doc, left, top, 250, 56); box(doc, left + 250, top, 245, 28); box(doc, left + 250, top + 28, 150, 28); box(doc, left + 400, top + 28, 95, 28);
  put(doc, 'Signature', left + 5, top + 4, 7.5, 'Helvetica-Bold');
  signature(doc, String(e['signedBy']), left + 40, top + 22, false);
  put(doc, 'Print name', left + 255, top + 4, 7.5, 'Helvetica-Bold');
  put(doc, String(e['signedBy']), left + 320, top + 10, 12, 'Times-Italic', 'left', handInk);
  put(doc, 'Date', left + 255, top + 32, 7.5, 'Helvetica-Bold');
  put(doc, handDate(String(e['signatureDate'])), left + 290, top + 38, 12, 'Times-Italic', 'left', handInk);
  put(doc, 'Time', left + 405, top + 32, 7.5, 'Helvetica-Bold');
  put(doc, `${8 + (t.index % 8)}:${String((t.index * 17) % 60).padStart(2, '0')}`, left + 435, top + 38, 12, 'Times-Italic', 'left', handInk);
}

// ---------------------------------------------------------------------------------------------
// en-goods-agreement-particulars

const roleNames = [
  { seller: 'Seller', buyer: 'Buyer' },
  { seller: 'Vendor', buyer: 'Purchaser' },
  { seller: 'Supplier', buyer: 'Customer' },
  { seller: 'Seller', buyer: 'Purchaser' },
] as const;
const directors = ['Rajesh Patel', 'Helen Morgan', 'Owen Hughes', 'Aisha Khan', 'Thomas Reid', 'Claire Dawson', 'Mark Ellis', 'Nadia Begum'];

const ones = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest < 20 ? ones[rest] ?? '' : `${tens[Math.floor(rest / 10)]}${rest % 10 ? `-${ones[rest % 10]}` : ''}`;
  if (!hundreds) return restWords;
  return `${ones[hundreds]} hundred${rest ? ` and ${restWords}` : ''}`;
}

/** 12345.67 → twelve thousand three hundred and forty-five pounds and sixty-seven pence (British usage). */
export function poundsInWords(value: number): string {
  const pence = Math.round(value * 100);
  const whole = Math.floor(pence / 100);
  const cents = pence % 100;
  const groups: string[] = [];
  const millions = Math.floor(whole / 1_000_000);
  const thousands = Math.floor(whole / 1000) % 1000;
  const units = whole % 1000;
  if (millions) groups.push(`${belowThousand(millions)} million`);
  if (thousands) groups.push(`${belowThousand(thousands)} thousand`);
  if (units) groups.push(`${groups.length && units < 100 ? 'and ' : ''}${belowThousand(units)}`);
  const poundsWords = groups.length ? `${groups.join(' ')} pound${whole === 1 ? '' : 's'}` : 'zero pounds';
  return cents ? `${poundsWords} and ${belowThousand(cents)} pence` : poundsWords;
}

function enGoodsAgreementParticulars(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const roles = roleNames[t.index % roleNames.length] as (typeof roleNames)[number];
  const signed = String(e['signingDate']);
  const amount = Number(e['amount']);
  const companyNumber = (party: Party) => `0${digitsOf(party.taxId, 7)}`;

  put(doc, `Contract ref: ${e['contractNumber']}`, right, 36, 8.5, 'Times-Roman', 'right');
  put(doc, 'AGREEMENT FOR THE SALE OF GOODS', 297, 60, 16, 'Times-Bold', 'center');
  rule(doc, 150, 81, 444, 81, 0.8);
  put(doc, 'PARTICULARS', left, 100, 11, 'Times-Bold');

  const labelWidth = 130;
  const valueWidth = right - left - labelWidth - 12;
  let y = 118;
  const particular = (label: string, paragraphs: { value: string; font?: Font }[]) => {
    const lines = paragraphs.flatMap((paragraph) => wrap(doc, paragraph.value, valueWidth, 10, paragraph.font ?? 'Times-Roman').map((value) => ({ value, font: paragraph.font })));
    const height = 10 + lines.length * 13;
    box(doc, left, y, labelWidth, height, '#f0f0f0'); box(doc, left + labelWidth, y, right - left - labelWidth, height);
    put(doc, label, left + 6, y + 6, 10, 'Times-Bold');
    lines.forEach((line, i) => put(doc, line.value, left + labelWidth + 6, y + 6 + i * 13, 10, line.font ?? 'Times-Roman'));
    y += height;
  };
  const partyLines = (party: Party) => [
    { value: party.name.toUpperCase(), font: 'Times-Bold' as Font },
    { value: `a company registered in England and Wales with number ${companyNumber(party)},` },
    { value: `VAT registration number ${party.taxId}, whose registered office is at` },
    { value: `${party.address} (the "${party === seller ? roles.seller : roles.buyer}")` },
  ];
  particular('Date of Agreement', [{ value: fullDate(signed) }]);
  particular(roles.seller, partyLines(seller));
  particular(roles.buyer, partyLines(buyer));
  particular('Goods', [{ value: 'The goods described in the Schedule' }]);
  particular('Price', [{ value: `£${grouped(amount)} (${poundsInWords(amount)}) inclusive of VAT at ${Math.round(rate * 100)}%` }]);
  particular('Delivery', [{ value: `Within 21 days of the Date of Agreement, DDP the ${roles.buyer}'s premises` }]);
  particular('Payment', [{ value: `Within 30 days of the date of the ${roles.seller}'s invoice` }]);

  y += 18;
  put(doc, 'TERMS', left, y, 11, 'Times-Bold');
  const clauses = [
    `1.  The ${roles.seller} shall sell and the ${roles.buyer} shall buy the Goods for the Price on the terms of these Particulars.`,
    `2.  Risk in the Goods passes on delivery; title passes when the Price has been paid in full.`,
    `3.  The ${roles.seller} warrants that the Goods conform to their specification and are free from defects in`,
    '     material and workmanship for twelve months from delivery.',
    `4.  Neither party's liability shall exceed the Price, save for death or personal injury caused by negligence.`,
    '5.  This Agreement is governed by the law of England and Wales, whose courts have exclusive jurisdiction.',
  ];
  clauses.forEach((clause, i) => put(doc, clause, left, y + 18 + i * 14, 9.5, 'Times-Roman'));
  y += 18 + clauses.length * 14 + 16;

  put(doc, 'SCHEDULE — THE GOODS', left, y, 11, 'Times-Bold');
  y += 16;
  const columns = [left, 330, 400, 470, right];
  const row = (values: string[], font: Font) => {
    values.forEach((value, i) => put(doc, value, i === 0 ? (columns[0] ?? left) + 4 : (columns[i + 1] ?? right) - 4, y + 4, 9.5, font, i === 0 ? 'left' : 'right'));
    rule(doc, left, y + 16, right, y + 16, 0.4, '#777777');
    y += 16;
  };
  row(['Description', 'Quantity', 'Unit price (£)', 'Net (£)'], 'Times-Bold');
  for (const item of items) row([item.name, String(item.quantity), grouped(item.amount / item.quantity), grouped(item.amount)], 'Times-Roman');
  const net = round2(items.reduce((sum, item) => sum + item.amount, 0));
  row(['', '', 'VAT', grouped(round2(amount - net))], 'Times-Roman');
  row(['', '', 'Price', grouped(amount)], 'Times-Bold');

  y += 24;
  put(doc, 'Signed by the parties on the date of this Agreement.', left, y, 9.5, 'Times-Italic');
  y += 22;
  [[seller, roles.seller], [buyer, roles.buyer]].forEach(([party, role], i) => {
    const p = party as Party;
    const x = left + i * 255;
    const director = pickBy(p.taxId, directors);
    put(doc, `Signed for and on behalf of the ${role as string}`, x, y, 9.5, 'Times-Roman');
    put(doc, p.name, x, y + 13, 9.5, 'Times-Bold');
    signature(doc, director, x + 20, y + 36, false);
    rule(doc, x, y + 62, x + 220, y + 62, 0.6);
    put(doc, `${director}, Director`, x, y + 67, 9, 'Times-Roman');
    put(doc, `Date: ${fullDate(signed)}`, x, y + 81, 9, 'Times-Roman');
  });
}

export const heldOut4Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'en-tax-invoice-payment-advice': enTaxInvoicePaymentAdvice,
  'cn-erp-sales-invoice': cnErpSalesInvoice,
  'en-delivery-note-pod-slip': enDeliveryNotePodSlip,
  'en-goods-agreement-particulars': enGoodsAgreementParticulars,
};

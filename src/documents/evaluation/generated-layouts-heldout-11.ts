import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, parts, pickBy, put, rule, splitAddress, wrap, type Font } from './generated-layouts-heldout-4';
import { handwritten, itemName, percent, round2, specifications, wrapChinese } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-vat-special-invoice-cipher: a paper 增值税专用发票 (抵扣联 or 发票联) as the tax-control
 *    system prints it onto the tax bureau's pre-printed form: the local title of the seller's
 *    province or city, the oval 监制章, a QR code and 机器编号, the code and red serial pre-printed
 *    and printed again by the machine, the 密码区 of cipher characters beside the buyer, amounts
 *    without separators, ⓧ before the amount in capitals, the printer's approval number up the
 *    left margin, the copy's name down the right one, and the seller's oval 发票专用章 over its block;
 *  - en-factored-invoice: a British distributor's invoice whose debts are sold to an invoice
 *    finance company: a notice of assignment naming the factor and its bank account, the seller's
 *    own VAT number only in its letterhead and footer, invoice / deliver-to addresses, a panel of
 *    references (account, order, despatch note and date, terms, due date) and a tear-off
 *    remittance advice addressed to the factor;
 *  - cn-erp-outbound-delivery-slip: an ERP's 销售出库单 (the warehouse's outbound slip) whose 回单联
 *    goes with the goods and comes back signed: barcode, print time, 源单编号 for the contract,
 *    应发 / 实发 quantities without prices, the staff who made and checked it, and a 客户签收栏 with a
 *    handwritten signature and date (2025.3.6) under the receiver's round 收货专用章;
 *  - en-conditional-sale-agreement: a British supplier's interest-free instalment agreement for
 *    business customers (title passes on the last payment), not regulated by the Consumer Credit
 *    Act: boxes for the parties, the goods, the key financial information (cash price, advance
 *    payment, balance, instalments and their dates), numbered conditions and signatures dated by hand.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
export const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The same day a number of months later (the last day of a shorter month), as instalment plans fall due. */
export const plusMonths = (iso: string, months: number) => {
  const { year, month, day } = parts(iso);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return `${target.getUTCFullYear()}-${pad2(target.getUTCMonth() + 1)}-${pad2(Math.min(day, last))}`;
};
/** 2025年03月05日, as the tax-control system prints the invoice date */
const taxDate = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** 4 March 2025 */
const wordDate = (iso: string) => `${parts(iso).day} ${fullMonths[parts(iso).month - 1]} ${parts(iso).year}`;
/** 04/03/2025 */
const slashDate = (iso: string) => `${pad2(parts(iso).day)}/${pad2(parts(iso).month)}/${parts(iso).year}`;
/** 2025.3.6, as a hand dates a Chinese receipt */
const dottedDate = (iso: string) => `${parts(iso).year}.${parts(iso).month}.${parts(iso).day}`;
/** 4/3/25, as a hand dates an English signature */
const handDate = (iso: string) => `${parts(iso).day}/${parts(iso).month}/${String(parts(iso).year).slice(2)}`;
const initials = (name: string) => name.split(' ').filter((word) => word !== 'Ltd').map((word) => word[0]).join('').toUpperCase();

/** Characters one under another, as forms print labels in narrow vertical cells and margins. */
export function vertical(doc: Doc, value: string, x: number, y: number, step: number, size: number, font: Font, color: string): void {
  [...value].forEach((char, i) => put(doc, char, x, y + i * step, size, font, 'center', color));
}

/**
 * A red seal: an ellipse (or circle) with the owner's name round its upper rim, a star or a line
 * of text in the middle and the seal's purpose at the foot, pressed a little unevenly.
 */
export function seal(doc: Doc, cx: number, cy: number, rx: number, ry: number, rim: string, middle: string | null, foot: string, options: { tilt: number; color?: string; rimSize?: number }): void {
  const color = options.color ?? '#d0262b';
  doc.save().opacity(0.78).rotate(options.tilt, { origin: [cx, cy] });
  doc.lineWidth(1.6).strokeColor(color).ellipse(cx, cy, rx, ry).stroke();
  if (rx !== ry) doc.lineWidth(0.6).ellipse(cx, cy, rx - 3, ry - 3).stroke();
  const size = options.rimSize ?? 8;
  const chars = [...rim];
  const span = Math.min(250, 20 * chars.length) * (Math.PI / 180);
  chars.forEach((char, i) => {
    const angle = -Math.PI / 2 - span / 2 + (chars.length === 1 ? span / 2 : (span * i) / (chars.length - 1));
    const x = cx + (rx - size * 0.95) * Math.cos(angle);
    const y = cy + (ry - size * 0.95) * Math.sin(angle);
    doc.save().rotate((angle * 180) / Math.PI + 90, { origin: [x, y] });
    doc.font('cjk').fontSize(size).fillColor(color).text(char, x - size / 2, y - size / 2, { lineBreak: false });
    doc.restore();
  });
  if (middle === null) {
    const r = Math.min(rx, ry) * 0.28;
    doc.save().translate(cx, cy - 2);
    doc.polygon(...Array.from({ length: 10 }, (_, k) => {
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      const radius = k % 2 ? r * 0.4 : r;
      return [radius * Math.cos(a), radius * Math.sin(a)] as [number, number];
    })).fill(color);
    doc.restore();
  } else {
    doc.font('Courier-Bold').fontSize(6.5);
    doc.fillColor(color).text(middle, cx - doc.widthOfString(middle) / 2, cy - 3, { lineBreak: false });
  }
  doc.font('cjk').fontSize(size - 0.5);
  doc.fillColor(color).text(foot, cx - doc.widthOfString(foot) / 2, cy + ry * 0.42, { lineBreak: false });
  doc.restore();
}

// ---------------------------------------------------------------------------------------------
// cn-vat-special-invoice-cipher

const formBrown = '#7a4b2a';
const serialRed = '#c8161d';
/** The tax bureau's local invoice: a province, or a city that issues its own (宁波, 深圳). */
const localities: [string, string, string, string][] = [['杭州', '浙江', '3300', '浙江省税务局'], ['上海', '上海', '3100', '上海市税务局'], ['苏州', '江苏', '3200', '江苏省税务局'], ['宁波', '宁波', '3302', '宁波市税务局'], ['深圳', '深圳', '4403', '深圳市税务局']];
const banksCn = ['中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '交通银行', '招商银行'];
const payees = ['张敏', '陈静', '吴晓丽', '沈佳'];
const reviewers = ['刘洋', '赵磊', '孙倩', '马俊'];
const issuers = ['王芳', '李娜', '周婷', '郭涛'];
const printers = ['北京印钞有限公司', '上海印钞有限公司', '成都印钞有限公司', '西安印钞有限公司'];

/** A QR code's look: three finder squares and modules from the number, black on the paper. */
export function qrCode(doc: Doc, x: number, y: number, size: number, key: string): void {
  const n = 25;
  const m = size / n;
  const bits = digitsOf(key, n * n);
  doc.save().fillColor('#111111');
  for (let r = 0; r < n; r += 1) for (let c = 0; c < n; c += 1) {
    const finder = (r < 8 && c < 8) || (r < 8 && c >= n - 8) || (r >= n - 8 && c < 8);
    if (!finder && Number(bits[r * n + c]) % 2 === 0) doc.rect(x + c * m, y + r * m, m, m);
  }
  doc.fill();
  for (const [fr, fc] of [[0, 0], [0, n - 7], [n - 7, 0]] as const) {
    doc.rect(x + fc * m, y + fr * m, 7 * m, 7 * m).fill('#111111');
    doc.rect(x + (fc + 1) * m, y + (fr + 1) * m, 5 * m, 5 * m).fill('#ffffff');
    doc.rect(x + (fc + 2) * m, y + (fr + 2) * m, 3 * m, 3 * m).fill('#111111');
  }
  doc.restore();
}

/** The cipher area's characters: digits and + - * / < >, 28 a line, four lines. */
function cipherLines(key: string): string[] {
  const alphabet = '0123456789+-*/<>';
  const digits = digitsOf(key, 4 * 28 * 2);
  return Array.from({ length: 4 }, (_, line) => Array.from({ length: 28 }, (_, i) => alphabet[Number(digits.slice((line * 28 + i) * 2, (line * 28 + i) * 2 + 2)) % alphabet.length]).join(''));
}

/** A unit price as the tax-control system prints it: up to eight decimals, trailing zeros dropped. */
export const unitPrice = (amount: number, quantity: number) => (amount / quantity).toFixed(8).replace(/0+$/, '').replace(/\.(\d)$/, '.$10').replace(/\.$/, '.00');

function cnVatSpecialInvoiceCipher(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const number = String(e['invoiceNumber']);
  const [, province, region, bureau] = localities.find(([city]) => seller.address.startsWith(city)) ?? (localities[0] as [string, string, string, string]);
  const code = `${region}${digitsOf(seller.taxId, 1) < '5' ? '24' : '25'}${1 + (Number(digitsOf(number, 1)) % 3)}130`;
  const deduction = t.index % 2 === 0;
  const x0 = 36;
  const x1 = 560;
  // the printer's head never lands exactly on the pre-printed form
  const dx = 2 + (t.index % 3);
  const dy = -1 - (t.index % 2) * 1.5;
  const label = (value: string, x: number, y: number, size = 8.5, align: 'left' | 'right' | 'center' = 'left') => put(doc, value, x, y, size, 'cjk', align, formBrown);
  const printed = (value: string, x: number, y: number, size = 9, font: Font = 'cjk', align: 'left' | 'right' | 'center' = 'left') => put(doc, value, x + dx, y + dy, size, font, align);
  const line = (xa: number, ya: number, xb: number, yb: number, width = 0.7) => rule(doc, xa, ya, xb, yb, width, formBrown);

  // the head of the form
  qrCode(doc, x0 + 2, 30, 50, `${code}${number}${e['issueDate']}`);
  printed(`机器编号：${digitsOf(seller.taxId + 'machine', 12)}`, x0, 88, 8);
  put(doc, code, 98, 42, 14, 'Courier-Bold', 'left', formBrown);
  label(`${province}增值税专用发票`, 297, 36, 19, 'center');
  doc.save().opacity(0.7).lineWidth(0.9).strokeColor(serialRed).ellipse(297, 46, 34, 21).stroke().restore();
  put(doc, '全国统一发票监制章', 297, 30, 5.5, 'cjk', 'center', serialRed);
  put(doc, '国家税务总局', 297, 44, 6, 'cjk', 'center', serialRed);
  put(doc, bureau, 297, 55, 5.5, 'cjk', 'center', serialRed);
  line(210, 64, 384, 64, 1); line(210, 67, 384, 67, 0.5);
  label(deduction ? '抵　扣　联' : '发　票　联', 297, 72, 11, 'center');
  put(doc, 'No', 410, 36, 15, 'Times-Bold', 'left', serialRed);
  put(doc, number, 434, 34, 18, 'Courier-Bold', 'left', serialRed);
  printed(code, x1 - 4, 56, 8.5, 'Courier', 'right');
  printed(number, x1 - 4, 67, 8.5, 'Courier', 'right');
  label('开票日期：', 410, 86, 8.5);
  printed(taxDate(String(e['issueDate'])), 456, 86, 9);

  // the margins: the print works' approval down the left, the copy's use down the right
  vertical(doc, `税总函〔2024〕${100 + Number(digitsOf(code, 2))}号${pickBy(code, printers)}`, 24, 120, 8.6, 6.5, 'cjk', formBrown);
  vertical(doc, deduction ? '第二联：抵扣联　购买方扣税凭证' : '第三联：发票联　购买方记账凭证', 570, 128, 12, 8.5, 'cjk', formBrown);

  // the frame
  const top = 104;
  const partyHeight = 66;
  const headTop = top + partyHeight;
  const itemsTop = headTop + 18;
  const sumTop = itemsTop + 92;
  const wordsTop = sumTop + 18;
  const sellerTop = wordsTop + 20;
  const bottom = sellerTop + partyHeight;
  doc.save().lineWidth(1.1).strokeColor(formBrown).rect(x0, top, x1 - x0, bottom - top).stroke().restore();
  [headTop, wordsTop, sellerTop].forEach((y) => line(x0, y, x1, y));
  line(x0, itemsTop, x1, itemsTop, 0.5); line(x0, sumTop, x1, sumTop, 0.5);
  const columns = [x0, 178, 240, 268, 316, 382, 450, 478, x1];
  columns.slice(1, -1).forEach((x) => line(x, headTop, x, wordsTop, 0.5));
  line(178, wordsTop, 178, sellerTop, 0.5);
  const partyLabel = x0 + 18;
  const cipherLabel = 340;
  for (const y of [top, sellerTop]) {
    line(partyLabel, y, partyLabel, y + partyHeight, 0.5);
    line(cipherLabel, y, cipherLabel, y + partyHeight, 0.5);
    line(cipherLabel + 16, y, cipherLabel + 16, y + partyHeight, 0.5);
  }
  vertical(doc, '购买方', x0 + 9, top + 12, 16, 9, 'cjk', formBrown);
  vertical(doc, '销售方', x0 + 9, sellerTop + 12, 16, 9, 'cjk', formBrown);
  vertical(doc, '密码区', cipherLabel + 8, top + 12, 16, 9, 'cjk', formBrown);
  vertical(doc, '备注', cipherLabel + 8, sellerTop + 16, 22, 9, 'cjk', formBrown);

  const partyBlock = (party: Party, y: number) => {
    const captions = ['名　　　　称：', '纳税人识别号：', '地 址、电 话：', '开户行及账号：'];
    const phone = `0${digitsOf(party.address, 3)}-${digitsOf(party.name, 8)}`;
    const values: [string, Font, number][] = [[party.name, 'cjk', 9.5], [party.taxId, 'Courier-Bold', 10.5], [`${party.address} ${phone}`, 'cjk', 8.5], [`${pickBy(party.name, banksCn)}${party.address.slice(0, 2)}分行营业部 ${digitsOf(party.taxId + party.name, 19)}`, 'cjk', 8.5]];
    captions.forEach((caption, i) => {
      label(caption, partyLabel + 5, y + 7 + i * 15, 8);
      const [value, font, size] = values[i] as [string, Font, number];
      printed(value, partyLabel + 70, y + 6.5 + i * 15, size, font);
    });
  };
  partyBlock(buyer, top);
  cipherLines(`${number}${buyer.taxId}${e['totalAmount']}`).forEach((value, i) => printed(value, cipherLabel + 22, top + 8 + i * 14.5, 10, 'Courier'));
  partyBlock(seller, sellerTop);

  // the goods
  const headers = ['货物或应税劳务、服务名称', '规格型号', '单位', '数　量', '单　价', '金　额', '税率', '税　额'];
  headers.forEach((header, c) => label(header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, headTop + 4.5, 8, 'center'));
  const right = (c: number) => (columns[c + 1] ?? x1) - 4;
  items.forEach((item, r) => {
    const y = itemsTop + 5 + r * 14;
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    printed(item.name, x0 + 3, y, 8.5);
    printed(specification, 182, y + 0.5, 7.5, 'Courier');
    printed(unit, 254, y, 8.5, 'cjk', 'center');
    printed(String(item.quantity), right(3), y + 0.5, 8.5, 'Courier', 'right');
    printed(unitPrice(item.amount, item.quantity), right(4), y + 1, 7.5, 'Courier', 'right');
    printed(item.amount.toFixed(2), right(5), y + 0.5, 8.5, 'Courier', 'right');
    printed(percent(rate), right(6), y + 0.5, 8.5, 'Courier', 'right');
    printed(round2(item.amount * rate).toFixed(2), right(7), y + 0.5, 8.5, 'Courier', 'right');
  });
  label('合　　　　计', (x0 + 178) / 2, sumTop + 4.5, 8.5, 'center');
  printed(`¥${Number(e['netAmount']).toFixed(2)}`, right(5), sumTop + 5, 9, 'Courier-Bold', 'right');
  printed(`¥${Number(e['taxAmount']).toFixed(2)}`, right(7), sumTop + 5, 9, 'Courier-Bold', 'right');
  label('价税合计（大写）', (x0 + 178) / 2, wordsTop + 5.5, 8.5, 'center');
  printed(`ⓧ${chineseCapitalAmount(Number(e['totalAmount']))}`, 186, wordsTop + 5, 9.5);
  label('（小写）', 398, wordsTop + 5.5, 8.5);
  printed(`¥${Number(e['totalAmount']).toFixed(2)}`, 440, wordsTop + 5, 9.5, 'Courier-Bold');

  // the remarks, the signatures of the form and the seller's invoice seal
  printed(`销售订单：XS${digitsOf(number + 'order', 8)}`, cipherLabel + 22, sellerTop + 9, 8.5);
  printed(`发货单号：FH${digitsOf(number + 'ship', 8)}`, cipherLabel + 22, sellerTop + 23, 8.5);
  const footY = bottom + 7;
  label('收款人：', x0 + 10, footY, 8.5); printed(pickBy(seller.name, payees), x0 + 46, footY, 9);
  label('复核：', 160, footY, 8.5); printed(pickBy(seller.taxId, reviewers), 188, footY, 9);
  label('开票人：', 280, footY, 8.5); printed(pickBy(number, issuers), 316, footY, 9);
  label('销售方：（章）', 420, footY, 8.5);
  seal(doc, 470 + (t.index % 3) * 6, sellerTop + 30, 50, 33, seller.name, seller.taxId, '发票专用章', { tilt: -6 + (t.index % 4) * 3, rimSize: 7.5 });
}

// ---------------------------------------------------------------------------------------------
// en-factored-invoice

const maroon = '#6e1f35';
const grey = '#555555';
const factors = ['Castlegate Commercial Finance Ltd', 'Meridian Invoice Finance Ltd', 'Pennine Trade Finance Ltd'];
const productCodes: Record<string, string> = { 'Deep groove ball bearing': '6205-2RS-C3', 'Hydraulic pump unit': 'HPU-316-24V', 'Steel flange DN50': 'FL-SO-DN50', 'Control cable 5 m': 'CY-7G1.5-5M', 'Gear motor 0.75 kW': 'GM-R37-0.75' };
const unitsOfSale: Record<string, string> = { 'Deep groove ball bearing': 'EA', 'Hydraulic pump unit': 'EA', 'Steel flange DN50': 'EA', 'Control cable 5 m': 'LEN', 'Gear motor 0.75 kW': 'EA' };

function enFactoredInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const x0 = 46;
  const x1 = 549;
  const number = String(e['invoiceNumber']);
  const issued = String(e['issueDate']);
  const factor = pickBy(seller.name, factors);
  const factorDomain = `${factor.split(' ')[0]?.toLowerCase()}finance.co.uk`;
  const sellerDomain = `${seller.name.split(' ')[0]?.toLowerCase()}.co.uk`;
  const account = `${initials(buyer.name)}${digitsOf(buyer.taxId, 3)}`;
  const sortCode = `${digitsOf(factor, 2)}-${digitsOf(factor + 's', 2)}-${digitsOf(factor + 'c', 2)}`;
  const factorAccount = digitsOf(factor + seller.name, 8);

  // the letterhead
  doc.save().rect(x0, 34, 6, 50).fill(maroon).restore();
  put(doc, seller.name, x0 + 14, 34, 17, 'Helvetica-Bold', 'left', maroon);
  put(doc, 'Bearings  ·  Power Transmission  ·  Hydraulics  ·  Motors', x0 + 14, 55, 8.5, 'Helvetica-Oblique', 'left', grey);
  put(doc, `${sellerAt.street}, ${sellerAt.town}  ·  Tel 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 3)} ${digitsOf(seller.taxId, 4)}  ·  sales@${sellerDomain}`, x0 + 14, 67, 7.5, 'Helvetica');
  put(doc, `VAT Reg. No. ${seller.taxId}`, x0 + 14, 77, 7.5, 'Helvetica');
  put(doc, 'INVOICE', x1, 34, 24, 'Helvetica-Bold', 'right');
  put(doc, 'ORIGINAL  ·  Page 1 of 1', x1, 62, 7.5, 'Helvetica', 'right', grey);
  rule(doc, x0, 94, x1, 94, 1.2, maroon);

  // invoice and delivery addresses, then the references
  put(doc, 'Invoice to', x0, 104, 7.5, 'Helvetica-Bold', 'left', grey);
  [buyer.name, 'Accounts Payable', buyerAt.street, buyerAt.town, 'United Kingdom'].forEach((line, i) => put(doc, line, x0, 116 + i * 12, 9, i ? 'Helvetica' : 'Helvetica-Bold'));
  put(doc, `Customer VAT No: ${buyer.taxId}`, x0, 180, 8, 'Helvetica');
  put(doc, 'Deliver to', 210, 104, 7.5, 'Helvetica-Bold', 'left', grey);
  [buyer.name, 'Goods Inwards', buyerAt.street, buyerAt.town].forEach((line, i) => put(doc, line, 210, 116 + i * 12, 9, i ? 'Helvetica' : 'Helvetica-Bold'));
  const references: [string, string][] = [
    ['Invoice No.', number],
    ['Invoice date / tax point', wordDate(issued)],
    ['Account ref.', account],
    ['Your order no.', `PO${digitsOf(buyer.name + issued, 6)}`],
    ['Despatch note', `DN${digitsOf(number + 'dn', 6)}`],
    ['Despatched', wordDate(plusDays(issued, -1))],
    ['Terms', 'Net 30 days'],
    ['Due date', wordDate(t.extras.dueDate)],
  ];
  box(doc, 372, 102, x1 - 372, references.length * 12.5 + 8);
  references.forEach(([caption, value], i) => {
    put(doc, caption, 378, 107 + i * 12.5, 7.5, 'Helvetica', 'left', grey);
    put(doc, value, x1 - 5, 106.5 + i * 12.5, 8.5, i < 2 ? 'Helvetica-Bold' : 'Helvetica', 'right');
  });

  // the factor's notice
  let y = 214;
  doc.save().lineWidth(1.6).strokeColor('#111111').rect(x0, y, x1 - x0, 62).stroke().restore();
  doc.save().rect(x0, y, 118, 62).fill('#111111').restore();
  ['NOTICE OF', 'ASSIGNMENT'].forEach((line, i) => put(doc, line, x0 + 59, y + 18 + i * 14, 11, 'Helvetica-Bold', 'center', '#ffffff'));
  const notice = `The debt due under this invoice has been assigned to, and is payable only to, ${factor}, whose receipt alone is a valid discharge. Please pay ${factor} re ${seller.name}, sort code ${sortCode}, account ${factorAccount}, quoting the invoice number and account ref. Remittances to cash@${factorDomain}.`;
  wrap(doc, notice, x1 - x0 - 130, 8, 'Helvetica').forEach((line, i) => put(doc, line, x0 + 126, y + 7 + i * 10.5, 8, 'Helvetica'));

  // the lines
  y += 76;
  const rows = items.map((item) => [productCodes[item.name] ?? '', item.name, String(item.quantity), unitsOfSale[item.name] ?? 'EA', grouped(item.amount / item.quantity), grouped(item.amount), 'S']);
  y = grid(doc, [x0, 126, 300, 344, 378, 440, 508, x1], y, ['Part no.', 'Description', 'Qty', 'Unit', 'Price each', 'Net value', 'VAT'], rows, ['left', 'left', 'right', 'center', 'right', 'right', 'center'], { font: 'Helvetica', size: 8.5, rowHeight: 18, headerHeight: 18, shade: '#efe4e7', line: '#666666' });
  y += 10;
  put(doc, `VAT analysis   S = standard rate ${(rate * 100).toFixed(1)}%:  goods ${grouped(Number(e['netAmount']))}  VAT ${grouped(Number(e['taxAmount']))}`, x0, y + 2, 7.5, 'Helvetica', 'left', grey);
  put(doc, 'All prices in pounds sterling (GBP).', x0, y + 14, 7.5, 'Helvetica', 'left', grey);
  const totals: [string, string, Font][] = [['Goods total', grouped(Number(e['netAmount'])), 'Helvetica'], ['Carriage', '0.00', 'Helvetica'], [`VAT @ ${(rate * 100).toFixed(1)}%`, grouped(Number(e['taxAmount'])), 'Helvetica'], ['TOTAL DUE GBP', grouped(Number(e['totalAmount'])), 'Helvetica-Bold']];
  totals.forEach(([caption, value, font], i) => {
    const ty = y + i * 16;
    if (i === 3) box(doc, 378, ty - 4, x1 - 378, 18, '#efe4e7');
    put(doc, caption, 384, ty, 9, font);
    put(doc, value, x1 - 5, ty, 9, font, 'right');
  });

  // conditions
  y += 80;
  const conditions = [
    `Title to the goods remains with ${seller.name} until this invoice is paid in full; risk passes on delivery.`,
    'Shortages or damage must be reported within 3 working days of delivery. Returns only with our authority and in original packaging.',
    'We reserve the right to charge interest and compensation on late payment under the Late Payment of Commercial Debts (Interest) Act 1998.',
  ];
  conditions.forEach((condition) => wrap(doc, condition, x1 - x0, 7.5, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 7.5, 'Helvetica', 'left', grey); y += 10; }));

  // the remittance advice, torn off and sent to the factor
  const cut = Math.max(y + 24, 640);
  rule(doc, x0, cut, x1, cut, 0.6, '#888888', 3);
  put(doc, 'REMITTANCE ADVICE', x0, cut + 14, 11, 'Helvetica-Bold');
  put(doc, `Please return with your payment to ${factor}, Collections, PO Box ${digitsOf(factor, 3)}, ${pickBy(factor, ['Leeds LS1 4BT', 'Bristol BS1 6XJ', 'Manchester M2 3HR'])}`, x0, cut + 30, 8, 'Helvetica');
  const advice: [string, string][] = [['Client', seller.name], ['Customer', buyer.name], ['Account ref.', account], ['Invoice No.', number], ['Invoice date', slashDate(issued)], ['Amount due', `GBP ${grouped(Number(e['totalAmount']))}`]];
  advice.forEach(([caption, value], i) => {
    const column = i % 2;
    const row = Math.floor(i / 2);
    const x = column ? 300 : x0;
    box(doc, x, cut + 46 + row * 22, column ? x1 - 300 : 240, 22);
    put(doc, caption, x + 5, cut + 53 + row * 22, 7.5, 'Helvetica', 'left', grey);
    put(doc, value, x + 70, cut + 52 + row * 22, 9, 'Helvetica-Bold');
  });
  put(doc, `Amount paid £ ______________    Date paid ____ / ____ / ______    Sort code ${sortCode}  Account ${factorAccount}`, x0, cut + 124, 8, 'Helvetica');

  rule(doc, x0, 800, x1, 800, 0.5, '#999999');
  put(doc, `${seller.name} · Registered in England and Wales No. ${digitsOf(seller.name + 'crn', 8)} · Registered office: ${seller.address} · VAT Reg. No. ${seller.taxId}`, 297, 806, 6.5, 'Helvetica', 'center', grey);
}

// ---------------------------------------------------------------------------------------------
// cn-erp-outbound-delivery-slip

const navyCn = '#1f3864';
const makers = ['王丽', '陈晓燕', '钱佳', '邱雯'];
const checkers = ['孙国平', '蔡明', '胡海涛'];
const keepers = ['许强', '冯建军', '杜磊', '严伟'];
const drivers = ['高志刚', '邓勇', '朱红兵', '韩立'];
const contacts = ['周先生', '林女士', '徐工', '何经理'];
const warehouses = ['成品一库', '成品二库', '配件仓', '总仓'];
const materialCodes: Record<string, string> = { 深沟球轴承: '1.01.0205', 液压泵: '1.02.1316', 法兰盘: '1.03.0050', 控制电缆: '1.04.0715', 减速电机: '1.02.3707' };
const plates = ['浙A', '沪B', '苏E', '浙B', '粤B'];

/** A one-dimensional barcode's look: bars of one to three widths from the number. */
export function barcode(doc: Doc, x: number, y: number, width: number, height: number, key: string): void {
  const digits = digitsOf(key, 80);
  let at = x;
  let i = 0;
  doc.save().fillColor('#111111');
  while (at < x + width - 4) {
    const bar = 0.7 * (1 + (Number(digits[i % digits.length]) % 3));
    const gap = 0.7 * (1 + (Number(digits[(i + 7) % digits.length]) % 2));
    doc.rect(at, y, bar, height);
    at += bar + gap;
    i += 1;
  }
  doc.fill().restore();
}

function cnErpOutboundDeliverySlip(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const x0 = 40;
  const x1 = 555;
  const number = String(e['deliveryNoteNumber']);
  const delivered = String(e['deliveryDate']);
  const signer = String(e['signedBy']);

  // the company's header, the title and the slip's barcode
  doc.save().rect(x0, 34, 30, 30).fill(navyCn).restore();
  put(doc, seller.name.slice(2, 4), x0 + 15, 43, 10, 'cjk', 'center', '#ffffff');
  put(doc, seller.name, x0 + 38, 34, 13, 'cjk', 'left', navyCn);
  put(doc, `地址：${seller.address}　电话：0${digitsOf(seller.address, 3)}-${digitsOf(seller.name, 8)}`, x0 + 38, 52, 7.5, 'cjk');
  barcode(doc, 420, 32, 135, 24, number);
  put(doc, number, 487, 58, 7.5, 'Courier', 'center');
  put(doc, '销 售 出 库 单', 297, 76, 18, 'cjk', 'center');
  rule(doc, 222, 100, 372, 100, 1.2, '#111111'); rule(doc, 222, 103, 372, 103, 0.5, '#111111');
  doc.save().lineWidth(1).strokeColor('#c0392b').rect(476, 76, 79, 20).stroke().restore();
  put(doc, '第三联 回单联', 515.5, 81, 9, 'cjk', 'center', '#c0392b');

  // the header fields, three to a row
  const minute = 10 + (Number(digitsOf(number, 2)) % 50);
  const fields: [string, string][][] = [
    [['单据编号', number], ['出库日期', delivered], ['打印时间', `${delivered} 0${7 + (t.index % 3)}:${minute}`]],
    [['客户名称', buyer.name], ['源单类型', '销售合同'], ['源单编号', String(e['orderReference'])]],
    [['收货地址', buyer.address], ['联 系 人', pickBy(buyer.name, contacts)], ['联系电话', `1${pickBy(buyer.taxId, ['3', '5', '8'])}${digitsOf(buyer.taxId, 9)}`]],
    [['发货仓库', pickBy(number, warehouses)], ['出库类型', '销售出库'], ['业 务 员', pickBy(seller.taxId, ['方敏', '罗斌', '黎晓', '宋涛'])]],
    [['运输方式', '公司车辆送货'], ['车 牌 号', `${pickBy(seller.address, plates)}·${digitsOf(number + 'car', 5)}`], ['司　　机', pickBy(number + 'd', drivers)]],
  ];
  const fieldX = [x0, 270, 418];
  fields.forEach((row, r) => row.forEach(([caption, value], c) => {
    const y = 114 + r * 17;
    put(doc, `${caption}：`, fieldX[c] ?? x0, y, 9, 'cjk', 'left', '#333333');
    put(doc, value, (fieldX[c] ?? x0) + 54, y, 9, value.match(/^[\x20-\x7e]+$/) ? 'Helvetica' : 'cjk');
  }));

  // the lines: what was to be sent, what was sent, no prices
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    return [String(r + 1), materialCodes[name] ?? '', name, specification, unit, `P${delivered.replace(/-/g, '').slice(2)}${pad2(r + 1)}`, String(item.quantity), String(item.quantity), String(Math.max(1, Math.ceil(item.quantity / 20))), ''];
  });
  while (rows.length < 6) rows.push(['', '', '', '', '', '', '', '', '', '']);
  const total = items.reduce((sum, item) => sum + item.quantity, 0);
  rows.push(['', '', '合计', '', '', '', String(total), String(total), String(items.reduce((sum, item) => sum + Math.max(1, Math.ceil(item.quantity / 20)), 0)), '']);
  let y = grid(doc, [x0, 64, 124, 204, 276, 304, 372, 426, 480, 508, x1], 206, ['行号', '物料编码', '物料名称', '规格型号', '单位', '批号', '应发数量', '实发数量', '件数', '备注'], rows, ['center', 'left', 'left', 'left', 'center', 'left', 'right', 'right', 'right', 'left'], { font: 'cjk', size: 8.5, rowHeight: 19, headerHeight: 20, shade: '#dde4f0', line: '#555555' });

  y += 10;
  wrapChinese(doc, '备注：货物请当面清点，数量、外观如有短缺或破损，请在签收时于本单注明；本单经客户签字并加盖收货专用章后交回，作为对账及开票依据。', x1 - x0, 8.5)
    .forEach((line) => { put(doc, line, x0, y, 8.5, 'cjk'); y += 13; });
  y += 6;
  [['制单', pickBy(number, makers)], ['审核', pickBy(seller.name, checkers)], ['仓管员', pickBy(number + 'k', keepers)], ['发货人', pickBy(seller.taxId + 'f', keepers)]].forEach(([caption, value], i) => {
    put(doc, `${caption}：${value}`, x0 + i * 130, y, 9, 'cjk');
  });

  // the customer's receipt: signed and dated by hand, under the receiving stamp
  y += 28;
  box(doc, x0, y, x1 - x0, 128);
  doc.save().rect(x0, y, x1 - x0, 20).fill('#dde4f0').restore();
  rule(doc, x0, y + 20, x1, y + 20, 0.7);
  put(doc, '客 户 签 收 栏', x0 + 8, y + 5, 10, 'cjk', 'left', navyCn);
  put(doc, '以上货物已如数收到，外包装完好，规格数量无误。', x0 + 10, y + 30, 9, 'cjk');
  put(doc, '收货单位（盖章）：', x0 + 10, y + 52, 9, 'cjk');
  put(doc, buyer.name, x0 + 100, y + 52, 9, 'cjk');
  put(doc, '收货人签字：', x0 + 10, y + 82, 9, 'cjk');
  rule(doc, x0 + 70, y + 98, x0 + 230, y + 98, 0.5, '#777777');
  signature(doc, signer, x0 + 88, y + 74, true);
  put(doc, '签收日期：', 300, y + 82, 9, 'cjk');
  rule(doc, 350, y + 98, 470, y + 98, 0.5, '#777777');
  handwritten(doc, dottedDate(String(e['signatureDate'])), 362, y + 80, 14, 'Times-Italic');
  put(doc, '异议说明：', x0 + 10, y + 108, 9, 'cjk');
  seal(doc, 318 + (t.index % 3) * 10, y + 50, 40, 40, buyer.name, null, '收货专用章', { tilt: 8 - (t.index % 4) * 5, rimSize: 8 });

  put(doc, '①存根联（白）　②客户联（红）　③回单联（黄）　④财务联（绿）', x0, y + 140, 8, 'cjk', 'left', '#555555');
  put(doc, '第 1 页 / 共 1 页', x1, y + 140, 8, 'cjk', 'right', '#555555');
}

// ---------------------------------------------------------------------------------------------
// en-conditional-sale-agreement

const forest = '#1e4d3a';
const officers = ['Richard Hale', 'Helen Cooper', 'Andrew Shaw', 'Fiona Blake', 'Mark Jennings', 'Claire Whitmore', 'Tom Ashworth'];
const positions = ['Director', 'Managing Director', 'Finance Director', 'Company Secretary'];
const serials: Record<string, string> = { 'Deep groove ball bearing': 'Batch', 'Hydraulic pump unit': 'S/N', 'Steel flange DN50': 'Heat no.', 'Control cable 5 m': 'Drum', 'Gear motor 0.75 kW': 'S/N' };

function enConditionalSaleAgreement(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const x0 = 46;
  const x1 = 549;
  const signing = String(e['signingDate']);
  const amount = Number(e['amount']);
  const net = round2(items.reduce((sum, item) => sum + item.amount, 0));
  const vat = round2(amount - net);
  const count = [6, 12, 10, 24][t.index % 4] as number;
  const advance = round2(Math.round(amount * 0.1));
  const balance = round2(amount - advance);
  const instalment = Math.floor((balance / count) * 100) / 100;
  const last = round2(balance - instalment * (count - 1));
  const first = plusMonths(signing, 1);

  // the seller's heading and the agreement's number
  put(doc, seller.name, x0, 34, 15, 'Helvetica-Bold', 'left', forest);
  put(doc, `Trade Credit Department  ·  ${sellerAt.street}, ${sellerAt.town}  ·  Tel 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 6)}`, x0, 52, 7.5, 'Helvetica', 'left', grey);
  const reference: [string, string][] = [['Agreement No.', String(e['contractNumber'])], ['Date of agreement', slashDate(signing)], ['Customer account', `${initials(buyer.name)}-${digitsOf(buyer.taxId, 5)}`]];
  box(doc, 366, 30, x1 - 366, reference.length * 13 + 8);
  reference.forEach(([caption, value], i) => {
    put(doc, caption, 372, 35 + i * 13, 7.5, 'Helvetica', 'left', grey);
    put(doc, value, x1 - 6, 34.5 + i * 13, 9, 'Helvetica-Bold', 'right');
  });
  rule(doc, x0, 82, x1, 82, 2, forest);
  put(doc, 'CONDITIONAL SALE AGREEMENT', x0, 92, 16, 'Helvetica-Bold');
  put(doc, 'Business customers  ·  interest-free instalments  ·  title passes on final payment', x0, 111, 8.5, 'Helvetica-Oblique', 'left', grey);
  put(doc, 'This agreement is not regulated by the Consumer Credit Act 1974.', x0, 123, 7.5, 'Helvetica-Bold');

  // the parties
  const partyBox = (caption: string, p: Party, at: { street: string; town: string }, x: number, width: number) => {
    doc.save().rect(x, 140, width, 14).fill(forest).restore();
    box(doc, x, 140, width, 72);
    put(doc, caption, x + 5, 143.5, 8, 'Helvetica-Bold', 'left', '#ffffff');
    put(doc, p.name, x + 5, 160, 9.5, 'Helvetica-Bold');
    put(doc, `${at.street}, ${at.town}`, x + 5, 173, 8.5, 'Helvetica');
    put(doc, `Company No. ${digitsOf(p.name + 'crn', 8)}`, x + 5, 185, 8.5, 'Helvetica');
    put(doc, `VAT Reg. No. ${p.taxId}`, x + 5, 197, 8.5, 'Helvetica');
  };
  const half = (x1 - x0 - 10) / 2;
  partyBox('1. THE SELLER ("we", "us")', seller, sellerAt, x0, half);
  partyBox('2. THE CUSTOMER ("you")', buyer, buyerAt, x0 + half + 10, half);

  // the goods
  put(doc, '3. THE GOODS', x0, 222, 8.5, 'Helvetica-Bold', 'left', forest);
  const rows = items.map((item, r) => [String(r + 1), item.name, String(item.quantity), `${serials[item.name] ?? 'Ref'} ${digitsOf(item.name + signing + String(r), 6)}`, grouped(item.amount)]);
  let y = grid(doc, [x0, 70, 270, 320, 430, x1], 234, ['No.', 'Description', 'Qty', 'Serial / batch', 'Cash price ex VAT (£)'], rows, ['center', 'left', 'right', 'left', 'right'], { font: 'Helvetica', size: 8.5, rowHeight: 17, headerHeight: 17, shade: '#e2ece6', line: '#666666' });
  put(doc, `Delivery to: ${buyerAt.street}, ${buyerAt.town}, on or about ${wordDate(plusDays(signing, 14))}.`, x0, y + 6, 8, 'Helvetica');

  // the key financial information
  y += 24;
  put(doc, '4. KEY FINANCIAL INFORMATION', x0, y, 8.5, 'Helvetica-Bold', 'left', forest);
  y += 12;
  const finance: [string, string, Font][] = [
    ['Cash price of the goods (excluding VAT)', `£${grouped(net)}`, 'Helvetica'],
    [`VAT at ${percent(rate)}`, `£${grouped(vat)}`, 'Helvetica'],
    ['Total cash price (including VAT)', `£${grouped(amount)}`, 'Helvetica-Bold'],
    ['Less advance payment, due on signing', `£${grouped(advance)}`, 'Helvetica'],
    ['Balance payable by instalments', `£${grouped(balance)}`, 'Helvetica'],
    ['Charge for credit (interest 0.00% p.a.)', '£0.00', 'Helvetica'],
    ['Total amount payable', `£${grouped(amount)}`, 'Helvetica-Bold'],
  ];
  finance.forEach(([caption, value, font], i) => {
    box(doc, x0, y + i * 15, 230, 15, '#f3f6f4');
    box(doc, x0 + 230, y + i * 15, 90, 15);
    put(doc, caption, x0 + 5, y + i * 15 + 4, 8, font);
    put(doc, value, x0 + 315, y + i * 15 + 4, 8.5, font, 'right');
  });
  const repay = [
    `Repayments: ${count - 1} monthly instalments of £${grouped(instalment)} followed by a final instalment of £${grouped(last)}.`,
    `First instalment due: ${wordDate(first)}. Final instalment due: ${wordDate(plusMonths(signing, count))}.`,
    'Payment by Direct Debit on the same day of each month. Late instalments may incur interest at 4% a year above Bank of England base rate.',
  ];
  let ry = y;
  repay.forEach((paragraph) => wrap(doc, paragraph, x1 - x0 - 334, 8, 'Helvetica').forEach((line) => { put(doc, line, x0 + 332, ry + 2, 8, 'Helvetica'); ry += 10.5; }));
  y += finance.length * 15 + 12;

  // the conditions
  put(doc, '5. CONDITIONS', x0, y, 8.5, 'Helvetica-Bold', 'left', forest);
  y += 12;
  const conditions = [
    'Ownership. The goods remain our property until you have paid the total amount payable. Until then you must keep them insured, in good repair, at the delivery address and free of any charge or lien.',
    'Risk. The goods are at your risk from delivery. You must notify us of any loss or damage within 7 days.',
    'Default. If an instalment is 14 days overdue, or you become insolvent, we may end this agreement by notice, recover the goods and claim the unpaid balance less the net proceeds of their resale.',
    'Early settlement. You may pay the balance at any time; no early settlement charge applies.',
    'Entire agreement. This document, with our standard conditions of sale, is the whole agreement between us and is governed by the law of England and Wales.',
  ];
  conditions.forEach((condition, i) => {
    put(doc, `5.${i + 1}`, x0, y, 7.5, 'Helvetica-Bold');
    wrap(doc, condition, x1 - x0 - 22, 7.5, 'Helvetica').forEach((line) => { put(doc, line, x0 + 22, y, 7.5, 'Helvetica'); y += 9.5; });
    y += 2;
  });

  // signatures, dated by hand
  y += 10;
  const blocks: [string, Party][] = [['SIGNED BY THE CUSTOMER', buyer], ['SIGNED FOR THE SELLER', seller]];
  blocks.forEach(([caption, p], i) => {
    const x = i ? x0 + half + 10 : x0;
    const signer = pickBy(p.taxId + signing, officers);
    box(doc, x, y, half, 118);
    doc.save().rect(x, y, half, 14).fill('#e2ece6').restore();
    put(doc, caption, x + 5, y + 3.5, 8, 'Helvetica-Bold', 'left', forest);
    put(doc, `for and on behalf of ${p.name}`, x + 5, y + 20, 7.5, 'Helvetica-Oblique');
    put(doc, 'Signature', x + 5, y + 44, 7.5, 'Helvetica', 'left', grey);
    rule(doc, x + 50, y + 56, x + half - 10, y + 56, 0.5, '#888888');
    signature(doc, signer, x + 66, y + 34, false);
    put(doc, 'Print name', x + 5, y + 70, 7.5, 'Helvetica', 'left', grey);
    handwritten(doc, signer.toUpperCase(), x + 56, y + 66, 10.5, 'Helvetica-Oblique');
    put(doc, 'Position', x + 5, y + 86, 7.5, 'Helvetica', 'left', grey);
    handwritten(doc, pickBy(p.name + signer, positions), x + 56, y + 82, 10.5, 'Times-Italic');
    put(doc, 'Date', x + 5, y + 102, 7.5, 'Helvetica', 'left', grey);
    handwritten(doc, handDate(signing), x + 56, y + 97, 13, 'Times-Italic');
  });
  put(doc, `Agreement ${e['contractNumber']}  ·  Customer copy  ·  ${seller.name}, registered in England and Wales`, 297, 808, 6.5, 'Helvetica', 'center', grey);
}

export const heldOut11Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-vat-special-invoice-cipher': cnVatSpecialInvoiceCipher,
  'en-factored-invoice': enFactoredInvoice,
  'cn-erp-outbound-delivery-slip': cnErpOutboundDeliverySlip,
  'en-conditional-sale-agreement': enConditionalSaleAgreement,
};

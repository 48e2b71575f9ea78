import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, handInk, months, parts, pickBy, put, rule, splitAddress, wrap, type Font } from './generated-layouts-heldout-4';

/**
 * Five held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - en-trade-invoice-tax-point: a British trade-counter invoice as accounts packages print it;
 *  - cn-vat-ordinary-e-invoice: a 增值税电子普通发票 of the years before fully digital invoices;
 *  - cn-delivery-note-triplicate: a pre-printed three-part 送货单 book, signed for by hand;
 *  - en-letter-of-agreement: a sale agreed by letter on the seller's paper, countersigned;
 *  - en-goods-received-note: the buyer's own goods-in record of a delivery, signed by the storeman.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */
const left = 50;
const right = 545;

/** 05-Mar-2025, as accounts packages print a date */
const dashDate = (iso: string) => `${iso.slice(8, 10)}-${months[parts(iso).month - 1]}-${parts(iso).year}`;
/** 5th March 2025, a British letter's date */
const letterDate = (iso: string) => {
  const { year, month, day } = parts(iso);
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix} ${fullMonths[month - 1]} ${year}`;
};
/** 2025/3/5 */
const slashDate = (iso: string) => `${parts(iso).year}/${parts(iso).month}/${parts(iso).day}`;
/** 6.3.2025 or 2025.3.6, as a hand writes a date on a form */
const dottedDate = (iso: string, yearFirst: boolean) => {
  const { year, month, day } = parts(iso);
  return yearFirst ? `${year}.${month}.${day}` : `${day}.${month}.${year}`;
};
const itemName = (name: string) => name.replace(/^\*[^*]+\*/, '');

/** Handwriting in ballpoint blue, a little tilted. */
function handwritten(doc: Doc, value: string, x: number, y: number, size = 13, font: Font = 'Times-Italic'): void {
  doc.save().rotate(-3, { origin: [x, y] });
  put(doc, value, x, y, size, font, 'left', handInk);
  doc.restore();
}

// ---------------------------------------------------------------------------------------------
// en-trade-invoice-tax-point

const partCodes: Record<string, string> = { 'Deep groove ball bearing': '6205-2RS', 'Hydraulic pump unit': 'HP-420-B', 'Steel flange DN50': 'FL50-PN16', 'Control cable 5 m': 'CC5-7C', 'Gear motor 0.75 kW': 'GM075-4P' };

function enTradeInvoiceTaxPoint(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const band = '#24543a';

  doc.save().rect(0, 0, 595, 78).fill(band).restore();
  put(doc, seller.name.toUpperCase(), 40, 22, 19, 'Helvetica-Bold', 'left', '#ffffff');
  put(doc, 'Bearings · Hydraulics · Power Transmission · Cable', 40, 47, 9, 'Helvetica', 'left', '#d9e8dd');
  [sellerAt.street, `${sellerAt.town}, United Kingdom`, `Tel 0${digitsOf(seller.name, 3)} ${digitsOf(seller.taxId, 3)} ${digitsOf(seller.address, 4)}`]
    .forEach((line, i) => put(doc, line, 555, 20 + i * 13, 8.5, 'Helvetica', 'right', '#ffffff'));

  put(doc, 'SALES INVOICE', 40, 96, 15, 'Helvetica-Bold');
  const account = `${buyer.name.replace(/[^A-Z]/g, '')}${digitsOf(buyer.taxId, 3)}`;
  const cells: [string, string][] = [['Invoice No.', String(e['invoiceNumber'])], ['Date/Tax Point', dashDate(String(e['issueDate']))], ['Account Ref', account], ['Your Order No.', `${digitsOf(buyer.name + String(t.index), 6)}/${String.fromCharCode(65 + (t.index % 6))}`], ['Currency', 'GBP'], ['Page', '1']];
  const widths = [96, 96, 78, 96, 74, 75];
  let x = 40;
  cells.forEach(([label, value], i) => {
    const width = widths[i] ?? 80;
    box(doc, x, 120, width, 14, '#dfe9e2'); box(doc, x, 134, width, 19);
    put(doc, label, x + 4, 123.5, 7.5, 'Helvetica-Bold');
    put(doc, value, x + 4, 139.5, 9, 'Helvetica');
    x += width;
  });

  const block = (heading: string, lines: string[], at: number) => {
    put(doc, heading, at, 170, 7.5, 'Helvetica-Bold');
    rule(doc, at, 180, at + 230, 180, 0.5);
    lines.forEach((line, i) => put(doc, line, at, 186 + i * 12.5, 9.5, i === 0 ? 'Helvetica-Bold' : 'Helvetica'));
  };
  block('CHARGE TO', [buyer.name, 'Accounts Department', buyerAt.street, buyerAt.town, `Customer VAT Reg: ${buyer.taxId}`], 40);
  block('SHIP TO', [buyer.name, 'Goods Inwards', buyerAt.street, buyerAt.town], 310);

  const columns = [40, 76, 150, 370, 430, 470, 525, 555];
  const headers = ['Qty', 'Product', 'Description', 'Unit Price', 'Disc%', 'Net', 'VAT'];
  const row = (values: string[], top: number, font: Font, fill?: string) => values.forEach((value, i) => {
    const [x0, x1] = [columns[i] ?? 40, columns[i + 1] ?? 555];
    if (fill) box(doc, x0, top, x1 - x0, 16, fill);
    const leftAligned = i === 1 || i === 2 || fill;
    put(doc, value, leftAligned ? x0 + 3 : x1 - 3, top + 4.5, 8.5, font, leftAligned ? 'left' : 'right');
  });
  let y = 266;
  row(headers, y, 'Helvetica-Bold', '#dfe9e2');
  for (const item of items) {
    y += 18;
    row([String(item.quantity), partCodes[item.name] ?? 'MISC', item.name, (item.amount / item.quantity).toFixed(3), '0.00', grouped(item.amount), 'S'], y, 'Helvetica');
  }
  rule(doc, 40, y + 20, 555, y + 20, 0.5);
  y = Math.max(y + 40, 400);

  put(doc, 'VAT ANALYSIS', 40, y, 7.5, 'Helvetica-Bold');
  const analysis = [['Code', 'Rate', 'Goods', 'VAT'], ['S', `${(rate * 100).toFixed(2)}%`, grouped(Number(e['netAmount'])), grouped(Number(e['taxAmount']))], ['Z', '0.00%', '0.00', '0.00']];
  analysis.forEach((line, r) => line.forEach((value, c) => {
    const at = [40, 75, 180, 250][c] ?? 40;
    put(doc, value, at, y + 12 + r * 12, 8.5, r === 0 ? 'Helvetica-Bold' : 'Helvetica', c >= 2 ? 'right' : 'left');
  }));
  put(doc, 'Terms: strictly 30 days from date of invoice.', 300, y + 12, 8.5, 'Helvetica');
  put(doc, 'Title to the goods remains with us until paid in full.', 300, y + 24, 8.5, 'Helvetica');
  put(doc, `Payment due by ${dashDate(t.extras.dueDate)}`, 300, y + 36, 8.5, 'Helvetica-Bold');

  // totals across the foot of the page
  const totals: [string, string][] = [['Total Net Amount', grouped(Number(e['netAmount']))], ['Total VAT Amount', grouped(Number(e['taxAmount']))], ['Carriage', '0.00'], ['INVOICE TOTAL GBP', `£${grouped(Number(e['totalAmount']))}`]];
  const totalWidths = [125, 125, 90, 175];
  x = 40;
  const top = 650;
  totals.forEach(([label, value], i) => {
    const width = totalWidths[i] ?? 100;
    const last = i === totals.length - 1;
    box(doc, x, top, width, 16, last ? '#24543a' : '#dfe9e2'); box(doc, x, top + 16, width, 24);
    put(doc, label, x + 5, top + 4.5, 8, 'Helvetica-Bold', 'left', last ? '#ffffff' : '#111111');
    put(doc, value, x + width - 6, top + 23, last ? 12 : 10, last ? 'Helvetica-Bold' : 'Helvetica', 'right');
    x += width;
  });

  put(doc, `Bank: Lloyds Bank plc  Sort code 30-${digitsOf(seller.name, 2)}-${digitsOf(seller.address, 2)}  Account ${digitsOf(seller.taxId, 8)}  Please quote invoice number with remittance.`, 297, 720, 7.5, 'Helvetica', 'center');
  rule(doc, 40, 770, 555, 770, 0.5, '#24543a');
  put(doc, `${seller.name}  ·  Registered in England & Wales No. ${digitsOf(seller.name, 8)}  ·  VAT Registration No. ${seller.taxId}`, 297, 777, 7.5, 'Helvetica', 'center');
  put(doc, `Registered office: ${seller.address}`, 297, 788, 7.5, 'Helvetica', 'center');
}

// ---------------------------------------------------------------------------------------------
// cn-vat-ordinary-e-invoice

/** The tax bureau whose form it is, by the city of the seller's address (宁波 and 深圳 have their own). */
const formIssuers: [string, string][] = [['杭州市', '浙江'], ['上海市', '上海'], ['苏州市', '江苏'], ['宁波市', '宁波'], ['深圳市', '深圳']];
const specifications: Record<string, [string, string]> = { 深沟球轴承: ['6205-2RS', '套'], 液压泵: ['CBN-E316', '台'], 法兰盘: ['DN50', '片'], 控制电缆: ['KVVP7×1.5', '米'], 减速电机: ['R37', '台'] };
const payees = ['陈晓红', '刘佳', '黄丽萍', '沈燕'];
const reviewers = ['吴刚', '杨帆', '徐明'];

/** A stable string over `alphabet`, for the 密码区 and the QR code. */
function charsOf(key: string, length: number, alphabet: string): string {
  return [...digitsOf(key, length * 2)].reduce<string[]>((out, digit, i, all) => (i % 2 ? [...out, alphabet[(Number(all[i - 1]) * 10 + Number(digit)) % alphabet.length] ?? '0'] : out), []).join('');
}

function qrBlock(doc: Doc, key: string, x: number, y: number, cell: number): void {
  const size = 21;
  const bits = charsOf(key, size * size, '01');
  doc.save().fillColor('#111111');
  for (let r = 0; r < size; r += 1) for (let c = 0; c < size; c += 1) {
    const finder = (r < 7 && c < 7) || (r < 7 && c >= size - 7) || (r >= size - 7 && c < 7);
    if (!finder && bits[r * size + c] === '1') doc.rect(x + c * cell, y + r * cell, cell, cell).fill();
  }
  for (const [fr, fc] of [[0, 0], [0, size - 7], [size - 7, 0]] as const) {
    doc.rect(x + fc * cell, y + fr * cell, 7 * cell, 7 * cell).fill();
    doc.fillColor('#ffffff').rect(x + (fc + 1) * cell, y + (fr + 1) * cell, 5 * cell, 5 * cell).fill();
    doc.fillColor('#111111').rect(x + (fc + 2) * cell, y + (fr + 2) * cell, 3 * cell, 3 * cell).fill();
  }
  doc.restore();
}

/** ⊗, which the form prints before the amount in words (drawn: the CJK font has no glyph for it). */
export function crossedCircle(doc: Doc, x: number, y: number, r: number): void {
  const d = r * Math.SQRT1_2;
  doc.save().lineWidth(0.7).strokeColor('#111111').circle(x, y, r).moveTo(x - d, y - d).lineTo(x + d, y + d).moveTo(x - d, y + d).lineTo(x + d, y - d).stroke().restore();
}

function cnVatOrdinaryEInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const issuer = formIssuers.find(([city]) => seller.address.startsWith(city))?.[1] ?? '浙江';
  const brown = '#7a4a1e';
  const x0 = 30;
  const x1 = 565;

  qrBlock(doc, String(e['invoiceNumber']), x0 + 4, 30, 2.6);
  put(doc, `机器编号：${digitsOf(seller.taxId, 12)}`, x0, 92, 9, 'cjk', 'left', brown);
  put(doc, `${issuer}增值税电子普通发票`, 272, 40, 17, 'cjk', 'center', brown);
  rule(doc, 180, 64, 364, 64, 1, brown); rule(doc, 180, 67, 364, 67, 0.6, brown);
  doc.save().lineWidth(1).strokeColor('#c0392b').ellipse(272, 90, 44, 17).stroke().restore();
  put(doc, '全国统一发票监制章', 272, 81, 6.5, 'cjk', 'center', '#c0392b');
  put(doc, `国家税务总局${issuer}${issuer === '浙江' || issuer === '江苏' ? '省' : '市'}税务局`, 272, 92, 6, 'cjk', 'center', '#c0392b');
  const info: [string, string][] = [['发票代码', `0${t.extras.invoiceCode.slice(1)}`], ['发票号码', String(e['invoiceNumber'])], ['开票日期', `${parts(String(e['issueDate'])).year}年${String(e['issueDate']).slice(5, 7)}月${String(e['issueDate']).slice(8, 10)}日`], ['校 验 码', digitsOf(`${e['invoiceNumber']}校验`, 20).replace(/(\d{5})(?=\d)/g, '$1 ')]];
  info.forEach(([label, value], i) => {
    put(doc, `${label}：`, 400, 34 + i * 15, 9, 'cjk', 'left', brown);
    put(doc, value, 450, 34 + i * 15, 9, 'cjk');
  });

  // the ruled form
  const frame = (x: number, y: number, w: number, h: number) => doc.save().lineWidth(0.8).strokeColor(brown).rect(x, y, w, h).stroke().restore();
  const line = (xa: number, ya: number, xb: number, yb: number) => rule(doc, xa, ya, xb, yb, 0.6, brown);
  const vertical = (label: string, x: number, y: number, h: number) => [...label].forEach((char, i) => put(doc, char, x, y + (h - label.length * 14) / 2 + i * 14, 10, 'cjk', 'left', brown));
  const top = 112;
  frame(x0, top, x1 - x0, 330);
  const partyRows = (party: Party, y: number) => {
    const bank = pickBy(party.name, ['中国工商银行', '中国农业银行', '中国建设银行', '招商银行', '兴业银行']);
    const rows: [string, string][] = [['名　　　　称', party.name], ['纳税人识别号', party.taxId], ['地 址、电 话', `${party.address} 0${digitsOf(party.name, 3)}-${digitsOf(party.address + party.name, 8)}`], ['开户行及账号', `${bank}${party.address.slice(0, 2)}分行 ${digitsOf(party.taxId, 19)}`]];
    rows.forEach(([label, value], i) => {
      put(doc, `${label}：`, x0 + 26, y + 7 + i * 16, 8.5, 'cjk', 'left', brown);
      put(doc, value, x0 + 100, y + 7 + i * 16, label.startsWith('名') || label.startsWith('纳') ? 9.5 : 8, 'cjk');
    });
  };
  // buyer and cipher area
  line(x0, top + 70, x1, top + 70);
  line(x0 + 20, top, x0 + 20, top + 70); vertical('购买方', x0 + 5, top, 70);
  line(360, top, 360, top + 70); line(380, top, 380, top + 70); vertical('密码区', 365, top, 70);
  partyRows(buyer, top);
  for (let i = 0; i < 4; i += 1) put(doc, charsOf(`${e['invoiceNumber']}#${i}`, 28, '0123456789+-*/<>'), 386, top + 8 + i * 15, 8.5, 'Courier');

  // items
  const columns = [x0, 180, 245, 275, 320, 385, 455, 490, x1];
  const headers = ['货物或应税劳务、服务名称', '规格型号', '单位', '数 量', '单 价', '金 额', '税率', '税 额'];
  const itemsTop = top + 70;
  headers.forEach((header, i) => put(doc, header, ((columns[i] ?? x0) + (columns[i + 1] ?? x1)) / 2, itemsTop + 5, 8.5, 'cjk', 'center', brown));
  const itemsBottom = itemsTop + 130;
  for (let i = 1; i < columns.length - 1; i += 1) line(columns[i] ?? x0, itemsTop, columns[i] ?? x0, itemsBottom - 20);
  items.forEach((item, r) => {
    const y = itemsTop + 22 + r * 15;
    const [specification, unit] = specifications[itemName(item.name)] ?? ['', ''];
    const tax = Math.round(item.amount * rate * 100) / 100;
    const cells = [item.name, specification, unit, String(item.quantity), (item.amount / item.quantity).toFixed(8).replace(/0+$/, '').replace(/\.$/, ''), item.amount.toFixed(2), `${Math.round(rate * 100)}%`, tax.toFixed(2)];
    cells.forEach((value, c) => put(doc, value, c <= 2 ? (columns[c] ?? x0) + 3 : (columns[c + 1] ?? x1) - 3, y, 8.5, 'cjk', c <= 2 ? 'left' : 'right'));
  });
  line(x0, itemsBottom - 20, x1, itemsBottom - 20);
  put(doc, '合　　计', (x0 + 180) / 2, itemsBottom - 15, 9, 'cjk', 'center', brown);
  put(doc, `¥${Number(e['netAmount']).toFixed(2)}`, 452, itemsBottom - 15, 9, 'cjk', 'right');
  put(doc, `¥${Number(e['taxAmount']).toFixed(2)}`, x1 - 3, itemsBottom - 15, 9, 'cjk', 'right');
  line(x0, itemsBottom, x1, itemsBottom);
  line(180, itemsBottom, 180, itemsBottom + 22);
  put(doc, '价税合计（大写）', (x0 + 180) / 2, itemsBottom + 6, 9, 'cjk', 'center', brown);
  crossedCircle(doc, 192, itemsBottom + 11, 4);
  put(doc, chineseCapitalAmount(Number(e['totalAmount'])), 200, itemsBottom + 6, 9.5, 'cjk');
  put(doc, '（小写）', 420, itemsBottom + 6, 9, 'cjk', 'left', brown);
  put(doc, `¥${Number(e['totalAmount']).toFixed(2)}`, 458, itemsBottom + 6, 9.5, 'cjk');
  const sellerTop = itemsBottom + 22;
  line(x0, sellerTop, x1, sellerTop);
  line(x0 + 20, sellerTop, x0 + 20, top + 330); vertical('销售方', x0 + 5, sellerTop, top + 330 - sellerTop);
  line(360, sellerTop, 360, top + 330); line(380, sellerTop, 380, top + 330); vertical('备注', 365, sellerTop, top + 330 - sellerTop);
  partyRows(seller, sellerTop);
  put(doc, `订单号：${digitsOf(buyer.taxId + String(t.index), 10)}`, 386, sellerTop + 8, 8, 'cjk');

  const clerk = pickBy(seller.taxId, payees);
  put(doc, `收款人：${clerk}`, x0 + 10, top + 340, 9, 'cjk', 'left', brown);
  put(doc, `复核：${pickBy(buyer.taxId, reviewers)}`, 170, top + 340, 9, 'cjk', 'left', brown);
  put(doc, `开票人：${clerk}`, 300, top + 340, 9, 'cjk', 'left', brown);
  put(doc, '销售方：（章）', 440, top + 340, 9, 'cjk', 'left', brown);
}

// ---------------------------------------------------------------------------------------------
// cn-delivery-note-triplicate

const couriers = ['何师傅', '罗建平', '邓小军', '蒋波'];
/** what the printer of the book called the customer and the order, which differs from book to book */
const bookLabels = [
  { customer: '客户', order: '订货单号' },
  { customer: '购货单位', order: '合同号' },
  { customer: '客户名称', order: '订单编号' },
  { customer: '收货客户', order: '采购单号' },
] as const;

function cnDeliveryNoteTriplicate(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const red = '#b3261e';
  const x0 = 45;
  const x1 = 540;

  put(doc, seller.name, 297, 40, 15, 'cjk', 'center');
  put(doc, `地址：${seller.address}　　电话：0${digitsOf(seller.name, 3)}-${digitsOf(seller.address, 8)}　　传真：0${digitsOf(seller.name, 3)}-${digitsOf(seller.taxId, 8)}`, 297, 62, 8, 'cjk', 'center');
  put(doc, '送  货  单', 297, 80, 20, 'cjk', 'center');
  rule(doc, 240, 106, 354, 106, 0.8);
  put(doc, `No.${e['deliveryNoteNumber']}`, x1, 86, 13, 'Courier-Bold', 'right', red);

  const labels = bookLabels[t.index % bookLabels.length] as (typeof bookLabels)[number];
  put(doc, `${labels.customer}：${buyer.name}`, x0, 122, 10, 'cjk');
  put(doc, `日期：${slashDate(String(e['deliveryDate']))}`, x1, 122, 10, 'cjk', 'right');
  put(doc, `收货地址：${buyer.address}`, x0, 140, 9, 'cjk');
  put(doc, `${labels.order}：${e['orderReference']}`, x1, 140, 9, 'cjk', 'right');

  const columns = [x0, 80, 250, 290, 345, 405, 470, x1];
  const headers = ['编号', '品 名 及 规 格', '单位', '数量', '单价', '金额', '备注'];
  const height = 21;
  let y = 158;
  doc.save().lineWidth(1.4).strokeColor('#111111').rect(x0, y, x1 - x0, height * 8).stroke().restore();
  for (let r = 1; r < 8; r += 1) rule(doc, x0, y + r * height, x1, y + r * height, 0.6);
  for (let c = 1; c < columns.length - 1; c += 1) rule(doc, columns[c] ?? x0, y, columns[c] ?? x0, y + height * 7, 0.6);
  headers.forEach((header, c) => put(doc, header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + 6, 9.5, 'cjk', 'center'));
  let total = 0;
  items.forEach((item, r) => {
    const top = y + (r + 1) * height + 6;
    const [specification, unit] = specifications[itemName(item.name)] ?? ['', '件'];
    total += item.amount;
    const values = [String(r + 1), `${itemName(item.name)} ${specification}`, unit, String(item.quantity), (item.amount / item.quantity).toFixed(2), item.amount.toFixed(2), ''];
    values.forEach((value, c) => put(doc, value, c === 1 ? (columns[c] ?? x0) + 4 : ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, top, 9.5, 'cjk', c === 1 ? 'left' : 'center'));
  });
  const rounded = Math.round(total * 100) / 100;
  put(doc, `合计人民币（大写）：${chineseCapitalAmount(rounded)}`, x0 + 6, y + 7 * height + 6, 9.5, 'cjk');
  put(doc, `¥${rounded.toFixed(2)}`, x1 - 6, y + 7 * height + 6, 9.5, 'cjk', 'right');

  // the copies, written down the right-hand margin of a carbonless book
  ['①白联存根', '②红联客户', '③黄联回单'].forEach((copy, i) => [...copy].forEach((char, j) => put(doc, char, x1 + 14, y + 6 + i * 56 + j * 9.5, 7.5, 'cjk')));

  y += height * 8 + 14;
  put(doc, '说明：请收货单位当面清点数量、检查外包装，如有异议请在三日内提出，逾期视为验收合格。', x0, y, 8.5, 'cjk');
  y += 30;
  put(doc, '送货单位（盖章）：', x0, y, 10, 'cjk');
  put(doc, `送货人：${pickBy(String(e['deliveryNoteNumber']), couriers)}`, x0, y + 28, 10, 'cjk');
  put(doc, '收货单位及经手人（签收）：', 300, y, 10, 'cjk');
  signature(doc, String(e['signedBy']), 330, y + 20, true);
  put(doc, '签收日期：', 300, y + 56, 10, 'cjk');
  handwritten(doc, dottedDate(String(e['signatureDate']), true), 352, y + 52, 14);
}

// ---------------------------------------------------------------------------------------------
// en-letter-of-agreement

const purchasingTitles = ['The Purchasing Manager', 'The Procurement Director', 'The Buyer', 'The Head of Purchasing'];
const sellerSigners = ['Graham Holt', 'Fiona McLeod', 'Richard Ashworth', 'Priya Shah', 'Ian Buckley'];
const buyerSigners = ['Laura Bennett', 'Kevin Moss', 'Hannah Price', 'Simon Doyle', 'Zara Malik'];

function enLetterOfAgreement(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const signed = String(e['signingDate']);
  const amount = Number(e['amount']);
  const sellerSigner = pickBy(seller.name + buyer.name, sellerSigners);
  const buyerSigner = pickBy(buyer.taxId, buyerSigners);
  const width = right - left;

  put(doc, seller.name, 297, 40, 17, 'Times-Bold', 'center');
  put(doc, `${sellerAt.street} · ${sellerAt.town} · Telephone 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 6)}`, 297, 62, 8.5, 'Times-Roman', 'center');
  rule(doc, left, 76, right, 76, 0.6); rule(doc, left, 78.5, right, 78.5, 0.3);

  put(doc, `Our ref: ${e['contractNumber']}`, left, 100, 10, 'Times-Roman');
  put(doc, letterDate(signed), right, 100, 10, 'Times-Roman', 'right');
  [pickBy(buyer.name, purchasingTitles), buyer.name, buyerAt.street, buyerAt.town].forEach((line, i) => put(doc, line, left, 128 + i * 13, 10, 'Times-Roman'));
  put(doc, 'Dear Sirs,', left, 195, 10.5, 'Times-Roman');
  put(doc, 'Supply of goods — letter of agreement', left, 215, 10.5, 'Times-Bold');

  let y = 238;
  const paragraph = (value: string, gap = 8) => {
    for (const line of wrap(doc, value, width, 10.5, 'Times-Roman')) { put(doc, line, left, y, 10.5, 'Times-Roman'); y += 14; }
    y += gap;
  };
  paragraph(`Further to our recent discussions, we write to set out the terms on which ${seller.name} ("we") will sell to ${buyer.name} ("you") the following goods:`, 4);
  for (const item of items) { put(doc, `•  ${item.quantity} × ${item.name} at £${grouped(item.amount / item.quantity)} each, £${grouped(item.amount)}`, left + 18, y, 10.5, 'Times-Roman'); y += 14; }
  y += 8;
  paragraph(`The total price payable by you for the goods is £${grouped(amount)}, which includes VAT at ${Math.round(rate * 100)}%. We shall invoice on despatch and you shall pay within 30 days of the date of our invoice.`);
  paragraph('We shall deliver the goods to your premises within three weeks of your acceptance of this letter. Risk passes to you on delivery and title on payment in full. Our standard conditions of sale apply save where this letter says otherwise.');
  paragraph('If you agree to these terms, please sign and date the acceptance below and return a copy of this letter to us; it will then form a binding contract between us, governed by the law of England and Wales.');
  put(doc, 'Yours faithfully,', left, y, 10.5, 'Times-Roman');
  signature(doc, sellerSigner, left + 10, y + 22, false);
  put(doc, sellerSigner, left, y + 52, 10.5, 'Times-Roman');
  put(doc, `Sales Director, for and on behalf of ${seller.name}`, left, y + 65, 10.5, 'Times-Roman');

  y += 98;
  rule(doc, left, y, right, y, 0.5, '#555555', 2);
  put(doc, 'ACCEPTANCE', left, y + 14, 10.5, 'Times-Bold');
  put(doc, `We accept the terms set out in this letter on behalf of ${buyer.name}.`, left, y + 32, 10.5, 'Times-Roman');
  const fields = y + 62;
  put(doc, 'Signed', left, fields + 10, 10, 'Times-Roman'); rule(doc, left + 45, fields + 22, left + 230, fields + 22, 0.5);
  signature(doc, buyerSigner, left + 60, fields - 2, false);
  put(doc, 'Name', 300, fields + 10, 10, 'Times-Roman'); rule(doc, 335, fields + 22, right, fields + 22, 0.5);
  handwritten(doc, buyerSigner, 345, fields + 5, 13);
  put(doc, 'Position', left, fields + 42, 10, 'Times-Roman'); rule(doc, left + 45, fields + 54, left + 230, fields + 54, 0.5);
  handwritten(doc, 'Purchasing Manager', left + 55, fields + 38, 12);
  put(doc, 'Date', 300, fields + 42, 10, 'Times-Roman'); rule(doc, 335, fields + 54, right, fields + 54, 0.5);
  handwritten(doc, letterDate(signed), 345, fields + 38, 13);

  put(doc, `${seller.name} is registered in England and Wales, company number ${digitsOf(seller.taxId, 8)}. VAT registration ${seller.taxId}.`, 297, 800, 7.5, 'Times-Roman', 'center');
}

// ---------------------------------------------------------------------------------------------
// en-goods-received-note

const partNumbers: Record<string, string> = { 'Deep groove ball bearing': 'P-10482', 'Hydraulic pump unit': 'P-20917', 'Steel flange DN50': 'P-31150', 'Control cable 5 m': 'P-40233', 'Gear motor 0.75 kW': 'P-52006' };
/** the supplier's delivery note, under the names British goods-in forms give it */
const adviceLabels = ["Supplier's Delivery Note", 'Advice Note No.', 'Supplier D/N No.', 'Delivery Note Ref.'];
const hauliers = ['DHL Freight', 'Palletways', 'Supplier van', 'DPD', 'Royal Mail Parcelforce'];

function enGoodsReceivedNote(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const buyerAt = splitAddress(buyer);
  const delivered = String(e['deliveryDate']);
  const grn = `GRN-${digitsOf(String(e['deliveryNoteNumber']), 6)}`;
  const time = `${String(7 + (t.index * 3) % 9).padStart(2, '0')}:${String((t.index * 23) % 60).padStart(2, '0')}`;

  put(doc, buyer.name, left, 38, 14, 'Helvetica-Bold');
  put(doc, `Stores & Goods Inwards · ${buyerAt.street}, ${buyerAt.town}`, left, 56, 8.5, 'Helvetica');
  put(doc, 'GOODS RECEIVED NOTE', right, 36, 15, 'Helvetica-Bold', 'right');
  put(doc, `Ref. ${grn}`, right, 56, 10, 'Courier-Bold', 'right');
  rule(doc, left, 72, right, 72, 1.2);

  const rows: [string, string][][] = [
    [['Supplier', seller.name], ['Purchase Order', String(e['orderReference'])]],
    [['Supplier Acc.', `${seller.name.replace(/[^A-Z]/g, '')}${digitsOf(seller.taxId, 4)}`], [adviceLabels[t.index % adviceLabels.length] ?? '', String(e['deliveryNoteNumber'])]],
    [['Haulier', pickBy(seller.address + String(t.index), hauliers)], ['Date Received', `${delivered} ${time}`]],
    [['Received at', `${buyer.name}, Bay ${1 + (t.index % 4)}`], ['Cost Centre', `CC-${digitsOf(buyer.name, 3)}`]],
  ];
  rows.forEach((pair, r) => pair.forEach(([label, value], c) => {
    const x = c === 0 ? left : 320;
    put(doc, `${label}:`, x, 88 + r * 17, 8.5, 'Helvetica-Bold');
    put(doc, value, x + (c === 0 ? 72 : 118), 88 + r * 17, 9, 'Helvetica');
  }));

  const columns = [left, 80, 140, 290, 340, 390, 440, 490, right];
  const headers = ['Line', 'Part No.', 'Description', 'Ordered', 'Advised', 'Received', 'Rejected', 'Bin'];
  let y = 166;
  doc.save().rect(left, y, right - left, 26).fill('#eeeeee').restore();
  headers.forEach((header, c) => put(doc, header, c <= 2 ? (columns[c] ?? left) + 3 : (columns[c + 1] ?? right) - 3, y + 9, 8, 'Helvetica-Bold', c <= 2 ? 'left' : 'right'));
  y += 26;
  items.forEach((item, r) => {
    const values = [String((r + 1) * 10), partNumbers[item.name] ?? 'P-00000', item.name, String(item.quantity), String(item.quantity), String(item.quantity), '0', `${String.fromCharCode(65 + r)}${digitsOf(item.name, 2)}`];
    values.forEach((value, c) => put(doc, value, c <= 2 ? (columns[c] ?? left) + 3 : (columns[c + 1] ?? right) - 3, y + 6, 8.5, 'Helvetica', c <= 2 ? 'left' : 'right'));
    rule(doc, left, y + 20, right, y + 20, 0.4, '#aaaaaa');
    y += 20;
  });

  y += 24;
  put(doc, 'Inspection on receipt', left, y, 9, 'Helvetica-Bold');
  const checks: [string, boolean][] = [['Packaging intact', true], ['Quantity agrees with advice note', true], ['Certificates of conformity received', t.index % 2 === 0], ['Damage or shortage noted', false]];
  checks.forEach(([label, ticked], i) => {
    const x = left + (i % 2) * 250;
    const top = y + 16 + Math.floor(i / 2) * 16;
    box(doc, x, top, 9, 9);
    if (ticked) handwritten(doc, 'x', x + 1.5, top - 1, 11, 'Helvetica');
    put(doc, label, x + 15, top + 1, 8.5, 'Helvetica');
  });
  y += 60;
  put(doc, 'Remarks:', left, y, 8.5, 'Helvetica-Bold');
  rule(doc, left + 45, y + 9, right, y + 9, 0.4, '#888888');

  y += 40;
  box(doc, left, y, right - left, 78);
  put(doc, 'Received and checked by (storekeeper)', left + 6, y + 6, 8, 'Helvetica-Bold');
  signature(doc, String(e['signedBy']), left + 30, y + 28, false);
  put(doc, 'Date signed', 330, y + 6, 8, 'Helvetica-Bold');
  handwritten(doc, dottedDate(String(e['signatureDate']), false), 345, y + 30, 15);
  rule(doc, 320, y, 320, y + 78, 0.7);

  put(doc, 'White copy: Accounts Payable (match to invoice)   ·   Yellow: Stores   ·   Pink: Purchasing', 297, 790, 7.5, 'Helvetica', 'center');
  put(doc, 'Form GI-07 rev. 3', right, 802, 7, 'Helvetica', 'right');
}

export const heldOut6Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'en-trade-invoice-tax-point': enTradeInvoiceTaxPoint,
  'cn-vat-ordinary-e-invoice': cnVatOrdinaryEInvoice,
  'cn-delivery-note-triplicate': cnDeliveryNoteTriplicate,
  'en-letter-of-agreement': enLetterOfAgreement,
  'en-goods-received-note': enGoodsReceivedNote,
};

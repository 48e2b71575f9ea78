import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, grouped, handInk, months, parts, pickBy, put, rule, splitAddress, type Font } from './generated-layouts-heldout-4';

/**
 * Five held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-bilingual-commercial-invoice: a 商业发票 / COMMERCIAL INVOICE with Chinese–English labels;
 *  - en-erp-billing-document: an invoice printed by a large ERP system for a window envelope;
 *  - cn-receipt-confirmation-letter: a 收货确认函 with a tear-off 回执 signed by hand;
 *  - cn-framework-purchase-order: a 采购订单 placed under a framework agreement, with clauses;
 *  - en-road-consignment-note: a road consignment note of numbered boxes, signed by the consignee.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */
export const round2 = (value: number) => Math.round(value * 100) / 100;
export const itemName = (name: string) => name.replace(/^\*[^*]+\*/, '');
export const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** Closing punctuation, which Chinese typesetting never puts at the start of a line. */
const noLineStart = '，。、；：）》”！？';

/** Breaks Chinese text into lines no wider than `width` (Chinese wraps between any two characters). */
export function wrapChinese(doc: Doc, paragraph: string, width: number, size: number): string[] {
  doc.font('cjk').fontSize(size);
  const lines: string[] = [];
  let line = '';
  for (const char of paragraph) {
    if (line && !noLineStart.includes(char) && doc.widthOfString(line + char) > width) { lines.push(line); line = char; } else line += char;
  }
  if (line) lines.push(line);
  return lines;
}

export function handwritten(doc: Doc, value: string, x: number, y: number, size: number, font: Font): void {
  doc.save().rotate(-2.5, { origin: [x, y] });
  put(doc, value, x, y, size, font, 'left', handInk);
  doc.restore();
}

// ---------------------------------------------------------------------------------------------
// cn-bilingual-commercial-invoice

export const englishNames: Record<string, string> = {
  杭州华辰机械有限公司: 'Hangzhou Huachen Machinery Co., Ltd.',
  上海恒通贸易有限公司: 'Shanghai Hengtong Trading Co., Ltd.',
  苏州瑞丰电子有限公司: 'Suzhou Ruifeng Electronics Co., Ltd.',
  宁波海天塑料制品有限公司: 'Ningbo Haitian Plastic Products Co., Ltd.',
  深圳嘉信科技有限公司: 'Shenzhen Jiaxin Technology Co., Ltd.',
  南京金陵轴承有限公司: 'Nanjing Jinling Bearing Co., Ltd.',
  广州立达包装材料有限公司: 'Guangzhou Lida Packaging Materials Co., Ltd.',
  无锡新锐精密机械有限公司: 'Wuxi Xinrui Precision Machinery Co., Ltd.',
  天津北方钢铁贸易有限公司: 'Tianjin Beifang Steel Trading Co., Ltd.',
  成都蓉城电气设备有限公司: 'Chengdu Rongcheng Electrical Equipment Co., Ltd.',
};
const englishItems: Record<string, string> = { 深沟球轴承: 'Deep groove ball bearing 6205-2RS', 液压泵: 'Hydraulic gear pump CBN-E316', 法兰盘: 'Flange DN50 PN16', 控制电缆: 'Control cable KVVP 7x1.5', 减速电机: 'Geared motor R37 0.75kW' };
const units: Record<string, [string, string]> = { 深沟球轴承: ['套', 'SET'], 液压泵: ['台', 'UNIT'], 法兰盘: ['片', 'PC'], 控制电缆: ['卷', 'ROLL'], 减速电机: ['台', 'UNIT'] };

function cnBilingualCommercialInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const navy = '#1d3557';
  const x0 = 40;
  const x1 = 555;
  const issued = String(e['issueDate']);

  put(doc, seller.name, 297, 34, 16, 'cjk', 'center', navy);
  put(doc, (englishNames[seller.name] ?? '').toUpperCase(), 297, 55, 9, 'Helvetica-Bold', 'center', navy);
  put(doc, `${seller.address}　电话 Tel: +86-${digitsOf(seller.name, 3)}-${digitsOf(seller.address, 8)}　邮箱 E-mail: sales${digitsOf(seller.taxId, 3)}@163.com`, 297, 69, 7.5, 'cjk', 'center');
  rule(doc, x0, 84, x1, 84, 1.6, navy); rule(doc, x0, 87, x1, 87, 0.5, navy);
  put(doc, '商 业 发 票', 297, 98, 18, 'cjk', 'center');
  put(doc, 'COMMERCIAL INVOICE', 297, 122, 10.5, 'Helvetica-Bold', 'center');

  // the buyer at the left, the invoice particulars at the right, both boxed
  const top = 146;
  box(doc, x0, top, 300, 96); box(doc, 345, top, x1 - 345, 96);
  put(doc, '买方 Buyer / Messrs.', x0 + 6, top + 6, 8, 'cjk', 'left', navy);
  put(doc, buyer.name, x0 + 6, top + 22, 10.5, 'cjk');
  put(doc, englishNames[buyer.name] ?? '', x0 + 6, top + 38, 8, 'Helvetica');
  put(doc, `统一社会信用代码 USCC: ${buyer.taxId}`, x0 + 6, top + 56, 8.5, 'cjk');
  put(doc, `地址 Add.: ${buyer.address}`, x0 + 6, top + 74, 8.5, 'cjk');
  const contract = `CT${issued.slice(2, 4)}${digitsOf(buyer.name + issued, 5)}`;
  const particulars: [string, string][] = [['发票号 Invoice No.', String(e['invoiceNumber'])], ['日期 Date', issued.replace(/-/g, '/')], ['合同号 Contract No.', contract], ['付款方式 Payment', '电汇 T/T 30天'], ['币种 Currency', 'CNY 人民币']];
  particulars.forEach(([label, value], i) => {
    put(doc, label, 351, top + 7 + i * 17.5, 8, 'cjk', 'left', navy);
    put(doc, value, x1 - 6, top + 7 + i * 17.5, 9, 'cjk', 'right');
  });

  // goods, headings in both languages on two lines
  const columns = [x0, 72, 290, 340, 380, 465, x1];
  const headings: [string, string][] = [['序号', 'No.'], ['品名及规格', 'Description'], ['数量', 'Qty'], ['单位', 'Unit'], ['单价', 'Unit Price'], ['金额', 'Amount']];
  let y = 262;
  doc.save().rect(x0, y, x1 - x0, 28).fill('#e8eef5').restore();
  headings.forEach(([zh, en], c) => {
    const mid = ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2;
    put(doc, zh, mid, y + 3, 8.5, 'cjk', 'center'); put(doc, en, mid, y + 15, 7.5, 'Helvetica', 'center');
  });
  rule(doc, x0, y, x1, y, 0.8, navy); rule(doc, x0, y + 28, x1, y + 28, 0.8, navy);
  y += 28;
  items.forEach((item, r) => {
    const name = itemName(item.name);
    const [zhUnit, enUnit] = units[name] ?? ['件', 'PC'];
    const cells = [String(r + 1), name, String(item.quantity), `${zhUnit}/${enUnit}`, grouped(item.amount / item.quantity), grouped(item.amount)];
    cells.forEach((value, c) => put(doc, value, c === 1 ? (columns[1] ?? 72) + 4 : c >= 4 ? (columns[c + 1] ?? x1) - 4 : ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + 5, 9, 'cjk', c === 1 ? 'left' : c >= 4 ? 'right' : 'center'));
    put(doc, englishItems[name] ?? '', (columns[1] ?? 72) + 4, y + 18, 7.5, 'Helvetica');
    y += 32;
    rule(doc, x0, y, x1, y, 0.4, '#9aa7b8');
  });

  // totals at the right, the amount in words across the page
  y += 10;
  const totals: [string, string, Font][] = [['不含税金额 Net Amount', grouped(Number(e['netAmount'])), 'cjk'], [`增值税 VAT ${percent(rate)}`, grouped(Number(e['taxAmount'])), 'cjk'], ['价税合计 Total Amount (CNY)', `¥${grouped(Number(e['totalAmount']))}`, 'cjk']];
  totals.forEach(([label, value], i) => {
    const last = i === totals.length - 1;
    if (last) doc.save().rect(300, y - 4, x1 - 300, 20).fill('#e8eef5').restore();
    put(doc, label, 306, y, last ? 9.5 : 9, 'cjk');
    put(doc, value, x1 - 4, y, last ? 10.5 : 9, 'cjk', 'right');
    y += 20;
  });
  y += 8;
  put(doc, `大写金额 Say Total: 人民币${chineseCapitalAmount(Number(e['totalAmount']))}`, x0, y, 9.5, 'cjk');
  rule(doc, x0, y + 16, x1, y + 16, 0.4, '#9aa7b8');
  y += 28;
  const remarks = ['备注 Remarks:', '1. 本发票为商业发票，增值税专用发票另行开具。 This is a commercial invoice; the VAT invoice (fapiao) is issued separately.', `2. 交货条件 Delivery: 送货至买方仓库 delivered to Buyer's warehouse, ${buyer.address.slice(0, 3)}.`, `3. 如有疑问请于收到后七日内联系 Queries within 7 days of receipt.`];
  remarks.forEach((line, i) => put(doc, line, x0, y + i * 14, 8, 'cjk'));

  // the seller again with its bank, and the seal and signature
  y = Math.max(y + 70, 620);
  box(doc, x0, y, x1 - x0, 58);
  put(doc, `卖方 Seller: ${seller.name}`, x0 + 6, y + 7, 9, 'cjk');
  put(doc, `统一社会信用代码 USCC: ${seller.taxId}`, x0 + 6, y + 23, 9, 'cjk');
  const [bank, swift] = pickBy(seller.name, [['中国银行', 'BKCHCNBJ'], ['中国工商银行', 'ICBKCNBJ'], ['交通银行', 'COMMCNSH'], ['浦发银行', 'SPDBCNSH']] as const);
  put(doc, `开户行 Bank: ${bank}${seller.address.slice(0, 2)}分行　账号 A/C No.: ${digitsOf(seller.taxId + seller.name, 18)}　SWIFT: ${swift}`, x0 + 6, y + 39, 8, 'cjk');
  y += 76;
  put(doc, `For and on behalf of ${englishNames[seller.name] ?? seller.name}`, x1, y, 8.5, 'Helvetica', 'right');
  rule(doc, 380, y + 44, x1, y + 44, 0.5);
  put(doc, '授权签字（盖章） Authorized Signature', x1, y + 48, 8, 'cjk', 'right');
}

// ---------------------------------------------------------------------------------------------
// en-erp-billing-document

const materials: Record<string, string> = { 'Deep groove ball bearing': '100-4711', 'Hydraulic pump unit': '200-1032', 'Steel flange DN50': '300-0550', 'Control cable 5 m': '400-2205', 'Gear motor 0.75 kW': '500-0075' };
const unitsOfMeasure: Record<string, string> = { 'Control cable 5 m': 'RL', 'Steel flange DN50': 'PC' };
const contacts = ['Mrs J. Baxter', 'Mr D. Okafor', 'Ms L. Fraser', 'Mr A. Kowalski'];
/** 05.03.2025, as ERP printouts set to a European date format print it */
const dottedDate = (iso: string) => iso.split('-').reverse().join('.');
const isoPlus = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function enErpBillingDocument(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const issued = String(e['issueDate']);
  const x0 = 57;
  const x1 = 540;
  const customer = `10${digitsOf(buyer.name, 5)}`;
  const order = `5${digitsOf(buyer.taxId + issued, 7)}`;
  const delivery = `80${digitsOf(String(e['invoiceNumber']), 6)}`;

  // sender block at the top right
  put(doc, seller.name, x1, 40, 13, 'Helvetica-Bold', 'right');
  [sellerAt.street, `${sellerAt.town}`, 'United Kingdom', `Telephone +44 ${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 7)}`].forEach((line, i) => put(doc, line, x1, 58 + i * 11, 8, 'Helvetica', 'right'));

  // the address as it shows through the envelope window, the sender in small print above it
  put(doc, `${seller.name} · ${sellerAt.street} · ${sellerAt.town}`, x0, 128, 6.5, 'Helvetica');
  rule(doc, x0, 137, x0 + 220, 137, 0.4);
  [buyer.name, 'Accounts Payable', buyerAt.street, buyerAt.town.toUpperCase(), 'UNITED KINGDOM'].forEach((line, i) => put(doc, line, x0, 145 + i * 12.5, 9.5, 'Helvetica'));

  // header data at the right
  const header: [string, string][] = [['Invoice No.', String(e['invoiceNumber'])], ['Date', dottedDate(issued)], ['Customer No.', customer], ['Sales Order', `${order} / ${dottedDate(isoPlus(issued, -6))}`], ['Delivery', delivery], ['Your VAT Reg. No.', buyer.taxId], ['Our VAT Reg. No.', seller.taxId], ['Contact', pickBy(seller.taxId, contacts)], ['Page', '1 of 1']];
  header.forEach(([label, value], i) => {
    put(doc, label, 330, 128 + i * 12, 8, 'Helvetica');
    put(doc, value, 420, 128 + i * 12, 8, 'Helvetica');
  });

  put(doc, 'Invoice', x0, 260, 15, 'Helvetica-Bold');
  put(doc, 'We invoice you for the following deliveries, in accordance with our terms and conditions of sale.', x0, 280, 8.5, 'Helvetica');

  const columns = { item: x0, material: 100, description: 160, quantity: 360, unit: 368, price: 455, value: x1 };
  let y = 304;
  rule(doc, x0, y - 4, x1, y - 4, 0.7);
  put(doc, 'Item', columns.item, y, 8, 'Helvetica-Bold');
  put(doc, 'Material', columns.material, y, 8, 'Helvetica-Bold');
  put(doc, 'Description', columns.description, y, 8, 'Helvetica-Bold');
  put(doc, 'Quantity', columns.quantity, y, 8, 'Helvetica-Bold', 'right');
  put(doc, 'Unit', columns.unit, y, 8, 'Helvetica-Bold');
  put(doc, 'Price/unit', columns.price, y, 8, 'Helvetica-Bold', 'right');
  put(doc, 'Net value GBP', columns.value, y, 8, 'Helvetica-Bold', 'right');
  rule(doc, x0, y + 12, x1, y + 12, 0.7);
  y += 20;
  items.forEach((item, i) => {
    put(doc, String((i + 1) * 10).padStart(6, '0'), columns.item, y, 8.5, 'Courier');
    put(doc, materials[item.name] ?? '999-0000', columns.material, y, 8.5, 'Courier');
    put(doc, item.name, columns.description, y, 8.5, 'Helvetica');
    put(doc, item.quantity.toFixed(3), columns.quantity, y, 8.5, 'Helvetica', 'right');
    put(doc, unitsOfMeasure[item.name] ?? 'EA', columns.unit, y, 8.5, 'Helvetica');
    put(doc, grouped(item.amount / item.quantity), columns.price, y, 8.5, 'Helvetica', 'right');
    put(doc, grouped(item.amount), columns.value, y, 8.5, 'Helvetica', 'right');
    put(doc, `Delivery ${delivery} of ${dottedDate(isoPlus(issued, -1))}   Tax code A1 (${(rate * 100).toFixed(3)} %)`, columns.description, y + 11, 7, 'Helvetica', 'left', '#555555');
    y += 28;
  });
  rule(doc, x0, y, x1, y, 0.7);

  y += 12;
  const totals: [string, string, Font][] = [['Total net value', grouped(Number(e['netAmount'])), 'Helvetica'], [`Output tax  ${(rate * 100).toFixed(3)} %  on  ${grouped(Number(e['netAmount']))}`, grouped(Number(e['taxAmount'])), 'Helvetica'], ['Final amount  GBP', grouped(Number(e['totalAmount'])), 'Helvetica-Bold']];
  totals.forEach(([label, value, font], i) => {
    put(doc, label, 300, y, 9, font);
    put(doc, value, x1, y, 9, font, 'right');
    if (i === 1) rule(doc, 300, y + 13, x1, y + 13, 0.5);
    y += i === 1 ? 20 : 15;
  });
  rule(doc, 300, y - 2, x1, y - 2, 0.5); rule(doc, 300, y, x1, y, 0.5);

  y += 24;
  put(doc, `Terms of payment: within 30 days due net (${dottedDate(t.extras.dueDate)}).`, x0, y, 8.5, 'Helvetica');
  put(doc, `Please quote the invoice number and customer number ${customer} with your payment.`, x0, y + 12, 8.5, 'Helvetica');
  put(doc, 'Delivery terms: DAP (Incoterms 2020), your premises.', x0, y + 24, 8.5, 'Helvetica');

  // footer in four columns
  const foot = 760;
  rule(doc, x0, foot - 6, x1, foot - 6, 0.4);
  const footer: string[][] = [
    [seller.name, sellerAt.street, `${sellerAt.town}, United Kingdom`],
    [`Registered in England and Wales`, `Company No. ${digitsOf(seller.taxId, 8)}`, `Registered office: ${sellerAt.town}`],
    [`VAT Reg. No. ${seller.taxId}`, `EORI GB${digitsOf(seller.taxId, 9)}000`, `Directors: ${pickBy(seller.name, ['P. Hale', 'R. Singh', 'M. Carver'])}, ${pickBy(seller.address, ['S. Doyle', 'E. Marsh', 'K. Lund'])}`],
    ['HSBC UK Bank plc', `Sort code 40-${digitsOf(seller.name, 2)}-${digitsOf(seller.taxId, 2)}`, `Account ${digitsOf(`${seller.name} bank`, 8)}`],
  ];
  footer.forEach((lines, c) => lines.forEach((line, r) => put(doc, line, x0 + c * 122, foot + r * 9, 6.5, 'Helvetica', 'left', '#444444')));
}

// ---------------------------------------------------------------------------------------------
// cn-receipt-confirmation-letter

/** 2025年3月5日 */
export const chineseDay = (iso: string) => `${parts(iso).year}年${parts(iso).month}月${parts(iso).day}日`;
export const specifications: Record<string, [string, string]> = { 深沟球轴承: ['6205-2RS', '套'], 液压泵: ['CBN-E316', '台'], 法兰盘: ['DN50 PN16', '片'], 控制电缆: ['KVVP 7×1.5', '卷'], 减速电机: ['R37 0.75kW', '台'] };

function cnReceiptConfirmationLetter(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 60;
  const x1 = 535;
  const delivered = String(e['deliveryDate']);
  const red = '#a61b1b';

  put(doc, seller.name, x0, 40, 13, 'cjk', 'left', red);
  put(doc, `${seller.address}　联系电话：0${digitsOf(seller.name, 3)}-${digitsOf(seller.address, 8)}`, x0, 58, 8, 'cjk');
  rule(doc, x0, 72, x1, 72, 1.4, red);
  put(doc, '收 货 确 认 函', 297, 90, 18, 'cjk', 'center');
  put(doc, `编号：${e['deliveryNoteNumber']}`, x1, 118, 9.5, 'cjk', 'right');

  put(doc, `致：${buyer.name}`, x0, 140, 11, 'cjk');
  let y = 164;
  const paragraph = (value: string, indent = true) => {
    for (const line of wrapChinese(doc, `${indent ? '　　' : ''}${value}`, x1 - x0, 10)) { put(doc, line, x0, y, 10, 'cjk'); y += 17; }
  };
  paragraph(`根据贵司采购订单（订单号：${e['orderReference']}），我司已于${chineseDay(delivered)}将下列货物送达贵司指定地点（${buyer.address}）。为便于双方对账结算，请贵司收货部门核对货物明细，确认无误后在下方回执处签字盖章，并于收货后三个工作日内回传我司。`);

  y += 6;
  const columns = [x0, 88, 220, 300, 335, 380, 450, x1];
  const headers = ['序号', '货物名称', '规格型号', '单位', '数量', '含税单价', '含税金额'];
  const height = 20;
  const rows = items.length + 2;
  doc.save().lineWidth(0.8).strokeColor('#333333').rect(x0, y, x1 - x0, height * rows).stroke().restore();
  for (let r = 1; r < rows; r += 1) rule(doc, x0, y + r * height, x1, y + r * height, 0.5);
  for (let c = 1; c < columns.length - 1; c += 1) rule(doc, columns[c] ?? x0, y, columns[c] ?? x0, y + height * (rows - 1), 0.5);
  headers.forEach((header, c) => put(doc, header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + 5.5, 9, 'cjk', 'center'));
  let total = 0;
  items.forEach((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const gross = round2(item.amount * (1 + rate));
    total += gross;
    const values = [String(r + 1), name, specification, unit, String(item.quantity), (gross / item.quantity).toFixed(2), gross.toFixed(2)];
    values.forEach((value, c) => put(doc, value, c >= 5 ? (columns[c + 1] ?? x1) - 4 : c === 1 || c === 2 ? (columns[c] ?? x0) + 4 : ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + (r + 1) * height + 5.5, 9, 'cjk', c >= 5 ? 'right' : c === 1 || c === 2 ? 'left' : 'center'));
  });
  put(doc, `合计（含税）：¥${round2(total).toFixed(2)}　　大写：${chineseCapitalAmount(round2(total))}`, x0 + 6, y + (rows - 1) * height + 5.5, 9, 'cjk');
  y += height * rows + 16;

  paragraph('如贵司对上述货物的数量、规格或外观有异议，请在回执中注明；逾期未回传的，视为贵司对上述货物无异议。');
  put(doc, '特此函告。', x0 + 20, y + 2, 10, 'cjk');
  put(doc, `${seller.name}（盖章）`, x1, y + 30, 10, 'cjk', 'right');
  put(doc, chineseDay(delivered), x1 - 30, y + 48, 10, 'cjk', 'right');

  // the slip the customer signs and sends back
  y += 84;
  rule(doc, 30, y, 565, y, 0.7, '#555555', 4);
  put(doc, '（沿此线剪下）', 297, y + 4, 7.5, 'cjk', 'center', '#555555');
  put(doc, '回　执', 297, y + 20, 14, 'cjk', 'center');
  put(doc, `${seller.name}：`, x0, y + 46, 10, 'cjk');
  y += 68;
  paragraph(`贵司编号为${e['deliveryNoteNumber']}的收货确认函所列货物我司已全部收到，数量、规格与上表一致，外包装完好。`);
  y += 14;
  put(doc, `收货单位（盖章）：${buyer.name}`, x0, y, 10, 'cjk');
  put(doc, '收货人签字：', x0, y + 36, 10, 'cjk');
  signature(doc, String(e['signedBy']), x0 + 72, y + 30, true);
  put(doc, '签收日期：', 320, y + 36, 10, 'cjk');
  handwritten(doc, chineseDay(String(e['signatureDate'])), 372, y + 33, 13, 'cjk');
}

// ---------------------------------------------------------------------------------------------
// cn-framework-purchase-order

const numerals = '〇一二三四五六七八九';
/** 二〇二五年三月五日, as a formal Chinese contract dates its signatures */
export function numeralDate(iso: string): string {
  const { year, month, day } = parts(iso);
  const small = (n: number) => (n < 10 ? numerals[n] : `${n >= 20 ? numerals[Math.floor(n / 10)] : ''}十${n % 10 ? numerals[n % 10] : ''}`);
  return `${[...String(year)].map((digit) => numerals[Number(digit)]).join('')}年${small(month)}月${small(day)}日`;
}
const buyerContacts = ['采购部 周建', '采购部 何晓梅', '供应链部 沈立', '采购中心 唐颖'];
const sellerContacts = ['销售部 陆涛', '业务部 程丽', '销售经理 袁斌', '市场部 韩雪'];
const materialCodes: Record<string, string> = { 深沟球轴承: 'M01-0206', 液压泵: 'M02-1316', 法兰盘: 'M03-0050', 控制电缆: 'M04-0715', 减速电机: 'M02-3707' };

function cnFrameworkPurchaseOrder(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 45;
  const x1 = 550;
  const ordered = String(e['signingDate']);
  const amount = Number(e['amount']);
  const net = round2(items.reduce((sum, item) => sum + item.amount, 0));
  const framework = `KJ-${parts(ordered).year - 1}-${digitsOf(seller.name + buyer.name, 3)}`;
  const frameworkSigned = `${parts(ordered).year - 1}年${1 + Number(digitsOf(buyer.name, 1)) % 9}月${10 + Number(digitsOf(seller.name, 1))}日`;

  put(doc, buyer.name, x0, 36, 11, 'cjk', 'left', '#204a87');
  put(doc, '采 购 订 单', 297, 56, 20, 'cjk', 'center');
  put(doc, '（框架协议项下订单）', 297, 82, 9.5, 'cjk', 'center');
  const info: [string, string][] = [['订单编号', String(e['contractNumber'])], ['框架协议编号', framework], ['下单日期', chineseDay(ordered)], ['订单版本', 'V1.0']];
  info.forEach(([label, value], i) => put(doc, `${label}：${value}`, 395, 36 + i * 14, 8.5, 'cjk'));

  // the two parties side by side, the buyer first: it issues the order
  const top = 104;
  const half = (x1 - x0) / 2;
  const partyRows = (party: Party, contact: string) => [`名　　称：${party.name}`, `信用代码：${party.taxId}`, `地　　址：${party.address}`, `联 系 人：${contact}　电话：13${digitsOf(party.name + contact, 9)}`];
  box(doc, x0, top, half, 18, '#dde6f0'); box(doc, x0 + half, top, half, 18, '#dde6f0');
  put(doc, '采购方（甲方）', x0 + 6, top + 4.5, 9.5, 'cjk'); put(doc, '供应方（乙方）', x0 + half + 6, top + 4.5, 9.5, 'cjk');
  box(doc, x0, top + 18, half, 78); box(doc, x0 + half, top + 18, half, 78);
  partyRows(buyer, pickBy(buyer.taxId, buyerContacts)).forEach((line, i) => put(doc, line, x0 + 6, top + 25 + i * 17, 8.5, 'cjk'));
  partyRows(seller, pickBy(seller.taxId, sellerContacts)).forEach((line, i) => put(doc, line, x0 + half + 6, top + 25 + i * 17, 8.5, 'cjk'));

  let y = top + 110;
  for (const line of wrapChinese(doc, `　　根据甲乙双方于${frameworkSigned}签订的《年度框架采购协议》（编号：${framework}，以下简称“框架协议”），甲方向乙方采购下列货物。本订单经双方签章确认后，即构成框架协议项下的独立买卖合同；本订单未约定的事项，适用框架协议的约定。`, x1 - x0, 9.5)) {
    put(doc, line, x0, y, 9.5, 'cjk'); y += 15;
  }

  y += 8;
  const columns = [x0, 72, 132, 270, 312, 340, 410, 480, x1];
  const headers = ['行号', '物料编码', '物料描述', '数量', '单位', '含税单价', '含税金额', '要求到货'];
  box(doc, x0, y, x1 - x0, 18, '#dde6f0');
  headers.forEach((header, c) => put(doc, header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + 4.5, 8.5, 'cjk', 'center'));
  y += 18;
  const due = isoPlus(ordered, 15);
  items.forEach((item, r) => {
    const name = itemName(item.name);
    const gross = round2(item.amount * (1 + rate));
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const values = [String((r + 1) * 10), materialCodes[name] ?? 'M00-0000', `${name} ${specification}`, String(item.quantity), unit, (gross / item.quantity).toFixed(4), gross.toFixed(2), due.slice(5)];
    values.forEach((value, c) => put(doc, value, c === 2 ? (columns[c] ?? x0) + 3 : c === 5 || c === 6 ? (columns[c + 1] ?? x1) - 3 : ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + 5, 8, 'cjk', c === 2 ? 'left' : c === 5 || c === 6 ? 'right' : 'center'));
    rule(doc, x0, y + 18, x1, y + 18, 0.4, '#8a9bb0');
    y += 18;
  });
  y += 10;
  put(doc, `订单总额（含税）：¥${grouped(amount)}　其中不含税金额：¥${grouped(net)}，增值税额（税率${percent(rate)}）：¥${grouped(round2(amount - net))}`, x0, y, 9, 'cjk');
  put(doc, `订单总额大写：人民币${chineseCapitalAmount(amount)}`, x0, y + 16, 9, 'cjk');

  y += 40;
  const clauses = [
    `一、交货：乙方应于${chineseDay(due)}前将货物送至甲方指定仓库（${buyer.address}），运费及保险费由乙方承担。`,
    '二、验收：甲方在到货后五个工作日内按框架协议约定的质量标准验收；验收不合格的，乙方应在七日内无偿更换。',
    '三、发票与付款：乙方在验收合格后开具税率为订单所列税率的增值税专用发票，甲方在收到发票后六十日内电汇付款。',
    '四、违约责任：乙方逾期交货的，每逾期一日按逾期部分货款的千分之五支付违约金，但累计不超过订单总额的百分之十。',
    '五、其他：本订单一式两份，双方各执一份，传真件及扫描件与原件具有同等效力；与框架协议不一致的，以本订单为准。',
  ];
  for (const clause of clauses) {
    const [first, ...rest] = wrapChinese(doc, clause, x1 - x0, 9);
    put(doc, first ?? '', x0, y, 9, 'cjk');
    for (const line of rest) { y += 14; put(doc, line, x0 + 18, y, 9, 'cjk'); }
    y += 18;
  }

  // confirmation: the buyer's seal and the seller's countersignature, both dated in numerals
  y += 28;
  [[buyer, '甲方（采购方）盖章', buyerContacts], [seller, '乙方（供应方）确认盖章', sellerContacts]].forEach(([party, label, names], i) => {
    const p = party as Party;
    const x = x0 + i * half;
    box(doc, x, y, half, 110);
    put(doc, `${label as string}：`, x + 8, y + 10, 9.5, 'cjk');
    put(doc, p.name, x + 8, y + 28, 9.5, 'cjk');
    put(doc, '授权代表（签字）：', x + 8, y + 58, 9.5, 'cjk');
    signature(doc, (pickBy(p.taxId, names as string[]).split(' ')[1] ?? ''), x + 110, y + 50, true);
    put(doc, `日期：${numeralDate(ordered)}`, x + 8, y + 88, 9.5, 'cjk');
  });
}

// ---------------------------------------------------------------------------------------------
// en-road-consignment-note

const hauliers = [['Swiftline Haulage Ltd', 'Unit 4, Brindley Park, Stoke-on-Trent'], ['Redbank Transport Ltd', 'Redbank Depot, Warrington'], ['Northgate Carriers Ltd', '12 Canal Wharf, Wakefield'], ['Pennine Freight Services Ltd', 'Junction 22 Depot, Oldham']] as const;
/** 05 MAR 2025, as transport systems print a date */
const transportDate = (iso: string) => `${iso.slice(8, 10)} ${(months[parts(iso).month - 1] ?? '').toUpperCase()} ${parts(iso).year}`;
/** 6/3/25, as a hand writes it at a loading bay */
const shortHandDate = (iso: string) => `${parts(iso).day}/${parts(iso).month}/${String(parts(iso).year).slice(2)}`;
const packing: Record<string, [string, number]> = { 'Deep groove ball bearing': ['Cartons', 0.4], 'Hydraulic pump unit': ['Crate', 38], 'Steel flange DN50': ['Pallet', 2.6], 'Control cable 5 m': ['Drum', 1.8], 'Gear motor 0.75 kW': ['Crate', 14] };

function enRoadConsignmentNote(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const [haulier, haulierAddress] = pickBy(seller.name + String(t.index), hauliers);
  const x0 = 36;
  const x1 = 560;
  const mid = 298;
  const green = '#2f5d50';

  put(doc, 'CONSIGNMENT NOTE', x0, 30, 17, 'Helvetica-Bold', 'left', green);
  put(doc, 'National carriage of goods by road · subject to the carrier\'s conditions of carriage', x0, 51, 7.5, 'Helvetica-Oblique');
  put(doc, 'No.', 430, 32, 9, 'Helvetica', 'left', green);
  put(doc, String(e['deliveryNoteNumber']), x1, 28, 15, 'Courier-Bold', 'right');
  put(doc, 'COPY 2 — PROOF OF DELIVERY · RETURN TO SENDER', x1, 51, 7, 'Helvetica-Bold', 'right', green);

  /** a numbered box of the form: its number and caption in small print, its entry below */
  const cell = (number: string, caption: string, x: number, y: number, w: number, h: number, lines: string[], size = 9) => {
    doc.save().lineWidth(0.8).strokeColor(green).rect(x, y, w, h).stroke().restore();
    put(doc, number, x + 3, y + 3, 8, 'Helvetica-Bold', 'left', green);
    put(doc, caption, x + 16, y + 3.5, 6.5, 'Helvetica', 'left', green);
    lines.forEach((line, i) => put(doc, line, x + 16, y + 15 + i * 11.5, size, 'Helvetica'));
  };
  let y = 66;
  cell('1', 'Sender (name, address)', x0, y, mid - x0, 62, [seller.name, sellerAt.street, `${sellerAt.town}, United Kingdom`]);
  cell('16', 'Carrier (name, address)', mid, y, x1 - mid, 62, [haulier, haulierAddress, `Vehicle reg. ${pickBy(haulier + String(t.index), ['KX21 LMV', 'YT70 HBN', 'MA19 RZE', 'DN68 OPF'])}`]);
  y += 62;
  cell('2', 'Consignee (name, address)', x0, y, mid - x0, 62, [buyer.name, buyerAt.street, `${buyerAt.town}, United Kingdom`]);
  cell('17', 'Successive carriers', mid, y, x1 - mid, 62, ['—']);
  y += 62;
  cell('3', 'Place of delivery of the goods', x0, y, mid - x0, 44, [`Goods In, ${buyerAt.street}, ${buyerAt.town}`]);
  cell('18', "Carrier's reservations and observations", mid, y, x1 - mid, 88, ['None at collection.']);
  y += 44;
  cell('4', 'Place and date of taking over the goods', x0, y, mid - x0, 44, [`${sellerAt.town}   ${transportDate(String(e['deliveryDate']))}`]);
  y += 44;
  cell('5', 'Documents attached', x0, y, x1 - x0, 32, [`Customer order ${e['orderReference']};  packing list;  certificate of conformity`]);
  y += 32;

  // the goods: boxes 6 to 12 as columns of one table
  const columns = [x0, 110, 160, 230, 400, 460, x1];
  const captions = [['6', 'Marks and Nos'], ['7', 'No. of packages'], ['8', 'Method of packing'], ['9', 'Nature of the goods'], ['11', 'Gross weight kg'], ['12', 'Volume m³']];
  doc.save().lineWidth(0.8).strokeColor(green).rect(x0, y, x1 - x0, 26 + 5 * 16).stroke().restore();
  captions.forEach(([number, caption], c) => {
    const x = columns[c] ?? x0;
    if (c) rule(doc, x, y, x, y + 26 + 5 * 16, 0.5, green);
    put(doc, number ?? '', x + 3, y + 3, 8, 'Helvetica-Bold', 'left', green);
    put(doc, caption ?? '', x + 3, y + 14, 6.5, 'Helvetica', 'left', green);
  });
  rule(doc, x0, y + 24, x1, y + 24, 0.5, green);
  let weight = 0;
  items.forEach((item, r) => {
    const [method, kilos] = packing[item.name] ?? ['Carton', 1];
    const packages = method === 'Pallet' || method === 'Drum' ? Math.max(1, Math.ceil(item.quantity / 60)) : method === 'Crate' ? item.quantity : Math.max(1, Math.ceil(item.quantity / 20));
    const gross = Math.round(item.quantity * kilos + packages * 2);
    weight += gross;
    const values = [`${String(e['deliveryNoteNumber']).slice(-4)}/${r + 1}`, String(packages), method, `${item.quantity} x ${item.name}`, String(gross), (gross / 350).toFixed(2)];
    values.forEach((value, c) => put(doc, value, c === 1 || c >= 4 ? (columns[c + 1] ?? x1) - 4 : (columns[c] ?? x0) + 4, y + 30 + r * 16, 8.5, 'Helvetica', c === 1 || c >= 4 ? 'right' : 'left'));
  });
  put(doc, 'Total', (columns[3] ?? x0) + 4, y + 30 + 4 * 16, 8.5, 'Helvetica-Bold');
  put(doc, String(weight), (columns[5] ?? x1) - 4, y + 30 + 4 * 16, 8.5, 'Helvetica-Bold', 'right');
  y += 26 + 5 * 16;

  cell('13', "Sender's instructions", x0, y, mid - x0, 50, ['Deliver to Goods In between 07:00 and 15:00.', 'Tail-lift vehicle required. Do not double-stack.'], 8);
  cell('19', 'Special agreements', mid, y, x1 - mid, 50, ['Carriage paid by sender.'], 8);
  y += 50;
  cell('21', 'Established in', x0, y, mid - x0, 26, [`${sellerAt.town}   on ${transportDate(String(e['deliveryDate']))}`], 8.5);
  cell('20', 'To be paid by', mid, y, x1 - mid, 26, ['Sender'], 8.5);
  y += 26;

  // the three signature boxes along the foot; the consignee's is the one that signs for the goods
  const third = (x1 - x0) / 3;
  const h = 128;
  cell('22', 'Signature and stamp of the sender', x0, y, third, h, []);
  handwritten(doc, `pp ${pickBy(seller.taxId, ['R. Hale', 'T. Banks', 'S. Oduya', 'L. Grant'])}`, x0 + 30, y + 50, 13, 'Times-Italic');
  put(doc, seller.name, x0 + 16, y + 96, 7.5, 'Helvetica');
  cell('23', 'Signature and stamp of the carrier', x0 + third, y, third, h, []);
  put(doc, haulier, x0 + third + 16, y + 96, 7.5, 'Helvetica');
  handwritten(doc, pickBy(haulier + String(e['orderReference']), ['D. Price', 'M. Rooney', 'G. Shaw', 'P. Kaur']), x0 + third + 30, y + 50, 13, 'Times-Italic');
  cell('24', 'Goods received', x0 + 2 * third, y, third, h, []);
  const bx = x0 + 2 * third + 8;
  put(doc, 'Place', bx, y + 16, 7.5, 'Helvetica', 'left', green);
  handwritten(doc, buyerAt.town, bx + 36, y + 13, 12, 'Times-Italic');
  put(doc, 'on', bx, y + 36, 7.5, 'Helvetica', 'left', green);
  handwritten(doc, shortHandDate(String(e['signatureDate'])), bx + 36, y + 32, 13, 'Times-Italic');
  put(doc, 'Signature and stamp of the consignee', bx, y + 56, 7, 'Helvetica', 'left', green);
  signature(doc, String(e['signedBy']), bx + 18, y + 72, false);
  put(doc, `for ${buyer.name}`, bx, y + 112, 7, 'Helvetica');

  put(doc, 'Copy 1: Sender   ·   Copy 2: Proof of delivery, signed by the consignee and returned to the sender   ·   Copy 3: Carrier', 297, y + h + 14, 7, 'Helvetica', 'center', green);
}

export const heldOut7Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-bilingual-commercial-invoice': cnBilingualCommercialInvoice,
  'en-erp-billing-document': enErpBillingDocument,
  'cn-receipt-confirmation-letter': cnReceiptConfirmationLetter,
  'cn-framework-purchase-order': cnFrameworkPurchaseOrder,
  'en-road-consignment-note': enRoadConsignmentNote,
};

import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, months, parts, pickBy, put, rule, splitAddress, wrap, type Font } from './generated-layouts-heldout-4';
import { handwritten, itemName, round2, specifications } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';
import { plusDays, seal, unitPrice, vertical } from './generated-layouts-heldout-11';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-invoice-verification-printout: the result page of the tax bureau's 全国增值税发票查验平台 as a
 *    lender or a factor prints it to check a paper 增值税专用发票: the browser's own header and footer
 *    (print time, page title, the platform's address, 1/1), 查验次数 and 查验时间, then the invoice
 *    re-drawn as a web table in the form's brown — 发票代码 / 发票号码 / 开票日期 / 校验码 / 机器编号,
 *    the buyer's four rows, the goods with 税率 and 税额, 合计, 价税合计 with the capitals, the seller's
 *    four rows and 备注 — the amounts without thousands separators as the platform shows them;
 *  - en-business-energy-bill: a British business electricity supplier's bill (a VAT invoice): the
 *    customer's address for a window envelope, account and bill numbers, the bill date and the
 *    billing period, the amount to be collected by Direct Debit on a later date, the supply address
 *    with its MPAN, actual and estimated meter readings, the standing charge by days, the unit charge
 *    by kWh, the Climate Change Levy and a metering charge, VAT at 20% with the customer's VAT number,
 *    and the supplier's VAT and company registration in the small print;
 *  - cn-warehouse-receiving-note: a buyer's 物资验收入库单 printed from its materials system and signed
 *    by the warehouse: the buyer's name as the heading, its own 入库单号 in red, 供货单位, the supplier's
 *    送货单号 and the 采购合同号 as references, 到货日期 and 入库日期, 应收 / 实收 quantities with prices,
 *    验收结论 ticked, a row of signature boxes (采购员, 质检员, 验收人, 保管员, 部门负责人) of which the
 *    验收人 signs and dates by hand, the 仓储物资验收专用章 and the copies named down the margin;
 *  - en-distribution-agreement: an English-law distribution agreement as a UK firm's precedent sets
 *    it out: "THIS AGREEMENT is dated 5 March 2025", PARTIES numbered (1) and (2) in capitals with
 *    company numbers and registered offices, (Supplier) and (Distributor), BACKGROUND (A) (B), AGREED
 *    TERMS with defined terms in bold, the Territory, the Initial Term, the Initial Order's price
 *    including VAT and a Minimum Purchase Target, a schedule of the Products, and "Signed by … for and
 *    on behalf of …" execution blocks with a director's signature.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
/** 5 March 2025 */
const fullDate = (iso: string) => `${parts(iso).day} ${fullMonths[parts(iso).month - 1]} ${parts(iso).year}`;
/** 5 Mar 2025 */
const shortDate = (iso: string) => `${parts(iso).day} ${months[parts(iso).month - 1]} ${parts(iso).year}`;
/** 2025.3.6, as a hand dates a Chinese form */
const dottedDate = (iso: string) => `${parts(iso).year}.${parts(iso).month}.${parts(iso).day}`;
/** 2025年03月05日, as the tax system prints a date */
const taxDate = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const plain = (value: number) => value.toFixed(2);

// ---------------------------------------------------------------------------------------------
// cn-invoice-verification-printout

const formBrown = '#8b4a2b';
const banksCn = ['中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '交通银行', '招商银行'];
const provinces: Record<string, string> = { '3300': '浙江', '3100': '上海', '3200': '江苏', '4403': '深圳', '1100': '北京' };

function cnInvoiceVerificationPrintout(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate, invoiceCode } = t.extras;
  const x0 = 36;
  const x1 = 559;
  const issued = String(e['issueDate']);
  const checked = plusDays(issued, 2 + (t.index % 9));
  const time = `${pad2(9 + (t.index % 8))}:${pad2(7 * t.index + 3)}:${pad2(11 + t.index * 5)}`;
  const count = 1 + (t.index % 4);
  const province = provinces[invoiceCode.slice(0, 4)] ?? '浙江';
  const checkCode = digitsOf(`${e['invoiceNumber']}check`, 20);
  const checkGroups = checkCode.match(/.{5}/g)?.join(' ') ?? checkCode;

  // the browser's header line
  put(doc, `${checked.replace(/-/g, '/').replace(/\/0/g, '/')} ${time.slice(0, 5)}`, 20, 14, 7, 'Helvetica', 'left', '#444444');
  put(doc, '国家税务总局全国增值税发票查验平台', 297, 14, 7, 'cjk', 'center', '#444444');

  // the platform's head
  doc.save().rect(x0, 34, x1 - x0, 34).fill('#1d5fa8').restore();
  put(doc, '国家税务总局全国增值税发票查验平台', x0 + 14, 44, 13, 'cjk', 'left', '#ffffff');
  put(doc, '首页 | 发票查验 | 常见问题 | 操作说明', x1 - 12, 47, 8, 'cjk', 'right', '#dde8f5');

  put(doc, `${province}增值税专用发票`, 297, 86, 17, 'cjk', 'center', formBrown);
  rule(doc, 222, 108, 372, 108, 0.8, formBrown);
  rule(doc, 222, 111, 372, 111, 0.8, formBrown);
  put(doc, `查验次数：第${count}次`, x0, 120, 8.5, 'cjk', 'left', '#c0392b');
  put(doc, `查验时间：${checked} ${time}`, x1, 120, 8.5, 'cjk', 'right', '#c0392b');

  // code, number, date, check code, machine number
  let y = 136;
  put(doc, `发票代码：${invoiceCode}`, x0, y, 9, 'cjk', 'left', formBrown);
  put(doc, `发票号码：${e['invoiceNumber']}`, 230, y, 9, 'cjk', 'left', formBrown);
  put(doc, `开票日期：${taxDate(issued)}`, x1, y, 9, 'cjk', 'right', formBrown);
  y += 15;
  put(doc, `校验码：${checkGroups}`, x0, y, 9, 'cjk', 'left', formBrown);
  put(doc, `机器编号：${digitsOf(seller.taxId + 'machine', 12)}`, x1, y, 9, 'cjk', 'right', formBrown);
  y += 18;

  // the form, as the platform re-draws it
  const label = (value: string, x: number, yy: number) => put(doc, value, x, yy, 8.5, 'cjk', 'left', formBrown);
  const partyRows = (p: Party, top: number, role: string) => {
    doc.save().lineWidth(0.8).strokeColor(formBrown).rect(x0, top, x1 - x0, 76).stroke().restore();
    rule(doc, x0 + 24, top, x0 + 24, top + 76, 0.6, formBrown);
    vertical(doc, role, x0 + 12, top + 8, 20, 9, 'cjk', formBrown);
    const rows: [string, string][] = [
      ['名　　　　称：', p.name],
      ['纳税人识别号：', p.taxId],
      ['地 址、电 话：', `${p.address} 0${digitsOf(p.name, 3)}-${digitsOf(p.address + p.name, 8)}`],
      ['开户行及账号：', `${pickBy(p.taxId, banksCn)}${p.address.slice(0, 2)}${pickBy(p.name, ['分行', '支行', '高新支行'])} ${digitsOf(p.taxId + 'acct', 19)}`],
    ];
    rows.forEach(([name, value], i) => {
      label(name, x0 + 32, top + 7 + i * 17.5);
      put(doc, value, x0 + 104, top + 7 + i * 17.5, 9, name.startsWith('纳税') ? 'Helvetica' : 'cjk');
    });
  };
  partyRows(buyer, y, '购买方');
  y += 76;

  // goods
  const columns = [x0, 192, 260, 290, 330, 398, 458, 490, x1];
  const headers = ['货物或应税劳务、服务名称', '规格型号', '单位', '数量', '单价', '金额', '税率', '税额'];
  const rowHeight = 17;
  const lines = Math.max(3, items.length);
  const tableHeight = rowHeight * (lines + 2);
  doc.save().lineWidth(0.8).strokeColor(formBrown).rect(x0, y, x1 - x0, tableHeight).stroke().restore();
  rule(doc, x0, y + rowHeight, x1, y + rowHeight, 0.6, formBrown);
  rule(doc, x0, y + rowHeight * (lines + 1), x1, y + rowHeight * (lines + 1), 0.6, formBrown);
  for (let c = 1; c < columns.length - 1; c += 1) rule(doc, columns[c] ?? x0, y, columns[c] ?? x0, y + rowHeight * (lines + 1), 0.5, formBrown);
  headers.forEach((header, c) => put(doc, header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + 4.5, 8, 'cjk', 'center', formBrown));
  items.forEach((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '个'];
    const top = y + rowHeight * (r + 1) + 4.5;
    put(doc, item.name, x0 + 3, top, 8, 'cjk');
    put(doc, specification, 194, top, 7.5, 'cjk');
    put(doc, unit, 275, top, 8, 'cjk', 'center');
    put(doc, String(item.quantity), 327, top, 8, 'Helvetica', 'right');
    put(doc, unitPrice(item.amount, item.quantity), 395, top, 7.5, 'Helvetica', 'right');
    put(doc, plain(item.amount), 455, top, 8, 'Helvetica', 'right');
    put(doc, `${Math.round(rate * 100)}%`, 474, top, 8, 'Helvetica', 'center');
    put(doc, plain(round2(item.amount * rate)), x1 - 3, top, 8, 'Helvetica', 'right');
  });
  const sumTop = y + rowHeight * (lines + 1) + 4.5;
  put(doc, '合　　计', 114, sumTop, 8.5, 'cjk', 'center', formBrown);
  put(doc, `¥${plain(Number(e['netAmount']))}`, 455, sumTop, 8, 'Helvetica', 'right');
  put(doc, `¥${plain(Number(e['taxAmount']))}`, x1 - 3, sumTop, 8, 'Helvetica', 'right');
  y += tableHeight;

  // the total in capitals and in figures
  doc.save().lineWidth(0.8).strokeColor(formBrown).rect(x0, y, x1 - x0, 20).stroke().restore();
  rule(doc, 192, y, 192, y + 20, 0.5, formBrown);
  put(doc, '价税合计（大写）', 114, y + 6, 8.5, 'cjk', 'center', formBrown);
  put(doc, chineseCapitalAmount(Number(e['totalAmount'])), 200, y + 6, 9, 'cjk');
  put(doc, '（小写）', 420, y + 6, 8.5, 'cjk', 'left', formBrown);
  put(doc, `¥${plain(Number(e['totalAmount']))}`, x1 - 3, y + 6, 9, 'Helvetica', 'right');
  y += 20;

  partyRows(seller, y, '销售方');
  y += 76;
  doc.save().lineWidth(0.8).strokeColor(formBrown).rect(x0, y, x1 - x0, 40).stroke().restore();
  rule(doc, x0 + 24, y, x0 + 24, y + 40, 0.6, formBrown);
  vertical(doc, '备注', x0 + 12, y + 8, 14, 9, 'cjk', formBrown);
  put(doc, `订单号：PO${digitsOf(buyer.taxId + issued, 8)}`, x0 + 32, y + 8, 8.5, 'cjk');
  y += 52;

  // the platform's notes under the result
  const notes = [
    '温馨提示：',
    '1. 查验结果仅表明该发票的票面信息与税务机关发票管理系统中的信息一致，不作为发票真实合法的最终证明。',
    '2. 同一张发票每天最多可查验5次，本发票已查验次数见上方“查验次数”。',
    '3. 如对查验结果有疑问，请联系开票方所在地主管税务机关，或拨打纳税服务热线12366。',
  ];
  notes.forEach((note) => { put(doc, note, x0, y, 8, 'cjk', 'left', '#555555'); y += 13; });
  doc.save().roundedRect(258, y + 10, 78, 22, 3).fill('#1d5fa8').restore();
  put(doc, '关　闭', 297, y + 16, 9, 'cjk', 'center', '#ffffff');
  put(doc, `版权所有：国家税务总局　京ICP备${digitsOf('icp', 8)}号`, 297, y + 48, 7.5, 'cjk', 'center', '#777777');

  // the browser's footer line
  put(doc, 'https://inv-veri.chinatax.gov.cn/index.html', 20, 818, 7, 'Helvetica', 'left', '#444444');
  put(doc, '1/1', 575, 818, 7, 'Helvetica', 'right', '#444444');
}

// ---------------------------------------------------------------------------------------------
// en-business-energy-bill

const energyGreen = '#0f6b4f';

function enBusinessEnergyBill(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const x0 = 45;
  const x1 = 550;
  const billed = String(e['issueDate']);
  const { year, month } = parts(billed);
  // the billing period: the calendar month before the bill
  const periodStart = `${month === 1 ? year - 1 : year}-${pad2(month === 1 ? 12 : month - 1)}-01`;
  const periodEnd = plusDays(`${year}-${pad2(month)}-01`, -1);
  const days = Math.round((Date.parse(`${periodEnd}T00:00:00Z`) - Date.parse(`${periodStart}T00:00:00Z`)) / 86_400_000) + 1;
  const collection = plusDays(billed, 14);
  const account = digitsOf(buyer.name + seller.name, 10);
  const buyerAt = splitAddress(buyer);
  const sellerAt = splitAddress(seller);

  // the charges, summing to the net amount to the penny
  const net = Number(e['netAmount']);
  const standingRate = [89.5, 112.35, 126.8, 148.2][t.index % 4] ?? 112.35;
  const standing = round2((days * standingRate) / 100);
  const unitRate = [24.873, 26.412, 22.985, 28.06][(t.index + 1) % 4] ?? 24.873;
  const cclRate = 0.775;
  const meteringBase = [18.5, 22.0, 27.75][t.index % 3] ?? 22;
  const kwh = Math.max(1, Math.floor(((net - standing - meteringBase) * 100) / (unitRate + cclRate)));
  const unitCharge = round2((kwh * unitRate) / 100);
  const ccl = round2((kwh * cclRate) / 100);
  const metering = round2(net - standing - unitCharge - ccl);
  const previousReading = 10000 + Number(digitsOf(account, 5)) * 3;
  const presentReading = previousReading + kwh;
  const estimated = t.index % 3 === 1;

  // the supplier's head
  doc.save().circle(x0 + 14, 48, 14).fill(energyGreen).restore();
  doc.save().polygon([x0 + 16, 37], [x0 + 8, 50], [x0 + 14, 50], [x0 + 11, 60], [x0 + 20, 46], [x0 + 14, 46]).fill('#ffffff').restore();
  put(doc, seller.name, x0 + 34, 37, 13, 'Helvetica-Bold', 'left', energyGreen);
  put(doc, 'Business Energy', x0 + 34, 53, 9, 'Helvetica', 'left', '#555555');
  put(doc, 'Your electricity bill', x1, 38, 16, 'Helvetica-Bold', 'right');
  put(doc, 'This is your VAT invoice', x1, 58, 8.5, 'Helvetica', 'right', '#555555');

  // the window address and the bill's references
  put(doc, `${seller.name}, Freepost ${digitsOf(seller.name, 4)}, ${sellerAt.town}`, x0, 94, 6.5, 'Helvetica', 'left', '#777777');
  [buyer.name, 'FAO Accounts Payable', buyerAt.street, buyerAt.town].forEach((line, i) => put(doc, line, x0, 108 + i * 13, 10, i ? 'Helvetica' : 'Helvetica-Bold'));
  const references: [string, string][] = [
    ['Account number', account],
    ['Invoice number', String(e['invoiceNumber'])],
    ['Bill date', fullDate(billed)],
    ['Billing period', `${shortDate(periodStart)} - ${shortDate(periodEnd)}`],
    ['Your VAT number', buyer.taxId],
  ];
  references.forEach(([name, value], i) => {
    put(doc, name, 330, 96 + i * 15, 8.5, 'Helvetica', 'left', '#555555');
    put(doc, value, x1, 96 + i * 15, 8.5, 'Helvetica-Bold', 'right');
  });

  // the amount due
  let y = 180;
  doc.save().roundedRect(x0, y, x1 - x0, 46, 4).fill('#e6f2ed').restore();
  put(doc, 'Amount due', x0 + 12, y + 9, 10, 'Helvetica', 'left', energyGreen);
  put(doc, `£${grouped(Number(e['totalAmount']))}`, x0 + 12, y + 23, 16, 'Helvetica-Bold', 'left', energyGreen);
  put(doc, `We'll collect this by Direct Debit on or after ${fullDate(collection)}.`, 230, y + 12, 9, 'Helvetica');
  put(doc, 'You don\'t need to do anything.', 230, y + 26, 9, 'Helvetica', 'left', '#555555');
  y += 62;

  // the account summary
  const previous = round2(Number(digitsOf(account + periodStart, 4)) + Number(digitsOf(account, 2)) / 100 + net * 0.9);
  put(doc, 'Your account summary', x0, y, 11, 'Helvetica-Bold', 'left', energyGreen);
  y += 18;
  const summary: [string, string, boolean][] = [
    ['Balance on your last bill', `£${grouped(previous)}`, false],
    [`Payment received - thank you (Direct Debit ${shortDate(plusDays(periodStart, 14))})`, `-£${grouped(previous)}`, false],
    ['Charges this period (excluding VAT)', `£${grouped(net)}`, false],
    ['VAT at 20%', `£${grouped(Number(e['taxAmount']))}`, false],
    [`Total charges this period (${e['currency']})`, `£${grouped(Number(e['totalAmount']))}`, true],
  ];
  summary.forEach(([name, value, bold]) => {
    put(doc, name, x0, y, 9, bold ? 'Helvetica-Bold' : 'Helvetica');
    put(doc, value, x1, y, 9, bold ? 'Helvetica-Bold' : 'Helvetica', 'right');
    rule(doc, x0, y + 12, x1, y + 12, 0.3, '#bbbbbb');
    y += 16;
  });
  y += 12;

  // the supply and its meter
  put(doc, 'Your supply', x0, y, 11, 'Helvetica-Bold', 'left', energyGreen);
  y += 17;
  put(doc, `Supply address: ${buyer.address}`, x0, y, 8.5, 'Helvetica');
  y += 14;
  // the MPAN box: profile, meter time-switch code, line loss factor over distributor, unique id, check digit
  const mpanTop = [`0${1 + (t.index % 4)}`, `8${digitsOf(account, 2)}`, digitsOf(account + 'llf', 3)];
  const core = `${pickBy(buyer.address, ['16', '17', '20', '21', '23'])}${digitsOf(account + 'core', 11)}`;
  put(doc, 'S', x0, y + 6, 14, 'Helvetica-Bold');
  box(doc, x0 + 14, y, 120, 28);
  rule(doc, x0 + 14, y + 14, x0 + 134, y + 14, 0.5);
  put(doc, mpanTop.join('   '), x0 + 74, y + 3, 8.5, 'Courier-Bold', 'center');
  put(doc, `${core.slice(0, 2)} ${core.slice(2, 6)} ${core.slice(6, 10)} ${core.slice(10)}`, x0 + 74, y + 17, 8.5, 'Courier-Bold', 'center');
  put(doc, 'MPAN (supply number)', x0 + 142, y + 3, 8, 'Helvetica', 'left', '#555555');
  put(doc, `Meter serial number ${pickBy(core, ['E', 'K', 'S'])}${digitsOf(core, 2)}${pickBy(account, ['A', 'K', 'Z'])}${digitsOf(core + 'serial', 5)}`, x0 + 142, y + 15, 8, 'Helvetica', 'left', '#555555');
  y += 40;
  const readingRows = [[`${shortDate(periodStart)}`, String(previousReading), 'Actual', `${shortDate(periodEnd)}`, String(presentReading), estimated ? 'Estimated' : 'Actual', String(kwh)]];
  y = grid(doc, [x0, 118, 190, 248, 321, 393, 460, x1], y, ['Previous read', 'Reading', 'Type', 'Present read', 'Reading', 'Type', 'Units (kWh)'], readingRows, ['left', 'right', 'left', 'left', 'right', 'left', 'right'], { font: 'Helvetica', size: 8, rowHeight: 16, headerHeight: 16, shade: '#e6f2ed', line: '#888888' });
  if (estimated) put(doc, 'Your present reading is estimated. Send us a reading online to keep your bills accurate.', x0, y + 5, 7.5, 'Helvetica-Oblique', 'left', '#555555');
  y += 22;

  // the charges
  put(doc, 'Your charges', x0, y, 11, 'Helvetica-Bold', 'left', energyGreen);
  y += 16;
  const charges: string[][] = [
    ['Standing charge', `${days} days`, `${standingRate.toFixed(2)}p per day`, grouped(standing)],
    ['Unit charge (single rate)', `${kwh.toLocaleString('en-GB')} kWh`, `${unitRate.toFixed(3)}p per kWh`, grouped(unitCharge)],
    ['Climate Change Levy', `${kwh.toLocaleString('en-GB')} kWh`, `${cclRate.toFixed(3)}p per kWh`, grouped(ccl)],
    ['Metering services (meter operator and data collection)', '1 month', '', grouped(metering)],
    ['Total charges excluding VAT', '', '', grouped(net)],
    ['VAT at 20% (business rate)', '', '', grouped(Number(e['taxAmount']))],
    ['Total charges including VAT', '', '', grouped(Number(e['totalAmount']))],
  ];
  y = grid(doc, [x0, 300, 370, 470, x1], y, ['Charge', 'Quantity', 'Rate', 'Amount (£)'], charges, ['left', 'right', 'right', 'right'], { font: 'Helvetica', size: 8, rowHeight: 16, headerHeight: 16, shade: '#e6f2ed', line: '#888888' });
  y += 14;

  // the small print
  const small = [
    `Your contract: Fixed Business Tariff, 24 months, ending ${fullDate(plusDays(periodStart, 730 - 1 - (t.index % 40)))}. Prices exclude VAT and the Climate Change Levy unless shown. If you think there is a mistake on this bill, contact us first; if we cannot resolve your complaint within 8 weeks you may refer it to the Energy Ombudsman.`,
    'Power cut? Call 105 free of charge. Smell gas? Call the National Gas Emergency Service on 0800 111 999.',
    `${seller.name} is registered in England and Wales, company number ${digitsOf(seller.name + 'crn', 8)}. Registered office: ${seller.address}. VAT registration number ${seller.taxId}.`,
  ];
  small.forEach((paragraph) => wrap(doc, paragraph, x1 - x0, 7, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 7, 'Helvetica', 'left', '#555555'); y += 9; }));
  put(doc, `Account ${account} · Invoice ${e['invoiceNumber']} · Page 1 of 1`, 297, 812, 7, 'Helvetica', 'center', '#777777');
}

// ---------------------------------------------------------------------------------------------
// cn-warehouse-receiving-note

const buyersStaff = ['周建', '何晓梅', '沈立', '唐颖', '蒋涛'];
const inspectors = ['邹玲', '吕斌', '彭晓', '曹静'];
const keepers = ['许强', '丁红', '魏明', '任芳'];
const heads = ['叶国华', '冯志勇', '董丽', '潘军'];
const stores = ['原材料库', '备品备件库', '机电设备库', '二号仓库'];
const materialCodes: Record<string, string> = { 深沟球轴承: '2104020501', 液压泵: '2106031602', 法兰盘: '2203005001', 控制电缆: '2301071503', 减速电机: '2106370702' };

function cnWarehouseReceivingNote(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 38;
  const x1 = 540;
  const arrived = String(e['deliveryDate']);
  const signed = String(e['signatureDate']);
  const receiptNo = `RK${arrived.replace(/-/g, '').slice(0, 6)}${digitsOf(String(e['deliveryNoteNumber']), 4)}`;
  const red = '#c8161d';

  put(doc, buyer.name, 289, 34, 14, 'cjk', 'center');
  put(doc, '物 资 验 收 入 库 单', 289, 56, 17, 'cjk', 'center');
  rule(doc, 200, 79, 378, 79, 0.8);
  rule(doc, 200, 82, 378, 82, 0.8);
  put(doc, 'No.', 440, 60, 10, 'Helvetica', 'left', red);
  put(doc, receiptNo, 460, 59, 12, 'Courier-Bold', 'left', red);

  // the header fields
  const fields: [string, string, Font][][] = [
    [['供货单位', seller.name, 'cjk'], ['送货单号', String(e['deliveryNoteNumber']), 'Helvetica']],
    [['采购合同号', String(e['orderReference']), 'Helvetica'], ['到货日期', arrived, 'Helvetica']],
    [['收货单位', buyer.name, 'cjk'], ['入库日期', signed, 'Helvetica']],
    [['发票号码', digitsOf(seller.taxId + arrived, 8), 'Helvetica'], ['仓　　库', pickBy(receiptNo, stores), 'cjk']],
  ];
  let y = 96;
  const half = (x1 - x0) / 2;
  fields.forEach((row, r) => row.forEach(([name, value, font], c) => {
    const x = x0 + c * half;
    const width = c ? half : half;
    box(doc, x, y + r * 20, 62, 20, '#f2f2f2');
    box(doc, x + 62, y + r * 20, width - 62, 20);
    put(doc, name, x + 31, y + r * 20 + 5.5, 9, 'cjk', 'center');
    put(doc, value, x + 67, y + r * 20 + (font === 'cjk' ? 5.5 : 6), 9, font);
  }));
  y += 4 * 20 + 10;

  // the goods
  let total = 0;
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const gross = round2(item.amount * (1 + rate));
    total += gross;
    return [String(r + 1), materialCodes[name] ?? '', name, specification, unit, String(item.quantity), String(item.quantity), (gross / item.quantity).toFixed(2), gross.toFixed(2), '合格'];
  });
  while (rows.length < 4) rows.push(['', '', '', '', '', '', '', '', '', '']);
  rows.push(['合计', '', '', '', '', '', '', '', round2(total).toFixed(2), '']);
  y = grid(doc, [x0, 64, 126, 190, 262, 286, 326, 366, 420, 490, x1], y, ['序号', '物资编码', '物资名称', '规格型号', '单位', '应收\n数量', '实收\n数量', '含税单价', '含税金额', '备注'], rows, ['center', 'left', 'left', 'left', 'center', 'right', 'right', 'right', 'right', 'center'], { font: 'cjk', size: 8.5, rowHeight: 19, headerHeight: 24, shade: '#f2f2f2', line: '#333333' });
  box(doc, x0, y, x1 - x0, 20);
  put(doc, `金额合计（大写）：${chineseCapitalAmount(round2(total))}`, x0 + 6, y + 5.5, 9, 'cjk');
  y += 30;

  // the inspection
  put(doc, '验收结论：', x0, y, 9.5, 'cjk');
  box(doc, x0 + 56, y + 1, 9, 9);
  doc.save().lineWidth(1.3).strokeColor('#1a2a6c').moveTo(x0 + 57, y + 5).lineTo(x0 + 60, y + 9).lineTo(x0 + 67, y - 2).stroke().restore();
  put(doc, '合格', x0 + 69, y, 9.5, 'cjk');
  box(doc, x0 + 104, y + 1, 9, 9);
  put(doc, '不合格', x0 + 117, y, 9.5, 'cjk');
  box(doc, x0 + 164, y + 1, 9, 9);
  put(doc, '让步接收', x0 + 177, y, 9.5, 'cjk');
  put(doc, '外观、数量及随货合格证已核对，质量证明文件齐全。', x0 + 240, y, 9, 'cjk');
  y += 26;

  // the signature row
  const roles: [string, string][] = [['采购员', pickBy(buyer.name, buyersStaff)], ['质检员', pickBy(receiptNo, inspectors)], ['验收人', String(e['signedBy'])], ['保管员', pickBy(receiptNo + 'k', keepers)], ['部门负责人', pickBy(buyer.taxId, heads)]];
  const cell = (x1 - x0) / roles.length;
  roles.forEach(([role, person], i) => {
    const x = x0 + i * cell;
    box(doc, x, y, cell, 18, '#f2f2f2');
    box(doc, x, y + 18, cell, 62);
    put(doc, role, x + cell / 2, y + 4.5, 9, 'cjk', 'center');
    if (role === '验收人') {
      signature(doc, person, x + 14, y + 26, true);
      handwritten(doc, dottedDate(signed), x + 18, y + 60, 11, 'Helvetica-Oblique');
    } else if (role !== '部门负责人' || t.index % 2 === 0) {
      handwritten(doc, person, x + 24, y + 34, 13, 'cjk');
    }
  });
  y += 80;
  put(doc, `制单：${pickBy(receiptNo + 'm', keepers)}　　打印时间：${signed} ${pad2(14 + (t.index % 4))}:${pad2(5 + t.index * 6)}　　系统单据：采购入库 / ${receiptNo}`, x0, y + 8, 8, 'cjk', 'left', '#555555');
  put(doc, '说明：本单一式三联，验收人、保管员签字后生效；入库数量以实收数量为准，作为付款结算依据。', x0, y + 22, 8, 'cjk', 'left', '#555555');

  // the copies down the margin, and the warehouse's stamp
  vertical(doc, '第一联存根', x1 + 18, 110, 12, 8.5, 'cjk', '#555555');
  vertical(doc, '第二联财务', x1 + 18, 190, 12, 8.5, 'cjk', '#555555');
  vertical(doc, '第三联仓库', x1 + 18, 270, 12, 8.5, 'cjk', '#555555');
  seal(doc, 330 + (t.index % 3) * 8, y - 56, 38, 38, buyer.name, null, '仓储物资验收专用章', { tilt: 9 - (t.index % 4) * 5, rimSize: 7.5 });
}

// ---------------------------------------------------------------------------------------------
// en-distribution-agreement

const directors = ['Richard Hale', 'Helen Cooper', 'Andrew Shaw', 'Fiona Blake', 'Mark Jennings', 'Claire Whitmore', 'Tom Ashworth', 'Nina Rhodes'];
const territories = ['the United Kingdom', 'England and Wales', 'Scotland and Northern Ireland', 'the Republic of Ireland and Northern Ireland'];

function enDistributionAgreement(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 64;
  const x1 = 531;
  const width = x1 - x0;
  const signing = String(e['signingDate']);
  const amount = Number(e['amount']);
  const territory = pickBy(buyer.name + signing, territories);
  const target = round2(Math.ceil((amount * 3) / 1000) * 1000);
  const size = 8.6;
  let y = 30;
  const caps = (name: string) => name.toUpperCase();

  put(doc, `Ref: ${e['contractNumber']}`, x1, y, 7.5, 'Helvetica', 'right', '#444444');
  put(doc, 'Execution version', x0, y, 7.5, 'Helvetica', 'left', '#444444');
  y = 50;
  put(doc, 'DISTRIBUTION AGREEMENT', 297, y, 14, 'Times-Bold', 'center');
  y += 26;

  // runs of text with bold defined terms: segments of [text, bold]; a word runs on across segments unless a space parts them
  const runs = (segments: [string, boolean][], indent = 0) => {
    const words: [string, boolean][][] = [];
    let open = false;
    segments.forEach(([value, bold]) => {
      value.split(/(\s+)/).forEach((piece) => {
        if (!piece) return;
        if (/^\s+$/.test(piece)) { open = false; return; }
        if (open && words.length) words[words.length - 1]?.push([piece, bold]);
        else words.push([[piece, bold]]);
        open = true;
      });
    });
    const widthOf = (word: [string, boolean][]) => word.reduce((sum, [piece, bold]) => sum + doc.font(bold ? 'Times-Bold' : 'Times-Roman').fontSize(size).widthOfString(piece), 0);
    const space = doc.font('Times-Roman').fontSize(size).widthOfString(' ');
    let x = x0 + indent;
    words.forEach((word) => {
      const w = widthOf(word);
      if (x + w > x1 && x > x0 + indent) { x = x0 + indent; y += size + 2.8; }
      word.forEach(([piece, bold]) => {
        const font: Font = bold ? 'Times-Bold' : 'Times-Roman';
        put(doc, piece, x, y, size, font);
        x += doc.font(font).fontSize(size).widthOfString(piece);
      });
      x += space;
    });
    y += size + 2.8 + 4;
  };

  runs([['THIS AGREEMENT', true], [` is dated ${fullDate(signing)}`, false]]);
  put(doc, 'PARTIES', x0, y, size, 'Times-Bold');
  y += size + 6;
  runs([['(1) ', false], [`${caps(seller.name)}`, true], [` incorporated and registered in England and Wales with company number ${digitsOf(seller.name + 'crn', 8)} whose registered office is at ${seller.address} (`, false], ['Supplier', true], [').', false]], 18);
  runs([['(2) ', false], [`${caps(buyer.name)}`, true], [` incorporated and registered in England and Wales with company number ${digitsOf(buyer.name + 'crn', 8)} whose registered office is at ${buyer.address} (`, false], ['Distributor', true], [').', false]], 18);
  put(doc, 'BACKGROUND', x0, y, size, 'Times-Bold');
  y += size + 6;
  runs([['(A) The Supplier manufactures and sells the Products and wishes to appoint the Distributor as its non-exclusive distributor of the Products in the Territory.', false]], 18);
  runs([[`(B) The Distributor (VAT registration number ${buyer.taxId}) has agreed to buy the Products from the Supplier (VAT registration number ${seller.taxId}) for resale on the terms of this agreement.`, false]], 18);
  put(doc, 'AGREED TERMS', x0, y, size, 'Times-Bold');
  y += size + 6;
  const clauses: [string, [string, boolean][]][] = [
    ['1.', [['Interpretation. In this agreement ', false], ['Products', true], [' means the products listed in Schedule 1; ', false], ['Territory', true], [` means ${territory}; `, false], ['Initial Term', true], [` means the period of three years from ${fullDate(signing)}; `, false], ['Contract Year', true], [' means each period of twelve months from the date of this agreement.', false]]],
    ['2.', [['Appointment. The Supplier appoints the Distributor as its non-exclusive distributor for the resale of the Products in the Territory for the Initial Term, and thereafter until terminated by either party on not less than six months\' written notice.', false]]],
    ['3.', [['Initial Order. The Distributor shall place, on the date of this agreement, an order for the Products set out in Schedule 1 (the ', false], ['Initial Order', true], [`) at a total price of £${grouped(amount)} including VAT at ${Math.round(rate * 100)}%, payable within 30 days of the date of the Supplier's invoice.`, false]]],
    ['4.', [['Minimum Purchase Target. The Distributor shall purchase Products to a value of not less than £', false], [grouped(target), false], [' (excluding VAT) in each Contract Year. If it does not, the Supplier may by notice make the appointment exclusive to another distributor or terminate this agreement.', false]]],
    ['5.', [['Prices and payment. Prices for orders after the Initial Order shall be those in the Supplier\'s trade price list in force when the order is accepted. Late payments bear interest at 4% a year above the Bank of England base rate.', false]]],
    ['6.', [['Governing law. This agreement and any dispute or claim arising out of or in connection with it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.', false]]],
  ];
  clauses.forEach(([number, segments]) => {
    put(doc, number, x0, y, size, 'Times-Bold');
    runs(segments, 18);
  });
  runs([['This agreement has been entered into on the date stated at the beginning of it.', false]]);

  // Schedule 1
  put(doc, 'SCHEDULE 1 — THE PRODUCTS (INITIAL ORDER)', x0, y, size, 'Times-Bold');
  y += 12;
  const rows = items.map((item) => [item.name, String(item.quantity), grouped(item.amount / item.quantity), grouped(item.amount)]);
  const net = round2(items.reduce((sum, item) => sum + item.amount, 0));
  rows.push(['Total excluding VAT', '', '', grouped(net)], [`VAT at ${Math.round(rate * 100)}%`, '', '', grouped(round2(amount - net))], ['Total including VAT', '', '', grouped(amount)]);
  y = grid(doc, [x0, 290, 350, 440, x1], y, ['Product', 'Quantity', 'Unit price (£)', 'Price (£)'], rows, ['left', 'right', 'right', 'right'], { font: 'Times-Roman', size: 8, rowHeight: 13, headerHeight: 14, shade: '#eeeeee', line: '#777777' }) + 16;

  // execution blocks
  const sellerDirector = pickBy(seller.taxId + signing, directors);
  const buyerDirector = pickBy(buyer.taxId + signing, directors.filter((name) => name !== sellerDirector));
  const blocks: [Party, string][] = [[seller, sellerDirector], [buyer, buyerDirector]];
  blocks.forEach(([p, director], i) => {
    const top = y + i * 62;
    put(doc, `Signed by ${director}`, x0, top, size, 'Times-Roman');
    put(doc, `for and on behalf of ${p.name}`, x0, top + 12, size, 'Times-Roman');
    rule(doc, 330, top + 30, x1, top + 30, 0.5, '#555555', 1.5);
    signature(doc, director, 345, top + 8, false);
    put(doc, 'Director', 330, top + 34, size, 'Times-Roman');
  });
  put(doc, `Distribution Agreement ${e['contractNumber']}`, 297, 812, 7, 'Times-Italic', 'center', '#555555');
}

export const heldOut14Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-invoice-verification-printout': cnInvoiceVerificationPrintout,
  'en-business-energy-bill': enBusinessEnergyBill,
  'cn-warehouse-receiving-note': cnWarehouseReceivingNote,
  'en-distribution-agreement': enDistributionAgreement,
};

import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, handInk, parts, pickBy, put, rule, splitAddress, wrap } from './generated-layouts-heldout-4';
import { handwritten, itemName, round2, specifications } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';
import { plusDays, seal, vertical } from './generated-layouts-heldout-11';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-motor-vehicle-sales-invoice: a 机动车销售统一发票 as a dealer issues it for one vehicle ("一车一票"):
 *    开票日期 at the top left, 发票代码 / 发票号码 at the top right, 机打代码 / 机打号码 / 机器编号 beside
 *    the 税控码 cipher, then the fixed ruled form of the 2021 edition — 购买方名称 with its 纳税人识别号,
 *    the vehicle's type, make and model, origin, 合格证号, engine number and VIN, 价税合计 in capitals
 *    and figures, the 销货单位 with its number, bank and address, 增值税税率 13% with the 增值税税额 and
 *    the 主管税务机关, and the 不含税价 at the foot, the form's copy named down the right margin;
 *  - en-plant-hire-invoice: a British tool and plant hire company's hire invoice: depot letterhead, the
 *    invoice number, tax point, account, hire contract and customer's order in a box, the invoice address
 *    with the customer's VAT number beside the site address and site contact, the hire period, the kit
 *    hired by the week with a rate and a discount, net, VAT at 20% and the total, and the hire
 *    conditions, bank details and the company's VAT and registration in the small print;
 *  - cn-carbonless-delivery-pad: a 送货单 from a stationery shop's three-part carbonless pad with the
 *    seller's name printed at the top and a red serial, every entry written by hand in ballpoint — the
 *    收货单位, the date in the printed 年 月 日 blanks, the 订单号, the goods and the total in capitals —
 *    signed by the receiver with the date beside the signature, the driver's name for the seller, and
 *    the copies (白 存根 / 红 客户 / 黄 回单) named down the margin;
 *  - en-memorandum-of-sale: a memorandum of sale of surplus stock, as a broker of surplus stock and used
 *    plant draws it up for a sale it arranged: the memorandum number and date ("5th March 2025"), Vendor
 *    and Purchaser boxed with VAT numbers, the broker named as agent only, the goods as job lots with
 *    their condition and lot references, the price net, VAT and total,
 *    the deposit paid and the balance due before collection, "sold as seen" terms, and both parties'
 *    signatures with their names and dates written by hand.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
const plain = (value: number) => value.toFixed(2);
/** 05/03/2025 */
const ukSlash = (iso: string) => `${pad2(parts(iso).day)}/${pad2(parts(iso).month)}/${parts(iso).year}`;
/** 5 March 2025 */
const fullDate = (iso: string) => `${parts(iso).day} ${fullMonths[parts(iso).month - 1]} ${parts(iso).year}`;
/** 5th March 2025 */
const ordinalDate = (iso: string) => {
  const { day } = parts(iso);
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix} ${fullMonths[parts(iso).month - 1]} ${parts(iso).year}`;
};
/** 5/3/2025, as a hand writes it in Britain */
const handDate = (iso: string) => `${parts(iso).day}/${parts(iso).month}/${parts(iso).year}`;
/** 2025.3.6, as a hand dates a Chinese receipt */
const dottedDate = (iso: string) => `${parts(iso).year}.${parts(iso).month}.${parts(iso).day}`;
const areaCodes: Record<string, string> = { 杭州: '0571', 上海: '021', 苏州: '0512', 宁波: '0574', 深圳: '0755' };
/** A landline in the party's city: 0571-86120345 */
const phoneOf = (p: Party) => `${areaCodes[p.address.slice(0, 2)] ?? '0571'}-${digitsOf(p.name + p.address, 8)}`;
const netOf = (t: GeneratedTruth) => round2(t.extras.items.reduce((sum, item) => sum + item.amount, 0));

// ---------------------------------------------------------------------------------------------
// cn-motor-vehicle-sales-invoice

const formInk = '#7b3f2a';
/** Vehicles priced as the invoice's net would buy them: [type, make and model, origin, tonnage, seats]. */
const vehicles: [number, [string, string, string, string, string][]][] = [
  [60000, [['轻型栏板载货汽车', '江淮牌HFC1043P91K1C2V', '安徽省合肥市', '1.495', '3'], ['轻型厢式运输车', '福田牌BJ5045XXY9JBA-AB1', '北京市', '1.345', '2'], ['轻型仓栅式运输车', '庆铃牌QL5040CCYBUHA', '重庆市', '1.490', '3']]],
  [15000, [['低速货车', '五征牌7YP-1450D1', '山东省日照市', '0.995', '2'], ['三轮汽车', '时风牌7YPJ-1150A', '山东省聊城市', '0.750', '2']]],
  [0, [['正三轮摩托车', '宗申牌ZS150ZH-3', '重庆市', '0.300', '1'], ['两轮摩托车', '豪爵牌HJ125-23', '广东省江门市', '', '2']]],
];
/** The district tax bureau of the address: 杭州市滨江区江南大道88号 → 国家税务总局杭州市滨江区税务局 */
const taxOffice = (address: string) => `国家税务总局${address.match(/^.+?市.+?区/u)?.[0] ?? address.slice(0, 3)}税务局`;
const banksCn = ['中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '交通银行'];
const vehicleIssuers = ['钱慧', '孔令波', '范雪', '邵明'];

function cnMotorVehicleSalesInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, rate, invoiceCode } = t.extras;
  const x0 = 34;
  const x1 = 548;
  const issued = String(e['issueDate']);
  const net = Number(e['netAmount']);
  const band = vehicles.find(([floor]) => net >= floor)?.[1] ?? [];
  const [type, model, origin, tonnage, seats] = pickBy(buyer.name + issued, band);
  const vin = `L${pickBy(seller.name, ['JC', 'VB', 'GC', 'ZS'])}${digitsOf(issued + buyer.taxId, 6)}${pickBy(issued, ['P', 'R', 'S'])}${digitsOf(seller.taxId + issued, 7)}`.slice(0, 17);

  // the head: the bureau's oval, the title, the copy, code and number, date
  doc.save().opacity(0.85).lineWidth(1.1).strokeColor('#c0392b').ellipse(150, 46, 40, 21).stroke().restore();
  put(doc, '全国统一发票监制章', 150, 33, 6.5, 'cjk', 'center', '#c0392b');
  put(doc, '国家税务总局', 150, 42, 8, 'cjk', 'center', '#c0392b');
  put(doc, `${seller.address.slice(0, 2)}税务局`, 150, 53, 6.5, 'cjk', 'center', '#c0392b');
  put(doc, '机动车销售统一发票', 300, 34, 18, 'cjk', 'center', formInk);
  put(doc, '发　票　联', 300, 60, 10, 'cjk', 'center', formInk);
  put(doc, '发票代码', 410, 36, 8.5, 'cjk', 'left', formInk);
  put(doc, invoiceCode, 456, 36, 10, 'Courier-Bold');
  put(doc, '发票号码', 410, 52, 8.5, 'cjk', 'left', formInk);
  put(doc, String(e['invoiceNumber']), 456, 52, 10, 'Courier-Bold');
  put(doc, '开票日期', x0, 82, 8.5, 'cjk', 'left', formInk);
  put(doc, issued, x0 + 44, 82, 9.5, 'Courier');

  // the machine-printed block and the cipher area
  let y = 98;
  const machine: [string, string][] = [['机打代码', invoiceCode], ['机打号码', String(e['invoiceNumber'])], ['机器编号', digitsOf(seller.taxId + 'machine', 12)]];
  doc.save().lineWidth(0.8).strokeColor(formInk).rect(x0, y, x1 - x0, 48).stroke().restore();
  rule(doc, 250, y, 250, y + 48, 0.6, formInk);
  rule(doc, 274, y, 274, y + 48, 0.6, formInk);
  machine.forEach(([name, value], i) => {
    put(doc, name, x0 + 6, y + 4 + i * 15, 8.5, 'cjk', 'left', formInk);
    put(doc, value, x0 + 56, y + 4.5 + i * 15, 9, 'Courier');
  });
  vertical(doc, '税控码', 262, y + 4, 14, 8.5, 'cjk', formInk);
  const cipher = digitsOf(`${e['invoiceNumber']}${e['totalAmount']}`, 3 * 34);
  for (let line = 0; line < 3; line += 1) put(doc, cipher.slice(line * 34, line * 34 + 34).replace(/[0-2]/g, (d) => '<>*'[Number(d)] ?? d), 280, y + 5 + line * 14, 9, 'Courier');
  y += 48;

  // the form's rows: each cell a label and its value
  const rowHeight = 24;
  const row = (cells: [string, string, number, number?][]) => {
    doc.save().lineWidth(0.8).strokeColor(formInk).rect(x0, y, x1 - x0, rowHeight).stroke().restore();
    cells.forEach(([label, value, from, labelWidth = 0]) => {
      if (from > x0) rule(doc, from, y, from, y + rowHeight, 0.6, formInk);
      if (labelWidth) rule(doc, from + labelWidth, y, from + labelWidth, y + rowHeight, 0.5, formInk);
      const lines = label.split('\n');
      lines.forEach((line, i) => put(doc, line, from + labelWidth / 2, y + (lines.length > 1 ? 3.5 + i * 9.5 : 7.5), lines.length > 1 ? 7.5 : 8.5, 'cjk', 'center', formInk));
      if (value) put(doc, value, from + labelWidth + 5, y + 7.5, 9, /^[\x20-\x7e¥]+$/.test(value) ? 'Helvetica' : 'cjk');
    });
    y += rowHeight;
  };
  row([['购买方名称', buyer.name, x0, 70], ['纳税人识别号/统一社会\n信用代码/身份证明号码', buyer.taxId, 318, 112]]);
  row([['车辆类型', type, x0, 70], ['厂牌型号', model, 206, 56], ['产　地', origin, 428, 40]]);
  row([['合格证号', `W${digitsOf(vin, 14)}`, x0, 70], ['进口证明书号', '', 206, 56], ['商检单号', '', 428, 40]]);
  row([['发动机号码', `${model.slice(-4).replace(/[^A-Z0-9]/g, '')}${digitsOf(vin + 'engine', 7)}`, x0, 70], ['车辆识别代号/\n车架号码', vin, 260, 72]]);
  row([['价税合计', `ⓧ${chineseCapitalAmount(Number(e['totalAmount']))}`, x0, 70], ['小写', `¥${plain(Number(e['totalAmount']))}`, 400, 36]]);
  row([['销货单位名称', seller.name, x0, 70], ['电　话', phoneOf(seller), 380, 42]]);
  row([['纳税人识别号', seller.taxId, x0, 70], ['账　号', digitsOf(seller.taxId + 'acct', 19), 300, 42]]);
  row([['地　　址', seller.address, x0, 70], ['开户银行', `${pickBy(seller.taxId, banksCn)}${seller.address.slice(0, 2)}分行`, 300, 42]]);
  row([['增值税税率\n或征收率', `${Math.round(rate * 100)}%`, x0, 70], ['增值税\n税　额', `¥${plain(Number(e['taxAmount']))}`, 164, 44], ['主管税务\n机关及代码', '', 300, 46]]);
  put(doc, `${taxOffice(seller.address)} ${digitsOf(seller.address, 11)}`, 351, y - rowHeight + 8.5, 7.5, 'cjk');
  row([['不含税价', `小写 ¥${plain(net)}`, x0, 70], ['完税凭证\n号　　码', '', 206, 48], ['吨　位', tonnage, 380, 36], ['限乘人数', seats, 470, 40]]);

  // the foot: seal, issuer, remark
  put(doc, '销货单位盖章', x0 + 8, y + 14, 8.5, 'cjk', 'left', formInk);
  seal(doc, x0 + 120, y + 30, 52, 32, seller.name, seller.taxId, '发票专用章', { tilt: -6 + (t.index % 4) * 3, rimSize: 7 });
  put(doc, '开票人', 300, y + 14, 8.5, 'cjk', 'left', formInk);
  put(doc, pickBy(seller.name + issued, vehicleIssuers), 336, y + 14, 9, 'cjk');
  put(doc, '备注：一车一票', 420, y + 14, 8.5, 'cjk', 'left', formInk);
  put(doc, '手写无效', 420, y + 30, 8, 'cjk', 'left', formInk);
  vertical(doc, '第一联发票联购货单位付款凭证', x1 + 14, 100, 11, 8, 'cjk', formInk);
}

// ---------------------------------------------------------------------------------------------
// en-plant-hire-invoice

const hireYellow = '#f2b705';
/** What a hire company lets out by the week, in numbers like the goods' quantities. */
const hireKit: Record<string, [string, string]> = {
  'Deep groove ball bearing': ['HF-3500', 'Heras fence panel 3.5 m incl. block and clamp'],
  'Hydraulic pump unit': ['AP-0300', 'Acrow prop No. 3 (1.98 - 3.35 m)'],
  'Steel flange DN50': ['TS-2400', 'Trench sheet 2.4 m x 0.6 m'],
  'Control cable 5 m': ['EC-1014', 'Extension cable 110 V 16 A 14 m'],
  'Gear motor 0.75 kW': ['RP-2412', 'Road plate 2.4 m x 1.2 m x 20 mm'],
};
const siteContacts = ['Craig Fellows (site manager) 07700 900', 'Dean Riley (foreman) 07700 900', 'Alison Pike (site agent) 07700 900'];
const sites = ['Plot 4, Riverside Business Park', 'Former Co-op Depot, Canal Street', 'Unit 9 extension, Meadow Lane', 'New primary school, Church Road'];

function enPlantHireInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 40;
  const x1 = 555;
  const issued = String(e['issueDate']);
  const periodEnd = plusDays(issued, -1);
  const periodStart = plusDays(periodEnd, -27);
  const account = `${buyer.name.replace(/[^A-Z]/g, '')}${digitsOf(buyer.name, 4)}`;
  const contract = `H${digitsOf(buyer.taxId + periodStart, 6)}`;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const discount = [0, 10, 15, 20][t.index % 4] ?? 0;

  // letterhead
  doc.save().rect(0, 0, 595, 8).fill(hireYellow).restore();
  put(doc, seller.name.replace(/ Ltd$/, '').toUpperCase(), x0, 30, 17, 'Helvetica-Bold');
  put(doc, 'TOOL & PLANT HIRE · SALES · SERVICE', x0, 51, 8.5, 'Helvetica-Bold', 'left', '#8a6d00');
  put(doc, `${sellerAt.town} depot: ${seller.address} · Tel 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 6)} · hire@${seller.name.split(' ')[0]?.toLowerCase()}hire.co.uk`, x0, 64, 7.5, 'Helvetica', 'left', '#555555');
  put(doc, 'HIRE INVOICE', x1, 30, 15, 'Helvetica-Bold', 'right');

  // the references box
  const references: [string, string][] = [
    ['Invoice No.', String(e['invoiceNumber'])],
    ['Invoice date / Tax point', ukSlash(issued)],
    ['Account No.', account],
    ['Hire contract No.', contract],
    ['Your order No.', `PO-${digitsOf(buyer.name + periodStart, 5)}`],
    ['Page', '1 of 1'],
  ];
  references.forEach(([name, value], i) => {
    box(doc, 340, 82 + i * 15, 100, 15, '#fdf3cf');
    box(doc, 440, 82 + i * 15, x1 - 440, 15);
    put(doc, name, 344, 86 + i * 15, 7.5, 'Helvetica');
    put(doc, value, 444, 86 + i * 15, 8.5, 'Helvetica-Bold');
  });

  // the addresses
  put(doc, 'INVOICE TO', x0, 84, 7.5, 'Helvetica-Bold', 'left', '#8a6d00');
  [buyer.name, 'Accounts Payable', buyerAt.street, buyerAt.town].forEach((line, i) => put(doc, line, x0, 96 + i * 12, 9.5, i ? 'Helvetica' : 'Helvetica-Bold'));
  put(doc, `Customer VAT No. ${buyer.taxId}`, x0, 146, 8.5, 'Helvetica');
  put(doc, 'SITE / DELIVERY ADDRESS', x0, 176, 7.5, 'Helvetica-Bold', 'left', '#8a6d00');
  put(doc, `${pickBy(contract, sites)}, ${buyerAt.town}`, x0, 188, 9, 'Helvetica');
  put(doc, `Site contact: ${pickBy(buyer.name, siteContacts)}${digitsOf(contract, 3)}`, x0, 200, 8.5, 'Helvetica');
  put(doc, `Hire period: ${ukSlash(periodStart)} to ${ukSlash(periodEnd)} (4 weeks)`, 340, 188, 8.5, 'Helvetica-Bold');
  put(doc, 'Delivered and collected on our transport; off-hire ref. quoted below.', 340, 200, 7.5, 'Helvetica', 'left', '#555555');

  // the kit hired
  const rows = items.map((item) => {
    const [code, description] = hireKit[item.name] ?? ['GN-0000', item.name];
    const weekly = item.amount / item.quantity / 4 / (1 - discount / 100);
    return [code, description, String(item.quantity), '4 wk', grouped(weekly), discount ? `${discount}%` : '-', grouped(item.amount)];
  });
  while (rows.length < 4) rows.push(['', '', '', '', '', '', '']);
  let y = grid(doc, [x0, 88, 300, 340, 380, 440, 480, x1], 222, ['Item code', 'Description', 'Qty', 'Period', 'Rate/wk (£)', 'Disc.', 'Charge (£)'], rows, ['left', 'left', 'right', 'center', 'right', 'center', 'right'], { font: 'Helvetica', size: 8, rowHeight: 17, headerHeight: 18, shade: '#fdf3cf', line: '#888888' });
  put(doc, `Off-hire ref. OH${digitsOf(contract, 5)} · Loss & damage waiver not taken: customer's own hired-in plant insurance on file.`, x0, y + 6, 7.5, 'Helvetica-Oblique', 'left', '#555555');
  y += 24;

  // the totals
  const totals: [string, string, boolean][] = [
    ['Total net hire charges', grouped(Number(e['netAmount'])), false],
    [`VAT @ ${Math.round(rate * 100)}%`, grouped(Number(e['taxAmount'])), false],
    [`INVOICE TOTAL (${e['currency']})`, `£${grouped(Number(e['totalAmount']))}`, true],
  ];
  totals.forEach(([name, value, bold], i) => {
    box(doc, 340, y + i * 18, 130, 18, bold ? '#fdf3cf' : undefined);
    box(doc, 470, y + i * 18, x1 - 470, 18);
    put(doc, name, 344, y + 5 + i * 18, 8.5, bold ? 'Helvetica-Bold' : 'Helvetica');
    put(doc, value, x1 - 4, y + 5 + i * 18, 8.5, bold ? 'Helvetica-Bold' : 'Helvetica', 'right');
  });
  put(doc, 'Payment terms: 30 days end of month.', x0, y + 4, 8.5, 'Helvetica-Bold');
  put(doc, `Please pay by BACS to ${seller.name}`, x0, y + 18, 8.5, 'Helvetica');
  put(doc, `Sort code ${digitsOf(seller.name, 2)}-${digitsOf(seller.address, 2)}-${digitsOf(seller.taxId, 2)} · Account ${digitsOf(seller.taxId + 'acct', 8)}`, x0, y + 30, 8.5, 'Helvetica');
  put(doc, `Reference: ${e['invoiceNumber']}`, x0, y + 42, 8.5, 'Helvetica');
  y += 76;

  const small = [
    'Hire charges run from the day the equipment leaves our depot until the day it is returned or an off-hire number is given. Equipment is hired on the CPA Conditions for Hiring Plant, a copy of which is available on request.',
    `Queries on this invoice must be raised within 14 days, quoting the hire contract number. Hire-ins and cross-hires from other companies are charged at their rates plus handling.`,
    `${seller.name}. Registered in England and Wales No. ${digitsOf(seller.name + 'crn', 8)}. Registered office: ${seller.address}. VAT Reg. No. ${seller.taxId}.`,
  ];
  small.forEach((paragraph) => wrap(doc, paragraph, x1 - x0, 7, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 7, 'Helvetica', 'left', '#555555'); y += 9; }));
}

// ---------------------------------------------------------------------------------------------
// cn-carbonless-delivery-pad

/** Chinese written by hand along a printed line: each character a little off the line and unevenly spaced. */
export function handwrittenLine(doc: Doc, value: string, x: number, y: number, size: number): void {
  const wobble = digitsOf(value, [...value].length * 2);
  let at = x;
  [...value].forEach((char, i) => {
    put(doc, char, at, y + (Number(wobble[i * 2]) - 4.5) * 0.1, size, 'cjk', 'left', handInk);
    at += doc.widthOfString(char) * (1 + Number(wobble[i * 2 + 1]) * 0.003);
  });
}

const padRed = '#b3202a';
const drivers = ['老周', '孙师傅', '吴建平', '郑海'];

function cnCarbonlessDeliveryPad(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, items, rate } = t.extras;
  const x0 = 60;
  const x1 = 540;
  const delivered = String(e['deliveryDate']);
  const { year, month, day } = parts(delivered);
  const hand = (value: string, x: number, y: number, size = 12) => handwrittenLine(doc, value, x, y, size);
  const handLatin = (value: string, x: number, y: number, size = 12) => handwritten(doc, value, x, y, size, 'Helvetica-Oblique');

  // the pale pink of the customer's copy
  doc.save().rect(0, 0, 595, 842).fill('#fbeef0').restore();

  // the printed part: seller's name, title, serial
  put(doc, seller.name, 300, 40, 14, 'cjk', 'center', padRed);
  put(doc, '送　货　单', 300, 62, 20, 'cjk', 'center', padRed);
  rule(doc, 240, 88, 360, 88, 0.8, padRed);
  put(doc, 'No.', 430, 66, 10, 'Helvetica', 'left', padRed);
  put(doc, String(e['deliveryNoteNumber']), 452, 64, 13, 'Courier-Bold', 'left', padRed);

  // the header blanks filled by hand
  let y = 104;
  put(doc, '收货单位：', x0, y, 10, 'cjk', 'left', padRed);
  rule(doc, x0 + 52, y + 14, 330, y + 14, 0.5, padRed);
  hand(String(e['receiverName']), x0 + 58, y - 1);
  put(doc, '年', 410, y, 10, 'cjk', 'left', padRed);
  put(doc, '月', 452, y, 10, 'cjk', 'left', padRed);
  put(doc, '日', 494, y, 10, 'cjk', 'left', padRed);
  handLatin(String(year), 374, y - 1);
  handLatin(String(month), 432, y - 1);
  handLatin(String(day), 474, y - 1);
  y += 26;
  put(doc, '订单号：', x0, y, 10, 'cjk', 'left', padRed);
  rule(doc, x0 + 42, y + 14, 330, y + 14, 0.5, padRed);
  handLatin(String(e['orderReference']), x0 + 50, y - 1, 11.5);
  put(doc, '电话：', 360, y, 10, 'cjk', 'left', padRed);
  rule(doc, 392, y + 14, x1, y + 14, 0.5, padRed);
  y += 28;

  // the goods table, printed empty and filled by hand
  const columns = [x0, 92, 210, 280, 316, 360, 420, 480, x1];
  const headers = ['编号', '品名', '规格', '单位', '数量', '单价', '金额', '备注'];
  const rowHeight = 24;
  const lines = 6;
  doc.save().lineWidth(0.8).strokeColor(padRed).rect(x0, y, x1 - x0, rowHeight * (lines + 2)).stroke().restore();
  for (let r = 1; r <= lines + 1; r += 1) rule(doc, x0, y + r * rowHeight, x1, y + r * rowHeight, 0.6, padRed);
  columns.slice(1, -1).forEach((x) => rule(doc, x, y, x, y + rowHeight * (lines + 1), 0.6, padRed));
  headers.forEach((header, c) => put(doc, header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + 7, 10, 'cjk', 'center', padRed));
  let total = 0;
  items.forEach((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const gross = round2(item.amount * (1 + rate));
    total = round2(total + gross);
    const top = y + (r + 1) * rowHeight + 4;
    handLatin(String(r + 1), 72, top, 11);
    hand(name, 96, top, 11.5);
    handLatin(specification, 213, top, 9);
    hand(unit, 290, top, 11.5);
    handLatin(String(item.quantity), 320, top, 11);
    handLatin((gross / item.quantity).toFixed(2), 363, top, 10);
    handLatin(plain(gross), 423, top, 10);
  });
  put(doc, '合计金额（大写）', x0 + 6, y + (lines + 1) * rowHeight + 7, 10, 'cjk', 'left', padRed);
  hand(chineseCapitalAmount(total), x0 + 96, y + (lines + 1) * rowHeight + 4, 11);
  put(doc, '¥', 420, y + (lines + 1) * rowHeight + 7, 10, 'cjk', 'left', padRed);
  handLatin(plain(total), 430, y + (lines + 1) * rowHeight + 4, 11);
  y += rowHeight * (lines + 2) + 22;

  // the signatures
  put(doc, '送货单位及经手人：', x0, y, 10, 'cjk', 'left', padRed);
  hand(pickBy(seller.name + delivered, drivers), x0 + 96, y - 3, 12.5);
  put(doc, '收货单位及经手人（签字）：', 300, y, 10, 'cjk', 'left', padRed);
  signature(doc, String(e['signedBy']), 430, y - 8, true);
  y += 34;
  put(doc, '签收日期：', 300, y, 10, 'cjk', 'left', padRed);
  handLatin(dottedDate(String(e['signatureDate'])), 356, y - 2, 12.5);
  put(doc, '说明：货物请当面点清，如有质量问题请于七日内提出，逾期恕不负责。', x0, y + 30, 8.5, 'cjk', 'left', padRed);
  put(doc, `地址：${seller.address}　电话：${phoneOf(seller)}`, x0, y + 46, 8.5, 'cjk', 'left', padRed);

  // the copies down the right margin
  vertical(doc, '①存根（白）', x1 + 22, 150, 11, 8.5, 'cjk', padRed);
  vertical(doc, '②客户（红）', x1 + 22, 240, 11, 8.5, 'cjk', padRed);
  vertical(doc, '③回单（黄）', x1 + 22, 330, 11, 8.5, 'cjk', padRed);
}

// ---------------------------------------------------------------------------------------------
// en-memorandum-of-sale

const brokers = ['Pennine Plant Brokers Ltd', 'Severn Valley Machinery Sales Ltd', 'Eastern Counties Used Machinery Ltd', 'Border Engineering Equipment Brokers Ltd'];
const conditions = ['unused, boxed', 'unused, ex-stock', 'used, inspected'];
const sellerSignatories = ['Martin Oakes', 'Gillian Frost', 'Patrick Doyle', 'Yvonne Hart'];
const buyerSignatories = ['Ian Crossley', 'Rachel Bourne', 'Neil Garside', 'Joanne Whitley'];

function enMemorandumOfSale(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 50;
  const x1 = 545;
  const signing = String(e['signingDate']);
  const amount = Number(e['amount']);
  const net = netOf(t);
  const deposit = round2(Math.ceil((amount * 0.1) / 100) * 100);
  const broker = pickBy(seller.name + buyer.name, brokers);

  put(doc, broker, x0, 36, 9, 'Helvetica-Bold', 'left', '#555555');
  put(doc, `Surplus stock and used plant · acting as agent for the vendor · ${digitsOf(broker, 5)} Ind. Est., Halifax`, x0, 48, 7.5, 'Helvetica', 'left', '#555555');
  rule(doc, x0, 60, x1, 60, 1);
  put(doc, 'MEMORANDUM OF SALE', 297, 74, 17, 'Times-Bold', 'center');
  put(doc, `Memorandum No.: ${e['contractNumber']}`, x0, 104, 10, 'Times-Roman');
  put(doc, `Date: ${ordinalDate(signing)}`, x1, 104, 10, 'Times-Roman', 'right');

  // the parties, boxed side by side
  const party = (role: string, p: Party, x: number) => {
    box(doc, x, 122, 240, 78);
    put(doc, role, x + 6, 127, 9, 'Times-Bold');
    put(doc, p.name, x + 6, 142, 10.5, 'Times-Bold');
    put(doc, splitAddress(p).street, x + 6, 157, 9.5, 'Times-Roman');
    put(doc, splitAddress(p).town, x + 6, 170, 9.5, 'Times-Roman');
    put(doc, `VAT No.: ${p.taxId}`, x + 6, 184, 9.5, 'Times-Roman');
  };
  party('THE VENDOR', seller, x0);
  party('THE PURCHASER', buyer, x1 - 240);
  put(doc, `Sale arranged by ${broker} as agent only; the agent is not a party to this sale.`, x0, 208, 8.5, 'Times-Italic', 'left', '#444444');

  // the goods
  put(doc, '1. THE GOODS', x0, 230, 10, 'Times-Bold');
  const rows = items.map((item) => [`Job lot: ${item.name} (surplus stock)`, String(item.quantity), pickBy(item.name + signing, conditions), `Lot ${digitsOf(item.name + buyer.name, 4)}`, grouped(item.amount)]);
  let y = grid(doc, [x0, 260, 300, 390, 450, x1], 246, ['Description', 'Qty', 'Condition', 'Lot ref.', 'Price (£)'], rows, ['left', 'right', 'center', 'left', 'right'], { font: 'Times-Roman', size: 9, rowHeight: 17, headerHeight: 17, shade: '#eeeeee', line: '#666666' });
  y += 14;

  // the price
  put(doc, '2. PRICE AND PAYMENT', x0, y, 10, 'Times-Bold');
  y += 16;
  const price: [string, string, boolean][] = [
    ['Price of the goods (excluding VAT)', grouped(net), false],
    [`VAT at ${Math.round(rate * 100)}%`, grouped(round2(amount - net)), false],
    ['TOTAL PURCHASE PRICE', grouped(amount), true],
    ['Deposit paid on signing (non-refundable)', grouped(deposit), false],
    ['Balance payable in cleared funds before collection', grouped(round2(amount - deposit)), false],
  ];
  price.forEach(([name, value, bold], i) => {
    put(doc, name, x0 + 14, y + i * 15, 9.5, bold ? 'Times-Bold' : 'Times-Roman');
    put(doc, `£ ${value}`, x1, y + i * 15, 9.5, bold ? 'Times-Bold' : 'Times-Roman', 'right');
  });
  rule(doc, 420, y + 28, x1, y + 28, 0.5);
  y += 5 * 15 + 12;

  // the terms
  put(doc, '3. TERMS', x0, y, 10, 'Times-Bold');
  y += 15;
  const collectBy = plusDays(signing, 14);
  const terms = [
    `(a) The goods are sold as seen and inspected, with no warranty as to condition or fitness for purpose given by the Vendor or the agent.`,
    `(b) Title and risk pass to the Purchaser when the total purchase price has been paid in full. Until then the goods remain the property of the Vendor.`,
    `(c) The Purchaser shall collect the goods at its own cost and risk from the Vendor's premises by ${fullDate(collectBy)}; storage after that date is charged at £25 a day.`,
    `(d) All amounts are in pounds sterling (GBP). This memorandum records the whole agreement between the Vendor and the Purchaser.`,
  ];
  terms.forEach((term) => wrap(doc, term, x1 - x0 - 14, 9, 'Times-Roman').forEach((line) => { put(doc, line, x0 + 14, y, 9, 'Times-Roman'); y += 12; }));
  y += 14;

  // the signatures
  const signers: [string, Party, string][] = [['Signed for the Vendor', seller, pickBy(seller.taxId, sellerSignatories)], ['Signed for the Purchaser', buyer, pickBy(buyer.taxId, buyerSignatories)]];
  signers.forEach(([role, p, person], i) => {
    const x = x0 + i * 255;
    put(doc, role, x, y, 9.5, 'Times-Bold');
    put(doc, p.name, x, y + 13, 8.5, 'Times-Italic', 'left', '#444444');
    put(doc, 'Signature', x, y + 44, 9, 'Times-Roman');
    rule(doc, x + 48, y + 54, x + 230, y + 54, 0.5, '#555555', 1.5);
    signature(doc, person, x + 60, y + 30, false);
    put(doc, 'Name', x, y + 72, 9, 'Times-Roman');
    rule(doc, x + 48, y + 82, x + 230, y + 82, 0.5, '#555555', 1.5);
    handwritten(doc, person.toUpperCase(), x + 54, y + 68, 11, 'Helvetica-Oblique');
    put(doc, 'Date', x, y + 100, 9, 'Times-Roman');
    rule(doc, x + 48, y + 110, x + 150, y + 110, 0.5, '#555555', 1.5);
    handwritten(doc, handDate(signing), x + 54, y + 94, 13, 'Times-Italic');
  });
  put(doc, `Copy 1 Vendor · Copy 2 Purchaser · Copy 3 Agent · ${e['contractNumber']}`, 297, 812, 7, 'Times-Italic', 'center', '#555555');
}

export const heldOut16Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-motor-vehicle-sales-invoice': cnMotorVehicleSalesInvoice,
  'en-plant-hire-invoice': enPlantHireInvoice,
  'cn-carbonless-delivery-pad': cnCarbonlessDeliveryPad,
  'en-memorandum-of-sale': enMemorandumOfSale,
};

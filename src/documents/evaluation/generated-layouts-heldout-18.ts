import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, months, parts, pickBy, put, rule, splitAddress, wrap, type Font } from './generated-layouts-heldout-4';
import { chineseDay, handwritten, itemName, percent, round2, specifications, wrapChinese } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';
import { plusDays, qrCode, seal, unitPrice, vertical } from './generated-layouts-heldout-11';
import { handwrittenLine } from './generated-layouts-heldout-16';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-vat-e-special-invoice-ukey: a 增值税电子专用发票 as the tax UKey's software lays it out in its
 *    PDF (2021–2023, before the fully digital invoice): the QR code, the twelve-digit 发票代码 and the
 *    eight-digit 发票号码, the 机器编号, the 监制章 under the title, buyer and seller blocks with bank
 *    accounts, the 密码区, the goods with rate and tax, the totals in capitals and figures, a 备注 with
 *    the contract and delivery references, the issuer's names and the seller's electronic invoice seal;
 *  - en-freight-forwarder-invoice: a UK freight forwarder's and customs broker's invoice for an
 *    import: job number, account number, the shipment (shipper abroad, consignee, vessel, bill of
 *    lading, container, ports, arrival date, customs entry number), the charges with VAT codes, the
 *    totals, a note of duty and import VAT paid on the client's behalf billed on a separate
 *    disbursement invoice, bank details and the trading conditions;
 *  - cn-goods-accompanying-sheet: a 随货同行单 printed by a distributor's warehouse system: the
 *    issuer's name, the sheet's number, the order's, the dates of issue and of dispatch, the receiving
 *    unit with its address and contact, goods with batch, production and expiry dates and storage
 *    conditions, the transport (vehicle, driver, departure and arrival times), the dispatcher's and
 *    checker's printed names, the receiver's handwritten signature and date over its receiving seal,
 *    and the copies' colours down the margin;
 *  - en-accepted-quotation: a supplier's quotation which the customer signed and returned as its
 *    order: the quotation's number, date and validity, the customer's enquiry reference, the goods
 *    with net, VAT and total, delivery and payment terms, the customer's acceptance signed, named and
 *    dated by hand, and the supplier's rubber stamp giving the contract number and the date received.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
/** 2025年03月05日, as the tax software prints the invoice date */
const taxDate = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** 05/03/2025 */
const slashDate = (iso: string) => `${pad2(parts(iso).day)}/${pad2(parts(iso).month)}/${parts(iso).year}`;
/** 5 March 2025 */
const fullDate = (iso: string) => `${parts(iso).day} ${fullMonths[parts(iso).month - 1]} ${parts(iso).year}`;
/** 05 Mar 2025 */
const shortDay = (iso: string) => `${pad2(parts(iso).day)} ${months[parts(iso).month - 1]} ${parts(iso).year}`;
/** 12/3/2025, as a hand dates an English signature */
const handDate = (iso: string) => `${parts(iso).day}/${parts(iso).month}/${parts(iso).year}`;
/** 2025.3.6, as a hand dates a Chinese form */
const dottedDate = (iso: string) => `${parts(iso).year}.${parts(iso).month}.${parts(iso).day}`;
const netOf = (t: GeneratedTruth) => round2(t.extras.items.reduce((sum, item) => sum + item.amount, 0));

// ---------------------------------------------------------------------------------------------
// cn-vat-e-special-invoice-ukey

const eBrown = '#8b5a2b';
const eRed = '#c8161d';
const provinces: [string, string][] = [['杭州', '浙江'], ['上海', '上海'], ['苏州', '江苏'], ['宁波', '宁波'], ['深圳', '深圳']];
const banks = ['中国工商银行', '中国建设银行', '交通银行', '浙商银行', '招商银行', '中国银行'];
const clerks = ['周婷', '王芳', '沈佳', '何丽'];

function cnVatESpecialInvoiceUkey(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate, invoiceCode } = t.extras;
  const number = String(e['invoiceNumber']);
  const province = provinces.find(([city]) => seller.address.startsWith(city))?.[1] ?? '浙江';
  const x0 = 30;
  const x1 = 565;
  const label = (value: string, x: number, y: number, size = 8, align: 'left' | 'right' | 'center' = 'left') => put(doc, value, x, y, size, 'cjk', align, eBrown);
  const line = (xa: number, ya: number, xb: number, yb: number, width = 0.6) => rule(doc, xa, ya, xb, yb, width, eBrown);

  qrCode(doc, x0 + 4, 26, 56, `${invoiceCode}${number}`);
  label(`机器编号：`, x0 + 4, 88, 8); put(doc, digitsOf(seller.taxId + 'ukey', 12), x0 + 46, 88, 8.5, 'Courier');
  label(`${province}增值税电子专用发票`, 297, 32, 18, 'center');
  line(205, 56, 389, 56, 1); line(205, 59, 389, 59, 0.5);
  doc.save().opacity(0.75).lineWidth(0.9).strokeColor(eRed).ellipse(297, 76, 30, 16).stroke().restore();
  put(doc, '全国统一发票监制章', 297, 66, 5, 'cjk', 'center', eRed);
  put(doc, '国家税务总局', 297, 74, 5.5, 'cjk', 'center', eRed);
  put(doc, `${province}${province.length === 2 && ['上海', '宁波', '深圳'].includes(province) ? '市' : '省'}税务局`, 297, 83, 5, 'cjk', 'center', eRed);
  const heads: [string, string][] = [['发票代码：', invoiceCode], ['发票号码：', number], ['开票日期：', taxDate(String(e['issueDate']))]];
  heads.forEach(([name, value], i) => { label(name, 420, 34 + i * 15, 8.5); put(doc, value, 464, 33 + i * 15, 9.5, i === 2 ? 'cjk' : 'Courier-Bold'); });

  const top = 104;
  const partyHeight = 62;
  const headTop = top + partyHeight;
  const itemsTop = headTop + 18;
  const sumTop = itemsTop + 86;
  const wordsTop = sumTop + 18;
  const sellerTop = wordsTop + 20;
  const bottom = sellerTop + partyHeight;
  doc.save().lineWidth(1).strokeColor(eBrown).rect(x0, top, x1 - x0, bottom - top).stroke().restore();
  [headTop, wordsTop, sellerTop].forEach((y) => line(x0, y, x1, y));
  line(x0, sumTop, x1, sumTop, 0.4);
  const columns = [x0, 182, 246, 274, 320, 384, 452, 482, x1];
  columns.slice(1, -1).forEach((x) => line(x, headTop, x, sumTop, 0.4));
  line(182, wordsTop, 182, sellerTop, 0.4);
  const partyLabel = x0 + 18;
  const sideLabel = 346;
  for (const y of [top, sellerTop]) { line(partyLabel, y, partyLabel, y + partyHeight, 0.4); line(sideLabel, y, sideLabel, y + partyHeight, 0.4); line(sideLabel + 16, y, sideLabel + 16, y + partyHeight, 0.4); }
  vertical(doc, '购买方', x0 + 9, top + 10, 16, 9, 'cjk', eBrown);
  vertical(doc, '销售方', x0 + 9, sellerTop + 10, 16, 9, 'cjk', eBrown);
  vertical(doc, '密码区', sideLabel + 8, top + 10, 16, 9, 'cjk', eBrown);
  vertical(doc, '备注', sideLabel + 8, sellerTop + 14, 22, 9, 'cjk', eBrown);
  const partyBlock = (party: Party, y: number) => {
    const phone = `0${digitsOf(party.address, 3)}-${digitsOf(party.name + 'tel', 8)}`;
    const rows: [string, string, Font, number][] = [
      ['名　　　　称：', party.name, 'cjk', 9],
      ['纳税人识别号：', party.taxId, 'Courier-Bold', 10],
      ['地 址、电 话：', `${party.address} ${phone}`, 'cjk', 8],
      ['开户行及账号：', `${pickBy(party.taxId, banks)}${party.address.slice(0, 2)}支行 ${digitsOf(party.name + party.taxId, 19)}`, 'cjk', 8],
    ];
    rows.forEach(([caption, value, font, size], i) => { label(caption, partyLabel + 4, y + 6 + i * 14, 7.5); put(doc, value, partyLabel + 64, y + 5.5 + i * 14, size, font); });
  };
  partyBlock(buyer, top);
  const cipher = '0123456789+-*/<>';
  const cipherDigits = digitsOf(`${number}${buyer.taxId}${seller.taxId}`, 4 * 27 * 2);
  for (let l = 0; l < 4; l += 1) put(doc, Array.from({ length: 27 }, (_, i) => cipher[Number(cipherDigits.slice((l * 27 + i) * 2, (l * 27 + i) * 2 + 2)) % 16]).join(''), sideLabel + 22, top + 7 + l * 13.5, 9.5, 'Courier');

  const headers = ['货物或应税劳务、服务名称', '规格型号', '单位', '数 量', '单 价', '金 额', '税率', '税 额'];
  headers.forEach((header, c) => label(header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, headTop + 5, 7.5, 'center'));
  const right = (c: number) => (columns[c + 1] ?? x1) - 3;
  items.forEach((item, r) => {
    const y = itemsTop + 5 + r * 14;
    const [specification, unit] = specifications[itemName(item.name)] ?? ['', '件'];
    put(doc, item.name, x0 + 3, y, 8, 'cjk');
    put(doc, specification, 186, y + 0.5, 7, 'Courier');
    put(doc, unit, 260, y, 8, 'cjk', 'center');
    put(doc, String(item.quantity), right(3), y + 0.5, 8, 'Courier', 'right');
    put(doc, unitPrice(item.amount, item.quantity), right(4), y + 0.5, 7, 'Courier', 'right');
    put(doc, item.amount.toFixed(2), right(5), y + 0.5, 8, 'Courier', 'right');
    put(doc, percent(rate), right(6), y + 0.5, 8, 'Courier', 'right');
    put(doc, round2(item.amount * rate).toFixed(2), right(7), y + 0.5, 8, 'Courier', 'right');
  });
  label('合　　　　计', (x0 + 182) / 2, sumTop + 5, 8.5, 'center');
  put(doc, `¥${Number(e['netAmount']).toFixed(2)}`, right(5), sumTop + 5, 8.5, 'Courier-Bold', 'right');
  put(doc, `¥${Number(e['taxAmount']).toFixed(2)}`, right(7), sumTop + 5, 8.5, 'Courier-Bold', 'right');
  label('价税合计（大写）', (x0 + 182) / 2, wordsTop + 6, 8.5, 'center');
  put(doc, `ⓧ${chineseCapitalAmount(Number(e['totalAmount']))}`, 190, wordsTop + 5.5, 9, 'cjk');
  label('（小写）', 404, wordsTop + 6, 8.5);
  put(doc, `¥${Number(e['totalAmount']).toFixed(2)}`, 444, wordsTop + 5.5, 9.5, 'Courier-Bold');
  partyBlock(seller, sellerTop);
  put(doc, `合同号：HT${digitsOf(number + 'contract', 6)}`, sideLabel + 22, sellerTop + 8, 8, 'cjk');
  put(doc, `出库单：CK${parts(String(e['issueDate'])).year}${digitsOf(number + 'out', 6)}`, sideLabel + 22, sellerTop + 22, 8, 'cjk');
  put(doc, `价款已于${chineseDay(plusDays(String(e['issueDate']), -3))}预收30%`, sideLabel + 22, sellerTop + 36, 8, 'cjk');
  const footY = bottom + 8;
  label('收款人：', x0 + 8, footY, 8.5); put(doc, pickBy(seller.name, clerks), x0 + 44, footY, 8.5, 'cjk');
  label('复核：', 160, footY, 8.5); put(doc, pickBy(buyer.name, clerks), 186, footY, 8.5, 'cjk');
  label('开票人：', 280, footY, 8.5); put(doc, pickBy(number, clerks), 316, footY, 8.5, 'cjk');
  label('销售方：（章）', 430, footY, 8.5);
  seal(doc, 470, bottom - 8, 46, 30, seller.name, seller.taxId, '发票专用章', { tilt: -3 + (t.index % 3) * 2 });
}

// ---------------------------------------------------------------------------------------------
// en-freight-forwarder-invoice

const forwarderTeal = '#0f5c5c';
const shippers = ['Ningbo Haitian Plastic Products Co., Ltd', 'Shenzhen Jiaxin Technology Co., Ltd', 'Suzhou Ruifeng Electronics Co., Ltd', 'Nanjing Jinling Bearing Co., Ltd'];
const vessels = ['CMA CGM JACQUES SAADE', 'EVER ACE', 'MSC GULSUN', 'HMM ALGECIRAS', 'OOCL HONG KONG'];
const ports: [string, string][] = [['Ningbo, CN', 'Felixstowe, GB'], ['Shanghai, CN', 'Southampton, GB'], ['Yantian, CN', 'London Gateway, GB'], ['Qingdao, CN', 'Felixstowe, GB']];
const chargeKinds = ['Sea freight FCL Asia–UK, DAP', 'UK haulage port to site, tail-lift', 'Customs clearance, port and terminal charges'];

function enFreightForwarderInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 42;
  const x1 = 553;
  const issued = String(e['issueDate']);
  const job = `IMP${digitsOf(seller.name + issued, 6)}`;
  const arrived = plusDays(issued, -(4 + (t.index % 4)));
  const [loading, discharge] = pickBy(buyer.name + issued, ports);
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);

  doc.save().rect(0, 0, 595, 8).fill(forwarderTeal).restore();
  put(doc, seller.name, x0, 30, 17, 'Helvetica-Bold', 'left', forwarderTeal);
  put(doc, 'International Freight Forwarding · Customs Brokerage · Warehousing', x0, 51, 8.5, 'Helvetica', 'left', '#444444');
  put(doc, `${seller.address} · T 0${digitsOf(seller.name, 4)} ${digitsOf(seller.address, 6)} · imports@${seller.name.split(' ')[0]?.toLowerCase()}freight.co.uk`, x0, 63, 7.5, 'Helvetica', 'left', '#444444');
  put(doc, 'SALES INVOICE', x1, 30, 15, 'Helvetica-Bold', 'right');
  put(doc, 'BIFA member · AEO certified', x1, 50, 7.5, 'Helvetica', 'right', '#444444');

  put(doc, 'Invoice to', x0, 92, 8, 'Helvetica-Bold', 'left', forwarderTeal);
  [buyer.name, 'Accounts Payable', buyerAt.street, buyerAt.town, `VAT Reg ${buyer.taxId}`].forEach((value, i) => put(doc, value, x0, 104 + i * 12, 9, i ? 'Helvetica' : 'Helvetica-Bold'));
  const references: [string, string][] = [['Invoice No.', String(e['invoiceNumber'])], ['Invoice date / tax point', slashDate(issued)], ['Account No.', `${buyer.name.slice(0, 4).toUpperCase()}${digitsOf(buyer.name, 3)}`], ['Our job ref.', job], ['Your ref.', `PO-${digitsOf(buyer.name + issued, 5)}`], ['Terms', '30 days from invoice date']];
  references.forEach(([name, value], i) => { put(doc, name, 330, 92 + i * 13, 8.5, 'Helvetica', 'left', '#444444'); put(doc, value, x1, 92 + i * 13, 8.5, 'Helvetica-Bold', 'right'); });

  // the shipment
  const sy = 182;
  box(doc, x0, sy, x1 - x0, 94, '#eef5f5');
  put(doc, 'SHIPMENT DETAILS', x0 + 6, sy + 5, 8, 'Helvetica-Bold', 'left', forwarderTeal);
  const shipment: [string, string][] = [
    ['Shipper', pickBy(seller.taxId, shippers)], ['Consignee', buyer.name],
    ['Vessel / voyage', `${pickBy(issued + seller.name, vessels)} / ${digitsOf(issued, 3)}W`], ['Bill of lading', `${pickBy(job, ['MEDU', 'CMDU', 'EGLV', 'HDMU'])}${digitsOf(job + 'bl', 8)}`],
    ['Port of loading', loading], ['Port of discharge', discharge],
    ['Container', `${pickBy(job, ['MSKU', 'TGHU', 'CAIU', 'TCLU'])}${digitsOf(job + 'ctr', 7)} 40HC`], ['Arrived', shortDay(arrived)],
    ['Customs entry (MRN)', `${String(parts(arrived).year).slice(2)}GB${digitsOf(job + 'mrn', 14)}`], ['Packages / gross weight', `${items.reduce((sum, item) => sum + item.quantity, 0)} ctns / ${digitsOf(job + 'kg', 4)} kg`],
  ];
  shipment.forEach(([name, value], i) => {
    const x = i % 2 ? 300 : x0 + 6;
    const y = sy + 20 + Math.floor(i / 2) * 14;
    put(doc, name, x, y, 7.5, 'Helvetica', 'left', '#444444');
    put(doc, value, x + 92, y, 8, 'Helvetica');
  });

  // the charges
  const rows = items.map((item, r) => [chargeKinds[r] ?? 'Additional services', `${item.quantity} x ${item.name}`, 'S', grouped(item.amount), grouped(round2(item.amount * rate))]);
  let y = grid(doc, [x0, 230, 390, 420, 490, x1], sy + 108, ['Charge', 'Goods', 'VAT\ncode', 'Net £', 'VAT £'], rows, ['left', 'left', 'center', 'right', 'right'], { font: 'Helvetica', size: 8, rowHeight: 17, headerHeight: 22, shade: '#d9e8e8', line: '#7a9a9a' });
  y += 12;
  const totals: [string, string, boolean][] = [['Total net', grouped(Number(e['netAmount'])), false], [`VAT @ ${percent(rate)} (code S)`, grouped(Number(e['taxAmount'])), false], [`Invoice total ${e['currency']}`, grouped(Number(e['totalAmount'])), true]];
  totals.forEach(([name, value, bold], i) => { put(doc, name, 360, y + i * 15, 9, bold ? 'Helvetica-Bold' : 'Helvetica'); put(doc, value, x1, y + i * 15, 9, bold ? 'Helvetica-Bold' : 'Helvetica', 'right'); });
  put(doc, 'VAT codes: S standard rated, Z zero rated, O outside the scope', x0, y, 7.5, 'Helvetica', 'left', '#444444');
  y += 58;

  // the disbursements, billed apart
  const dutyValue = round2(netOf(t) * 0.62);
  const duty = round2(dutyValue * 0.027);
  const importVat = round2((dutyValue + duty) * 0.2);
  box(doc, x0, y, x1 - x0, 44);
  put(doc, 'Disbursements', x0 + 6, y + 5, 8, 'Helvetica-Bold', 'left', forwarderTeal);
  wrap(doc, `Import duty £${grouped(duty)} and import VAT £${grouped(importVat)} on a customs value of £${grouped(dutyValue)} were paid on your behalf through our duty deferment account and are charged on disbursement invoice D${digitsOf(job + 'disb', 6)}, payable within 7 days. Import VAT is reclaimable only on your postponed or C79 statement.`, x1 - x0 - 12, 7.5, 'Helvetica')
    .forEach((value, i) => put(doc, value, x0 + 6, y + 17 + i * 9.5, 7.5, 'Helvetica'));
  y += 60;

  put(doc, 'Please pay by BACS quoting the invoice number', x0, y, 8.5, 'Helvetica-Bold');
  put(doc, `${seller.name} · Sort code ${digitsOf(seller.name, 2)}-${digitsOf(seller.taxId, 2)}-${digitsOf(seller.address, 2)} · Account ${digitsOf(seller.taxId + 'acct', 8)} · IBAN GB${digitsOf(seller.name + 'iban', 2)} NWBK ${digitsOf(seller.taxId + 'iban', 14)}`, x0, y + 13, 7.5, 'Helvetica');
  y += 36;
  wrap(doc, `All business is transacted under the current BIFA Standard Trading Conditions, which limit the company's liability and are available on request. ${seller.name}, registered in England No. ${digitsOf(seller.name + 'crn', 8)}, registered office ${sellerAt.street}, ${sellerAt.town}. VAT No. ${seller.taxId}.`, x1 - x0, 7, 'Helvetica')
    .forEach((value, i) => put(doc, value, x0, y + i * 9, 7, 'Helvetica', 'left', '#555555'));
}

// ---------------------------------------------------------------------------------------------
// cn-goods-accompanying-sheet

const sheetBlue = '#1f3f8f';
const makers = ['洛阳中创精密轴承有限公司', '江苏华能泵业有限公司', '常州恒力传动设备有限公司', '浙江力普重工机械有限公司'];
const dispatchers = ['郑丽', '何军', '吴晓峰', '马倩'];
const checkersCn = ['陈刚', '林芳', '唐明'];
const driversCn = ['赵师傅', '钱国庆', '孙建军', '冯涛'];
const plates = ['浙A', '沪B', '苏E', '浙B', '粤B'];

function cnGoodsAccompanyingSheet(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const x0 = 34;
  const x1 = 561;
  const shipped = String(e['deliveryDate']);
  const received = String(e['signatureDate']);
  const printedOn = plusDays(shipped, -1);

  put(doc, seller.name, 297, 30, 15, 'cjk', 'center');
  put(doc, '随 货 同 行 单', 297, 52, 17, 'cjk', 'center', sheetBlue);
  rule(doc, 220, 74, 374, 74, 0.8, sheetBlue);
  put(doc, `电话：0${digitsOf(seller.address, 3)}-${digitsOf(seller.name + 'tel', 8)}`, x1, 36, 8, 'cjk', 'right', '#555555');
  qrCode(doc, x0, 26, 44, `${e['deliveryNoteNumber']}${shipped}`);

  const head: [string, string, number, number][] = [
    ['收货单位：', buyer.name, x0, 88], ['单据编号：', String(e['deliveryNoteNumber']), 380, 88],
    ['收货地址：', buyer.address, x0, 103], ['订单号：', String(e['orderReference']), 380, 103],
    ['联 系 人：', `${pickBy(buyer.name, ['周经理', '王工', '仓库 刘主管', '李女士'])} 13${digitsOf(buyer.name + 'mob', 9)}`, x0, 118], ['发货日期：', chineseDate0(shipped), 380, 118],
    ['结算方式：', '月结60天', x0, 133], ['制单日期：', chineseDate0(printedOn), 380, 133],
  ];
  head.forEach(([name, value, x, y]) => { put(doc, name, x, y, 9, 'cjk', 'left', sheetBlue); put(doc, value, x + 54, y, 9, 'cjk'); });

  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const made = plusDays(shipped, -40 - r * 17);
    return [String(r + 1), name, specification, pickBy(name + seller.name, makers).replace('有限公司', ''), `${digitsOf(name + made, 2)}${made.replace(/-/g, '').slice(2)}`, made, plusDays(made, 1095), unit, String(item.quantity), (item.amount / item.quantity).toFixed(4), item.amount.toFixed(2)];
  });
  const totalQuantity = items.reduce((sum, item) => sum + item.quantity, 0);
  rows.push(['', '合计', '', '', '', '', '', '', String(totalQuantity), '', netOf(t).toFixed(2)]);
  let y = grid(doc, [x0, 52, 116, 170, 242, 286, 334, 382, 404, 440, 492, x1], 154, ['序号', '商品名称', '规格型号', '生产厂家', '批号', '生产日期', '有效期至', '单位', '数量', '单价', '金额'], rows, ['center', 'left', 'left', 'left', 'left', 'center', 'center', 'center', 'right', 'right', 'right'], { font: 'cjk', size: 7, rowHeight: 18, headerHeight: 20, shade: '#e6ebf5', line: '#6d7fa8' });
  y += 8;
  put(doc, `金额合计（大写）：${chineseCapitalAmount(netOf(t))}（不含税，以发票为准）`, x0, y, 8.5, 'cjk');
  put(doc, '储运条件：常温、防潮、防倒置；严禁抛掷', x0, y + 15, 8.5, 'cjk');
  y += 38;

  box(doc, x0, y, x1 - x0, 40);
  const transport: [string, string, number, number][] = [
    ['运输方式：', '自有车辆', x0 + 6, y + 7], ['车牌号：', `${pickBy(seller.address, plates)}${digitsOf(seller.name + shipped, 5)}`, 190, y + 7], ['驾驶员：', pickBy(shipped + seller.name, driversCn), 380, y + 7],
    ['启运时间：', `${chineseDate0(shipped)} 08:${digitsOf(shipped, 2).replace(/^[6-9]/, '3')}`, x0 + 6, y + 23], ['到达时间：', '', 190, y + 23], ['件数：', `${Math.ceil(totalQuantity / 20)}箱`, 380, y + 23],
  ];
  transport.forEach(([name, value, x, yy]) => { put(doc, name, x, yy, 8.5, 'cjk', 'left', sheetBlue); if (value) put(doc, value, x + 50, yy, 8.5, 'cjk'); });
  handwrittenLine(doc, `${dottedDate(shipped)} 15:${digitsOf(received, 2).replace(/^[6-9]/, '2')}`, 242, y + 22, 10);
  y += 58;

  const foot: [string, string][] = [['发货人：', pickBy(seller.name, dispatchers)], ['复核人：', pickBy(seller.taxId, checkersCn)], ['保管员：', pickBy(shipped, dispatchers)]];
  foot.forEach(([name, value], i) => { put(doc, name, x0 + i * 120, y, 9, 'cjk', 'left', sheetBlue); put(doc, value, x0 + i * 120 + 46, y, 9, 'cjk'); });
  y += 26;
  box(doc, x0, y, x1 - x0, 86);
  put(doc, '收货单位确认（货物数量、包装、批号核对无误后签收）', x0 + 6, y + 6, 9, 'cjk', 'left', sheetBlue);
  put(doc, '收货人签字：', x0 + 6, y + 34, 9, 'cjk', 'left', sheetBlue);
  handwrittenLine(doc, String(e['signedBy']), x0 + 72, y + 29, 16);
  put(doc, '收货日期：', x0 + 6, y + 60, 9, 'cjk', 'left', sheetBlue);
  handwritten(doc, dottedDate(received), x0 + 62, y + 56, 13, 'Times-Italic');
  put(doc, '收货单位（盖章）：', 300, y + 34, 9, 'cjk', 'left', sheetBlue);
  seal(doc, 470, y + 44, 40, 40, buyer.name, null, '仓库收货专用章', { tilt: 6 - (t.index % 4) * 3 });
  y += 98;
  put(doc, '注：收货时请当面清点，如有短缺、破损请在本单注明并于24小时内联系我司客服 400-8' + digitsOf(seller.name, 2) + '-' + digitsOf(seller.taxId, 4) + '。', x0, y, 7.5, 'cjk', 'left', '#555555');
  vertical(doc, '一联存根白　二联随货同行红　三联客户留存黄', 575, 150, 10.5, 7.5, 'cjk', sheetBlue);
}

/** 2025-03-05, as a warehouse system prints dates */
const chineseDate0 = (iso: string) => iso;

// ---------------------------------------------------------------------------------------------
// en-accepted-quotation

const quoteGreen = '#2d5f2d';
const stampViolet = '#5b3a9b';
const estimators = ['Rachel Moore', 'Tom Bradley', 'Priya Shah', 'Gareth Hughes'];

function enAcceptedQuotation(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 50;
  const x1 = 545;
  const signed = String(e['signingDate']);
  const quoted = plusDays(signed, -(9 + (t.index % 3) * 5));
  const validUntil = plusDays(quoted, 30);
  const stampDate = plusDays(signed, 2);
  const quoteNo = `Q${String(parts(quoted).year).slice(2)}-${digitsOf(seller.name + quoted, 4)}`;
  const estimator = pickBy(seller.name + buyer.name, estimators);
  const net = netOf(t);
  const total = Number(e['amount']);
  const buyerAt = splitAddress(buyer);

  put(doc, seller.name.toUpperCase(), x0, 36, 15, 'Times-Bold', 'left', quoteGreen);
  put(doc, `${seller.address} · Telephone 0${digitsOf(seller.name, 4)} ${digitsOf(seller.address, 6)} · VAT Reg. No. ${seller.taxId}`, x0, 55, 7.5, 'Helvetica', 'left', '#444444');
  rule(doc, x0, 68, x1, 68, 1.2, quoteGreen);
  put(doc, 'QUOTATION', x1, 80, 18, 'Times-Bold', 'right', quoteGreen);
  [buyer.name, `For the attention of the Purchasing Manager`, buyerAt.street, buyerAt.town].forEach((value, i) => put(doc, value, x0, 84 + i * 13, 9.5, i ? 'Times-Roman' : 'Times-Bold'));
  const refs: [string, string][] = [['Quotation No.', quoteNo], ['Date', fullDate(quoted)], ['Valid until', fullDate(validUntil)], ['Your enquiry', `RFQ/${digitsOf(buyer.name + quoted, 4)}`], ['Prepared by', estimator]];
  refs.forEach(([name, value], i) => { put(doc, name, 360, 108 + i * 13, 9, 'Times-Roman', 'left', '#444444'); put(doc, value, x1, 108 + i * 13, 9, 'Times-Bold', 'right'); });

  put(doc, 'Dear Sirs,', x0, 186, 10, 'Times-Roman');
  wrap(doc, 'Thank you for your enquiry. We are pleased to quote as follows for the supply of the goods below, subject to our Conditions of Sale overleaf. Prices are in pounds sterling and exclude VAT unless stated.', x1 - x0, 10, 'Times-Roman')
    .forEach((value, i) => put(doc, value, x0, 202 + i * 13, 10, 'Times-Roman'));
  const rows = items.map((item, r) => [String(r + 1), item.name, String(item.quantity), grouped(round2(item.amount / item.quantity)), grouped(item.amount)]);
  let y = grid(doc, [x0, 76, 300, 350, 440, x1], 240, ['Item', 'Description', 'Qty', 'Unit price', 'Net'], rows, ['center', 'left', 'right', 'right', 'right'], { font: 'Times-Roman', size: 9, rowHeight: 17, headerHeight: 19, shade: '#e4eee4', line: '#7f9f7f' });
  y += 8;
  const totals: [string, string, boolean][] = [['Total net', grouped(net), false], [`VAT at ${percent(rate)}`, grouped(round2(total - net)), false], ['Total including VAT', `£${grouped(total)}`, true]];
  totals.forEach(([name, value, bold], i) => { put(doc, name, 350, y + i * 14, 9.5, bold ? 'Times-Bold' : 'Times-Roman'); put(doc, value, x1, y + i * 14, 9.5, bold ? 'Times-Bold' : 'Times-Roman', 'right'); });
  y += 52;
  const terms: [string, string][] = [
    ['Delivery', `4–6 weeks from receipt of your signed acceptance, carriage paid to ${buyerAt.town || 'your premises'}.`],
    ['Payment', `30% (£${grouped(round2(total * 0.3))}) with order, balance 30 days from invoice.`],
    ['Warranty', '12 months from delivery, parts only.'],
  ];
  terms.forEach(([name, value], i) => { put(doc, name, x0, y + i * 14, 9.5, 'Times-Bold'); put(doc, value, x0 + 70, y + i * 14, 9.5, 'Times-Roman'); });
  y += 48;
  put(doc, `Yours faithfully, ${estimator}, Sales Estimator, for ${seller.name}`, x0, y, 9.5, 'Times-Italic');
  y += 24;

  // the acceptance, returned signed
  doc.save().lineWidth(1).strokeColor(quoteGreen).dash(4, { space: 3 }).rect(x0, y, x1 - x0, 164).stroke().undash().restore();
  put(doc, 'ACCEPTANCE — sign and return to place your order', x0 + 8, y + 8, 10, 'Times-Bold', 'left', quoteGreen);
  wrap(doc, `We accept this quotation ${quoteNo} and order the goods above at the total price of £${grouped(total)} including VAT on the Conditions of Sale of ${seller.name}, which together with this quotation form the contract between us.`, x1 - x0 - 16, 9.5, 'Times-Roman')
    .forEach((value, i) => put(doc, value, x0 + 8, y + 26 + i * 12.5, 9.5, 'Times-Roman'));
  put(doc, `For and on behalf of ${buyer.name}`, x0 + 8, y + 66, 9.5, 'Times-Bold');
  const person = pickBy(buyer.name + signed, ['Emily Carter', 'James Wilson', 'Sophie Turner', 'Daniel Evans']);
  put(doc, 'Signed', x0 + 8, y + 96, 9, 'Times-Roman'); rule(doc, x0 + 50, y + 106, x0 + 230, y + 106, 0.5, '#555555', 1.5);
  signature(doc, person, x0 + 58, y + 82, false);
  put(doc, 'Name', x0 + 8, y + 118, 9, 'Times-Roman'); rule(doc, x0 + 50, y + 128, x0 + 230, y + 128, 0.5, '#555555', 1.5);
  handwritten(doc, person.toUpperCase(), x0 + 56, y + 114, 11, 'Helvetica-Oblique');
  put(doc, 'Date', x0 + 8, y + 138, 9, 'Times-Roman'); rule(doc, x0 + 50, y + 148, x0 + 150, y + 148, 0.5, '#555555', 1.5);
  handwritten(doc, handDate(signed), x0 + 56, y + 132, 13, 'Times-Italic');

  // the supplier's stamp on receipt
  const sx = 340;
  const sy = y + 74;
  doc.save().rotate(-1.5, { origin: [sx + 90, sy + 30] }).opacity(0.8).lineWidth(1.4).strokeColor(stampViolet).rect(sx, sy, 185, 64).stroke().restore();
  doc.save().rotate(-1.5, { origin: [sx + 90, sy + 30] });
  put(doc, 'ORDER ACCEPTED', sx + 92, sy + 6, 11, 'Helvetica-Bold', 'center', stampViolet);
  put(doc, `Contract No. ${e['contractNumber']}`, sx + 92, sy + 24, 9.5, 'Courier-Bold', 'center', stampViolet);
  put(doc, `Received ${shortDay(stampDate).toUpperCase()}`, sx + 92, sy + 40, 8.5, 'Courier-Bold', 'center', stampViolet);
  doc.restore();
  put(doc, `Registered in England and Wales No. ${digitsOf(seller.name + 'reg', 8)} · ${seller.name} · E&OE`, 297, 800, 7, 'Helvetica', 'center', '#666666');
}

export const heldOut18Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-vat-e-special-invoice-ukey': cnVatESpecialInvoiceUkey,
  'en-freight-forwarder-invoice': enFreightForwarderInvoice,
  'cn-goods-accompanying-sheet': cnGoodsAccompanyingSheet,
  'en-accepted-quotation': enAcceptedQuotation,
};

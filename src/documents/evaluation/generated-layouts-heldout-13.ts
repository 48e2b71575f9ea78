import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, months, parts, pickBy, put, rule, splitAddress, wrap, type Font } from './generated-layouts-heldout-4';
import { handwritten, itemName, round2, specifications, wrapChinese } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';
import { barcode, plusDays } from './generated-layouts-heldout-11';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-erp-receivable-invoice-bill: the 销售发票 bill of a Kingdee / Yonyou-style ERP's receivables
 *    module, printed from the screen: shaded caption cells beside value cells, four to a row, the
 *    bill's own 单据编号 beside the 发票号, 业务日期 / 到期日 / 审核日期 around the 发票日期, a detail
 *    grid with 含税单价 and 价税合计 per line, a 收款计划 and the workflow's names, under an 已审核 mark;
 *  - en-trade-counter-till-invoice: a builders' or engineering merchant's trade-counter till slip, a
 *    full VAT invoice for an account customer on an 80 mm thermal roll: monospaced, labels and
 *    values on dotted lines, the VAT analysis by rate code, tendered ON ACCOUNT, a barcode, and the
 *    collector's signature;
 *  - en-pallet-consignment-receipt: a British pallet network's consignment note and proof of
 *    delivery: the member depots and the hub, the service ticked, pallets by size, the sender's
 *    delivery note and order numbers among the network's own, the driver's signature and the
 *    consignee's, dated by hand, received clean or claused, over the carriage conditions' small print;
 *  - en-purchase-agreement-whereas: a US-drafted purchase agreement between British companies: the
 *    date written out in the opening paragraph ("as of March 4, 2025"), WHEREAS recitals, defined
 *    terms in quotes, numbered sections with other sums and dates, Exhibit A of the products, and
 *    By / Name / Title / Date blocks signed and dated by hand in the American way (3/4/2025).
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
/** 05/03/2025 */
const ukSlash = (iso: string) => `${pad2(parts(iso).day)}/${pad2(parts(iso).month)}/${parts(iso).year}`;
/** Tue 4 Mar 2025 */
const weekdayDate = (iso: string) => `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${parts(iso).day} ${months[parts(iso).month - 1]} ${parts(iso).year}`;
/** March 4, 2025 */
const americanDate = (iso: string) => `${fullMonths[parts(iso).month - 1]} ${parts(iso).day}, ${parts(iso).year}`;
/** 3/4/2025, month first, as an American hand dates a signature */
const americanHand = (iso: string) => `${parts(iso).month}/${parts(iso).day}/${parts(iso).year}`;

// ---------------------------------------------------------------------------------------------
// cn-erp-receivable-invoice-bill

const erpBlue = '#2d5f8b';
const caption = '#e8eef5';
const makersCn = ['王丽', '陈晓燕', '钱佳', '邱雯', '卢静'];
const approvers = ['孙国平', '蔡明', '胡海涛', '姚军'];
const salesDepts = ['华东销售部', '华南销售部', '大客户部', '销售一部'];
const materialCodes: Record<string, string> = { 深沟球轴承: '03.01.0205', 液压泵: '03.02.0316', 法兰盘: '03.05.0050', 控制电缆: '03.07.0715', 减速电机: '03.02.0037' };

function cnErpReceivableInvoiceBill(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate, dueDate } = t.extras;
  const x0 = 30;
  const x1 = 565;
  const issued = String(e['issueDate']);
  const billNo = `AR${issued.replace(/-/g, '').slice(2, 6)}${digitsOf(String(e['invoiceNumber']), 5)}`;
  const business = plusDays(issued, -(1 + (t.index % 3)));
  const approved = plusDays(issued, 1 + (t.index % 2));

  // the print head: the organisation, the bill's name, the approval mark
  put(doc, seller.name, 297, 30, 13, 'cjk', 'center');
  put(doc, '销售增值税专用发票', 297, 50, 16, 'cjk', 'center', erpBlue);
  rule(doc, 222, 72, 372, 72, 0.8, erpBlue);
  put(doc, `打印日期：${approved}　打印次数：${1 + (t.index % 2)}`, x0, 66, 8, 'cjk', 'left', '#555555');
  put(doc, '第 1 页 / 共 1 页', x1, 66, 8, 'cjk', 'right', '#555555');
  doc.save().rotate(-12, { origin: [500, 40] }).opacity(0.75).lineWidth(1.6).strokeColor('#c0392b').roundedRect(462, 26, 78, 28, 4).stroke();
  doc.font('cjk').fontSize(14).fillColor('#c0392b').text('已 审 核', 472, 32, { lineBreak: false });
  doc.restore();

  // the header: caption cells and value cells, two pairs to a row
  const fields: [string, string, Font][][] = [
    [['单据编号', billNo, 'Helvetica'], ['单据类型', '增值税专用发票', 'cjk']],
    [['发票号', String(e['invoiceNumber']), 'Helvetica'], ['发票日期', issued, 'Helvetica']],
    [['业务日期', business, 'Helvetica'], ['到期日', dueDate, 'Helvetica']],
    [['客户', buyer.name, 'cjk'], ['客户税号', buyer.taxId, 'Helvetica']],
    [['结算组织', seller.name, 'cjk'], ['本企业税号', seller.taxId, 'Helvetica']],
    [['销售部门', pickBy(seller.name + buyer.name, salesDepts), 'cjk'], ['销售员', pickBy(buyer.taxId, ['方敏', '罗斌', '黎晓', '宋涛']), 'cjk']],
    [['币别', '人民币', 'cjk'], ['汇率', '1.000000', 'Helvetica']],
    [['收款条件', '月结30天', 'cjk'], ['价税合计', grouped(Number(e['totalAmount'])), 'Helvetica']],
  ];
  const half = (x1 - x0) / 2;
  const captionW = 66;
  const rowH = 19;
  fields.forEach((row, r) => row.forEach(([name, value, font], c) => {
    const x = x0 + c * half;
    const y = 84 + r * rowH;
    box(doc, x, y, captionW, rowH, caption);
    box(doc, x + captionW, y, half - captionW, rowH);
    put(doc, name, x + 6, y + 5, 8.5, 'cjk', 'left', '#333333');
    put(doc, value, x + captionW + 6, y + 5, 9, font);
  }));
  let y = 84 + fields.length * rowH + 14;

  // the detail grid
  put(doc, '明细信息', x0, y, 9.5, 'cjk', 'left', erpBlue);
  y += 14;
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const tax = round2(item.amount * rate);
    return [String(r + 1), materialCodes[name] ?? '', name, specification, unit, String(item.quantity), (round2(item.amount + tax) / item.quantity).toFixed(6), String(Math.round(rate * 100)), grouped(item.amount), grouped(tax), grouped(round2(item.amount + tax))];
  });
  rows.push(['合计', '', '', '', '', String(items.reduce((sum, item) => sum + item.quantity, 0)), '', '', grouped(Number(e['netAmount'])), grouped(Number(e['taxAmount'])), grouped(Number(e['totalAmount']))]);
  y = grid(doc, [x0, 54, 110, 168, 232, 256, 292, 346, 378, 444, 500, x1], y, ['序号', '物料编码', '物料名称', '规格型号', '计价\n单位', '计价\n数量', '含税单价', '税率\n(%)', '不含税金额', '税额', '价税合计'], rows, ['center', 'left', 'left', 'left', 'center', 'right', 'right', 'right', 'right', 'right', 'right'], { font: 'cjk', size: 8, rowHeight: 18, headerHeight: 24, shade: caption, line: '#6f8aa6' });
  y += 8;
  put(doc, `价税合计（大写）：${chineseCapitalAmount(Number(e['totalAmount']))}`, x0, y, 9, 'cjk');
  y += 22;

  // the collection plan and the source documents
  put(doc, '收款计划', x0, y, 9.5, 'cjk', 'left', erpBlue);
  y += 14;
  const deposit = round2(Number(e['totalAmount']) * 0.3);
  y = grid(doc, [x0, 70, 170, 270, 370, x1], y, ['序号', '到期日', '应收比例(%)', '应收金额', '备注'], [
    ['1', plusDays(issued, 15), '30', grouped(deposit), '预收款核销'],
    ['2', dueDate, '70', grouped(round2(Number(e['totalAmount']) - deposit)), '月结'],
  ], ['center', 'left', 'right', 'right', 'left'], { font: 'cjk', size: 8, rowHeight: 17, headerHeight: 17, shade: caption, line: '#6f8aa6' });
  y += 12;
  const notes = [
    `源单类型：销售出库单　源单编号：XSCKD${issued.replace(/-/g, '').slice(0, 6)}${digitsOf(billNo, 4)}　关联合同：XSHT-${issued.slice(0, 4)}-${digitsOf(buyer.name, 3)}`,
    `备注：本单据由销售出库单下推生成，已于${approved}传递金税系统开具；开票资料以客户${buyer.name.slice(0, 4)}提供的开票信息为准。`,
  ];
  notes.forEach((note) => wrapChinese(doc, note, x1 - x0, 8.5).forEach((line) => { put(doc, line, x0, y, 8.5, 'cjk'); y += 13; }));
  y += 10;
  rule(doc, x0, y, x1, y, 0.5, '#999999');
  y += 8;
  [['制单人', pickBy(billNo, makersCn)], ['创建日期', business], ['审核人', pickBy(seller.taxId, approvers)], ['审核日期', approved]].forEach(([name, value], i) => {
    put(doc, `${name}：${value}`, x0 + i * 134, y, 8.5, 'cjk', 'left', '#333333');
  });
}

// ---------------------------------------------------------------------------------------------
// en-trade-counter-till-invoice

const operators = ['Dave', 'Karen', 'Mo', 'Jess', 'Lewis'];
const collectors = ['T. Rowe', 'Sam Okoro', 'P. Bennett', 'Liam Hughes', 'D. Kowalski'];
const tillCodes: Record<string, string> = { 'Deep groove ball bearing': '6205RS', 'Hydraulic pump unit': 'HPU316', 'Steel flange DN50': 'FLG050', 'Control cable 5 m': 'CY7G15', 'Gear motor 0.75 kW': 'GM075R' };

function enTradeCounterTillInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const sellerAt = splitAddress(seller);
  const left = 176;
  const width = 243;
  const chars = 40;
  const size = 8.6;
  const number = String(e['invoiceNumber']);
  const issued = String(e['issueDate']);
  const account = `${(buyer.name.replace(/[^A-Z]/g, '') + 'XX').slice(0, 3)}${digitsOf(buyer.taxId, 3)}`;

  // the roll of paper on the page, a little grey, torn at the foot
  const top = 30;
  const rollBottom = 806;
  doc.save().rect(left - 12, top, width + 24, rollBottom - top).fill('#f6f5f0').restore();
  doc.save().lineWidth(0.4).strokeColor('#bbbbbb').rect(left - 12, top, width + 24, rollBottom - top).stroke().restore();
  let y = top + 18;
  const mono = (value: string, align: 'left' | 'center' | 'right' = 'left', font: Font = 'Courier', s = size) => {
    const x = align === 'left' ? left : align === 'right' ? left + width : left + width / 2;
    put(doc, value, x, y, s, font, align);
    y += s + 3;
  };
  /** A label at the left, a value at the right, dots between, as till slips set them. */
  const pair = (label: string, value: string, font: Font = 'Courier') => {
    const dots = Math.max(1, chars - label.length - value.length);
    mono(`${label}${'.'.repeat(dots - 1)} ${value}`, 'left', font);
  };
  const dash = () => mono('-'.repeat(chars));

  mono(seller.name, 'center', 'Courier-Bold', 10);
  mono('TRADE COUNTER', 'center');
  mono(sellerAt.street, 'center');
  mono(sellerAt.town, 'center');
  mono(`Tel 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 3)} ${digitsOf(seller.taxId, 4)}`, 'center');
  mono(`VAT Reg No: ${seller.taxId}`, 'center');
  dash();
  mono('VAT INVOICE', 'center', 'Courier-Bold', 11);
  mono('** ACCOUNT SALE **', 'center');
  dash();
  pair('Invoice', number);
  pair('Date', ukSlash(issued));
  pair('Time', `${pad2(7 + (t.index % 10))}:${pad2(3 + t.index * 7)}`);
  pair('Branch/Till', `${digitsOf(seller.name, 2)}/${1 + (t.index % 4)}`);
  pair('Served by', pickBy(number, operators));
  dash();
  mono('CUSTOMER');
  pair('Account', account);
  mono(buyer.name, 'left', 'Courier-Bold');
  mono(buyer.address);
  mono(`Cust VAT No: ${buyer.taxId}`);
  pair('Your ref', `JOB ${digitsOf(buyer.name + issued, 4)}`);
  dash();
  items.forEach((item) => {
    mono(`${tillCodes[item.name] ?? 'MISC'} ${item.name}`.slice(0, chars));
    const priced = `${item.quantity} @ ${grouped(item.amount / item.quantity)}`;
    const amount = `${grouped(item.amount)} S`;
    mono(`   ${priced}${' '.repeat(Math.max(1, chars - 3 - priced.length - amount.length))}${amount}`);
  });
  dash();
  pair('Goods (excl. VAT)', grouped(Number(e['netAmount'])));
  pair(`VAT @ ${Math.round(rate * 100)}%`, grouped(Number(e['taxAmount'])));
  mono('='.repeat(chars));
  pair(`TOTAL ${e['currency']}`, grouped(Number(e['totalAmount'])), 'Courier-Bold');
  mono('='.repeat(chars));
  pair('Tendered: ON ACCOUNT', grouped(Number(e['totalAmount'])));
  pair('Change', '0.00');
  dash();
  mono('VAT ANALYSIS');
  mono('Code Rate      Net         VAT');
  const net = grouped(Number(e['netAmount']));
  const vat = grouped(Number(e['taxAmount']));
  mono(`S    ${`${Math.round(rate * 100)}.0%`.padEnd(6)}${net.padStart(10)}${vat.padStart(12)}`);
  mono(`Z    ${'0.0%'.padEnd(6)}${'0.00'.padStart(10)}${'0.00'.padStart(12)}`);
  dash();
  pair('Items', String(items.length));
  pair('Units', String(items.reduce((sum, item) => sum + item.quantity, 0)));
  mono(`Payment due ${ukSlash(plusDays(issued, 30))}`);
  mono('(30 days from date of invoice)');
  dash();
  mono('Goods collected by:');
  y += 14;
  signature(doc, pickBy(buyer.name + number, collectors), left + 40, y - 14, false);
  y += 12;
  mono(`Sign ${'.'.repeat(chars - 5)}`);
  y += 4;
  wrap(doc, `Goods remain the property of ${seller.name} until paid for in full. Returns accepted within 28 days with this slip; special orders and cut cable cannot be returned. E&OE.`, width, 7.4, 'Courier').forEach((line) => mono(line, 'left', 'Courier', 7.4));
  y += 6;
  barcode(doc, left + 30, y, width - 60, 26, number);
  y += 30;
  mono(number.replace(/-/g, ''), 'center');
  mono('THANK YOU FOR YOUR CUSTOM', 'center');
  mono(`${ukSlash(issued)} ${pad2(7 + (t.index % 10))}:${pad2(4 + t.index * 7)} #${digitsOf(number, 6)}`, 'center', 'Courier', 7.4);
}

// ---------------------------------------------------------------------------------------------
// en-pallet-consignment-receipt

const networkRed = '#b3261e';
const networks = ['PalletLink', 'Pallet-Net UK', 'Freightline Pallets'];
const hauliers = ['Calder Valley Haulage Ltd', 'Severnside Transport Ltd', 'Humber Freight Services Ltd', 'Pennine Express Ltd'];
const drivers = ['Gary Holt', 'Steve Marsh', 'Kieran Doyle', 'Paul Ainsworth', 'Lee Barton'];
const hubs = ['Midlands Hub, Burton', 'Central Hub, Lutterworth', 'Northern Hub, Wakefield'];

function enPalletConsignmentReceipt(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const sellerAt = splitAddress(seller);
  const buyerAt = splitAddress(buyer);
  const x0 = 36;
  const x1 = 559;
  const network = pickBy(seller.name, networks);
  const collecting = pickBy(seller.address, hauliers);
  const delivering = pickBy(buyer.address + 'd', hauliers.filter((h) => h !== collecting));
  const consignment = `${network.slice(0, 2).toUpperCase()}${digitsOf(String(e['deliveryNoteNumber']), 9)}`;
  const delivered = String(e['deliveryDate']);
  const collected = plusDays(delivered, -1);
  const driver = pickBy(consignment, drivers);

  // the network's head, the note's title and the consignment barcode
  doc.save().rect(x0, 30, 120, 36).fill(networkRed).restore();
  doc.font('Helvetica-Bold').fontSize(11);
  const markSize = Math.min(11, (11 * 108) / doc.widthOfString(network.toUpperCase()));
  put(doc, network.toUpperCase(), x0 + 60, 38 + (11 - markSize) / 2, markSize, 'Helvetica-Bold', 'center', '#ffffff');
  put(doc, 'pallet network', x0 + 60, 52, 7.5, 'Helvetica-Oblique', 'center', '#ffffff');
  put(doc, 'CONSIGNMENT NOTE & PROOF OF DELIVERY', 168, 33, 12, 'Helvetica-Bold');
  put(doc, `Collecting member: ${collecting} (Depot ${digitsOf(collecting, 3)})`, 168, 50, 7.5, 'Helvetica');
  put(doc, `Delivering member: ${delivering} (Depot ${digitsOf(delivering, 3)})   Hub: ${pickBy(consignment, hubs)}`, 168, 60, 7.5, 'Helvetica');
  barcode(doc, 430, 74, 129, 24, consignment);
  put(doc, `Consignment ${consignment}`, 494.5, 101, 8, 'Courier-Bold', 'center');

  // the service, ticked
  const services = ['Premium 24h', 'Economy 48h', 'AM Delivery', 'Timed'];
  const chosen = t.index % 2 === 0 ? 0 : 1;
  put(doc, 'SERVICE', x0, 78, 7.5, 'Helvetica-Bold', 'left', networkRed);
  services.forEach((service, i) => {
    const x = x0 + i * 92;
    box(doc, x, 90, 9, 9);
    if (i === chosen) put(doc, 'X', x + 1.5, 90.5, 9, 'Helvetica-Bold');
    put(doc, service, x + 13, 91, 8.5, 'Helvetica');
  });
  put(doc, `Tail-lift: ${t.index % 3 === 0 ? 'YES' : 'NO'}    Booking-in ref: ${digitsOf(buyer.name + delivered, 6)}`, x0, 106, 8, 'Helvetica');

  // sender and consignee boxes
  const partyBox = (title: string, lines: string[], x: number) => {
    box(doc, x, 122, 255, 78);
    doc.save().rect(x, 122, 255, 13).fill('#f3dcda').restore();
    rule(doc, x, 135, x + 255, 135, 0.5);
    put(doc, title, x + 5, 125.5, 7.5, 'Helvetica-Bold', 'left', networkRed);
    lines.forEach((value, i) => put(doc, value, x + 6, 141 + i * 12, 9, i ? 'Helvetica' : 'Helvetica-Bold'));
  };
  partyBox('SENDER (COLLECTION ADDRESS)', [seller.name, sellerAt.street, `${sellerAt.town}`, `Contact: Despatch ${digitsOf(seller.name, 4)}`], x0);
  partyBox('CONSIGNEE (DELIVERY ADDRESS)', [buyer.name, 'Goods In', buyerAt.street, buyerAt.town], x1 - 255);

  // the references, the sender's among the network's
  const references: [string, string][] = [
    ['Sender\'s delivery note', String(e['deliveryNoteNumber'])],
    ['Customer order no.', String(e['orderReference'])],
    ['Collection date', weekdayDate(collected)],
    ['Delivery date', weekdayDate(delivered)],
    ['Account', `${digitsOf(seller.taxId, 5)}`],
    ['Manifest', `M${digitsOf(consignment + 'm', 7)}`],
  ];
  references.forEach(([name, value], i) => {
    const x = x0 + (i % 3) * 174.3;
    const y = 210 + Math.floor(i / 3) * 30;
    box(doc, x, y, 174.3, 30);
    put(doc, name, x + 5, y + 4, 7, 'Helvetica', 'left', '#555555');
    put(doc, value, x + 5, y + 15, 9.5, 'Helvetica-Bold');
  });

  // the pallets
  const sizes = ['Full', 'Half', 'Quarter', 'Micro'];
  const rows = items.map((item, r) => {
    const kg = Math.round(item.quantity * (4 + Number(digitsOf(item.name, 1))));
    const pallets = Math.max(1, Math.ceil(kg / 1000));
    return [String(r + 1), pickBy(item.name, sizes), String(pallets), String(kg), item.name, `${item.quantity} units, shrink-wrapped`];
  });
  while (rows.length < 4) rows.push(['', '', '', '', '', '']);
  let y = grid(doc, [x0, 62, 126, 170, 226, 380, x1], 280, ['No.', 'Pallet size', 'Qty', 'Kg', 'Description of goods', 'Marks / packing'], rows, ['center', 'left', 'right', 'right', 'left', 'left'], { font: 'Helvetica', size: 8.5, rowHeight: 17, headerHeight: 16, shade: '#f3dcda', line: '#777777' });
  put(doc, 'Dangerous goods: NONE DECLARED    Non-stackable: NO    Cash on delivery: NIL', x0, y + 6, 7.5, 'Helvetica', 'left', '#555555');
  y += 24;

  // collection and delivery signatures
  box(doc, x0, y, 200, 110);
  doc.save().rect(x0, y, 200, 14).fill('#f3dcda').restore();
  put(doc, 'COLLECTED BY (DRIVER)', x0 + 5, y + 3.5, 7.5, 'Helvetica-Bold', 'left', networkRed);
  put(doc, 'Signature', x0 + 6, y + 36, 7.5, 'Helvetica', 'left', '#555555');
  signature(doc, driver, x0 + 52, y + 22, false);
  put(doc, `Vehicle reg: ${pickBy(driver, ['YX19', 'BN21', 'PO68', 'LK70'])} ${pickBy(consignment, ['KTD', 'HVW', 'FRA', 'OPL'])}`, x0 + 6, y + 64, 8, 'Helvetica');
  put(doc, `Collected ${ukSlash(collected)}  Pallets: ${rows.reduce((sum, row) => sum + (Number(row[2]) || 0), 0)}`, x0 + 6, y + 80, 8, 'Helvetica');
  box(doc, x0 + 210, y, x1 - x0 - 210, 110);
  doc.save().rect(x0 + 210, y, x1 - x0 - 210, 14).fill('#f3dcda').restore();
  put(doc, 'RECEIVED BY CONSIGNEE', x0 + 215, y + 3.5, 7.5, 'Helvetica-Bold', 'left', networkRed);
  const cx = x0 + 216;
  box(doc, cx, y + 20, 8, 8);
  put(doc, 'Received in good condition', cx + 12, y + 20.5, 7.5, 'Helvetica');
  box(doc, cx + 150, y + 20, 8, 8);
  put(doc, 'Received claused (state damage)', cx + 162, y + 20.5, 7.5, 'Helvetica');
  doc.save().lineWidth(1.3).strokeColor('#1a2a6c').moveTo(cx + 1, y + 24).lineTo(cx + 4, y + 28).lineTo(cx + 10, y + 17).stroke().restore();
  put(doc, 'Signature', cx, y + 46, 7.5, 'Helvetica', 'left', '#555555');
  rule(doc, cx + 44, y + 56, cx + 200, y + 56, 0.5, '#888888');
  signature(doc, String(e['signedBy']), cx + 58, y + 36, false);
  put(doc, 'Print name', cx, y + 70, 7.5, 'Helvetica', 'left', '#555555');
  handwritten(doc, String(e['signedBy']), cx + 50, y + 67, 11, 'Helvetica-Oblique');
  put(doc, 'Date', cx, y + 92, 7.5, 'Helvetica', 'left', '#555555');
  handwritten(doc, ukSlash(String(e['signatureDate'])), cx + 30, y + 88, 12.5, 'Times-Italic');
  put(doc, 'Time', cx + 150, y + 92, 7.5, 'Helvetica', 'left', '#555555');
  handwritten(doc, `${pad2(8 + (t.index % 9))}.${pad2(10 + t.index * 5)}`, cx + 174, y + 88, 12.5, 'Times-Italic');
  y += 122;

  // the conditions
  const conditions = [
    `All goods are carried subject to the Road Haulage Association Conditions of Carriage 2020, copies of which are available on request. Liability is limited to £1,300 per tonne unless a higher value is declared in writing before collection.`,
    `The consignee must note any visible damage or shortage on this document at the time of delivery. Concealed damage must be notified to the delivering member within 3 days of delivery and a claim made in writing within 7 days; the network does not accept claims where the goods have been signed for as received in good condition.`,
    `Re-delivery after a failed attempt is charged at £45.00 per pallet. Proof of delivery images are available online for 90 days from ${ukSlash(delivered)} at the network's customer portal.`,
  ];
  conditions.forEach((condition) => wrap(doc, condition, x1 - x0, 7, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 7, 'Helvetica', 'left', '#555555'); y += 9; }));
  put(doc, `${network} is a trading name. Consignment ${consignment} · Copy 3 — POD`, 297, 806, 6.5, 'Helvetica', 'center', '#777777');
}

// ---------------------------------------------------------------------------------------------
// en-purchase-agreement-whereas

const officers = ['Richard Hale', 'Helen Cooper', 'Andrew Shaw', 'Fiona Blake', 'Mark Jennings', 'Claire Whitmore', 'Tom Ashworth', 'Nina Rhodes'];
const titles = ['Director', 'Chief Executive Officer', 'Chief Financial Officer', 'VP, Procurement', 'Managing Director'];

function enPurchaseAgreementWhereas(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 62;
  const x1 = 533;
  const width = x1 - x0;
  const signing = String(e['signingDate']);
  const amount = Number(e['amount']);
  const deposit = round2(amount * 0.25);
  const deliverBy = plusDays(signing, 45);
  let y = 40;
  const size = 8.6;
  const paragraph = (value: string, options: { indent?: number; font?: Font; gap?: number; first?: string } = {}) => {
    const indent = options.indent ?? 0;
    if (options.first) put(doc, options.first, x0, y, size, 'Times-Bold');
    wrap(doc, value, width - indent, size, options.font ?? 'Times-Roman').forEach((line) => { put(doc, line, x0 + indent, y, size, options.font ?? 'Times-Roman'); y += size + 2.6; });
    y += options.gap ?? 4;
  };

  put(doc, `Agreement No. ${e['contractNumber']}`, x1, 30, 8, 'Helvetica', 'right', '#444444');
  y = 48;
  put(doc, 'PURCHASE AGREEMENT', 297, y, 15, 'Times-Bold', 'center');
  y += 26;
  paragraph(`This Purchase Agreement (this "Agreement") is made and entered into as of ${americanDate(signing)} (the "Effective Date"), by and between ${seller.name}, a private limited company incorporated under the laws of England and Wales (company number ${digitsOf(seller.name + 'crn', 8)}), having its registered office at ${seller.address} ("Seller"), and ${buyer.name}, a private limited company incorporated under the laws of England and Wales (company number ${digitsOf(buyer.name + 'crn', 8)}), having its registered office at ${buyer.address} ("Buyer"). Seller and Buyer are each referred to herein as a "Party" and together as the "Parties."`);
  put(doc, 'RECITALS', 297, y, 9.5, 'Times-Bold', 'center');
  y += 14;
  paragraph('WHEREAS, Seller is engaged in the manufacture and distribution of industrial components, including the products described in Exhibit A (the "Products");', { indent: 18 });
  paragraph(`WHEREAS, Buyer desires to purchase the Products from Seller for use at its facility at ${buyer.address}, and Seller desires to sell the Products to Buyer, on the terms and subject to the conditions set forth herein; and`, { indent: 18 });
  paragraph(`WHEREAS, this Agreement supersedes the quotation issued by Seller under reference Q-${signing.slice(0, 4)}-${digitsOf(seller.taxId, 4)} dated ${americanDate(plusDays(signing, -21))}.`, { indent: 18 });
  paragraph('NOW, THEREFORE, in consideration of the mutual covenants contained herein, and for other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the Parties agree as follows:');

  const sections: [string, string][] = [
    ['1. Purchase and Sale.', 'Seller shall sell, and Buyer shall purchase, the Products in the quantities and at the unit prices set forth in Exhibit A, free and clear of all liens and encumbrances.'],
    ['2. Purchase Price.', `The aggregate purchase price for the Products shall be £${grouped(amount)} (the "Purchase Price"), inclusive of value added tax at ${Math.round(rate * 100)}%. Buyer shall pay a deposit of £${grouped(deposit)} within ten (10) days after the Effective Date, and the balance of £${grouped(round2(amount - deposit))} within forty-five (45) days after delivery against Seller's VAT invoice.`],
    ['3. Delivery; Title and Risk.', `Seller shall deliver the Products DAP Buyer's facility (Incoterms® 2020) no later than ${americanDate(deliverBy)}. Title and risk of loss shall pass to Buyer upon delivery.`],
    ['4. Warranty.', 'Seller warrants that the Products shall conform to their specifications and be free from defects in material and workmanship for twelve (12) months after delivery. Buyer\'s sole remedy shall be repair or replacement, or a refund of the price of the non-conforming Products.'],
    ['5. Limitation of Liability.', 'Except for fraud, death or personal injury, neither Party shall be liable for indirect or consequential loss, and Seller\'s total liability shall not exceed the Purchase Price.'],
    ['6. Governing Law; Counterparts.', 'This Agreement shall be governed by the laws of England and Wales, and the courts of England shall have exclusive jurisdiction. It may be executed in counterparts and by electronic signature, each of which shall be deemed an original.'],
  ];
  sections.forEach(([heading, body]) => {
    doc.font('Times-Bold').fontSize(size);
    const headingWidth = doc.widthOfString(heading) + 4;
    const lines = wrap(doc, body, width - headingWidth, size, 'Times-Roman');
    put(doc, heading, x0, y, size, 'Times-Bold');
    const [first, ...rest] = lines;
    put(doc, first ?? '', x0 + headingWidth, y, size, 'Times-Roman');
    y += size + 2.6;
    wrap(doc, rest.join(' '), width, size, 'Times-Roman').forEach((line) => { if (line) { put(doc, line, x0, y, size, 'Times-Roman'); y += size + 2.6; } });
    y += 3;
  });
  paragraph('IN WITNESS WHEREOF, the Parties have caused this Agreement to be executed by their duly authorized representatives as of the Effective Date.', { gap: 8 });

  // the signature blocks
  const half = (width - 24) / 2;
  const blocks: [string, Party][] = [['SELLER:', seller], ['BUYER:', buyer]];
  const sellerSigner = pickBy(seller.taxId + signing, officers);
  const signers = [sellerSigner, pickBy(buyer.taxId + signing, officers.filter((name) => name !== sellerSigner))];
  blocks.forEach(([role, p], i) => {
    const x = x0 + i * (half + 24);
    const signer = signers[i] ?? sellerSigner;
    put(doc, role, x, y, 8.6, 'Times-Bold');
    put(doc, p.name, x, y + 12, 8.6, 'Times-Bold');
    const lines: [string, number][] = [['By:', 40], ['Name:', 62], ['Title:', 80], ['Date:', 100]];
    lines.forEach(([name, dy]) => {
      put(doc, name, x, y + dy, 8.6, 'Times-Roman');
      rule(doc, x + 30, y + dy + 10, x + half, y + dy + 10, 0.5, '#555555');
    });
    signature(doc, signer, x + 44, y + 26, false);
    put(doc, signer, x + 34, y + 62, 8.6, 'Times-Roman');
    put(doc, pickBy(p.name + signer, titles), x + 34, y + 80, 8.6, 'Times-Roman');
    handwritten(doc, americanHand(signing), x + 40, y + 96, 12, 'Times-Italic');
  });
  y += 126;

  // exhibit A
  put(doc, 'EXHIBIT A — PRODUCTS AND PRICING', x0, y, 8.6, 'Times-Bold');
  y += 12;
  const rows = items.map((item, r) => [String(r + 1), item.name, String(item.quantity), grouped(item.amount / item.quantity), grouped(item.amount)]);
  const net = round2(items.reduce((sum, item) => sum + item.amount, 0));
  rows.push(['', 'Subtotal (excluding VAT)', '', '', grouped(net)]);
  rows.push(['', `VAT at ${Math.round(rate * 100)}%`, '', '', grouped(round2(amount - net))]);
  grid(doc, [x0, 86, 300, 350, 440, x1], y, ['Item', 'Product', 'Quantity', 'Unit price (£)', 'Amount (£)'], rows, ['center', 'left', 'right', 'right', 'right'], { font: 'Times-Roman', size: 8.2, rowHeight: 14, headerHeight: 15, shade: '#eeeeee', line: '#777777' });
  put(doc, `Purchase Agreement ${e['contractNumber']} — Confidential`, 297, 812, 7, 'Times-Italic', 'center', '#555555');
}

export const heldOut13Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-erp-receivable-invoice-bill': cnErpReceivableInvoiceBill,
  'en-trade-counter-till-invoice': enTradeCounterTillInvoice,
  'en-pallet-consignment-receipt': enPalletConsignmentReceipt,
  'en-purchase-agreement-whereas': enPurchaseAgreementWhereas,
};

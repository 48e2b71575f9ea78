import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, handInk, months, parts, pickBy, put, rule, splitAddress, wrap } from './generated-layouts-heldout-4';
import { chineseDay, handwritten, itemName, percent, round2, specifications, wrapChinese } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';
import { plusDays, plusMonths, qrCode, seal, unitPrice, vertical } from './generated-layouts-heldout-11';
import { handwrittenLine } from './generated-layouts-heldout-16';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - cn-road-freight-e-invoice: a fully digital 电子发票（增值税专用发票） of the special business
 *    货物运输服务: the 特定业务 tag, the QR code and the 监制章, the twenty-digit number and the date,
 *    buyer and seller side by side, the freight as 国内道路货物运输服务 at 9%, the transport table
 *    (vehicle kind and plate, from, to, goods), the totals in capitals and figures, a 备注 with the
 *    waybill and the shipper's contract, and the issuer;
 *  - en-agency-contractor-invoice: a recruitment agency's monthly invoice for contract engineers
 *    supplied to a client: the agency's head with its REC membership, the client with its PO, cost
 *    centre and site, one line per contractor with timesheet number, period, days and day rate, the
 *    totals, the client's timesheet approver and the approval date, and remittance details;
 *  - en-delivery-installation-note: an equipment supplier's delivery and installation note: job
 *    and delivery note numbers, the customer's order, the delivery date, the site and its contact,
 *    the equipment with serial numbers, the installation checklist ticked, the engineer's own
 *    signature, hours and next service date, and the customer's acceptance signed, named and dated
 *    by hand on the day the installation was finished;
 *  - cn-tender-contract-agreement: a 合同协议书 as the standard equipment procurement tender
 *    documents (《标准设备采购招标文件》) draft it: the project and tender numbers, the 中标通知书,
 *    买方 and 卖方, the contract price in capitals and figures with its net and tax, the documents
 *    forming the contract, the delivery term and place, the performance security, the copies, and
 *    both parties' seals, representatives and signing dates.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
/** 2025年03月05日, as the tax system prints the invoice date */
const taxDate = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** 05/03/2025 */
const slashDate = (iso: string) => `${pad2(parts(iso).day)}/${pad2(parts(iso).month)}/${parts(iso).year}`;
/** 5 March 2025 */
const fullDate = (iso: string) => `${parts(iso).day} ${fullMonths[parts(iso).month - 1]} ${parts(iso).year}`;
/** 5-Mar-25 */
const shortDate = (iso: string) => `${parts(iso).day}-${months[parts(iso).month - 1]}-${String(parts(iso).year).slice(2)}`;
/** 12.03.25, as an engineer's hand dates a sign-off */
const dottedHand = (iso: string) => `${pad2(parts(iso).day)}.${pad2(parts(iso).month)}.${String(parts(iso).year).slice(2)}`;
const netOf = (t: GeneratedTruth) => round2(t.extras.items.reduce((sum, item) => sum + item.amount, 0));
const cityOf = (party: Party) => party.address.slice(0, party.address.indexOf('市') + 1) || party.address.slice(0, 3);

// ---------------------------------------------------------------------------------------------
// cn-road-freight-e-invoice

const digitalBrown = '#9a5b2e';
const truckKinds = ['重型厢式货车', '重型半挂牵引车', '中型厢式货车', '重型仓栅式货车'];
const platePrefixes = ['浙A', '沪D', '苏E', '浙B', '粤B', '津C'];
const issuersCn = ['黄丽', '徐倩', '蒋文', '韩梅'];

function cnRoadFreightEInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const number = String(e['invoiceNumber']);
  const x0 = 32;
  const x1 = 563;
  const label = (value: string, x: number, y: number, size = 8.5, align: 'left' | 'right' | 'center' = 'left') => put(doc, value, x, y, size, 'cjk', align, digitalBrown);
  const line = (xa: number, ya: number, xb: number, yb: number, width = 0.6) => rule(doc, xa, ya, xb, yb, width, digitalBrown);

  qrCode(doc, x0 + 2, 24, 58, `${number}${e['issueDate']}${e['totalAmount']}`);
  box(doc, x0 + 68, 28, 70, 18);
  put(doc, '货物运输服务', x0 + 103, 32, 9, 'cjk', 'center', digitalBrown);
  label('电子发票（增值税专用发票）', 285, 36, 17, 'center');
  line(178, 60, 392, 60, 1); line(178, 63, 392, 63, 0.5);
  doc.save().opacity(0.75).lineWidth(0.9).strokeColor('#c8161d').ellipse(285, 84, 30, 15).stroke().restore();
  put(doc, '全国统一发票监制章', 285, 75, 5, 'cjk', 'center', '#c8161d');
  put(doc, '国家税务总局', 285, 82, 5.5, 'cjk', 'center', '#c8161d');
  put(doc, `${cityOf(seller).slice(0, 2)}税务局`, 285, 91, 5, 'cjk', 'center', '#c8161d');
  label('发票号码：', 408, 38); put(doc, number, 452, 37.5, 9, 'Courier-Bold');
  label('开票日期：', 408, 54); put(doc, taxDate(String(e['issueDate'])), 452, 53.5, 9, 'cjk');

  const top = 108;
  const partyHeight = 56;
  const mid = 297;
  line(x0, top + partyHeight, x1, top + partyHeight);
  line(mid, top, mid, top + partyHeight);
  [x0 + 18, mid + 18].forEach((x) => line(x, top, x, top + partyHeight, 0.4));
  vertical(doc, '购买方信息', x0 + 9, top + 4, 10, 8, 'cjk', digitalBrown);
  vertical(doc, '销售方信息', mid + 9, top + 4, 10, 8, 'cjk', digitalBrown);
  const party = (p: Party, x: number) => {
    label('名称：', x + 24, top + 12); put(doc, p.name, x + 52, top + 11.5, 9, 'cjk');
    label('统一社会信用代码/纳税人识别号：', x + 24, top + 34, 7.5); put(doc, p.taxId, x + 148, top + 33, 9, 'Courier-Bold');
  };
  party(buyer, x0);
  party(seller, mid);

  // the freight
  const columns = [x0, 230, 270, 320, 390, 450, 498, x1];
  let y = top + partyHeight;
  ['项目名称', '单位', '数量', '单价', '金额', '税率/征收率', '税额'].forEach((header, c) => label(header, ((columns[c] ?? x0) + (columns[c + 1] ?? x1)) / 2, y + 5, 8, 'center'));
  const right = (c: number) => (columns[c + 1] ?? x1) - 3;
  items.forEach((item, r) => {
    const yy = y + 22 + r * 14;
    put(doc, '*运输服务*国内道路货物运输服务', x0 + 4, yy, 8, 'cjk');
    put(doc, '车次', 250, yy, 8, 'cjk', 'center');
    put(doc, '1', right(2), yy + 0.5, 8, 'Courier', 'right');
    put(doc, item.amount.toFixed(2), right(3), yy + 0.5, 8, 'Courier', 'right');
    put(doc, item.amount.toFixed(2), right(4), yy + 0.5, 8, 'Courier', 'right');
    put(doc, percent(rate), right(5), yy, 8, 'Courier', 'center');
    put(doc, round2(item.amount * rate).toFixed(2), right(6), yy + 0.5, 8, 'Courier', 'right');
  });
  y += 72;
  label('合　　计', (x0 + 230) / 2, y, 8.5, 'center');
  put(doc, `¥${Number(e['netAmount']).toFixed(2)}`, right(4), y, 8.5, 'Courier-Bold', 'right');
  put(doc, `¥${Number(e['taxAmount']).toFixed(2)}`, right(6), y, 8.5, 'Courier-Bold', 'right');
  y += 16;
  line(x0, y, x1, y);

  // the transport table of the special business
  const transportColumns = [x0, 120, 190, 300, 410, x1];
  ['运输工具种类', '运输工具牌号', '起运地', '到达地', '运输货物名称'].forEach((header, c) => label(header, ((transportColumns[c] ?? x0) + (transportColumns[c + 1] ?? x1)) / 2, y + 5, 8, 'center'));
  line(x0, y + 18, x1, y + 18, 0.4);
  items.forEach((item, r) => {
    const yy = y + 23 + r * 14;
    const values = [pickBy(item.name + r, truckKinds), `${pickBy(seller.name + r, platePrefixes)}${digitsOf(item.name + number + r, 5)}`, seller.address.replace(/\d+号$/, ''), buyer.address.replace(/\d+号$/, ''), `${itemName(item.name)} ${item.quantity}${specifications[itemName(item.name)]?.[1] ?? '件'}`];
    values.forEach((value, c) => put(doc, value, ((transportColumns[c] ?? x0) + (transportColumns[c + 1] ?? x1)) / 2, yy, 7.5, 'cjk', 'center'));
  });
  transportColumns.slice(1, -1).forEach((x) => line(x, y, x, y + 70, 0.4));
  y += 70;
  line(x0, y, x1, y);
  label('价税合计（大写）', x0 + 8, y + 8, 9);
  put(doc, `ⓧ${chineseCapitalAmount(Number(e['totalAmount']))}`, 130, y + 7.5, 9.5, 'cjk');
  label('（小写）', 390, y + 8, 9);
  put(doc, `¥${Number(e['totalAmount']).toFixed(2)}`, 432, y + 7.5, 10, 'Courier-Bold');
  y += 26;
  line(x0, y, x1, y);
  vertical(doc, '备注', x0 + 9, y + 20, 22, 9, 'cjk', digitalBrown);
  line(x0 + 18, y, x0 + 18, y + 60, 0.4);
  doc.save().lineWidth(1).strokeColor(digitalBrown).rect(x0, top, x1 - x0, y + 60 - top).stroke().restore();
  const remarks = [
    `托运单号：YD${digitsOf(number + 'waybill', 10)}；运输合同：WL-${parts(String(e['issueDate'])).year}-${digitsOf(buyer.name + 'wl', 3)}`,
    `起运日期：${chineseDay(plusDays(String(e['issueDate']), -6))}，到达日期：${chineseDay(plusDays(String(e['issueDate']), -4))}`,
    `运费已扣除代垫路桥费¥${(netOf(t) * 0.04).toFixed(2)}（另行结算）`,
  ];
  remarks.forEach((value, i) => put(doc, value, x0 + 26, y + 10 + i * 15, 8, 'cjk'));
  label('开票人：', 380, y + 68); put(doc, pickBy(number, issuersCn), 418, y + 68, 9, 'cjk');
}

// ---------------------------------------------------------------------------------------------
// en-agency-contractor-invoice

const agencyPurple = '#4b2c6f';
const contractors = ['Mark Davies', 'Helen Price', 'Oliver Grant', 'Chloe Bennett', 'Ravi Patel', 'Lucy Ward'];
const roles = ['Controls Engineer', 'Mechanical Design Engineer', 'Commissioning Engineer', 'CAD Technician', 'Project Engineer'];
const approvers = ['Andrew Collins', 'Fiona Reid', 'Martin Shaw', 'Karen Holt'];

function enAgencyContractorInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 45;
  const x1 = 550;
  const issued = String(e['issueDate']);
  const periodEnd = plusDays(issued, -(2 + (t.index % 3)));
  const periodStart = plusDays(periodEnd, -27);
  const approved = plusDays(periodEnd, 1);
  const approver = pickBy(buyer.name + issued, approvers);
  const buyerAt = splitAddress(buyer);

  put(doc, seller.name, x0, 34, 16, 'Helvetica-Bold', 'left', agencyPurple);
  put(doc, 'Technical Recruitment · Contract & Interim Engineering Staff', x0, 54, 8.5, 'Helvetica', 'left', '#555555');
  put(doc, `${seller.address} · 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address + 'tel', 7)} · contractors@${seller.name.split(' ')[0]?.toLowerCase()}.co.uk`, x0, 66, 7.5, 'Helvetica', 'left', '#555555');
  put(doc, 'Member of the Recruitment & Employment Confederation', x1, 34, 7, 'Helvetica-Oblique', 'right', '#555555');
  doc.save().rect(x0, 84, x1 - x0, 24).fill(agencyPurple).restore();
  put(doc, 'INVOICE — CONTRACT STAFF', x0 + 8, 91, 11, 'Helvetica-Bold', 'left', '#ffffff');
  put(doc, `Period ${slashDate(periodStart)} to ${slashDate(periodEnd)}`, x1 - 8, 92, 9, 'Helvetica', 'right', '#ffffff');

  put(doc, 'Client', x0, 122, 8, 'Helvetica-Bold', 'left', agencyPurple);
  [buyer.name, `Site: ${buyerAt.street}, ${buyerAt.town}`, `Client VAT No: ${buyer.taxId}`, `Cost centre: ENG-${digitsOf(buyer.name, 3)}`].forEach((value, i) => put(doc, value, x0, 134 + i * 13, 9, i ? 'Helvetica' : 'Helvetica-Bold'));
  const refs: [string, string][] = [['Invoice No', String(e['invoiceNumber'])], ['Invoice Date', slashDate(issued)], ['Client PO', `4500${digitsOf(buyer.name + issued, 6)}`], ['Client Account', `C${digitsOf(buyer.name, 5)}`], ['Payment Terms', '14 days']];
  refs.forEach(([name, value], i) => { put(doc, name, 340, 122 + i * 13, 8.5, 'Helvetica', 'left', '#555555'); put(doc, value, x1, 122 + i * 13, 8.5, 'Helvetica-Bold', 'right'); });

  const rows = items.map((item, r) => {
    const days = 8 + (item.quantity % 13);
    const person = pickBy(item.name + buyer.name + r, contractors);
    return [`${person}\n${pickBy(person + r, roles)}`, `TS${digitsOf(person + periodEnd, 6)}`, `${shortDate(periodStart)} – ${shortDate(periodEnd)}`, String(days), grouped(round2(item.amount / days)), grouped(item.amount)];
  });
  let y = 212;
  const columns = [x0, 200, 262, 372, 410, 475, x1];
  y = grid(doc, columns, y, ['Contractor / role', 'Timesheet', 'Period', 'Days', 'Day rate £', 'Net £'], rows.map((row) => row.map((cell) => cell.replace(/\n.*/, ''))), ['left', 'left', 'left', 'right', 'right', 'right'], { font: 'Helvetica', size: 8, rowHeight: 32, headerHeight: 20, shade: '#ece6f3', line: '#9b8bb0' });
  rows.forEach((row, r) => put(doc, row[0]?.split('\n')[1] ?? '', x0 + 3, 232 + r * 32 + 21, 7, 'Helvetica-Oblique', 'left', '#555555'));
  y += 14;
  const totals: [string, string, boolean][] = [['Net total', grouped(Number(e['netAmount'])), false], [`VAT ${percent(rate)}`, grouped(Number(e['taxAmount'])), false], [`Total due (${e['currency']})`, `£${grouped(Number(e['totalAmount']))}`, true]];
  totals.forEach(([name, value, bold], i) => { put(doc, name, 370, y + i * 15, 9, bold ? 'Helvetica-Bold' : 'Helvetica'); put(doc, value, x1, y + i * 15, 9, bold ? 'Helvetica-Bold' : 'Helvetica', 'right'); });
  put(doc, 'Timesheets', x0, y, 8.5, 'Helvetica-Bold', 'left', agencyPurple);
  wrap(doc, `Charged from timesheets authorised online by ${approver} for ${buyer.name} on ${fullDate(approved)}. Queries on hours within 7 days, please.`, 290, 8, 'Helvetica').forEach((value, i) => put(doc, value, x0, y + 13 + i * 10.5, 8, 'Helvetica'));
  y += 70;

  box(doc, x0, y, x1 - x0, 62, '#f5f2f9');
  put(doc, 'How to pay', x0 + 8, y + 7, 8.5, 'Helvetica-Bold', 'left', agencyPurple);
  [`BACS to ${seller.name} client account · Sort code ${digitsOf(seller.taxId, 2)}-${digitsOf(seller.name, 2)}-${digitsOf(seller.address, 2)} · Account ${digitsOf(seller.name + 'acct', 8)}`,
    `Please quote the invoice number as your reference. Remittance advice to credit.control@${seller.name.split(' ')[0]?.toLowerCase()}.co.uk`,
    `Late payment interest and compensation may be charged under the Late Payment of Commercial Debts (Interest) Act 1998.`].forEach((value, i) => put(doc, value, x0 + 8, y + 21 + i * 12, 8, 'Helvetica'));
  y += 82;
  wrap(doc, `Contractors are supplied under the agency's Terms of Business for the Supply of Temporary Workers, which the client accepted on ${fullDate(plusMonths(issued, -7))}. ${seller.name} · Registered in England No. ${digitsOf(seller.name + 'crn', 8)} · VAT Registration No. ${seller.taxId}`, x1 - x0, 7, 'Helvetica')
    .forEach((value, i) => put(doc, value, x0, y + i * 9, 7, 'Helvetica', 'left', '#666666'));
}

// ---------------------------------------------------------------------------------------------
// en-delivery-installation-note

const installRed = '#a3231f';
const engineers = ['Steve Nolan', 'Paul Archer', 'Dean Fletcher', 'Mike Rowley'];
const positions = ['Maintenance Manager', 'Works Engineer', 'Site Manager', 'Production Supervisor'];

function enDeliveryInstallationNote(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const x0 = 40;
  const x1 = 555;
  const delivered = String(e['deliveryDate']);
  const accepted = String(e['signatureDate']);
  const person = String(e['signedBy']);
  const engineer = pickBy(seller.name + delivered, engineers);
  const job = `J${digitsOf(seller.name + delivered, 6)}`;
  const buyerAt = splitAddress(buyer);

  put(doc, seller.name, x0, 32, 15, 'Helvetica-Bold', 'left', installRed);
  put(doc, `Supply · Installation · Service   ${seller.address}   Service desk 0${digitsOf(seller.name, 3)} ${digitsOf(seller.taxId, 6)}`, x0, 51, 7.5, 'Helvetica', 'left', '#555555');
  put(doc, 'DELIVERY & INSTALLATION NOTE', x1, 30, 13, 'Helvetica-Bold', 'right');
  put(doc, 'Customer copy', x1, 47, 8, 'Helvetica-Oblique', 'right', '#555555');
  rule(doc, x0, 64, x1, 64, 1.5, installRed);

  const left: [string, string][] = [['Customer', buyer.name], ['Site address', `${buyerAt.street}, ${buyerAt.town}`], ['Site contact', `${pickBy(buyer.name + 'contact', ['Mr R. Jones', 'Ms A. Khan', 'Mr D. Hall'])}, 07${digitsOf(buyer.name, 3)} ${digitsOf(buyer.address, 6)}`], ['Access', 'Goods-in door 3, forklift available, induction on arrival']];
  left.forEach(([name, value], i) => { put(doc, name, x0, 76 + i * 14, 8.5, 'Helvetica', 'left', '#555555'); put(doc, value, x0 + 72, 76 + i * 14, 8.5, i ? 'Helvetica' : 'Helvetica-Bold'); });
  const right: [string, string][] = [['Delivery note no.', String(e['deliveryNoteNumber'])], ['Customer order no.', String(e['orderReference'])], ['Our job no.', job], ['Order acknowledged', shortDate(plusDays(delivered, -24))], ['Delivered', fullDate(delivered)]];
  right.forEach(([name, value], i) => { put(doc, name, 356, 76 + i * 14, 8.5, 'Helvetica', 'left', '#555555'); put(doc, value, x1, 76 + i * 14, 8.5, 'Helvetica-Bold', 'right'); });

  const rows = items.map((item, r) => [String(r + 1), item.name, `${pickBy(item.name, ['SKF', 'Parker', 'SEW', 'Bosch Rexroth', 'Lapp'])}`, `SN ${digitsOf(item.name + job + r, 3)}-${digitsOf(job + r, 5)}`, String(item.quantity), 'Installed']);
  let y = grid(doc, [x0, 64, 250, 330, 430, 470, x1], 160, ['No.', 'Equipment', 'Make', 'Serial no. (first)', 'Qty', 'Status'], rows, ['center', 'left', 'left', 'left', 'right', 'center'], { font: 'Helvetica', size: 8.5, rowHeight: 18, headerHeight: 20, shade: '#f3e3e2', line: '#b08a88' });
  y += 16;

  put(doc, 'Installation checklist', x0, y, 9.5, 'Helvetica-Bold', 'left', installRed);
  const checks = ['Goods delivered complete and undamaged', 'Positioned, levelled and fixed', 'Electrical / hydraulic connections tested', 'Guards and safety devices fitted and checked', 'Operator demonstration given', 'Packaging removed from site'];
  checks.forEach((check, i) => {
    const x = i % 2 ? 300 : x0;
    const yy = y + 16 + Math.floor(i / 2) * 15;
    box(doc, x, yy - 1, 9, 9);
    doc.save().lineWidth(1.3).strokeColor(handInk).moveTo(x + 1.5, yy + 3.5).lineTo(x + 4, yy + 7).lineTo(x + 10, yy - 3).stroke().restore();
    put(doc, check, x + 15, yy, 8.5, 'Helvetica');
  });
  y += 78;
  put(doc, 'Engineer\'s notes', x0, y, 9, 'Helvetica-Bold');
  handwritten(doc, `Installed over 2 days, tested OK. Customer to book 6-month service ~ ${shortDate(plusMonths(accepted, 6))}`, x0 + 90, y + 2, 10, 'Helvetica-Oblique');
  y += 26;
  box(doc, x0, y, x1 - x0, 56);
  put(doc, 'Engineer', x0 + 8, y + 8, 8.5, 'Helvetica-Bold');
  put(doc, `Name ${engineer}`, x0 + 8, y + 24, 8.5, 'Helvetica');
  signature(doc, engineer, x0 + 200, y + 14, false);
  put(doc, `Hours on site ${8 + (t.index % 5)}.5 · Travel 2.0 · Van ${pickBy(engineer, ['VN21 KXR', 'YD70 FHP', 'LB19 ZTA'])}`, x0 + 8, y + 40, 8, 'Helvetica', 'left', '#555555');
  y += 70;

  box(doc, x0, y, x1 - x0, 150);
  doc.save().rect(x0, y, x1 - x0, 20).fill('#f3e3e2').restore();
  put(doc, 'CUSTOMER ACCEPTANCE', x0 + 8, y + 6, 9.5, 'Helvetica-Bold', 'left', installRed);
  wrap(doc, `I confirm on behalf of ${buyer.name} that the equipment listed above has been delivered, installed and demonstrated in good working order. The warranty runs for 12 months from the date of this acceptance.`, x1 - x0 - 16, 8.5, 'Helvetica')
    .forEach((value, i) => put(doc, value, x0 + 8, y + 28 + i * 11, 8.5, 'Helvetica'));
  const labels: [string, number][] = [['Signature', 78], ['Print name', 104], ['Position', 124], ['Date', 144]];
  labels.forEach(([name, dy]) => { put(doc, name, x0 + 8, y + dy - 10, 8.5, 'Helvetica', 'left', '#555555'); rule(doc, x0 + 72, y + dy, x0 + 300, y + dy, 0.5, '#777777', 1.5); });
  signature(doc, person, x0 + 84, y + 56, false);
  handwritten(doc, person.toUpperCase(), x0 + 80, y + 89, 10.5, 'Helvetica-Oblique');
  handwritten(doc, pickBy(person + buyer.name, positions), x0 + 80, y + 110, 10, 'Helvetica-Oblique');
  handwritten(doc, dottedHand(accepted), x0 + 80, y + 129, 12, 'Times-Italic');
  put(doc, 'Any shortage or damage must be noted here and', 330, y + 70, 7.5, 'Helvetica-Oblique', 'left', '#555555');
  put(doc, 'reported to us within 3 working days.', 330, y + 80, 7.5, 'Helvetica-Oblique', 'left', '#555555');
  handwritten(doc, 'None', 340, y + 98, 11, 'Helvetica-Oblique');
  put(doc, `White: customer · Yellow: service office · Pink: engineer   ${seller.name}, VAT No. ${seller.taxId}`, 297, 808, 7, 'Helvetica', 'center', '#666666');
}

// ---------------------------------------------------------------------------------------------
// cn-tender-contract-agreement

/** Breaks Chinese text as wrapChinese does, but never inside a run of digits, letters and money signs. */
function wrapKeepingNumbers(doc: Doc, paragraph: string, width: number, size: number): string[] {
  doc.font('cjk').fontSize(size);
  const tokens = paragraph.match(/[0-9A-Za-z¥,.\-]+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && !'，。、；：）》”'.includes(token) && doc.widthOfString(line + token) > width) { lines.push(line); line = token; } else line += token;
  }
  if (line) lines.push(line);
  return lines;
}

const projects = ['厂区生产线设备更新改造项目', '二期扩建工程设备采购项目', '智能仓储物流系统采购项目', '动力车间节能改造项目'];
const agents = ['浙江省成套招标代理有限公司', '上海机电设备招标有限公司', '江苏省设备成套股份有限公司', '广东省机电设备招标中心有限公司'];
const representatives = ['张建国', '陈志强', '王海燕', '刘晓东', '赵红'];

function cnTenderContractAgreement(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 60;
  const x1 = 535;
  const signed = String(e['signingDate']);
  const amount = Number(e['amount']);
  const net = netOf(t);
  const tenderNo = `ZB${parts(signed).year}-${digitsOf(buyer.name + signed, 4)}`;
  const awarded = plusDays(signed, -(12 + (t.index % 4) * 3));
  const project = `${buyer.name.replace('有限公司', '')}${pickBy(buyer.name + signed, projects)}`;

  put(doc, '合 同 协 议 书', 297, 46, 20, 'cjk', 'center');
  const heads: [string, string][] = [['项目名称：', project], ['招标编号：', tenderNo], ['合同编号：', String(e['contractNumber'])]];
  heads.forEach(([name, value], i) => { put(doc, name, x0, 86 + i * 17, 10, 'cjk'); put(doc, value, x0 + 64, 86 + i * 17, 10, 'cjk'); });
  put(doc, `买方（全称）：${buyer.name}`, x0, 148, 11, 'cjk');
  put(doc, `卖方（全称）：${seller.name}`, x0, 168, 11, 'cjk');
  let y = 194;
  const paragraph = (value: string, size = 10, indent = 0) => {
    wrapKeepingNumbers(doc, value, x1 - x0 - indent, size).forEach((line) => { put(doc, line, x0 + indent, y, size, 'cjk'); y += size + 6; });
    y += 3;
  };
  paragraph(`　　${project}（招标编号：${tenderNo}）经${pickBy(tenderNo, agents)}组织公开招标，${chineseDay(awarded)}发出中标通知书（编号：ZBTZ-${digitsOf(tenderNo + 'award', 6)}），确定卖方为中标人。买方和卖方依据《中华人民共和国民法典》《中华人民共和国招标投标法》，就该项目设备的供货及相关服务订立本协议。`);
  paragraph('1. 合同标的：卖方按附件一《供货范围及分项价格表》提供下列设备及技术服务：');
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    return [String(r + 1), name, specification, unit, String(item.quantity), round2(item.amount + round2(item.amount * rate)).toFixed(2)];
  });
  y = grid(doc, [x0, 88, 210, 310, 350, 410, x1], y, ['序号', '设备名称', '规格型号', '单位', '数量', '含税金额（元）'], rows, ['center', 'left', 'left', 'center', 'right', 'right'], { font: 'cjk', size: 8.5, rowHeight: 18, headerHeight: 20, shade: '#efefef', line: '#777777' });
  y += 10;
  put(doc, '2. 签约合同价：', x0, y, 10, 'cjk');
  put(doc, `人民币（大写）${chineseCapitalAmount(amount)}`, x0 + 24, y + 16, 10, 'cjk');
  put(doc, `（小写）¥${grouped(amount)}元`, x0 + 24, y + 32, 10, 'cjk');
  y += 48;
  paragraph(`其中不含税价款¥${grouped(net)}元，增值税¥${grouped(round2(amount - net))}元（税率${percent(rate)}）。签约合同价含设备费、运杂费、安装指导及培训费，为固定价格。`, 10, 24);
  paragraph('3. 下列文件构成本合同的组成部分，并按以下顺序解释：（1）本协议书；（2）中标通知书；（3）专用合同条款；（4）通用合同条款；（5）供货要求；（6）分项价格表；（7）投标文件；（8）其他合同文件。');
  paragraph(`4. 交货时间：合同生效后45日内；交货地点：${buyer.address}（买方指定现场，车板交货）。`);
  paragraph(`5. 履约保证金：卖方应在本协议签署后7日内提交签约合同价10%的银行保函，金额为¥${grouped(round2(amount * 0.1))}元，有效期至设备最终验收后28日。`);
  paragraph('6. 本协议书自双方法定代表人或其委托代理人签字并加盖单位公章或合同专用章之日起生效。本协议书一式捌份，买方执肆份，卖方执叁份，招标代理机构执壹份。');

  y = Math.max(y + 10, 640);
  const side = (title: string, p: Party, x: number, rep: string) => {
    put(doc, `${title}：${p.name}（盖章）`, x, y, 9, 'cjk');
    put(doc, '法定代表人或其委托代理人：', x, y + 24, 9, 'cjk');
    handwrittenLine(doc, rep, x + 120, y + 38, 14);
    put(doc, `地址：${p.address}`, x, y + 62, 8, 'cjk');
    put(doc, `签订日期：${chineseDay(signed)}`, x, y + 80, 9, 'cjk');
  };
  const buyerRepresentative = pickBy(buyer.name, representatives);
  const sellerRepresentative = representatives[(representatives.indexOf(buyerRepresentative) + 1 + Number(digitsOf(seller.name, 1)) % (representatives.length - 1)) % representatives.length] as string;
  side('买方', buyer, x0, buyerRepresentative);
  side('卖方', seller, 310, sellerRepresentative);
  seal(doc, x0 + 150, y + 30, 38, 38, buyer.name, null, '合同专用章', { tilt: -8 + (t.index % 3) * 4 });
  seal(doc, 310 + 150, y + 34, 38, 38, seller.name, null, '合同专用章', { tilt: 7 - (t.index % 3) * 4 });
  put(doc, `签订地点：${cityOf(buyer)}`, x0, y + 104, 9, 'cjk');
  box(doc, x0 - 16, 30, x1 - x0 + 32, 790);
}

export const heldOut19Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-road-freight-e-invoice': cnRoadFreightEInvoice,
  'en-agency-contractor-invoice': enAgencyContractorInvoice,
  'en-delivery-installation-note': enDeliveryInstallationNote,
  'cn-tender-contract-agreement': cnTenderContractAgreement,
};

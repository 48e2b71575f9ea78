import type { GeneratedTruth, Party } from './generated-truth';
import { signature, type Doc } from './generated-drawing';
import { chineseCapitalAmount } from './generated-layouts-heldout-2';
import { box, digitsOf, fullMonths, grouped, months, parts, pickBy, put, rule, splitAddress, wrap } from './generated-layouts-heldout-4';
import { chineseDay, handwritten, itemName, round2, specifications, wrapChinese } from './generated-layouts-heldout-7';
import { grid } from './generated-layouts-heldout-8';
import { plusDays, seal } from './generated-layouts-heldout-11';
import { handwrittenLine } from './generated-layouts-heldout-16';

/**
 * Four held-out layouts for the generated evaluation, drawn by someone who wrote no extraction
 * rules and who never ran the evaluation on them, from how such documents commonly look:
 *  - en-machinery-auction-invoice: an industrial auctioneer's buyer's invoice after a timed online
 *    sale: the sale's name and closing date, the bidder number, lots with hammer price and buyer's
 *    premium at 15%, the net and the VAT per lot, a summary of hammer, premium, net, VAT, total and
 *    balance due, payment within two working days and collection from the vendor's site by
 *    appointment, the vendors left unnamed;
 *  - cn-equipment-unpacking-record: a 设备开箱检验记录 as a building project fills it in when
 *    equipment arrives on site: 工程名称, 供货单位 and 生产厂家, 合同编号 and 发货单号, 收货单位 and
 *    到货日期 in a ruled form, the checks of packing, documents and appearance, the packing list
 *    against what arrived, a conclusion written by hand, and the four parties (建设（收货）单位, 监理单位,
 *    施工单位, 供货单位) each signing and dating by hand, the receiver's seal over its signature;
 *  - en-delivery-acceptance-certificate: the delivery and acceptance certificate an asset finance
 *    company has its customer sign before it pays the supplier: the finance company's head with its
 *    agreement number, the supplier and the customer, the supplier's delivery note and the customer's
 *    order, the goods, ticked confirmations, the customer's signature with name, position and date
 *    written by hand, the warning not to sign early, and the supplier's own signed confirmation;
 *  - cn-e-signed-sales-contract: a 产品购销合同 signed on a third-party e-signature platform: the
 *    platform's 文件编号 at the top, the parties in a table with their 统一社会信用代码, the products with
 *    the total in figures and capitals, the terms including the 电子签名法 clause, the parties' electronic
 *    seals each with its 签署时间, and the platform's signing record (who sent it and when, who signed,
 *    how they were verified, when) with the document's digest at the foot.
 * The page frame (font registration, skew, stamp, shadow) is generated-layouts.ts's.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
const plain = (value: number) => value.toFixed(2);
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** 5 March 2025 */
const fullDate = (iso: string) => `${parts(iso).day} ${fullMonths[parts(iso).month - 1]} ${parts(iso).year}`;
/** Tuesday 4 March 2025 */
const weekdayDate = (iso: string) => `${weekdays[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${fullDate(iso)}`;
/** 05-Mar-2025 */
const dashedDate = (iso: string) => `${pad2(parts(iso).day)}-${months[parts(iso).month - 1]}-${parts(iso).year}`;
/** 6/3/25, as a hand dates a signature in Britain */
const handDate = (iso: string) => `${parts(iso).day}/${parts(iso).month}/${String(parts(iso).year).slice(2)}`;
/** 2025.3.6, as a hand dates a Chinese form */
const dottedDate = (iso: string) => `${parts(iso).year}.${parts(iso).month}.${parts(iso).day}`;
/** A stable string of hexadecimal digits, as a digest prints. */
const hexOf = (key: string, length: number) => (digitsOf(key, length * 2).match(/\d\d/g) ?? []).map((pair) => (Number(pair) % 16).toString(16)).join('');
const netOf = (t: GeneratedTruth) => round2(t.extras.items.reduce((sum, item) => sum + item.amount, 0));

// ---------------------------------------------------------------------------------------------
// en-machinery-auction-invoice

const auctionBlue = '#1b3a6b';
const premiumRate = 0.15;
const saleSites = ['Unit 3, Brunswick Way, Sheffield', 'Former Allied Works, Dock Road, Birkenhead', 'Ashby Road Industrial Estate, Coalville', 'Unit 12, Longbridge Lane, Derby'];

function enMachineryAuctionInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 40;
  const x1 = 555;
  const issued = String(e['issueDate']);
  const closed = plusDays(issued, -(1 + (t.index % 2)));
  const collectFrom = plusDays(issued, 2);
  const saleNo = `${String(parts(closed).year).slice(2)}${pad2(parts(closed).month)}${digitsOf(seller.name + closed, 2)}`;
  const bidder = `${1000 + Number(digitsOf(buyer.name + closed, 3))}`;
  const buyerAt = splitAddress(buyer);

  // the auctioneer's head
  doc.save().rect(x0, 30, 6, 40).fill(auctionBlue).restore();
  put(doc, seller.name, x0 + 14, 30, 16, 'Helvetica-Bold', 'left', auctionBlue);
  put(doc, 'Industrial Auctioneers & Valuers · Online timed sales · Asset disposal', x0 + 14, 50, 8, 'Helvetica', 'left', '#555555');
  put(doc, `${seller.address} · Tel 0${digitsOf(seller.name, 3)} ${digitsOf(seller.address, 6)} · accounts@${seller.name.split(' ')[0]?.toLowerCase()}auctions.co.uk`, x0 + 14, 61, 7.5, 'Helvetica', 'left', '#555555');
  put(doc, "BUYER'S INVOICE", x1, 30, 15, 'Helvetica-Bold', 'right');

  // the sale
  doc.save().rect(x0, 84, x1 - x0, 30).fill('#e9eef6').restore();
  put(doc, `Sale ${saleNo}: Surplus engineering stock and machinery — timed online auction`, x0 + 8, 89, 9, 'Helvetica-Bold', 'left', auctionBlue);
  put(doc, `Bidding closed ${weekdayDate(closed)} from 14:00 · Viewing and collection at ${pickBy(seller.name + closed, saleSites)}`, x0 + 8, 102, 8, 'Helvetica');

  // buyer and references
  put(doc, 'Buyer', x0, 128, 8, 'Helvetica-Bold', 'left', auctionBlue);
  [buyer.name, buyerAt.street, buyerAt.town, `VAT No. ${buyer.taxId}`].forEach((line, i) => put(doc, line, x0, 140 + i * 13, 9.5, i ? 'Helvetica' : 'Helvetica-Bold'));
  const references: [string, string][] = [['Invoice number', String(e['invoiceNumber'])], ['Invoice date', dashedDate(issued)], ['Bidder number', bidder], ['Sale number', saleNo], ['Page', '1 of 1']];
  references.forEach(([name, value], i) => {
    put(doc, name, 350, 128 + i * 14, 8.5, 'Helvetica', 'left', '#555555');
    put(doc, value, x1, 128 + i * 14, 8.5, 'Helvetica-Bold', 'right');
  });

  // the lots
  const lots = items.map((item, r) => {
    const hammer = round2(item.amount / (1 + premiumRate));
    return { lot: String(10 + Number(digitsOf(item.name + closed, 2)) + r * 100), item, hammer, premium: round2(item.amount - hammer), vat: round2(item.amount * rate) };
  });
  const rows = lots.map(({ lot, item, hammer, premium, vat }) => [lot, `${item.quantity} x ${item.name} (as lotted)`, grouped(hammer), grouped(premium), grouped(item.amount), grouped(vat)]);
  const sum = (values: number[]) => round2(values.reduce((a, b) => a + b, 0));
  rows.push(['', 'Totals', grouped(sum(lots.map((l) => l.hammer))), grouped(sum(lots.map((l) => l.premium))), grouped(Number(e['netAmount'])), grouped(Number(e['taxAmount']))]);
  let y = grid(doc, [x0, 76, 280, 340, 400, 470, x1], 208, ['Lot', 'Description', 'Hammer', `Premium\n${Math.round(premiumRate * 100)}%`, 'Net', `VAT\n${Math.round(rate * 100)}%`], rows, ['center', 'left', 'right', 'right', 'right', 'right'], { font: 'Helvetica', size: 8, rowHeight: 17, headerHeight: 24, shade: '#e9eef6', line: '#8899aa' });
  y += 16;

  // the summary
  const summary: [string, string, boolean][] = [
    ['Hammer total', grouped(sum(lots.map((l) => l.hammer))), false],
    [`Buyer's premium @ ${Math.round(premiumRate * 100)}%`, grouped(sum(lots.map((l) => l.premium))), false],
    ['Total net of VAT', grouped(Number(e['netAmount'])), false],
    [`VAT @ ${Math.round(rate * 100)}%`, grouped(Number(e['taxAmount'])), false],
    [`Invoice total (${e['currency']})`, `£${grouped(Number(e['totalAmount']))}`, true],
    ['Less paid', '0.00', false],
    ['BALANCE DUE', `£${grouped(Number(e['totalAmount']))}`, true],
  ];
  summary.forEach(([name, value, bold], i) => {
    put(doc, name, 350, y + i * 15, 9, bold ? 'Helvetica-Bold' : 'Helvetica');
    put(doc, value, x1, y + i * 15, 9, bold ? 'Helvetica-Bold' : 'Helvetica', 'right');
  });
  rule(doc, 350, y + 4 * 15 - 3, x1, y + 4 * 15 - 3, 0.6);

  // payment and collection
  put(doc, 'Payment', x0, y, 9, 'Helvetica-Bold', 'left', auctionBlue);
  const payment = [
    `Payment in cleared funds is due within two working days of the close of the sale. Pay by bank transfer to ${seller.name}, client account, sort code ${digitsOf(seller.name, 2)}-${digitsOf(seller.address, 2)}-${digitsOf(seller.taxId, 2)}, account ${digitsOf(seller.taxId + 'client', 8)}, quoting your bidder number ${bidder}. Cards are not accepted over £5,000.`,
    `Collection by appointment only on ${weekdayDate(collectFrom)} and the following working day. Lots are released only once payment has cleared and on production of this invoice. Lots not collected are stored at the buyer's risk and cost.`,
  ];
  let py = y + 14;
  payment.forEach((paragraph) => wrap(doc, paragraph, 290, 8, 'Helvetica').forEach((line) => { put(doc, line, x0, py, 8, 'Helvetica'); py += 10.5; }));
  y = Math.max(py, y + 7 * 15) + 20;

  const small = [
    'Lots are sold on behalf of vendors whose identity is not disclosed; the auctioneer acts as agent only. All lots are sold as seen, with all faults, under the Conditions of Sale displayed on the sale page, which the buyer accepted on registering to bid.',
    `${seller.name}, registered in England and Wales No. ${digitsOf(seller.name + 'crn', 8)}. VAT registration No. ${seller.taxId}. A member of the National Association of Valuers and Auctioneers.`,
  ];
  small.forEach((paragraph) => wrap(doc, paragraph, x1 - x0, 7, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 7, 'Helvetica', 'left', '#555555'); y += 9; }));
}

// ---------------------------------------------------------------------------------------------
// cn-equipment-unpacking-record

const makersCn = ['常州恒力传动设备有限公司', '浙江力普重工机械有限公司', '洛阳中创精密轴承有限公司', '江苏华能泵业有限公司'];
const supervisors = ['江苏正衡工程监理有限公司', '浙江华建工程咨询有限公司', '上海申元建设监理有限公司'];
const installers = ['中恒机电安装工程有限公司', '华东设备安装集团有限公司', '宏盛建设工程有限公司'];
const projectNames = ['新建生产厂房机电安装工程', '二期车间设备安装工程', '技术改造项目设备安装工程', '仓储中心机电工程'];
const supervisorsPeople = ['周立新', '郑国梁', '邱雯'];
const installersPeople = ['马晓东', '蔡志刚', '侯建军'];
const suppliersPeople = ['许文杰', '钟丽华', '彭飞'];

function cnEquipmentUnpackingRecord(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const x0 = 46;
  const x1 = 550;
  const arrived = String(e['deliveryDate']);
  const checked = String(e['signatureDate']);
  const boxes = items.reduce((sum, item) => sum + Math.ceil(item.quantity / 40), 0);
  const shade = '#eeeeee';

  put(doc, '表 C4-7', x0, 34, 8.5, 'cjk', 'left', '#555555');
  put(doc, '设备开箱检验记录', 298, 44, 18, 'cjk', 'center');
  put(doc, `编号：KX-${arrived.slice(0, 4)}-${digitsOf(buyer.name + arrived, 3)}`, x1, 50, 9, 'cjk', 'right');

  // the particulars
  let y = 76;
  const labelWidth = 78;
  const half = (x1 - x0) / 2;
  const cell = (label: string, value: string, x: number, width: number) => {
    box(doc, x, y, labelWidth, 22, shade);
    box(doc, x + labelWidth, y, width - labelWidth, 22);
    put(doc, label, x + labelWidth / 2, y + 6.5, 9, 'cjk', 'center');
    put(doc, value, x + labelWidth + 5, y + 6.5, 9, /^[\x20-\x7e]+$/.test(value) ? 'Helvetica' : 'cjk');
  };
  const pair = (left: [string, string], right: [string, string] | null) => {
    cell(left[0], left[1], x0, right ? half : x1 - x0);
    if (right) cell(right[0], right[1], x0 + half, half);
    y += 22;
  };
  const first = itemName(items[0]?.name ?? '');
  pair(['工程名称', `${buyer.name.replace(/有限公司$/u, '')}${pickBy(buyer.taxId, projectNames)}`], null);
  pair(['设备名称', items.length > 1 ? `${first}等${items.length}项` : first], ['检验日期', chineseDay(checked)]);
  pair(['供货单位', seller.name], ['合同编号', String(e['orderReference'])]);
  pair(['生产厂家', pickBy(seller.taxId, makersCn)], ['发货单号', String(e['deliveryNoteNumber'])]);
  pair(['收货单位', buyer.name], ['到货日期', chineseDay(arrived)]);
  pair(['装箱单总箱数', `${boxes} 箱`], ['实到箱数', `${boxes} 箱`]);
  y += 10;

  // the checks
  put(doc, '一、检验记录', x0, y, 9.5, 'cjk');
  y += 14;
  const checks = [
    ['包装情况', '包装完好，无破损、受潮，箱号与装箱单一致'],
    ['随机文件', '装箱单（√）　产品合格证（√）　使用说明书（√）　出厂检验报告（√）'],
    ['备件与附件', '与装箱单相符'],
    ['外观检查', '无锈蚀、碰伤、变形，铭牌清晰'],
  ];
  y = grid(doc, [x0, 150, x1], y, ['检查项目', '检查情况'], checks, ['center', 'left'], { font: 'cjk', size: 8.8, rowHeight: 18, headerHeight: 18, shade, line: '#333333' });
  y += 10;

  // the packing list against what arrived
  put(doc, '二、设备及附件清单', x0, y, 9.5, 'cjk');
  y += 14;
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    return [String(r + 1), name, specification, unit, String(item.quantity), String(item.quantity), ''];
  });
  while (rows.length < 3) rows.push(['', '', '', '', '', '', '']);
  y = grid(doc, [x0, 80, 200, 300, 340, 410, 480, x1], y, ['序号', '名称', '规格型号', '单位', '装箱单数量', '实到数量', '备注'], rows, ['center', 'left', 'left', 'center', 'right', 'right', 'left'], { font: 'cjk', size: 8.8, rowHeight: 18, headerHeight: 18, shade, line: '#333333' });
  y += 10;

  // the conclusion, written by hand
  box(doc, x0, y, x1 - x0, 46);
  put(doc, '三、检验结论：', x0 + 6, y + 6, 9.5, 'cjk');
  handwrittenLine(doc, '经开箱检验，设备外观完好，数量与装箱单相符，随机资料齐全，同意接收。', x0 + 20, y + 24, 11);
  y += 56;

  // the four parties' signatures
  const parties: [string, string, string, boolean][] = [
    ['建设（收货）单位', buyer.name, String(e['signedBy']), true],
    ['监理单位', pickBy(buyer.name, supervisors), pickBy(arrived, supervisorsPeople), false],
    ['施工单位', pickBy(seller.name, installers), pickBy(checked, installersPeople), false],
    ['供货单位', seller.name, pickBy(seller.taxId, suppliersPeople), false],
  ];
  const width = (x1 - x0) / parties.length;
  parties.forEach(([role, unit, person, receiver], i) => {
    const x = x0 + i * width;
    box(doc, x, y, width, 20, shade);
    box(doc, x, y + 20, width, 100);
    put(doc, role, x + width / 2, y + 6, 9, 'cjk', 'center');
    const unitLines = wrapChinese(doc, unit, width - 10, 8);
    unitLines.forEach((line, l) => put(doc, line, x + 5, y + 26 + l * 11, 8, 'cjk', 'left', '#444444'));
    put(doc, '代表（签字）：', x + 5, y + 54, 8.5, 'cjk');
    if (receiver) signature(doc, person, x + 12, y + 66, true);
    else handwritten(doc, person, x + 30, y + 70, 13, 'cjk');
    put(doc, '日期：', x + 5, y + 102, 8.5, 'cjk');
    handwritten(doc, dottedDate(checked), x + 34, y + 99, 11, 'Helvetica-Oblique');
  });
  seal(doc, x0 + width - 32 - (t.index % 3) * 2, y + 72, 27, 27, buyer.name, null, '设备验收章', { tilt: -8 + (t.index % 4) * 4, rimSize: 6 });
  y += 132;
  put(doc, '注：本记录一式四份，建设、监理、施工、供货单位各一份；发现缺损件时应在备注栏注明并由各方签认。', x0, y, 8, 'cjk', 'left', '#555555');
}

// ---------------------------------------------------------------------------------------------
// en-delivery-acceptance-certificate

const financeGreen = '#0d5c4a';
const financeCompanies = ['Harbourside Asset Finance Ltd', 'Kestrel Equipment Leasing Ltd', 'Marlow Commercial Finance Ltd'];
const positions = ['Director', 'Operations Director', 'Finance Manager', 'Works Manager'];
const supplierReps = ['Tom Hedges', 'Lucy Barker', 'Owen Price', 'Sam Whitworth'];

function enDeliveryAcceptanceCertificate(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items } = t.extras;
  const x0 = 50;
  const x1 = 545;
  const delivered = String(e['deliveryDate']);
  const signed = String(e['signatureDate']);
  const financer = pickBy(buyer.name + seller.name, financeCompanies);
  const agreement = `HP/${digitsOf(buyer.taxId + financer, 7)}`;
  const signer = String(e['signedBy']);
  const supplierRep = pickBy(seller.name + delivered, supplierReps);

  // the finance company's head
  doc.save().circle(x0 + 12, 44, 12).fill(financeGreen).restore();
  put(doc, financer.split(' ')[0]?.[0] ?? 'H', x0 + 12, 37, 13, 'Helvetica-Bold', 'center', '#ffffff');
  put(doc, financer, x0 + 32, 34, 13, 'Helvetica-Bold', 'left', financeGreen);
  put(doc, 'Finance House, 10 Dock Street, Bristol BS1 4RR · 0345 600 2290', x0 + 32, 50, 7.5, 'Helvetica', 'left', '#555555');
  put(doc, `Agreement No. ${agreement}`, x1, 34, 9, 'Helvetica-Bold', 'right');
  put(doc, `Customer No. C${digitsOf(buyer.name, 6)}`, x1, 48, 8.5, 'Helvetica', 'right');
  rule(doc, x0, 66, x1, 66, 1.2, financeGreen);
  put(doc, 'DELIVERY AND ACCEPTANCE CERTIFICATE', 297, 78, 15, 'Helvetica-Bold', 'center');

  // the parties
  let y = 106;
  const party = (role: string, lines: string[]) => {
    put(doc, role, x0, y, 8.5, 'Helvetica-Bold', 'left', financeGreen);
    lines.forEach((line, i) => put(doc, line, x0 + 110, y + i * 12, 9, i ? 'Helvetica' : 'Helvetica-Bold'));
    y += lines.length * 12 + 8;
  };
  party('To (the Owner)', [financer, 'Payout Department']);
  party('Supplier', [seller.name, seller.address]);
  party('Customer', [buyer.name, buyer.address]);

  // the confirmation
  const statement = `We, the Customer, confirm that the goods described below (the Goods), supplied by the Supplier under its delivery note ${e['deliveryNoteNumber']} against our purchase order ${e['orderReference']}, were delivered to us at ${buyer.address} on ${fullDate(delivered)}.`;
  wrap(doc, statement, x1 - x0, 9.5, 'Helvetica').forEach((line) => { put(doc, line, x0, y, 9.5, 'Helvetica'); y += 13; });
  y += 6;
  const rows = items.map((item, r) => [item.name, String(item.quantity), `S/N or batch ${digitsOf(`${item.name}${delivered}${r}`, 8)}`]);
  y = grid(doc, [x0, 300, 360, x1], y, ['Description of the Goods', 'Quantity', 'Serial numbers / batch'], rows, ['left', 'right', 'left'], { font: 'Helvetica', size: 8.5, rowHeight: 17, headerHeight: 17, shade: '#e3efec', line: '#7a9a92' });
  y += 14;
  const ticks = [
    'The Goods have been delivered in full and, where required, installed and commissioned.',
    'The Goods are in good working order and condition and are satisfactory in every respect.',
    'We have received the manuals, certificates and any training the Supplier agreed to give.',
    'We ask the Owner to pay the Supplier for the Goods and accept them under the Agreement.',
  ];
  ticks.forEach((tick) => {
    box(doc, x0, y, 9, 9);
    doc.save().lineWidth(1.3).strokeColor('#1a2a6c').moveTo(x0 + 1, y + 4).lineTo(x0 + 4, y + 8).lineTo(x0 + 11, y - 3).stroke().restore();
    put(doc, tick, x0 + 16, y, 9, 'Helvetica');
    y += 15;
  });
  y += 6;

  // the customer's signature
  box(doc, x0, y, x1 - x0, 112);
  put(doc, `Signed for and on behalf of the Customer, ${buyer.name}`, x0 + 8, y + 8, 9, 'Helvetica-Bold');
  const line = (label: string, at: number, from: number, to: number) => {
    put(doc, label, from, y + at, 8.5, 'Helvetica');
    rule(doc, from + 58, y + at + 10, to, y + at + 10, 0.5, '#888888');
  };
  line('Signature', 40, x0 + 8, 300);
  signature(doc, signer, x0 + 80, y + 26, false);
  line('Print name', 70, x0 + 8, 300);
  handwritten(doc, signer.toUpperCase(), x0 + 74, y + 66, 11, 'Helvetica-Oblique');
  line('Position', 96, x0 + 8, 300);
  handwritten(doc, pickBy(signer + buyer.name, positions), x0 + 74, y + 91, 12, 'Times-Italic');
  line('Date', 40, 330, x1 - 10);
  handwritten(doc, handDate(signed), 400, y + 35, 13, 'Times-Italic');
  y += 124;

  // the warning
  doc.save().rect(x0, y, x1 - x0, 44).fill('#fff4e0').restore();
  const warning = 'IMPORTANT: do not sign this certificate until all the Goods have been delivered and are working to your satisfaction. The Owner will pay the Supplier on the strength of it, and you will remain liable under the Agreement even if the Goods later prove not to have been delivered.';
  let wy = y + 6;
  wrap(doc, warning, x1 - x0 - 12, 8, 'Helvetica-Bold').forEach((text) => { put(doc, text, x0 + 6, wy, 8, 'Helvetica-Bold', 'left', '#8a4b00'); wy += 10.5; });
  y += 56;

  // the supplier's confirmation
  put(doc, `Supplier's confirmation: we confirm that we delivered the Goods as stated above and that title to them is free of any charge.`, x0, y, 8.5, 'Helvetica');
  put(doc, `For ${seller.name}`, x0, y + 34, 8.5, 'Helvetica');
  signature(doc, supplierRep, x0 + 170, y + 16, false);
  put(doc, `${supplierRep}, Sales Manager`, x0 + 170, y + 48, 8, 'Helvetica', 'left', '#444444');
  put(doc, 'Date', x0 + 360, y + 34, 8.5, 'Helvetica');
  handwritten(doc, handDate(delivered), x0 + 388, y + 30, 12, 'Times-Italic');
  y += 72;
  rule(doc, x0, y, x1, y, 0.5, '#999999', 2);
  put(doc, 'For office use: payout authorised by ____________  date ____________  batch ____________', x0, y + 8, 8, 'Helvetica', 'left', '#777777');
  put(doc, `${financer} is authorised and regulated by the Financial Conduct Authority. Form DAC 04/24 · ${agreement}`, 297, 812, 7, 'Helvetica', 'center', '#777777');
}

// ---------------------------------------------------------------------------------------------
// cn-e-signed-sales-contract

const platformBlue = '#1565c0';
const contacts = ['采购部 罗军', '采购部 田甜', '供应链部 韦东', '采购中心 贺兰'];
const salesContacts = ['销售部 戴勇', '业务部 卢倩', '销售经理 毛杰', '大客户部 龚宁'];

function cnESignedSalesContract(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer, items, rate } = t.extras;
  const x0 = 50;
  const x1 = 545;
  const signing = String(e['signingDate']);
  const amount = Number(e['amount']);
  const sent = plusDays(signing, -(1 + (t.index % 2)));
  const time = (key: string, hourFrom: number) => `${pad2(hourFrom + (Number(digitsOf(key, 1)) % 4))}:${pad2(Number(digitsOf(key, 2)) % 60)}:${pad2(Number(digitsOf(key + 's', 2)) % 60)}`;
  const buyerTime = `${signing} ${time(buyer.name + signing, 9)}`;
  const sellerTime = `${signing} ${time(seller.name + signing, 14)}`;
  const sentTime = `${sent} ${time(sent + buyer.name, 15)}`;
  const fileNo = `YQ${sent.replace(/-/g, '')}${digitsOf(buyer.taxId + sent, 10)}`;
  const buyerContact = pickBy(buyer.taxId, contacts);
  const sellerContact = pickBy(seller.taxId, salesContacts);
  const size = 8.8;
  const step = 13;
  let y = 24;

  // the platform's band on the page
  put(doc, '云签', x0, y, 10, 'cjk', 'left', platformBlue);
  put(doc, 'eSign', x0 + 22, y + 1, 9, 'Helvetica-Bold', 'left', platformBlue);
  put(doc, `文件编号：${fileNo}　　签署状态：已完成`, x1, y + 1, 8, 'cjk', 'right', '#666666');
  rule(doc, x0, y + 15, x1, y + 15, 0.6, platformBlue);
  y = 54;

  put(doc, '产 品 购 销 合 同', 297, y, 18, 'cjk', 'center');
  y += 30;
  put(doc, `合同编号：${e['contractNumber']}`, x1, y, 9, 'cjk', 'right');
  put(doc, '签订方式：电子签约', x0, y, 9, 'cjk');
  y += 18;

  // the parties in a table
  const partyRows = [
    ['甲方（采购方）', buyer.name, buyer.taxId, buyerContact],
    ['乙方（供货方）', seller.name, seller.taxId, sellerContact],
  ];
  y = grid(doc, [x0, 122, 282, 432, x1], y, ['合同主体', '单位名称', '统一社会信用代码', '联系人'], partyRows, ['center', 'left', 'left', 'left'], { font: 'cjk', size: 8.5, rowHeight: 19, headerHeight: 18, shade: '#e8f0fb', line: '#7f97b8' });
  y += 8;
  const paragraph = (value: string) => {
    wrapChinese(doc, value, x1 - x0, size).forEach((line) => { put(doc, line, x0, y, size, 'cjk'); y += step; });
    y += 2;
  };
  paragraph('　　甲乙双方根据《中华人民共和国民法典》及相关法律法规，本着平等互利的原则，就甲方向乙方采购下列产品事宜协商一致，订立本合同。');

  // the products
  put(doc, '第一条　产品名称、规格、数量及价款', x0, y, size, 'cjk');
  y += 15;
  const rows = items.map((item, r) => {
    const name = itemName(item.name);
    const [specification, unit] = specifications[name] ?? ['', '件'];
    const gross = round2(item.amount + round2(item.amount * rate));
    return [String(r + 1), name, specification, unit, String(item.quantity), (gross / item.quantity).toFixed(2), `${Math.round(rate * 100)}%`, grouped(gross)];
  });
  rows.push(['合计', '', '', '', '', '', '', grouped(amount)]);
  y = grid(doc, [x0, 78, 170, 250, 282, 324, 392, 432, x1], y, ['序号', '产品名称', '规格型号', '单位', '数量', '含税单价', '税率', '含税金额（元）'], rows, ['center', 'left', 'left', 'center', 'right', 'right', 'center', 'right'], { font: 'cjk', size: 8.3, rowHeight: 16, headerHeight: 17, shade: '#e8f0fb', line: '#7f97b8' });
  y += 6;
  paragraph(`合同总价款（含增值税）：人民币 ¥${grouped(amount)} 元（大写：${chineseCapitalAmount(amount)}），不含税金额 ¥${grouped(netOf(t))} 元。乙方应开具税率为${Math.round(rate * 100)}%的增值税专用发票。`);
  paragraph(`第二条　交货　乙方应于合同生效后二十日内将产品送至甲方指定地点（${buyer.address}），运费由乙方承担，甲方以签收的送货单作为交货凭证。`);
  paragraph('第三条　验收与质保　甲方应于到货后五个工作日内验收；质保期为验收合格之日起十二个月，质保期内非人为损坏的，乙方免费维修或更换。');
  paragraph('第四条　付款　甲方于货到验收合格并收到乙方发票后三十日内，以银行转账方式支付全部货款。');
  paragraph('第五条　违约责任　任何一方违约的，应赔偿守约方因此遭受的损失；逾期交货或逾期付款的，每日按逾期部分金额的万分之五支付违约金。');
  paragraph('第六条　电子签署　本合同以数据电文形式订立，双方通过第三方电子签约平台以可靠的电子签名签署。依照《中华人民共和国电子签名法》，电子签名、电子签章与手写签名或者盖章具有同等的法律效力。本合同自双方均完成电子签署之日起生效。');
  y += 18;

  // the electronic seals, each with its signing time
  const blocks: [string, Party, string][] = [['甲方（电子签章）', buyer, buyerTime], ['乙方（电子签章）', seller, sellerTime]];
  blocks.forEach(([role, p, at], i) => {
    const x = x0 + i * 250;
    put(doc, role, x, y, 9, 'cjk');
    put(doc, p.name, x, y + 16, 9, 'cjk');
    seal(doc, x + 150, y + 22, 34, 34, p.name, null, '合同专用章', { tilt: 0, rimSize: 7 });
    put(doc, `签署时间：${at}`, x, y + 62, 8.5, 'cjk');
  });
  y += 80;

  // the platform's signing record
  doc.save().rect(x0, y, x1 - x0, 16).fill('#e8f0fb').restore();
  put(doc, '签署信息（由云签电子签约平台生成）', x0 + 6, y + 4, 8.5, 'cjk', 'left', platformBlue);
  y += 18;
  const record = [
    ['发起', buyer.name, buyerContact.split(' ')[1] ?? '', '企业实名认证', sentTime],
    ['签署', buyer.name, buyerContact.split(' ')[1] ?? '', '企业实名认证＋短信验证码', buyerTime],
    ['签署', seller.name, sellerContact.split(' ')[1] ?? '', '企业实名认证＋人脸识别', sellerTime],
  ];
  y = grid(doc, [x0, 84, 230, 282, 420, x1], y, ['操作', '单位', '经办人', '认证方式', '时间'], record, ['center', 'left', 'center', 'left', 'left'], { font: 'cjk', size: 8, rowHeight: 15, headerHeight: 15, shade: '#f3f6fb', line: '#9fb3cf' });
  put(doc, `文件摘要（SHA-256）：${hexOf(fileNo, 64)}`, x0, y + 8, 7, 'cjk', 'left', '#666666');
  put(doc, '第 1 页 / 共 1 页', 297, 812, 7.5, 'cjk', 'center', '#666666');
}

export const heldOut17Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'en-machinery-auction-invoice': enMachineryAuctionInvoice,
  'cn-equipment-unpacking-record': cnEquipmentUnpackingRecord,
  'en-delivery-acceptance-certificate': enDeliveryAcceptanceCertificate,
  'cn-e-signed-sales-contract': cnESignedSalesContract,
};

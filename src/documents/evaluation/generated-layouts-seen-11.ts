import type { GeneratedTruth } from './generated-truth';
import { chineseDate, grid, itemGrid, longDate, money, shortDate, signature, text, type Doc } from './generated-drawing';

/**
 * Seen layouts drawn by a rule writer before writing the rules of round eleven, aimed at what
 * confuses readers of real documents: several companies, dates, references and people on one page.
 * - cn-sales-slip-consignee: a 销售单 that is also the VAT invoice: the seller's letterhead, then a
 *   ruled header row over a value row (订单号 / 单据号码 / 客户编号 / 订单日期 / 开票日期), a
 *   ruled party table whose rows are 购货单位, 收货单位 (a warehouse, a third company) and 承运单位
 *   (the carrier), each with its own 纳税人识别号 column; totals 金额合计 / 税额合计 / 价税合计,
 *   then the seller's bank, and 制单 / 审核 / 送货 people and a 打印日期 at the foot;
 * - en-invoice-ship-bill-remit: an English invoice with "Ship to" (a fulfilment warehouse, with its
 *   own VAT number) left of "Bill to", the numbers as a header row over a value row (Order No. /
 *   Order date / Invoice No. / Tax date / Account), a factoring notice naming an invoice-finance
 *   company to pay instead (with its own VAT number), a deposit already paid and a balance due
 *   below the invoice total, and a delivery date and due date besides the tax date;
 * - cn-delivery-note-carrier: a 送货单 whose numbers are a ruled grid (送货单号 / 订单号 / 运单号 /
 *   项目编号), four dates (订单日期, 发货日期, 预计到货, 签收日期), the carrier and its driver
 *   beside the receiver (收货单位), the ordering company named again as 结算单位 (a parent), and a
 *   sign-off table (制单 / 发货人 / 司机 / 收货人签字 / 签收日期) with the receiver's signature in
 *   handwriting among printed names;
 * - en-contract-guarantor: a supply agreement between three parties (Supplier, Customer and the
 *   Customer's parent as Guarantor) set out in a ruled table of role / name / company number,
 *   a framework reference and a tender reference beside the agreement number, the price beside a
 *   performance bond and a liability cap, a commencement date and an expiry date after the date of
 *   the agreement, and a signature block of three parties.
 * The page frame is generated-layouts.ts's.
 */
/** Digits of a value turned round, for a second reference that is not the first. */
const reversedDigits = (value: unknown, count: number) => [...String(value).replace(/\D/g, '')].reverse().join('').padEnd(count, '3').slice(0, count);
const daysAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const cnWarehouses = ['嘉兴恒达仓储有限公司', '常州华星物流仓储有限公司', '绍兴宏远供应链管理有限公司'];
const cnCarriers = ['德邦物流股份有限公司', '中外运物流华东有限公司', '安能物流集团有限公司'];
const cnPeople = ['赵磊', '孙丽', '周杰', '吴芳'];

/** A unified social credit code-like id for a third company (not checked by anyone reading the page). */
const thirdPartyId = (seed: unknown) => `91330${reversedDigits(seed, 6)}MA2${reversedDigits(`${String(seed)}9`, 6)}X`;

function cnSalesSlipConsignee(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const warehouse = cnWarehouses[t.index % cnWarehouses.length] as string;
  const carrier = cnCarriers[(t.index + 1) % cnCarriers.length] as string;
  const issued = String(e['issueDate']);
  text(doc, seller.name, 50, 36, 15, 'cjk');
  text(doc, `地址：${seller.address}  电话：0571-8888 6${reversedDigits(seller.taxId, 3)}`, 50, 58, 9, 'cjk');
  text(doc, `纳税人识别号：${seller.taxId}`, 50, 72, 9, 'cjk');
  text(doc, '销 售 单（发票联）', 220, 96, 17, 'cjk');
  grid(doc, 45, 126, [95, 110, 95, 100, 105], [
    ['订单号', '单据号码', '客户编号', '订单日期', '开票日期'],
    [`SO${reversedDigits(e['invoiceNumber'], 7)}`, String(e['invoiceNumber']), `KH-${reversedDigits(buyer.taxId, 5)}`, daysAfter(issued, -6), issued],
  ], 'cjk', 9);
  grid(doc, 45, 180, [80, 190, 150, 85], [
    ['单位类别', '单位名称', '纳税人识别号', '联系人'],
    ['购货单位', buyer.name, buyer.taxId, cnPeople[t.index % cnPeople.length] as string],
    ['收货单位', warehouse, thirdPartyId(e['invoiceNumber']), cnPeople[(t.index + 1) % cnPeople.length] as string],
    ['承运单位', carrier, thirdPartyId(buyer.taxId), cnPeople[(t.index + 2) % cnPeople.length] as string],
  ], 'cjk', 9);
  const y = itemGrid(doc, t, 275, ['货物名称', '数量', '单价', '金额'], 'cjk');
  grid(doc, 45, y + 8, [120, 130, 120, 135], [
    ['金额合计', `¥${money(Number(e['netAmount']))}`, `税额合计（${Math.round(t.extras.rate * 100)}%）`, `¥${money(Number(e['taxAmount']))}`],
    ['价税合计', `¥${money(Number(e['totalAmount']))}`, '币种', '人民币 CNY'],
  ], 'cjk', 9);
  text(doc, `开户银行：中国建设银行杭州分行  账号：3305 0161 ${reversedDigits(seller.taxId, 8)}`, 50, y + 64, 9, 'cjk');
  text(doc, `付款期限：${t.extras.dueDate} 前付清`, 50, y + 80, 9, 'cjk');
  text(doc, `制单：${cnPeople[(t.index + 3) % cnPeople.length]}    审核：${cnPeople[t.index % cnPeople.length]}    送货：${cnPeople[(t.index + 1) % cnPeople.length]}`, 50, y + 110, 9, 'cjk');
  text(doc, `打印日期：${daysAfter(issued, 2)}`, 400, y + 110, 9, 'cjk');
}

const shipTo = ['Harbourside Fulfilment Ltd', 'Midland Warehousing Ltd', 'Eastgate Distribution Ltd'];
const factors = ['Lombard Trade Finance Ltd', 'Aldgate Invoice Finance Ltd'];

function enInvoiceShipBillRemit(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const warehouse = shipTo[t.index % shipTo.length] as string;
  const factor = factors[t.index % factors.length] as string;
  const issued = String(e['issueDate']);
  text(doc, seller.name, 50, 36, 14, 'Helvetica-Bold');
  text(doc, `${seller.address} | VAT Reg. ${seller.taxId} | Company No. 0${reversedDigits(seller.taxId, 7)}`, 50, 54, 8);
  text(doc, 'TAX INVOICE', 420, 36, 15, 'Helvetica-Bold');
  grid(doc, 45, 80, [95, 100, 110, 100, 100], [
    ['Order No.', 'Order date', 'Invoice No.', 'Tax date', 'Account'],
    [`SO-${reversedDigits(e['invoiceNumber'], 6)}`, shortDate(daysAfter(issued, -9)), String(e['invoiceNumber']), shortDate(issued), `AC${reversedDigits(buyer.taxId, 5)}`],
  ], 'Helvetica');
  const column = (heading: string, x: number, lines: string[]) => {
    text(doc, heading, x, 136, 10, 'Helvetica-Bold');
    lines.forEach((line, i) => text(doc, line, x, 152 + i * 14, 9));
  };
  column('Ship to', 50, [warehouse, 'Bay 7, Unit 12, Trafford Park', `VAT: GB${reversedDigits(buyer.taxId, 9)}`]);
  column('Bill to', 310, [buyer.name, buyer.address, `VAT: ${buyer.taxId}`]);
  text(doc, `Delivery date: ${shortDate(daysAfter(issued, 3))}    Payment due: ${shortDate(t.extras.dueDate)}`, 50, 205, 9);
  const y = itemGrid(doc, t, 225, ['Description', 'Qty', 'Unit price', 'Net amount'], 'Helvetica');
  const deposit = Math.round(Number(e['totalAmount']) * 0.3 * 100) / 100;
  text(doc, 'Net total', 350, y + 12); text(doc, money(Number(e['netAmount'])), 470, y + 12);
  text(doc, 'VAT at 20%', 350, y + 28); text(doc, money(Number(e['taxAmount'])), 470, y + 28);
  text(doc, 'Invoice total GBP', 350, y + 44, 10, 'Helvetica-Bold'); text(doc, money(Number(e['totalAmount'])), 470, y + 44, 10, 'Helvetica-Bold');
  text(doc, 'Less deposit received', 350, y + 60); text(doc, money(deposit), 470, y + 60);
  text(doc, 'Balance due GBP', 350, y + 76, 10, 'Helvetica-Bold'); text(doc, money(Math.round((Number(e['totalAmount']) - deposit) * 100) / 100), 470, y + 76, 10, 'Helvetica-Bold');
  text(doc, 'NOTICE OF ASSIGNMENT', 50, y + 110, 10, 'Helvetica-Bold');
  text(doc, `This debt has been assigned to ${factor} (VAT GB${reversedDigits(seller.taxId, 9)}), to whom payment must be made:`, 50, y + 126, 8);
  text(doc, `${factor}, 40 Gracechurch Street, London. Sort code 20-45-77, Account 6${reversedDigits(e['invoiceNumber'], 7)}.`, 50, y + 138, 8);
}

const drivers = ['钱勇', '冯涛', '蒋伟'];

function cnDeliveryNoteCarrier(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const carrier = cnCarriers[t.index % cnCarriers.length] as string;
  const driver = drivers[t.index % drivers.length] as string;
  const delivered = String(e['deliveryDate']);
  text(doc, seller.name, 50, 36, 14, 'cjk');
  text(doc, '送 货 单', 400, 36, 18, 'cjk');
  text(doc, `发货地址：${seller.address}`, 50, 56, 9, 'cjk');
  grid(doc, 45, 80, [125, 125, 130, 125], [
    ['送货单号', '订单号', '运单号', '项目编号'],
    [String(e['deliveryNoteNumber']), String(e['orderReference']), `YD${reversedDigits(e['deliveryNoteNumber'], 10)}`, `XM-2025-${reversedDigits(e['orderReference'], 3)}`],
    ['订单日期', '发货日期', '预计到货', '结算方式'],
    [chineseDate(daysAfter(delivered, -12)), chineseDate(delivered), chineseDate(daysAfter(delivered, 2)), '月结30天'],
  ], 'cjk', 9);
  grid(doc, 45, 172, [90, 415], [
    ['收货单位', String(e['receiverName'])],
    ['收货地址', buyer.address],
    ['结算单位', `${String(e['receiverName']).replace(/有限公司$/u, '')}集团有限公司`],
    ['承运单位', `${carrier}（司机：${driver}  车牌：浙A·${reversedDigits(e['deliveryNoteNumber'], 5)}）`],
  ], 'cjk', 9);
  const rows = [['序号', '货物名称', '订货数量', '实发数量'], ...t.extras.items.map((item, i) => [`${i + 1}`, item.name, String(item.quantity), String(item.quantity)])];
  const y = grid(doc, 45, 270, [50, 255, 100, 100], rows, 'cjk', 9);
  text(doc, '备注：货物已验收，数量无误。如有异议请于三日内提出。', 50, y + 12, 9, 'cjk');
  const top = y + 40;
  grid(doc, 45, top, [90, 90, 90, 135, 100], [
    ['制单', '发货人', '司机', '收货人签字', '签收日期'],
    [cnPeople[t.index % cnPeople.length] as string, cnPeople[(t.index + 2) % cnPeople.length] as string, driver, '', chineseDate(String(e['signatureDate']))],
  ], 'cjk', 9, 32);
  signature(doc, String(e['signedBy']), 325, top + 36, true);
}

const guarantorOf = (company: string) => `${company.replace(/ Ltd$/u, '')} Holdings plc`;

function enContractGuarantor(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const signed = String(e['signingDate']);
  const amount = Number(e['amount']);
  text(doc, 'SUPPLY AND GUARANTEE AGREEMENT', 130, 36, 16, 'Helvetica-Bold');
  grid(doc, 45, 66, [125, 125, 130, 125], [
    ['Agreement No.', 'Framework ref.', 'Tender ref.', 'Date of Agreement'],
    [String(e['contractNumber']), `FW-2024-${reversedDigits(e['contractNumber'], 4)}`, `T/${reversedDigits(buyer.taxId, 6)}`, longDate(signed)],
  ], 'Helvetica');
  text(doc, 'PARTIES', 50, 120, 11, 'Helvetica-Bold');
  grid(doc, 45, 136, [110, 230, 165], [
    ['Role', 'Name', 'Company No.'],
    ['(1) Supplier', seller.name, `0${reversedDigits(seller.taxId, 7)}`],
    ['(2) Customer', buyer.name, `0${reversedDigits(buyer.taxId, 7)}`],
    ['(3) Guarantor', guarantorOf(buyer.name), `0${reversedDigits(`${buyer.taxId}1`, 7)}`],
  ], 'Helvetica');
  const clauses = [
    '1. The Supplier shall supply the Goods in the Schedule to the Customer, and the Customer shall pay for them.',
    `2. Contract Price: GBP ${money(amount)}, inclusive of VAT, payable in two instalments.`,
    `3. The Supplier shall provide a performance bond of GBP ${money(Math.round(amount * 10) / 100)} (10% of the Contract Price).`,
    `4. Each party's liability is capped at GBP ${money(Math.round(amount * 150) / 100)}.`,
    `5. Commencement Date: ${longDate(daysAfter(signed, 14))}. This Agreement expires on ${longDate(daysAfter(signed, 379))}.`,
    '6. The Guarantor guarantees to the Supplier the due payment by the Customer of every sum due under clause 2.',
  ];
  clauses.forEach((clause, i) => text(doc, clause, 50, 230 + i * 18, 9));
  const block = (heading: string, name: string, person: string, x: number) => {
    text(doc, heading, x, 380, 9, 'Helvetica-Bold');
    text(doc, name, x, 396, 8);
    text(doc, `Name: ${person}`, x, 420, 8);
    text(doc, `Date: ${longDate(signed)}`, x, 434, 8);
  };
  block('Signed for the Supplier', seller.name, 'Emily Carter', 50);
  block('Signed for the Customer', buyer.name, 'James Wilson', 230);
  block('Signed for the Guarantor', guarantorOf(buyer.name), 'Daniel Evans', 410);
}

export const seen11Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-sales-slip-consignee': cnSalesSlipConsignee,
  'en-invoice-ship-bill-remit': enInvoiceShipBillRemit,
  'cn-delivery-note-carrier': cnDeliveryNoteCarrier,
  'en-contract-guarantor': enContractGuarantor,
};

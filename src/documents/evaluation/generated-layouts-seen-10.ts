import { toCapitalAmount } from '../../domain/documents/chinese-capital-amount';
import type { GeneratedTruth } from './generated-truth';
import { chineseDate, grid, itemGrid, longDate, money, shortDate, signature, text, type Doc } from './generated-drawing';

/**
 * Seen layouts drawn by a rule writer before writing the rules of that round, from how such
 * documents commonly reach a credit department, to find how the rules fail on shapes new to them:
 * - en-invoice-window-address: a British invoice whose buyer stands in the envelope window at the
 *   top left with no heading at all, the seller as a letterhead at the top right and again in a
 *   "registered office" footer; the numbers as a header row over a value row (Account No. /
 *   Invoice No. / Tax point / Your order ref / Page), the buyer's id as "Your VAT No.", totals as
 *   "Goods" / "VAT @ 20%" / "Total to pay";
 * - cn-export-invoice-bilingual: a Chinese exporter's commercial invoice with bilingual labels
 *   ("Invoice No. 发票号", "Seller 卖方", "Tax ID 税号"), seller and buyer side by side, each name
 *   on the line under its heading, dates ISO, totals in CNY, bank details at the foot;
 * - en-delivery-docket: a delivery docket with its numbers as a header row over a value row
 *   (Docket No. / Despatch date / Customer order / Account), "Consignor" and "Consignee" side
 *   by side, a retention-of-title note naming the supplier, and two signature areas at the foot:
 *   the driver's (printed name and vehicle) and the customer's receipt (signature, "Print name",
 *   "Date received"), dates as "4 Mar 2025";
 * - cn-contract-info-table: a 设备采购合同 whose particulars are a two-column 合同信息表 (项目编号
 *   before 合同编号, 采购方（甲方） / 供应方（乙方）, 合同金额 in figures and in capitals, 签订日期), then
 *   clauses and a seal block naming each party with its agent and date.
 * The page frame is generated-layouts.ts's.
 */
/** Digits of a value turned round, for a second reference that is not the first. */
const reversedDigits = (value: unknown, count: number) => [...String(value).replace(/\D/g, '')].reverse().join('').padEnd(count, '7').slice(0, count);

function enInvoiceWindowAddress(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, seller.name, 330, 40, 13, 'Helvetica-Bold');
  text(doc, seller.address, 330, 58, 9);
  text(doc, `VAT Reg No: ${seller.taxId}`, 330, 71, 9);
  text(doc, 'Tel: 0113 496 0000', 330, 84, 9);
  // the envelope window: the buyer's name and address with no heading
  text(doc, buyer.name, 60, 120, 10);
  text(doc, buyer.address, 60, 134, 10);
  text(doc, `Your VAT No: ${buyer.taxId}`, 60, 148, 10);
  text(doc, 'SALES INVOICE', 50, 190, 16, 'Helvetica-Bold');
  grid(doc, 45, 215, [95, 115, 115, 120, 60], [
    ['Account No.', 'Invoice No.', 'Tax point', 'Your order ref', 'Page'],
    [`C${reversedDigits(e['invoiceNumber'], 5)}`, String(e['invoiceNumber']), longDate(String(e['issueDate'])), `PO-${reversedDigits(buyer.taxId, 6)}`, '1 of 1'],
  ], 'Helvetica');
  const y = itemGrid(doc, t, 270, ['Description', 'Qty', 'Unit price', 'Net'], 'Helvetica');
  text(doc, 'Goods', 350, y + 12); text(doc, money(Number(e['netAmount'])), 470, y + 12);
  text(doc, 'VAT @ 20%', 350, y + 28); text(doc, money(Number(e['taxAmount'])), 470, y + 28);
  text(doc, 'Total to pay GBP', 350, y + 46, 10, 'Helvetica-Bold'); text(doc, money(Number(e['totalAmount'])), 470, y + 46, 10, 'Helvetica-Bold');
  text(doc, `Terms: payment due by ${longDate(t.extras.dueDate)}.`, 50, y + 80, 9);
  text(doc, `${seller.name}. Registered in England and Wales No. 0${reversedDigits(seller.taxId, 7)}. Registered office: ${seller.address}.`, 50, 780, 7);
}

function cnBilingualCommercialInvoice(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, '商业发票 COMMERCIAL INVOICE', 170, 40, 17, 'cjk');
  text(doc, `Invoice No. 发票号：${e['invoiceNumber']}`, 340, 78, 10, 'cjk');
  text(doc, `Date 日期：${e['issueDate']}`, 340, 94, 10, 'cjk');
  const party = (heading: string, who: GeneratedTruth['extras']['seller'], x: number) => {
    text(doc, heading, x, 130, 11, 'cjk');
    text(doc, who.name, x, 148, 10, 'cjk');
    text(doc, `Tax ID 税号：${who.taxId}`, x, 164, 9, 'cjk');
    text(doc, `Address 地址：${who.address}`, x, 180, 9, 'cjk');
  };
  party('Seller 卖方', seller, 50);
  party('Buyer 买方', buyer, 310);
  const y = itemGrid(doc, t, 215, ['Description 品名', 'Qty 数量', 'Unit Price 单价', 'Amount 金额'], 'cjk');
  text(doc, 'Subtotal 不含税金额', 300, y + 12, 10, 'cjk'); text(doc, `CNY ${money(Number(e['netAmount']))}`, 450, y + 12, 10, 'cjk');
  text(doc, `VAT ${Math.round(t.extras.rate * 100)}% 增值税`, 300, y + 28, 10, 'cjk'); text(doc, `CNY ${money(Number(e['taxAmount']))}`, 450, y + 28, 10, 'cjk');
  text(doc, 'Total 价税合计', 300, y + 46, 11, 'cjk'); text(doc, `CNY ${money(Number(e['totalAmount']))}`, 450, y + 46, 11, 'cjk');
  text(doc, `Payment 付款：T/T within 30 days 30天内电汇, before ${t.extras.dueDate}`, 50, y + 80, 9, 'cjk');
  text(doc, `Bank 开户行：中国工商银行 A/C No. 账号：1202 0210 09${reversedDigits(seller.taxId, 8)}`, 50, y + 96, 9, 'cjk');
}

const drivers = ['Tom Baker', 'Raj Patel', 'Ian Hughes'];

function enDeliveryDocket(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  text(doc, seller.name, 50, 40, 14, 'Helvetica-Bold');
  text(doc, seller.address, 50, 58, 9);
  text(doc, 'DELIVERY DOCKET', 360, 44, 16, 'Helvetica-Bold');
  grid(doc, 45, 85, [125, 125, 130, 125], [
    ['Docket No.', 'Despatch date', 'Customer order', 'Account'],
    [String(e['deliveryNoteNumber']), shortDate(String(e['deliveryDate'])), String(e['orderReference']), `A-${reversedDigits(e['orderReference'], 4)}`],
  ], 'Helvetica');
  const column = (heading: string, x: number, lines: string[]) => {
    text(doc, heading, x, 140, 10, 'Helvetica-Bold');
    lines.forEach((line, i) => text(doc, line, x, 156 + i * 14, 9));
  };
  column('Consignor', 50, [seller.name, seller.address]);
  column('Consignee', 310, [String(e['receiverName']), buyer.address]);
  const rows = [['Item', 'Description', 'Qty ordered', 'Qty delivered'], ...t.extras.items.map((item, i) => [`${i + 1}`, item.name, String(item.quantity), String(item.quantity)])];
  const y = grid(doc, 45, 205, [50, 255, 100, 100], rows, 'Helvetica');
  text(doc, `Notes: goods remain the property of ${seller.name} until paid for in full.`, 50, y + 14, 8);
  const top = y + 44;
  const driver = drivers[t.index % drivers.length] as string;
  text(doc, 'Driver', 50, top, 10, 'Helvetica-Bold');
  text(doc, `Driver name: ${driver}`, 50, top + 18, 9);
  text(doc, `Vehicle reg: LK${String(20 + t.index)} XRT`, 50, top + 32, 9);
  text(doc, 'Received in good condition by', 310, top, 10, 'Helvetica-Bold');
  text(doc, 'Signature:', 310, top + 24, 9); signature(doc, String(e['signedBy']), 370, top + 16, false);
  text(doc, `Print name: ${e['signedBy']}`, 310, top + 48, 9);
  text(doc, `Date received: ${shortDate(String(e['signatureDate']))}`, 310, top + 62, 9);
}

function cnContractInfoTable(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const amount = Number(e['amount']);
  const signing = chineseDate(String(e['signingDate']));
  text(doc, '设备采购合同', 230, 40, 20, 'cjk');
  text(doc, '合同信息表', 50, 80, 11, 'cjk');
  const y = grid(doc, 45, 98, [130, 375], [
    ['项目名称', '生产线配套设备采购'],
    ['项目编号', `XM-2025-${reversedDigits(e['contractNumber'], 4)}`],
    ['合同编号', String(e['contractNumber'])],
    ['采购方（甲方）', buyer.name],
    ['供应方（乙方）', seller.name],
    ['合同金额（小写）', `¥${money(amount)}`],
    ['合同金额（大写）', toCapitalAmount(amount)],
    ['签订日期', signing],
    ['交货期限', '合同签订后30日内'],
  ], 'cjk', 10, 22);
  const clauses = [
    '一、乙方按本合同附件所列规格向甲方供应设备，并负责运输至甲方指定地点。',
    '二、合同金额已含增值税及运输费用，甲方于设备验收合格后30日内付清。',
    '三、本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。',
  ];
  clauses.forEach((clause, i) => text(doc, clause, 50, y + 20 + i * 18, 10, 'cjk'));
  const seal = (label: string, who: GeneratedTruth['extras']['seller'], agent: string, x: number) => {
    text(doc, `${label}（盖章）：${who.name}`, x, y + 110, 9, 'cjk');
    text(doc, `委托代理人：${agent}`, x, y + 128, 9, 'cjk');
    text(doc, `日期：${signing}`, x, y + 146, 9, 'cjk');
  };
  seal('甲方', buyer, '周强', 50);
  seal('乙方', seller, '郑丽', 310);
}

export const seen10Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'en-invoice-window-address': enInvoiceWindowAddress,
  'cn-export-invoice-bilingual': cnBilingualCommercialInvoice,
  'en-delivery-docket': enDeliveryDocket,
  'cn-contract-info-table': cnContractInfoTable,
};

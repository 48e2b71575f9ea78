import { toCapitalAmount } from '../../domain/documents/chinese-capital-amount';
import type { GeneratedTruth } from './generated-truth';
import { box, chineseDate, grid, money, text, usDate, type Doc } from './generated-drawing';

/**
 * Seen invoice layouts drawn by a rule writer before writing the rules of round twelve, from how
 * invoices of other kinds and other countries' conventions commonly look, to find how the rules
 * fail on shapes new to them:
 * - cn-vat-e-invoice-fully-digital: a 全电发票 (数电票) "电子发票（增值税专用发票）": a 20-digit
 *   发票号码 and 开票日期 at the top right, no 发票代码; the buyer's and the seller's boxes side
 *   by side ABOVE the goods table, each headed by its role written vertically one character a line
 *   (购买方信息 / 销售方信息), each with 名称 and 统一社会信用代码/纳税人识别号; the goods table with
 *   项目名称 / 规格型号 / 单位 / 数量 / 单价 / 金额 / 税率/征收率 / 税额, then 合 计 (net and tax),
 *   价税合计（大写） with the capitals and （小写）¥total, 备注 and 开票人;
 * - cn-erp-sales-invoice-kingdee: an ERP print-out (Kingdee/Yonyou style) 销售发票: the seller's
 *   name as letterhead, then a grid of "label：value" fields in three columns (单据编号 / 业务日期 /
 *   开票日期 as 2025/03/05; 客户 / 客户税号 / 币别; 销售组织 / 税务登记号 / 汇率), the goods with
 *   含税单价, 税率(%), 不含税金额, 税额 and 价税合计 per line, and a 合计 row with the three sums;
 *   制单人 / 审核人 / 业务员 at the foot;
 * - en-invoice-en16931-rendering: a European e-invoice's human-readable rendering (Peppol BIS /
 *   EN 16931 business terms): label left, value right ("Invoice number", "Invoice issue date" ISO,
 *   "Invoice currency code", "Buyer reference"), "Seller" and "Buyer" boxes side by side with
 *   "Seller name" / "Seller VAT identifier" and "Buyer name" / "Buyer VAT identifier", a VAT
 *   breakdown ("VAT category taxable amount", "VAT category rate", "VAT category tax amount"), and
 *   document totals ("Sum of Invoice line net amount", "Invoice total amount without VAT",
 *   "Invoice total VAT amount", "Invoice total amount with VAT", "Paid amount", "Amount due for payment");
 * - en-invoice-us-template: a North American small-business template (QuickBooks style): the
 *   seller's letterhead with "Tax ID", a small ruled box of "Date" / "Invoice #" at the top right
 *   (the date month first, "March 5, 2025"), "Bill To" and "Ship To" boxes side by side, a ruled
 *   row "P.O. No. / Terms / Rep / Ship Date / Via", items as "Item / Description / Qty / Rate /
 *   Amount", and "Subtotal", "Sales Tax (20.0%)", "Total", "Payments/Credits", "Balance Due".
 * The page frame is generated-layouts.ts's.
 */
/** Digits of a value turned round, for a second reference that is not the first. */
const reversedDigits = (value: unknown, count: number) => [...String(value).replace(/\D/g, '')].reverse().join('').padEnd(count, '5').slice(0, count);
const daysAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const cnClerks = ['张敏', '刘洋', '陈静', '王伟'];

/** A role written vertically, one character a line, as the boxes of a 全电发票 head their parties. */
function vertical(doc: Doc, label: string, x: number, y: number): void {
  [...label].forEach((char, i) => text(doc, char, x, y + i * 14, 10, 'cjk'));
}

function cnVatEInvoiceFullyDigital(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const rate = Math.round(t.extras.rate * 100);
  text(doc, '电子发票（增值税专用发票）', 170, 40, 17, 'cjk');
  text(doc, `发票号码：${e['invoiceNumber']}`, 390, 76, 9, 'cjk');
  text(doc, `开票日期：${chineseDate(String(e['issueDate']))}`, 390, 90, 9, 'cjk');
  box(doc, 45, 110, 252, 80); box(doc, 297, 110, 253, 80);
  vertical(doc, '购买方信息', 52, 117);
  text(doc, `名称：${buyer.name}`, 72, 130, 9, 'cjk');
  text(doc, `统一社会信用代码/纳税人识别号：${buyer.taxId}`, 72, 160, 7, 'cjk');
  vertical(doc, '销售方信息', 304, 117);
  text(doc, `名称：${seller.name}`, 324, 130, 9, 'cjk');
  text(doc, `统一社会信用代码/纳税人识别号：${seller.taxId}`, 324, 160, 7, 'cjk');
  const rows = [
    ['项目名称', '规格型号', '单位', '数量', '单价', '金额', '税率/征收率', '税额'],
    ...t.extras.items.map((item) => [item.name, 'DN50', '套', String(item.quantity), money(item.amount / item.quantity), money(item.amount), `${rate}%`, money(Math.round(item.amount * t.extras.rate * 100) / 100)]),
  ];
  let y = grid(doc, 45, 200, [130, 50, 30, 40, 65, 70, 60, 60], rows, 'cjk', 8);
  y = grid(doc, 45, y, [130, 50, 30, 40, 65, 70, 60, 60], [['合 计', '', '', '', '', `¥${money(Number(e['netAmount']))}`, '', `¥${money(Number(e['taxAmount']))}`]], 'cjk', 8);
  y = grid(doc, 45, y, [130, 245, 130], [['价税合计（大写）', `⊗${toCapitalAmount(Number(e['totalAmount']))}`, `（小写）¥${money(Number(e['totalAmount']))}`]], 'cjk', 8);
  y = grid(doc, 45, y, [50, 455], [['备注', `购方开户银行：中国工商银行 账号：1202 0210 ${reversedDigits(buyer.taxId, 8)}`]], 'cjk', 8, 36);
  text(doc, `开票人：${cnClerks[t.index % cnClerks.length]}`, 50, y + 12, 9, 'cjk');
}

const slashDate = (iso: string) => iso.replace(/-/g, '/');

function cnErpSalesInvoiceKingdee(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const issued = String(e['issueDate']);
  const rate = Math.round(t.extras.rate * 100);
  text(doc, seller.name, 190, 36, 14, 'cjk');
  text(doc, '销 售 发 票', 240, 58, 16, 'cjk');
  const field = (label: string, value: string, x: number, y: number) => text(doc, `${label}：${value}`, x, y, 9, 'cjk');
  field('单据编号', String(e['invoiceNumber']), 50, 92); field('业务日期', slashDate(daysAfter(issued, -4)), 240, 92); field('开票日期', slashDate(issued), 400, 92);
  field('客户', buyer.name, 50, 108); field('客户税号', buyer.taxId, 240, 108); field('币别', '人民币', 470, 108);
  field('销售组织', seller.name, 50, 124); field('税务登记号', seller.taxId, 240, 124); field('汇率', '1.0000', 470, 124);
  field('发票类型', '增值税普通发票', 50, 140); field('收款条件', '月结30天', 240, 140); field('源单编号', `XSDD${reversedDigits(e['invoiceNumber'], 6)}`, 400, 140);
  const widths = [30, 110, 35, 40, 60, 45, 65, 55, 65];
  const rows = [
    ['序号', '物料名称', '单位', '数量', '含税单价', '税率(%)', '不含税金额', '税额', '价税合计'],
    ...t.extras.items.map((item, i) => {
      const tax = Math.round(item.amount * t.extras.rate * 100) / 100;
      return [String(i + 1), item.name.replace(/^\*[^*]+\*/u, ''), '件', String(item.quantity), money((item.amount + tax) / item.quantity), String(rate), money(item.amount), money(tax), money(item.amount + tax)];
    }),
    ['合计', '', '', '', '', '', money(Number(e['netAmount'])), money(Number(e['taxAmount'])), money(Number(e['totalAmount']))],
  ];
  const y = grid(doc, 45, 160, widths, rows, 'cjk', 8);
  text(doc, `备注：本单据由系统打印，打印时间 ${slashDate(daysAfter(issued, 1))} 09:12`, 50, y + 14, 8, 'cjk');
  text(doc, `制单人：${cnClerks[t.index % cnClerks.length]}    审核人：${cnClerks[(t.index + 1) % cnClerks.length]}    业务员：${cnClerks[(t.index + 2) % cnClerks.length]}`, 50, y + 34, 9, 'cjk');
}

function enInvoiceEn16931Rendering(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const row = (label: string, value: string, y: number, x = 50, valueX = 250) => { text(doc, label, x, y, 9); text(doc, value, valueX, y, 9); };
  text(doc, 'Invoice', 50, 36, 18, 'Helvetica-Bold');
  text(doc, 'Commercial invoice (380) - EN 16931 / Peppol BIS Billing 3.0', 50, 58, 8);
  row('Invoice number', String(e['invoiceNumber']), 84);
  row('Invoice issue date', String(e['issueDate']), 98);
  row('Payment due date', t.extras.dueDate, 112);
  row('Invoice currency code', 'GBP', 126);
  row('Buyer reference', `PO-${reversedDigits(e['invoiceNumber'], 5)}`, 140);
  const party = (heading: string, who: GeneratedTruth['extras']['seller'], role: 'Seller' | 'Buyer', x: number) => {
    box(doc, x - 5, 166, 250, 76);
    text(doc, heading, x, 172, 10, 'Helvetica-Bold');
    text(doc, `${role} name`, x, 188, 8); text(doc, who.name, x + 95, 188, 8);
    text(doc, `${role} VAT identifier`, x, 202, 8); text(doc, who.taxId, x + 95, 202, 8);
    text(doc, `${role} address`, x, 216, 8); text(doc, who.address, x + 95, 216, 8);
  };
  party('Seller', seller, 'Seller', 50);
  party('Buyer', buyer, 'Buyer', 305);
  const rows = [['Line', 'Item name', 'Quantity', 'Net price', 'Line net amount'], ...t.extras.items.map((item, i) => [String(i + 1), item.name, String(item.quantity), money(item.amount / item.quantity), money(item.amount)])];
  let y = grid(doc, 45, 256, [40, 215, 70, 80, 100], rows, 'Helvetica', 8, 18);
  text(doc, 'VAT breakdown', 50, y + 12, 10, 'Helvetica-Bold');
  row('VAT category code', 'S (standard rate)', y + 28);
  row('VAT category taxable amount', money(Number(e['netAmount'])), y + 42);
  row('VAT category rate', '20.00 %', y + 56);
  row('VAT category tax amount', money(Number(e['taxAmount'])), y + 70);
  y += 92;
  text(doc, 'Document totals', 50, y, 10, 'Helvetica-Bold');
  row('Sum of Invoice line net amount', money(Number(e['netAmount'])), y + 16, 50, 330);
  row('Invoice total amount without VAT', money(Number(e['netAmount'])), y + 30, 50, 330);
  row('Invoice total VAT amount', money(Number(e['taxAmount'])), y + 44, 50, 330);
  row('Invoice total amount with VAT', money(Number(e['totalAmount'])), y + 58, 50, 330);
  row('Paid amount', '0.00', y + 72, 50, 330);
  row('Amount due for payment', money(Number(e['totalAmount'])), y + 86, 50, 330);
  text(doc, `Payment means: credit transfer (30). Payment account: GB29 NWBK 6016 1331 ${reversedDigits(seller.taxId, 6)}`, 50, y + 112, 8);
}

const shipVia = ['UPS Ground', 'FedEx', 'Parcelforce'];
const reps = ['JW', 'EC', 'ST'];

function enInvoiceUsTemplate(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const issued = String(e['issueDate']);
  text(doc, seller.name, 50, 40, 14, 'Helvetica-Bold');
  text(doc, seller.address, 50, 58, 9);
  text(doc, `Phone (555) 014-${reversedDigits(seller.taxId, 4)}   Tax ID: ${seller.taxId}`, 50, 70, 9);
  text(doc, 'Invoice', 420, 40, 22, 'Helvetica-Bold');
  grid(doc, 380, 70, [80, 90], [['Date', 'Invoice #'], [usDate(issued), String(e['invoiceNumber'])]], 'Helvetica', 8, 18);
  const party = (heading: string, lines: string[], x: number) => {
    box(doc, x, 120, 220, 70);
    text(doc, heading, x + 5, 125, 9, 'Helvetica-Bold');
    lines.forEach((line, i) => text(doc, line, x + 5, 140 + i * 13, 9));
  };
  party('Bill To', [buyer.name, buyer.address, `Customer Tax ID: ${buyer.taxId}`], 45);
  party('Ship To', [`${buyer.name.replace(/ Ltd$/u, '')} Receiving Dock`, '7 Wharf Road, Hull'], 330);
  grid(doc, 45, 205, [110, 100, 60, 110, 125], [
    ['P.O. No.', 'Terms', 'Rep', 'Ship Date', 'Via'],
    [`${reversedDigits(e['invoiceNumber'], 5)}`, 'Net 30', reps[t.index % reps.length] as string, usDate(daysAfter(issued, 1)), shipVia[t.index % shipVia.length] as string],
  ], 'Helvetica', 8, 18);
  const rows = [['Item', 'Description', 'Qty', 'Rate', 'Amount'], ...t.extras.items.map((item, i) => [`P-${100 + i}`, item.name, String(item.quantity), money(item.amount / item.quantity), money(item.amount)])];
  const y = grid(doc, 45, 255, [60, 215, 50, 80, 100], rows, 'Helvetica', 8, 18);
  const total = (label: string, value: string, dy: number, bold = false) => { text(doc, label, 360, y + dy, 9, bold ? 'Helvetica-Bold' : 'Helvetica'); text(doc, value, 470, y + dy, 9, bold ? 'Helvetica-Bold' : 'Helvetica'); };
  total('Subtotal', `£${money(Number(e['netAmount']))}`, 14);
  total('Sales Tax (20.0%)', `£${money(Number(e['taxAmount']))}`, 28);
  total('Total', `£${money(Number(e['totalAmount']))}`, 42, true);
  total('Payments/Credits', '£0.00', 56);
  total('Balance Due', `£${money(Number(e['totalAmount']))}`, 70, true);
  text(doc, 'All amounts in GBP. Thank you for your business!', 50, y + 100, 9);
}

export const seen12Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-vat-e-invoice-fully-digital': cnVatEInvoiceFullyDigital,
  'cn-erp-sales-invoice-kingdee': cnErpSalesInvoiceKingdee,
  'en-invoice-en16931-rendering': enInvoiceEn16931Rendering,
  'en-invoice-us-template': enInvoiceUsTemplate,
};

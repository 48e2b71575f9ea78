import { toCapitalAmount } from '../../domain/documents/chinese-capital-amount';
import type { GeneratedTruth } from './generated-truth';
import { chineseDate, grid, itemGrid, longDate, money, signature, text, type Doc } from './generated-drawing';

/**
 * Seen contracts drawn in round fourteen beside its rule for prices stated before tax
 * (contract-amount-before-tax.ts), to try that rule on rendered and scanned pages: each prices its
 * goods before tax and stating the VAT and the total with tax beside the price (the contract's amount is
 * the total with tax), every other document of a layout phrased the other way:
 * - en-sale-agreement-price-breakdown: a short English agreement for the sale of goods: the parties
 *   with their company and VAT numbers, the goods, and a price clause as three labelled lines,
 *   either "Purchase price (excluding VAT)" / "VAT at 20%" / "Total price payable (including VAT)"
 *   or "Price: GBP … plus VAT" / "VAT (20%)" / "Total: GBP …", then payment, delivery and a signature
 *   block dated in words;
 * - cn-sales-contract-tax-breakdown: a 产品购销合同 whose goods table gives the amounts before tax,
 *   and whose price clause reads either "合同价款（不含税）：¥…" / "增值税税额（13%）：¥…" /
 *   "含税总价：¥…（大写：…）" on lines of their own, or one row "不含税金额 ¥… 税额 ¥… 价税合计 ¥…".
 * The page frame is generated-layouts.ts's.
 */
/** The contract's amount (the total with tax), its goods' amount before tax and the VAT between them. */
function priceOf(t: GeneratedTruth): { total: number; net: number; vat: number } {
  const total = Number(t.expected['amount']);
  const net = Math.round(t.extras.items.reduce((sum, item) => sum + item.amount, 0) * 100) / 100;
  return { total, net, vat: Math.round((total - net) * 100) / 100 };
}
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

function enSaleAgreementPriceBreakdown(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const { total, net, vat } = priceOf(t);
  text(doc, 'AGREEMENT FOR THE SALE OF GOODS', 50, 40, 16, 'Helvetica-Bold');
  text(doc, `Agreement No: ${e['contractNumber']}`, 50, 66, 10);
  text(doc, `Seller: ${seller.name}`, 50, 92, 10); text(doc, `VAT No: ${seller.taxId}`, 340, 92, 9);
  text(doc, `Buyer: ${buyer.name}`, 50, 110, 10); text(doc, `VAT No: ${buyer.taxId}`, 340, 110, 9);
  text(doc, '1. The Seller shall sell and the Buyer shall buy the following goods:', 50, 136, 10);
  const y = itemGrid(doc, t, 152, ['Description', 'Qty', 'Unit price (GBP)', 'Amount (GBP)'], 'Helvetica');
  text(doc, '2. Price', 50, y + 12, 10, 'Helvetica-Bold');
  const lines = t.index % 2 === 0
    ? [['Purchase price (excluding VAT):', `GBP ${money(net)}`], [`VAT at ${percent(t.extras.rate)}:`, `GBP ${money(vat)}`], ['Total price payable (including VAT):', `GBP ${money(total)}`]]
    : [['Price:', `GBP ${money(net)} plus VAT`], [`VAT (${percent(t.extras.rate)}):`, `GBP ${money(vat)}`], ['Total:', `GBP ${money(total)}`]];
  lines.forEach(([label, value], i) => { text(doc, label as string, 60, y + 30 + i * 16, 10); text(doc, value as string, 300, y + 30 + i * 16, 10); });
  const clauses = [
    '3. Payment: within 30 days of the date of the Seller\'s invoice, by bank transfer.',
    '4. Delivery: to the Buyer\'s premises within 14 days of this Agreement; risk passes on delivery.',
    '5. This Agreement is governed by the law of England and Wales.',
  ];
  clauses.forEach((clause, i) => text(doc, clause, 50, y + 86 + i * 16, 9));
  const top = y + 150;
  text(doc, `Signed on ${longDate(String(e['signingDate']))}`, 50, top, 10);
  text(doc, 'For the Seller', 50, top + 24, 9); signature(doc, 'Oliver Grant', 50, top + 38, false);
  text(doc, 'For the Buyer', 320, top + 24, 9); signature(doc, 'Hannah Moore', 320, top + 38, false);
}

function cnSalesContractTaxBreakdown(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const { total, net, vat: tax } = priceOf(t);
  text(doc, '产品购销合同', 235, 34, 18, 'cjk');
  text(doc, `合同编号：${e['contractNumber']}`, 370, 62, 10, 'cjk');
  text(doc, `卖方：${seller.name}`, 50, 84, 10, 'cjk'); text(doc, `统一社会信用代码：${seller.taxId}`, 320, 84, 9, 'cjk');
  text(doc, `买方：${buyer.name}`, 50, 102, 10, 'cjk'); text(doc, `统一社会信用代码：${buyer.taxId}`, 320, 102, 9, 'cjk');
  text(doc, '第一条 产品名称、数量及价款（不含税）：', 50, 128, 10, 'cjk');
  const y = itemGrid(doc, t, 146, ['产品名称', '数量', '单价（不含税）', '金额（不含税）'], 'cjk');
  text(doc, '第二条 合同价款', 50, y + 12, 10, 'cjk');
  if (t.index % 2 === 0) {
    text(doc, `合同价款（不含税）：¥${money(net)}`, 60, y + 30, 10, 'cjk');
    text(doc, `增值税税额（${percent(t.extras.rate)}）：¥${money(tax)}`, 60, y + 46, 10, 'cjk');
    text(doc, `含税总价：¥${money(total)}（大写：${toCapitalAmount(total)}）`, 60, y + 62, 10, 'cjk');
  } else {
    grid(doc, 55, y + 28, [160, 150, 190], [[`不含税金额 ¥${money(net)}`, `税额 ¥${money(tax)}`, `价税合计 ¥${money(total)}`]], 'cjk', 10, 22);
    text(doc, `税率：${percent(t.extras.rate)}`, 60, y + 56, 10, 'cjk');
  }
  const clauses = [
    '第三条 交货时间及地点：合同签订后十五日内送至买方仓库。',
    '第四条 结算方式：货到验收合格并收到增值税专用发票后三十日内付清。',
    '第五条 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。',
  ];
  clauses.forEach((clause, i) => text(doc, clause, 50, y + 88 + i * 17, 10, 'cjk'));
  const top = y + 150;
  text(doc, '卖方（盖章）：', 50, top, 10, 'cjk'); text(doc, '买方（盖章）：', 320, top, 10, 'cjk');
  text(doc, '代表人签字：', 50, top + 22, 10, 'cjk'); signature(doc, '周海', 130, top + 16, true);
  text(doc, '代表人签字：', 320, top + 22, 10, 'cjk'); signature(doc, '孙丽', 400, top + 16, true);
  text(doc, `签订日期：${chineseDate(String(e['signingDate']))}`, 50, top + 50, 10, 'cjk');
}

export const seen14Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'en-sale-agreement-price-breakdown': enSaleAgreementPriceBreakdown,
  'cn-sales-contract-tax-breakdown': cnSalesContractTaxBreakdown,
};

import type PDFDocument from 'pdfkit';
import type { GeneratedTruth } from './generated-truth';

/**
 * Two more held-out layouts for the generated evaluation, drawn apart from the others so that
 * nobody writing extraction rules reads them by accident: a Chinese sales contract whose parties
 * sit in a bordered two-column table, and an English commercial invoice whose seller is only the
 * letterhead (no label) with number and dates in a small boxed table. The page frame (font
 * registration, skew, stamp, shadow) is generated-layouts.ts's.
 */
type Doc = InstanceType<typeof PDFDocument>;
type Font = 'cjk' | 'Helvetica' | 'Helvetica-Bold';

const pageLeft = 50;
const pageRight = 545;
const ink = '#111111';

const yuan = (value: number) => `￥${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const pounds = (value: number) => value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 2025年3月5日: no leading zeros, unlike the other Chinese layouts */
const chineseDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** 09 Sep 2025, spelt here rather than by Intl, whose en-GB short September varies (Sep, Sept) */
const shortDay = (iso: string) => `${iso.slice(8, 10)} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const isoPlusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function write(doc: Doc, value: string, x: number, y: number, size: number, font: Font, align: 'left' | 'right' | 'center' = 'left'): void {
  doc.font(font).fontSize(size);
  const width = doc.widthOfString(value);
  const left = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
  doc.fillColor(ink).text(value, left, y, { lineBreak: false });
}

function box(doc: Doc, x: number, y: number, width: number, height: number, fill?: string): void {
  doc.save().lineWidth(0.7).strokeColor('#333333');
  if (fill) doc.rect(x, y, width, height).fillAndStroke(fill, '#333333');
  else doc.rect(x, y, width, height).stroke();
  doc.restore();
}

/** A stable small number from a string, to pick names that the truth does not hold. */
function pickBy<T>(key: string, values: T[]): T {
  let sum = 0;
  for (const char of key) sum = (sum * 31 + (char.codePointAt(0) ?? 0)) % 9973;
  return values[sum % values.length] as T;
}

const digitNames = '零壹贰叁肆伍陆柒捌玖';
const placeNames = ['', '拾', '佰', '仟'];
const groupNames = ['', '万', '亿'];

/**
 * An amount in Chinese capital numerals as contracts and cheques write it (大写), e.g.
 * 105000.5 → 壹拾万伍仟元伍角整, 100005 → 壹拾万零伍元整, 20.07 → 贰拾元零柒分.
 */
export function chineseCapitalAmount(value: number): string {
  const cents = Math.round(value * 100);
  if (cents < 0 || cents >= 1e14) throw new Error(`amount out of range for Chinese capitals: ${value}`);
  const whole = String(Math.floor(cents / 100));
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < whole.length; i += 1) {
    const digit = Number(whole[i]);
    const place = whole.length - 1 - i;
    if (digit === 0) pendingZero = out !== '';
    else {
      out += `${pendingZero ? '零' : ''}${digitNames[digit]}${placeNames[place % 4]}`;
      pendingZero = false;
    }
    const groupDigits = whole.slice(Math.max(0, i - 3), i + 1);
    if (place % 4 === 0 && place > 0 && /[1-9]/.test(groupDigits)) {
      out += groupNames[place / 4];
      pendingZero = false; // 壹拾万伍仟: a group's trailing zeros need no 零 once its 万 or 亿 is written
    }
  }
  if (out === '') out = '零';
  out += '元';
  if (jiao === 0 && fen === 0) return `${out}整`;
  if (jiao > 0) out += `${digitNames[jiao]}角`;
  else if (whole !== '0') out += '零';
  return fen > 0 ? `${out}${digitNames[fen]}分` : `${out}整`;
}

const legalRepresentatives = ['赵建国', '孙丽华', '周志强', '吴海燕', '郑伟明', '黄晓东', '冯立新', '何静怡'];

function cnSalesContractBoxed(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const signed = String(e['signingDate']);
  const { seller, buyer } = t.extras;
  const amount = Number(e['amount']);
  const net = t.extras.items.reduce((sum, item) => sum + item.amount, 0);
  write(doc, '销 售 合 同', 297, 42, 22, 'cjk', 'center');
  write(doc, `合同编号：${e['contractNumber']}`, 360, 82, 10, 'cjk');
  write(doc, `签订地点：${seller.address.split('市')[0]}市`, 360, 98, 10, 'cjk');
  write(doc, `签订日期：${chineseDay(signed)}`, 360, 114, 10, 'cjk');

  const half = (pageRight - pageLeft) / 2;
  const rows = (party: typeof seller) => [`名称：${party.name}`, `统一社会信用代码：${party.taxId}`, `地址：${party.address}`, `法定代表人：${pickBy(party.taxId, legalRepresentatives)}`];
  let y = 140;
  box(doc, pageLeft, y, half, 22, '#e8e8e8'); box(doc, pageLeft + half, y, half, 22, '#e8e8e8');
  write(doc, '卖方（甲方）', pageLeft + 8, y + 6, 10.5, 'cjk'); write(doc, '买方（乙方）', pageLeft + half + 8, y + 6, 10.5, 'cjk');
  y += 22;
  rows(seller).forEach((sellerCell, row) => {
    box(doc, pageLeft, y, half, 24); box(doc, pageLeft + half, y, half, 24);
    write(doc, sellerCell, pageLeft + 8, y + 7, 9.5, 'cjk'); write(doc, rows(buyer)[row] ?? '', pageLeft + half + 8, y + 7, 9.5, 'cjk');
    y += 24;
  });

  write(doc, '甲乙双方根据《中华人民共和国民法典》及有关法律法规，经友好协商，签订本合同，共同遵守。', pageLeft, y + 16, 10, 'cjk');
  y += 44;
  write(doc, '第一条  产品名称、数量及价款', pageLeft, y, 11, 'cjk');
  y += 18;
  const columns = [pageLeft, 90, 290, 350, 445, pageRight];
  const cells = (values: string[], top: number, fill?: string) => values.forEach((value, i) => {
    const [left, right] = [columns[i] ?? pageLeft, columns[i + 1] ?? pageRight];
    box(doc, left, top, right - left, 20, fill);
    write(doc, value, i >= 2 ? right - 6 : left + 6, top + 6, 9.5, 'cjk', i >= 2 ? 'right' : 'left');
  });
  cells(['序号', '产品名称', '数量', '单价（元）', '金额（元）'], y, '#e8e8e8');
  t.extras.items.forEach((item, row) => {
    y += 20;
    cells([String(row + 1), item.name.replace(/^\*[^*]+\*/, ''), String(item.quantity), (item.amount / item.quantity).toFixed(2), yuan(item.amount)], y);
  });
  const summary: [string, string][] = [
    ['不含税金额合计', yuan(Math.round(net * 100) / 100)],
    [`增值税（税率${Math.round(t.extras.rate * 100)}%）`, yuan(Math.round((amount - net) * 100) / 100)],
    ['合同总价（含税，小写）', yuan(amount)],
    ['合同总价（含税，大写）', `人民币${chineseCapitalAmount(amount)}`],
  ];
  for (const [label, value] of summary) {
    y += 20;
    box(doc, pageLeft, y, 240, 20); box(doc, 290, y, pageRight - 290, 20);
    write(doc, label, pageLeft + 6, y + 6, 9.5, 'cjk'); write(doc, value, pageRight - 6, y + 6, 9.5, 'cjk', 'right');
  }
  y += 36;
  const clauses = [
    '第二条  交货时间及地点：本合同签订后15日内，卖方将货物送至买方上表所列地址。',
    '第三条  付款方式：买方收到货物及卖方开具的增值税专用发票后30日内，以银行转账方式付清全部货款。',
    `第四条  合同期限：自${chineseDay(signed)}起至${chineseDay(isoPlusDays(isoPlusDays(signed, 365), -1))}止。`,
    '第五条  争议解决：双方协商解决；协商不成的，向卖方所在地人民法院提起诉讼。',
    '第六条  本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。',
  ];
  for (const clause of clauses) { write(doc, clause, pageLeft, y, 9.5, 'cjk'); y += 20; }

  y += 16;
  [seller, buyer].forEach((party, i) => {
    const left = pageLeft + i * half;
    box(doc, left, y, half, 96);
    write(doc, `${i === 0 ? '卖方' : '买方'}（盖章）：${party.name}`, left + 8, y + 10, 9.5, 'cjk');
    write(doc, '法定代表人或授权代表（签字）：', left + 8, y + 36, 9.5, 'cjk');
    handSigned(doc, pickBy(party.taxId, legalRepresentatives), left + 150, y + 50);
    write(doc, `日期：${chineseDay(signed)}`, left + 8, y + 76, 9.5, 'cjk');
  });
}

/** Ink signature: the name tilted and a flourish under it. */
function handSigned(doc: Doc, name: string, x: number, y: number): void {
  doc.save().rotate(-6, { origin: [x, y] }).font('cjk').fontSize(16).fillColor('#1b2f7a').text(name, x, y - 6, { lineBreak: false }).restore();
  doc.save().lineWidth(0.9).strokeColor('#1b2f7a').moveTo(x - 6, y + 16).quadraticCurveTo(x + 30, y + 4, x + 70, y + 14).stroke().restore();
}

function enInvoiceTableHeader(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const { seller, buyer } = t.extras;
  const [sellerStreet, sellerTown] = seller.address.split(', ');
  const [buyerStreet, buyerTown] = buyer.address.split(', ');
  const initials = seller.name.split(' ').slice(0, 2).map((word) => word[0]).join('');
  doc.save().rect(pageLeft, 42, 46, 46).fill('#1f3b63').restore();
  doc.font('Helvetica-Bold').fontSize(20).fillColor('#ffffff').text(initials, pageLeft + 6, 55, { lineBreak: false });

  write(doc, seller.name, pageRight, 42, 14, 'Helvetica-Bold', 'right');
  write(doc, sellerStreet ?? '', pageRight, 62, 9, 'Helvetica', 'right');
  write(doc, `${sellerTown ?? ''}, United Kingdom`, pageRight, 74, 9, 'Helvetica', 'right');
  write(doc, `Tel +44 20 7946 0${String(t.index).padStart(3, '0')}`, pageRight, 86, 9, 'Helvetica', 'right');
  write(doc, `${t.index % 2 === 0 ? 'VAT No.' : 'Tax ID'} ${seller.taxId}`, pageRight, 98, 9, 'Helvetica', 'right');
  doc.save().lineWidth(1.2).strokeColor('#1f3b63').moveTo(pageLeft, 120).lineTo(pageRight, 120).stroke().restore();

  write(doc, 'COMMERCIAL INVOICE', pageLeft, 140, 18, 'Helvetica-Bold');
  const header = [['Invoice No.', String(e['invoiceNumber'])], ['Date', shortDay(String(e['issueDate']))], ['Due', shortDay(t.extras.dueDate)]];
  const edges = [315, 405, 475, pageRight];
  header.forEach(([label, value], i) => {
    const [left, right] = [edges[i] ?? 315, edges[i + 1] ?? pageRight];
    box(doc, left, 138, right - left, 16, '#e6ebf2'); box(doc, left, 154, right - left, 18);
    write(doc, label ?? '', left + 5, 142, 8.5, 'Helvetica-Bold'); write(doc, value ?? '', left + 5, 159, 9, 'Helvetica');
  });

  write(doc, 'Bill to', pageLeft, 196, 10, 'Helvetica-Bold');
  write(doc, buyer.name, pageLeft, 212, 10, 'Helvetica');
  write(doc, buyerStreet ?? '', pageLeft, 226, 9, 'Helvetica');
  write(doc, buyerTown ?? '', pageLeft, 238, 9, 'Helvetica');
  write(doc, `VAT No. ${buyer.taxId}`, pageLeft, 252, 9, 'Helvetica');
  write(doc, 'Terms: 30 days net', 315, 196, 9, 'Helvetica');
  write(doc, 'All amounts in GBP', 315, 210, 9, 'Helvetica');

  const columns = [pageLeft, 285, 335, 410, 460, pageRight];
  const row = (values: string[], top: number, font: Font, fill?: string) => values.forEach((value, i) => {
    const [left, right] = [columns[i] ?? pageLeft, columns[i + 1] ?? pageRight];
    box(doc, left, top, right - left, 18, fill);
    write(doc, value, i === 0 ? left + 5 : right - 5, top + 5, 9, font, i === 0 ? 'left' : 'right');
  });
  let y = 280;
  row(['Description', 'Qty', 'Unit price', 'VAT', 'Amount'], y, 'Helvetica-Bold', '#e6ebf2');
  for (const item of t.extras.items) {
    y += 18;
    row([item.name, String(item.quantity), pounds(item.amount / item.quantity), `${Math.round(t.extras.rate * 100)}%`, pounds(item.amount)], y, 'Helvetica');
  }
  y += 30;
  const totals: [string, string, Font][] = [
    ['Net total', pounds(Number(e['netAmount'])), 'Helvetica'],
    [`VAT @ ${Math.round(t.extras.rate * 100)}%`, pounds(Number(e['taxAmount'])), 'Helvetica'],
    ['Total due (GBP)', `£${pounds(Number(e['totalAmount']))}`, 'Helvetica-Bold'],
  ];
  for (const [label, value, font] of totals) {
    box(doc, 380, y, pageRight - 380, 18, font === 'Helvetica-Bold' ? '#e6ebf2' : undefined);
    write(doc, label, 386, y + 5, 9, font); write(doc, value, pageRight - 5, y + 5, 9, font, 'right');
    y += 18;
  }

  write(doc, 'Please pay by bank transfer quoting the invoice number.', pageLeft, 730, 8.5, 'Helvetica');
  write(doc, `Bank: Barclays Bank plc   Sort code 20-45-77   Account ${[...seller.taxId.slice(-8)].reverse().join('')}`, pageLeft, 744, 8.5, 'Helvetica');
  write(doc, `Registered in England and Wales. Registered office: ${seller.address}.`, pageLeft, 758, 8.5, 'Helvetica');
}

export const heldOut2Drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-sales-contract-boxed': cnSalesContractBoxed,
  'en-invoice-table-header': enInvoiceTableHeader,
};

import PDFDocument from 'pdfkit';
import { assertCjkFont, cjkFont } from '../cjk-font';
import { toCapitalAmount } from '../../domain/documents/chinese-capital-amount';
import { GeneratedTruth } from './generated-truth';
import { heldOut2Drawers } from './generated-layouts-heldout-2';

/**
 * Draws a generated document as a one-page A4 PDF (pdfkit, fixed creation date: the same bytes
 * every run). `scan` adds what a scanner and a desk add: a slight skew, a red stamp over the
 * seller's text and a shadow along one edge.
 */
type Doc = InstanceType<typeof PDFDocument>;

const money = (value: number) => value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const usDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const chineseDate = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;

export function renderPdf(truth: GeneratedTruth, scan: { skewDegrees: number; stamp: boolean; shadow: boolean }): Promise<Buffer> {
  assertCjkFont();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: new Date(0), Producer: 'credit-lifecycle evaluation', Creator: 'credit-lifecycle evaluation' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('cjk', cjkFont.file, cjkFont.family);
    doc.save();
    if (scan.skewDegrees) doc.rotate(scan.skewDegrees, { origin: [298, 421] });
    drawers[truth.layout]?.(doc, truth);
    if (scan.stamp) stamp(doc, truth);
    doc.restore();
    if (scan.shadow) {
      const gradient = doc.linearGradient(0, 0, 140, 0);
      gradient.stop(0, '#000000', 0.45).stop(1, '#000000', 0);
      doc.rect(0, 0, 140, 842).fill(gradient);
    }
    doc.end();
  });
}

function text(doc: Doc, value: string, x: number, y: number, size = 10, font = 'Helvetica'): void {
  doc.font(font).fontSize(size).fillColor('#111111').text(value, x, y, { lineBreak: false });
}

/** A handwriting-style signature: italic, tilted, with a pen stroke through it. */
function signature(doc: Doc, name: string, x: number, y: number, chinese: boolean): void {
  doc.save();
  doc.rotate(-4, { origin: [x, y] });
  doc.font(chinese ? 'cjk' : 'Times-Italic').fontSize(17).fillColor('#1a2a6c').text(name, x, y, { lineBreak: false });
  doc.restore();
  doc.save().strokeColor('#1a2a6c').lineWidth(0.8).moveTo(x - 4, y + 20).bezierCurveTo(x + 20, y + 26, x + 50, y + 12, x + 90, y + 22).stroke().restore();
}

function stamp(doc: Doc, truth: GeneratedTruth): void {
  const [x, y] = truth.layout.startsWith('cn-vat') ? [430, 640] : [430, 130];
  doc.save().opacity(0.55).lineWidth(2.5).strokeColor('#d01010').circle(x, y, 42).stroke();
  doc.font('cjk').fontSize(9).fillColor('#d01010').text(truth.layout.startsWith('cn') ? '财务专用章' : 'RECEIVED', x - 26, y - 5, { lineBreak: false });
  doc.restore();
}

function itemsTable(doc: Doc, truth: GeneratedTruth, y: number, headers: string[], font: string): number {
  const columns = [50, 300, 380, 470];
  headers.forEach((header, i) => text(doc, header, columns[i] ?? 50, y, 10, font));
  truth.extras.items.forEach((item, row) => {
    const yy = y + 20 + row * 18;
    text(doc, item.name, 50, yy, 10, font);
    text(doc, String(item.quantity), 300, yy, 10, font);
    text(doc, money(item.amount / item.quantity), 380, yy, 10, font);
    text(doc, money(item.amount), 470, yy, 10, font);
  });
  return y + 30 + truth.extras.items.length * 18;
}

/**
 * How Chinese purchase contracts (购销合同) commonly name their parties: a party letter with its role
 * in brackets, or the role alone, the Civil Code's 出卖人/买受人; the order of the blocks varies too.
 */
const purchaseContractParties = [
  { seller: '乙方（卖方）', buyer: '甲方（买方）', sellerFirst: false },
  { seller: '出卖人', buyer: '买受人', sellerFirst: true },
  { seller: '供方（甲方）', buyer: '需方（乙方）', sellerFirst: true },
  { seller: '卖方（乙方）', buyer: '买方（甲方）', sellerFirst: false },
];

function cnPurchaseContract(doc: Doc, t: GeneratedTruth): void {
  const e = t.expected;
  const labels = purchaseContractParties[t.index % purchaseContractParties.length] as (typeof purchaseContractParties)[number];
  const signing = String(e['signingDate']);
  const termEnd = new Date(Date.parse(`${signing}T00:00:00Z`) + 364 * 86_400_000).toISOString().slice(0, 10);
  text(doc, '购 销 合 同', 220, 40, 20, 'cjk');
  text(doc, `合同编号：${e['contractNumber']}`, 360, 80, 10, 'cjk');
  text(doc, `签订地点：${t.extras.buyer.address.slice(0, 3)}`, 360, 96, 10, 'cjk');
  text(doc, `签订日期：${chineseDate(signing)}`, 360, 112, 10, 'cjk');
  const block = (label: string, party: GeneratedTruth['extras']['seller'], y: number) => {
    text(doc, `${label}：${party.name}`, 50, y, 11, 'cjk');
    text(doc, `统一社会信用代码：${party.taxId}`, 50, y + 17, 10, 'cjk');
    text(doc, `住所：${party.address}`, 50, y + 33, 10, 'cjk');
  };
  const [first, second] = labels.sellerFirst ? [[labels.seller, t.extras.seller], [labels.buyer, t.extras.buyer]] as const : [[labels.buyer, t.extras.buyer], [labels.seller, t.extras.seller]] as const;
  block(first[0], first[1], 145);
  block(second[0], second[1], 205);
  text(doc, '根据《中华人民共和国民法典》，双方经友好协商，就下列货物的买卖订立本合同。', 50, 265, 10, 'cjk');
  text(doc, '一、货物名称、数量及金额', 50, 290, 10, 'cjk');
  const y = itemsTable(doc, t, 310, ['货物名称', '数量', '单价', '金额'], 'cjk');
  text(doc, `二、合同总金额（含税）：¥${money(Number(e['amount']))}`, 50, y + 5, 10, 'cjk');
  text(doc, `人民币（大写）：${toCapitalAmount(Number(e['amount']))}`, 70, y + 21, 10, 'cjk');
  text(doc, `三、合同有效期：自${chineseDate(signing)}起至${chineseDate(termEnd)}止。`, 50, y + 45, 10, 'cjk');
  text(doc, '四、付款方式：货到验收合格后30日内付清。', 50, y + 65, 10, 'cjk');
  const partyLetter = (label: string) => label.match(/[甲乙]方/u)?.[0] ?? label.replace(/（.*$/u, '');
  text(doc, `${partyLetter(first[0])}（盖章）：`, 50, y + 110, 10, 'cjk'); text(doc, `${partyLetter(second[0])}（盖章）：`, 320, y + 110, 10, 'cjk');
  text(doc, '法定代表人：', 50, y + 130, 10, 'cjk'); text(doc, '法定代表人：', 320, y + 130, 10, 'cjk');
  text(doc, `日期：${chineseDate(signing)}`, 50, y + 150, 10, 'cjk'); text(doc, `日期：${chineseDate(signing)}`, 320, y + 150, 10, 'cjk');
}

const drawers: Record<string, (doc: Doc, truth: GeneratedTruth) => void> = {
  'cn-purchase-contract': cnPurchaseContract,
  'en-invoice-stacked': (doc, t) => {
    const e = t.expected;
    text(doc, 'INVOICE', 50, 50, 22, 'Helvetica-Bold');
    text(doc, `Invoice No: ${e['invoiceNumber']}`, 50, 90);
    text(doc, `Invoice Date: ${longDate(String(e['issueDate']))}`, 50, 106);
    text(doc, `Due Date: ${longDate(t.extras.dueDate)}`, 50, 122);
    text(doc, 'Seller', 50, 160, 11, 'Helvetica-Bold');
    text(doc, `Name: ${t.extras.seller.name}`, 50, 176);
    text(doc, `VAT No: ${t.extras.seller.taxId}`, 50, 192);
    text(doc, t.extras.seller.address, 50, 208);
    text(doc, 'Bill to', 50, 240, 11, 'Helvetica-Bold');
    text(doc, `Name: ${t.extras.buyer.name}`, 50, 256);
    text(doc, `VAT No: ${t.extras.buyer.taxId}`, 50, 272);
    text(doc, t.extras.buyer.address, 50, 288);
    const y = itemsTable(doc, t, 330, ['Description', 'Qty', 'Unit price', 'Amount'], 'Helvetica');
    text(doc, 'Subtotal', 330, y + 10); text(doc, `GBP ${money(Number(e['netAmount']))}`, 460, y + 10);
    text(doc, 'VAT 20 %', 330, y + 26); text(doc, money(Number(e['taxAmount'])), 460, y + 26);
    text(doc, 'Total GBP', 330, y + 42, 10, 'Helvetica-Bold'); text(doc, money(Number(e['totalAmount'])), 460, y + 42, 10, 'Helvetica-Bold');
  },
  'en-invoice-two-column': (doc, t) => {
    const e = t.expected;
    text(doc, 'TAX INVOICE', 50, 45, 20, 'Helvetica-Bold');
    text(doc, `Invoice #: ${e['invoiceNumber']}`, 330, 50);
    text(doc, `Date: ${usDate(String(e['issueDate']))}`, 330, 66);
    text(doc, 'From', 50, 120, 11, 'Helvetica-Bold'); text(doc, 'Bill To', 320, 120, 11, 'Helvetica-Bold');
    text(doc, t.extras.seller.name, 50, 138); text(doc, t.extras.buyer.name, 320, 138);
    text(doc, t.extras.seller.address, 50, 154); text(doc, t.extras.buyer.address, 320, 154);
    text(doc, `Tax ID: ${t.extras.seller.taxId}`, 50, 170); text(doc, `Tax ID: ${t.extras.buyer.taxId}`, 320, 170);
    const y = itemsTable(doc, t, 220, ['Item', 'Qty', 'Rate', 'Amount'], 'Helvetica');
    text(doc, 'Net amount', 330, y + 10); text(doc, money(Number(e['netAmount'])), 470, y + 10);
    text(doc, 'VAT (20%)', 330, y + 26); text(doc, money(Number(e['taxAmount'])), 470, y + 26);
    text(doc, 'Amount due (GBP)', 330, y + 42, 10, 'Helvetica-Bold'); text(doc, money(Number(e['totalAmount'])), 470, y + 42, 10, 'Helvetica-Bold');
  },
  'cn-vat-invoice-paper': (doc, t) => {
    const e = t.expected;
    text(doc, '浙江增值税专用发票', 200, 40, 18, 'cjk');
    text(doc, `发票代码: ${t.extras.invoiceCode}`, 400, 70, 10, 'cjk');
    text(doc, `发票号码: ${e['invoiceNumber']}`, 400, 86, 10, 'cjk');
    text(doc, `开票日期: ${chineseDate(String(e['issueDate']))}`, 400, 102, 10, 'cjk');
    text(doc, '购买方', 40, 140, 11, 'cjk');
    text(doc, `名称: ${t.extras.buyer.name}`, 100, 135, 10, 'cjk');
    text(doc, `纳税人识别号: ${t.extras.buyer.taxId}`, 100, 151, 10, 'cjk');
    text(doc, `地址、电话: ${t.extras.buyer.address}`, 100, 167, 10, 'cjk');
    const y = itemsTable(doc, t, 210, ['货物或应税劳务名称', '数量', '单价', '金额'], 'cjk');
    text(doc, `税率 ${Math.round(t.extras.rate * 100)}%`, 50, y, 10, 'cjk');
    text(doc, '合 计', 50, y + 20, 10, 'cjk'); text(doc, `¥${money(Number(e['netAmount']))}`, 380, y + 20, 10, 'cjk'); text(doc, `¥${money(Number(e['taxAmount']))}`, 470, y + 20, 10, 'cjk');
    text(doc, '价税合计(大写)', 50, y + 40, 10, 'cjk'); text(doc, `(小写) ¥${money(Number(e['totalAmount']))}`, 380, y + 40, 10, 'cjk');
    text(doc, '销售方', 40, y + 80, 11, 'cjk');
    text(doc, `名称: ${t.extras.seller.name}`, 100, y + 75, 10, 'cjk');
    text(doc, `纳税人识别号: ${t.extras.seller.taxId}`, 100, y + 91, 10, 'cjk');
    text(doc, `地址、电话: ${t.extras.seller.address}`, 100, y + 107, 10, 'cjk');
  },
  'cn-vat-invoice-digital': (doc, t) => {
    const e = t.expected;
    text(doc, '电子发票(增值税专用发票)', 170, 40, 18, 'cjk');
    text(doc, `发票号码: ${e['invoiceNumber']}`, 380, 80, 10, 'cjk');
    text(doc, `开票日期: ${chineseDate(String(e['issueDate']))}`, 380, 96, 10, 'cjk');
    text(doc, '购买方信息', 40, 140, 10, 'cjk'); text(doc, '销售方信息', 300, 140, 10, 'cjk');
    text(doc, `名称: ${t.extras.buyer.name}`, 40, 158, 10, 'cjk'); text(doc, `名称: ${t.extras.seller.name}`, 300, 158, 10, 'cjk');
    text(doc, `统一社会信用代码/纳税人识别号: ${t.extras.buyer.taxId}`, 40, 174, 8, 'cjk'); text(doc, `统一社会信用代码/纳税人识别号: ${t.extras.seller.taxId}`, 300, 174, 8, 'cjk');
    const y = itemsTable(doc, t, 220, ['项目名称', '数量', '单价', '金额'], 'cjk');
    text(doc, `税率/征收率 ${Math.round(t.extras.rate * 100)}%`, 50, y, 10, 'cjk');
    text(doc, '合 计', 50, y + 20, 10, 'cjk'); text(doc, `¥${money(Number(e['netAmount']))}`, 380, y + 20, 10, 'cjk'); text(doc, `¥${money(Number(e['taxAmount']))}`, 470, y + 20, 10, 'cjk');
    text(doc, '价税合计(大写)', 50, y + 40, 10, 'cjk'); text(doc, `(小写) ¥${money(Number(e['totalAmount']))}`, 380, y + 40, 10, 'cjk');
    text(doc, '开票人: 王芳', 50, y + 80, 10, 'cjk');
  },
  'en-delivery-note': (doc, t) => {
    const e = t.expected;
    text(doc, 'DELIVERY NOTE', 50, 50, 20, 'Helvetica-Bold');
    text(doc, `Delivery Note No: ${e['deliveryNoteNumber']}`, 50, 90); text(doc, `Delivery date: ${e['deliveryDate']}`, 330, 90);
    text(doc, `Order No: ${e['orderReference']}`, 50, 106);
    text(doc, `Supplier: ${t.extras.seller.name}`, 50, 130);
    text(doc, `Deliver to: ${t.extras.buyer.name}`, 50, 146);
    const y = itemsTable(doc, t, 190, ['Item', 'Qty', 'Unit price', 'Amount'], 'Helvetica');
    text(doc, 'Received by:', 50, y + 40); signature(doc, String(e['signedBy']), 130, y + 34, false);
    text(doc, `Date of receipt: ${e['signatureDate']}`, 330, y + 40);
  },
  'cn-delivery-note': (doc, t) => {
    const e = t.expected;
    text(doc, '送 货 单', 240, 45, 20, 'cjk');
    text(doc, `送货单号: ${e['deliveryNoteNumber']}`, 50, 90, 10, 'cjk'); text(doc, `送货日期: ${e['deliveryDate']}`, 330, 90, 10, 'cjk');
    text(doc, `合同号: ${e['orderReference']}`, 50, 106, 10, 'cjk');
    text(doc, `供货单位: ${t.extras.seller.name}`, 50, 130, 10, 'cjk');
    text(doc, `收货单位: ${t.extras.buyer.name}`, 50, 146, 10, 'cjk');
    const y = itemsTable(doc, t, 190, ['品名', '数量', '单价', '金额'], 'cjk');
    text(doc, '签收人:', 50, y + 40, 10, 'cjk'); signature(doc, String(e['signedBy']), 100, y + 34, true);
    text(doc, `签收日期: ${chineseDate(String(e['signatureDate']))}`, 330, y + 40, 10, 'cjk');
  },
  'en-contract': (doc, t) => {
    const e = t.expected;
    text(doc, 'SALES CONTRACT', 50, 50, 20, 'Helvetica-Bold');
    text(doc, `Contract No: ${e['contractNumber']}`, 50, 90);
    text(doc, `Seller: ${t.extras.seller.name}`, 50, 120); text(doc, `VAT No: ${t.extras.seller.taxId}`, 50, 136);
    text(doc, `Buyer: ${t.extras.buyer.name}`, 50, 160); text(doc, `VAT No: ${t.extras.buyer.taxId}`, 50, 176);
    text(doc, `Total contract value: GBP ${money(Number(e['amount']))}`, 50, 210);
    text(doc, 'Payment terms: 30 days after invoice date', 50, 226);
    text(doc, `Date of signing: ${e['signingDate']}`, 50, 260);
  },
  'cn-contract': (doc, t) => {
    const e = t.expected;
    text(doc, '购 销 合 同', 230, 45, 20, 'cjk');
    text(doc, `合同编号: ${e['contractNumber']}`, 380, 85, 10, 'cjk');
    text(doc, `供方(卖方): ${t.extras.seller.name}`, 50, 120, 10, 'cjk'); text(doc, `统一社会信用代码: ${t.extras.seller.taxId}`, 50, 136, 10, 'cjk');
    text(doc, `需方(买方): ${t.extras.buyer.name}`, 50, 160, 10, 'cjk'); text(doc, `统一社会信用代码: ${t.extras.buyer.taxId}`, 50, 176, 10, 'cjk');
    text(doc, `合同总金额: 人民币 ¥${money(Number(e['amount']))} 元`, 50, 210, 10, 'cjk');
    text(doc, '付款期限: 收到发票后30天', 50, 226, 10, 'cjk');
    text(doc, `签订日期: ${chineseDate(String(e['signingDate']))}`, 50, 260, 10, 'cjk');
  },
  ...heldOut2Drawers,
};

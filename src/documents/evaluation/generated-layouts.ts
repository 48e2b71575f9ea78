import PDFDocument from 'pdfkit';
import { assertCjkFont, cjkFont } from '../cjk-font';
import { toCapitalAmount } from '../../domain/documents/chinese-capital-amount';
import { GeneratedTruth } from './generated-truth';
import { chineseDate, itemsTable, longDate, money, signature, text, type Doc } from './generated-drawing';
import { heldOut1Drawers } from './generated-layouts-heldout-1';
import { heldOut2Drawers } from './generated-layouts-heldout-2';
import { heldOut4Drawers } from './generated-layouts-heldout-4';
import { heldOut6Drawers } from './generated-layouts-heldout-6';
import { heldOut7Drawers } from './generated-layouts-heldout-7';
import { heldOut8Drawers } from './generated-layouts-heldout-8';
import { heldOut10Drawers } from './generated-layouts-heldout-10';
import { heldOut11Drawers } from './generated-layouts-heldout-11';
import { heldOut12Drawers } from './generated-layouts-heldout-12';
import { heldOut13Drawers } from './generated-layouts-heldout-13';
import { heldOut14Drawers } from './generated-layouts-heldout-14';
import { heldOut15Drawers } from './generated-layouts-heldout-15';
import { heldOut16Drawers } from './generated-layouts-heldout-16';
import { heldOut17Drawers } from './generated-layouts-heldout-17';
import { heldOut18Drawers } from './generated-layouts-heldout-18';
import { heldOut19Drawers } from './generated-layouts-heldout-19';
import { seen2Drawers } from './generated-layouts-seen-2';
import { seen3Drawers } from './generated-layouts-seen-3';
import { seen5Drawers } from './generated-layouts-seen-5';
import { seen9Drawers } from './generated-layouts-seen-9';
import { seen10Drawers } from './generated-layouts-seen-10';
import { seen11Drawers } from './generated-layouts-seen-11';
import { seen12Drawers } from './generated-layouts-seen-12';
import { seen13Drawers } from './generated-layouts-seen-13';
import { seen14Drawers } from './generated-layouts-seen-14';

/**
 * Draws a generated document as a one-page A4 PDF (pdfkit, fixed creation date: the same bytes
 * every run). `scan` adds what a scanner and a desk add: a slight skew, a red stamp over the
 * seller's text and a shadow along one edge.
 */
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

function stamp(doc: Doc, truth: GeneratedTruth): void {
  const [x, y] = truth.layout.startsWith('cn-vat') ? [430, 640] : [430, 130];
  doc.save().opacity(0.55).lineWidth(2.5).strokeColor('#d01010').circle(x, y, 42).stroke();
  doc.font('cjk').fontSize(9).fillColor('#d01010').text(truth.layout.startsWith('cn') ? '财务专用章' : 'RECEIVED', x - 26, y - 5, { lineBreak: false });
  doc.restore();
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
  ...heldOut1Drawers,
  ...heldOut2Drawers,
  ...seen2Drawers,
  ...seen3Drawers,
  ...heldOut4Drawers,
  ...heldOut6Drawers,
  ...heldOut7Drawers,
  ...seen5Drawers,
  ...heldOut8Drawers,
  ...seen9Drawers,
  ...seen10Drawers,
  ...heldOut10Drawers,
  ...heldOut11Drawers,
  ...seen11Drawers,
  ...heldOut12Drawers,
  ...heldOut13Drawers,
  ...seen12Drawers,
  ...seen13Drawers,
  ...heldOut14Drawers,
  ...heldOut15Drawers,
  ...heldOut16Drawers,
  ...heldOut17Drawers,
  ...heldOut18Drawers,
  ...heldOut19Drawers,
  ...seen14Drawers,
};

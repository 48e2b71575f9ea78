import PDFDocument from 'pdfkit';
import { assertCjkFont, cjkFont } from '../../src/documents/cjk-font';

/**
 * Text-layer PDFs of a sale's contract, delivery note and invoice, written for the tests (the shared
 * data holds invoices of strangers, not a matching set of three). Dates are ISO (yyyy-mm-dd) and
 * follow the engine's clock, which the tests move forward.
 */
export interface ShippingDocumentFacts {
  contractNumber: string;
  invoiceNumber: string;
  seller: { name: string; taxId: string };
  buyer: { name: string; taxId: string };
  currency: string;
  contractAmount: number;
  invoiceAmount: number;
  paymentTermDays: number;
  signedOn: string;
  termEndsOn: string;
  deliveredOn: string;
  receiptSignedOn: string;
  invoicedOn: string;
  invoiceDueOn: string;
}

const usccCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code (GB 32100-2015) with its check character, from 17 characters of the caller's. */
export function withUsccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, character, index) => total + usccCharacters.indexOf(character) * (usccWeights[index] ?? 0), 0);
  return `${first17}${usccCharacters[(31 - (sum % 31)) % 31]}`;
}

export const ourCompany = { name: 'Hangzhou Example Machinery Co., Ltd.', taxId: withUsccCheckCharacter('91330100MA27XL0E2') };

const money = (amount: number) => amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function pdf(lines: string[], font: 'Courier' | 'cjk' = 'Courier'): Promise<Buffer> {
  if (font === 'cjk') assertCjkFont();
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    if (font === 'cjk') document.registerFont('cjk', cjkFont.file, cjkFont.family);
    document.font(font).fontSize(10);
    for (const line of lines) document.text(line);
    document.end();
  });
}

export function contractPdf(facts: ShippingDocumentFacts): Promise<Buffer> {
  return pdf([
    'SALES CONTRACT',
    `Contract No: ${facts.contractNumber}`,
    `Seller: ${facts.seller.name}`,
    `VAT No: ${facts.seller.taxId}`,
    `Buyer: ${facts.buyer.name}`,
    `VAT No: ${facts.buyer.taxId}`,
    `Total contract value: ${facts.currency} ${money(facts.contractAmount)}`,
    `Payment terms: ${facts.paymentTermDays} days after invoice date`,
    `Term: from ${facts.signedOn} to ${facts.termEndsOn}`,
    `Date of signing: ${facts.signedOn}`,
  ]);
}

export function deliveryNotePdf(facts: ShippingDocumentFacts): Promise<Buffer> {
  return pdf([
    'DELIVERY NOTE',
    `Delivery Note No: DN-${facts.invoiceNumber}         Delivery date: ${facts.deliveredOn}`,
    `Order No: ${facts.contractNumber}`,
    `Supplier: ${facts.seller.name}`,
    `Deliver to: ${facts.buyer.name}`,
    'Item                          Qty',
    'Deep groove ball bearing      1200',
    `Received by: Wang Wei         Date of receipt: ${facts.receiptSignedOn}`,
  ]);
}

export function invoicePdf(facts: ShippingDocumentFacts): Promise<Buffer> {
  const net = Math.round((facts.invoiceAmount / 1.13) * 100) / 100;
  const tax = Math.round((facts.invoiceAmount - net) * 100) / 100;
  return pdf([
    'INVOICE',
    `Invoice No: ${facts.invoiceNumber}          Invoice date: ${facts.invoicedOn}`,
    `Due date: ${facts.invoiceDueOn}`,
    'Seller',
    `Name: ${facts.seller.name}`,
    `VAT No: ${facts.seller.taxId}`,
    'Bill to',
    `Name: ${facts.buyer.name}`,
    `VAT No: ${facts.buyer.taxId}`,
    `Subtotal                                   ${money(net)}`,
    `VAT 13 %                                   ${money(tax)}`,
    `Total ${facts.currency}                                  ${money(facts.invoiceAmount)}`,
  ]);
}

/** An ordinary Chinese VAT e-invoice (增值税电子普通发票) of the sale, with its code and check code (校验码), for invoice verification. */
export function vatInvoicePdf(facts: ShippingDocumentFacts, ids: { invoiceCode: string; checkCode: string }): Promise<Buffer> {
  const net = Math.round((facts.invoiceAmount / 1.13) * 100) / 100;
  const tax = Math.round((facts.invoiceAmount - net) * 100) / 100;
  const [year, month, day] = facts.invoicedOn.split('-');
  return pdf([
    '浙江增值税电子普通发票',
    `发票代码: ${ids.invoiceCode}`,
    `发票号码: ${facts.invoiceNumber}`,
    `开票日期: ${year}年${month}月${day}日`,
    `校验码: ${ids.checkCode.replace(/(\d{5})(?=\d)/g, '$1 ')}`,
    '购买方',
    `名称: ${facts.buyer.name}`,
    `纳税人识别号: ${facts.buyer.taxId}`,
    `合 计          ¥${money(net)}          ¥${money(tax)}`,
    `价税合计(大写)          (小写) ¥${money(facts.invoiceAmount)}`,
    '销售方',
    `名称: ${facts.seller.name}`,
    `纳税人识别号: ${facts.seller.taxId}`,
  ], 'cjk');
}

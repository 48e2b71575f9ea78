import PDFDocument from 'pdfkit';
import { assertCjkFont, cjkFont } from '../documents/cjk-font';
import type { DemoCase } from './demo-cases';

/** The demo companies' 2025 headline figures: the clean sample company's (its bureau record says the same). */
export const demoStatementFigures = { fiscalYear: 2025, revenue: 180_000_000, netProfit: 9_500_000, totalAssets: 120_000_000, totalLiabilities: 52_000_000 };

/** The seller on every demo sale (a fictitious company of ours). */
export const demoSeller = { name: `示例卖方 Demo Seller Machinery Co., Ltd.`, taxId: '91330100MA27XL0E2G' };

export interface DemoSale {
  contractNumber: string;
  invoiceNumber: string;
  amount: number;
  termDays: number;
  signedOn: string;
  deliveredOn: string;
  invoiceDueOn: string;
  termEndsOn: string;
}

const money = (amount: number) => amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A one-column text-layer PDF in the CJK font (the demo names are Chinese), each line as written. */
function demoPdf(title: string, lines: string[]): Promise<Buffer> {
  assertCjkFont();
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.font(cjkFont.file, cjkFont.family).fontSize(11);
    for (const line of lines) document.text(line);
    document.end();
  });
}

/** Headline financial statements of a demo company (labels the statement reader knows). */
export function demoStatementPdf(demo: DemoCase): Promise<Buffer> {
  const f = demoStatementFigures;
  return demoPdf('示例财务报表 Demo financial statements', [
    'Annual financial statements (示例 DEMO)',
    `Company: ${demo.name}`,
    `Unified social credit code: ${demo.taxId}`,
    `Fiscal year ${f.fiscalYear}`,
    'Income statement',
    `Revenue                         ${money(f.revenue)}`,
    `Net profit                      ${money(f.netProfit)}`,
    'Balance sheet',
    `Total assets                    ${money(f.totalAssets)}`,
    `Total liabilities               ${money(f.totalLiabilities)}`,
  ]);
}

/** The sale's contract, delivery note and invoice: the three documents the shipping-document check matches. */
export async function demoShippingDocuments(demo: DemoCase, sale: DemoSale): Promise<Record<'contract' | 'delivery-note' | 'invoice', Buffer>> {
  const net = Math.round((sale.amount / 1.13) * 100) / 100;
  const tax = Math.round((sale.amount - net) * 100) / 100;
  return {
    contract: await demoPdf('示例合同 Demo contract', [
      'SALES CONTRACT (示例 DEMO)',
      `Contract No: ${sale.contractNumber}`,
      `Seller: ${demoSeller.name}`,
      `VAT No: ${demoSeller.taxId}`,
      `Buyer: ${demo.name}`,
      `VAT No: ${demo.taxId}`,
      `Total contract value: CNY ${money(sale.amount)}`,
      `Payment terms: ${sale.termDays} days after invoice date`,
      `Term: from ${sale.signedOn} to ${sale.termEndsOn}`,
      `Date of signing: ${sale.signedOn}`,
    ]),
    'delivery-note': await demoPdf('示例送货单 Demo delivery note', [
      'DELIVERY NOTE (示例 DEMO)',
      `Delivery Note No: DN-${sale.invoiceNumber}         Delivery date: ${sale.deliveredOn}`,
      `Order No: ${sale.contractNumber}`,
      `Supplier: ${demoSeller.name}`,
      `Deliver to: ${demo.name}`,
      'Item                          Qty',
      'Deep groove ball bearing      1200',
      `Received by: Wang Wei         Date of receipt: ${sale.deliveredOn}`,
    ]),
    invoice: await demoPdf('示例发票 Demo invoice', [
      'INVOICE (示例 DEMO)',
      `Invoice No: ${sale.invoiceNumber}          Invoice date: ${sale.deliveredOn}`,
      `Due date: ${sale.invoiceDueOn}`,
      'Seller',
      `Name: ${demoSeller.name}`,
      `VAT No: ${demoSeller.taxId}`,
      'Bill to',
      `Name: ${demo.name}`,
      `VAT No: ${demo.taxId}`,
      `Subtotal                                   ${money(net)}`,
      `VAT 13 %                                   ${money(tax)}`,
      `Total CNY                                  ${money(sale.amount)}`,
    ]),
  };
}

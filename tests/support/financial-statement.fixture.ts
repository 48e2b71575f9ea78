import PDFDocument from 'pdfkit';
import { rasterisePdf } from '../../src/documents/pdf-page.rasteriser';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The headline figures of a constructed (fictitious) financial statement. */
export interface StatementFigures {
  companyName: string;
  taxId: string;
  fiscalYear: number;
  revenue: number;
  netProfit: number;
  totalAssets: number;
  totalLiabilities: number;
}

/** The figures of the sample company 91310000SAMPLE0001 (src/investigation/sample-companies.json), as its 2025 statements state them. */
export const sampleCleanTradingStatement: StatementFigures = {
  companyName: 'Sample Clean Trading Co., Ltd.', taxId: '91310000SAMPLE0001', fiscalYear: 2025,
  revenue: 180_000_000, netProfit: 9_500_000, totalAssets: 120_000_000, totalLiabilities: 52_000_000,
};

/** The sample company 91310000SAMPLE0002: loss-making and highly leveraged. */
export const sampleRiskyManufacturingStatement: StatementFigures = {
  companyName: 'Sample Risky Manufacturing Co., Ltd.', taxId: '91310000SAMPLE0002', fiscalYear: 2025,
  revenue: 60_000_000, netProfit: -4_200_000, totalAssets: 48_000_000, totalLiabilities: 41_000_000,
};

const money = (value: number) => value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A one-page statement with a text layer, as accounting software exports it. */
export function statementPdf(figures: StatementFigures): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: 60, info: { Title: `Financial statements ${figures.fiscalYear}`, CreationDate: new Date('2026-03-31T00:00:00Z') } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    const row = (label: string, value: string, y: number) => {
      document.text(label, 60, y);
      document.text(value, 330, y, { width: 200, align: 'right' });
    };
    document.font('Helvetica-Bold').fontSize(16).text('Annual financial statements', 60, 60);
    document.font('Helvetica').fontSize(12);
    document.text(`Company: ${figures.companyName}`, 60, 100);
    document.text(`Unified social credit code: ${figures.taxId}`, 60, 120);
    document.text(`Fiscal year ${figures.fiscalYear}`, 60, 140);
    document.font('Helvetica-Bold').text('Income statement', 60, 180).font('Helvetica');
    row('Revenue', money(figures.revenue), 200);
    row('Net profit', money(figures.netProfit), 220);
    document.font('Helvetica-Bold').text('Balance sheet', 60, 260).font('Helvetica');
    row('Total assets', money(figures.totalAssets), 280);
    row('Total liabilities', money(figures.totalLiabilities), 300);
    document.end();
  });
}

/** The same statement as a coarse scan (a PNG at `dpi`): no text layer, and too few pixels per letter to read it surely. */
export async function scannedStatementPng(figures: StatementFigures, dpi: number): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'statement-scan-'));
  try {
    const file = path.join(dir, 'statement.pdf');
    await writeFile(file, await statementPdf(figures));
    const page = (await rasterisePdf(file, dpi)).get(1);
    if (!page) throw new Error('the statement did not rasterise');
    return page;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

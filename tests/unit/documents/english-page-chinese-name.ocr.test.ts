import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import { assertCjkFont, cjkFont } from '../../../src/documents/cjk-font';
import { TesseractOcrEngine } from '../../../src/documents/tesseract-ocr.engine';

const run = promisify(execFile);

/** An English invoice to a Chinese buyer: one line of Chinese among twenty of English. */
function englishInvoiceWithChineseBuyer(): Promise<Buffer> {
  assertCjkFont();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('cjk', cjkFont.file, cjkFont.family);
    const write = (value: string, x: number, y: number, font = 'Helvetica', size = 10) => doc.font(font).fontSize(size).text(value, x, y, { lineBreak: false });
    write('COMMERCIAL INVOICE', 50, 50, 'Helvetica-Bold', 16);
    write('Invoice No: CI-2025-0412', 50, 90);
    write('Invoice Date: 12 March 2025', 320, 90);
    write('Seller: Northwind Traders Ltd', 50, 120);
    write('VAT No: GB123456789', 320, 120);
    write('Buyer:', 50, 150);
    write('上海华东机电贸易有限公司', 90, 150, 'cjk');
    write('Tax ID: 91310115MA1K3YQ72X', 320, 150);
    write('Address: 12 Harbour Road, Felixstowe IP11 3AB', 50, 180);
    for (let i = 0; i < 6; i += 1) {
      write(`Item ${i + 1}  Stainless steel fitting type ${i}`, 50, 230 + i * 18);
      write(String((i + 1) * 10), 320, 230 + i * 18);
      write(((i + 1) * 123.45).toFixed(2), 470, 230 + i * 18);
    }
    write('Net amount: 2,592.45', 320, 360);
    write('VAT 20%: 518.49', 320, 378);
    write('Total: 3,110.94 GBP', 320, 396);
    write('Payment terms: 30 days net. Bank: Barclays, Sort code 20-00-00', 50, 440);
    doc.end();
  });
}

/**
 * The language sample (three lines) of this page holds no Chinese, yet its buyer is a Chinese name:
 * it must come out in Chinese, not as the Latin debris the English model alone makes of it. Guards the
 * mixed pass's Chinese model (reading English pages with English alone was tried for speed and not
 * kept: see TesseractOcrEngine.bestReading).
 */
describe('OCR of an English page with a Chinese name on it', () => {
  const ocr = new TesseractOcrEngine();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'english-chinese-name-'));
    await writeFile(path.join(dir, 'invoice.pdf'), await englishInvoiceWithChineseBuyer());
  });
  afterAll(async () => {
    await ocr.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['a clean 200 dpi scan', '200'],
    ['a 150 dpi scan, enlarged before reading', '150'],
  ])('reads the buyer in Chinese and the English around it on %s', async (_, resolution) => {
    await run('pdftoppm', ['-r', resolution, '-png', '-singlefile', path.join(dir, 'invoice.pdf'), path.join(dir, `scan-${resolution}`)]);
    const page = await ocr.recognise(await readFile(path.join(dir, `scan-${resolution}.png`)));
    const rows = page.lines.map((line) => line.segments.map((segment) => segment.text).join(' ').replace(/ /g, ''));
    const buyer = rows.find((row) => row.includes('Buyer'));
    expect(buyer).toContain('上海华东');
    expect(buyer).toContain('有限公');
    expect(rows.join('\n')).toContain('InvoiceNo:CI-2025-0412');
    expect(rows.join('\n')).toContain('Total:3,110.94GBP');
  });
});

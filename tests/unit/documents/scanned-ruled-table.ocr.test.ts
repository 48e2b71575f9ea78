import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { renderPdf } from '../../../src/documents/evaluation/generated-layouts';
import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';
import { TesseractOcrEngine } from '../../../src/documents/tesseract-ocr.engine';

const run = promisify(execFile);

/**
 * A seen layout whose contract details are a ruled table (合同信息表): on its scan (skewed, stamped,
 * shadowed, 150 dpi) tesseract's automatic segmentation took the whole table for a picture and
 * returned one line of debris for it; the table's rows must be read. The scan is a PNG: a JPEG is
 * binarised by Sauvola (page-binarisation.ts), which reads this table's rules as lines of debris of
 * their own, covering its rows, so the rows are not found unread there (its fields read better all
 * the same: 3 of 5 against 2).
 */
describe('OCR of a scanned page whose ruled table segmentation leaves unread', () => {
  const ocr = new TesseractOcrEngine();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ruled-table-'));
  });
  afterAll(async () => {
    await ocr.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the table rows: contract number, parties and amount', async () => {
    const layout = layouts.find((l) => l.name === 'cn-contract-info-table')!;
    const truth = truthOf(layout, 2);
    expect(layout.heldOut).toBe(false);
    await writeFile(path.join(dir, 'scan.pdf'), await renderPdf(truth, { skewDegrees: 1.2, stamp: true, shadow: true }));
    await run('pdftoppm', ['-r', '150', '-png', '-singlefile', path.join(dir, 'scan.pdf'), path.join(dir, 'scan')]);
    const page = await ocr.recognise(await readFile(path.join(dir, 'scan.png')));
    const text = page.lines.map((line) => line.segments.map((segment) => segment.text).join(' ')).join('\n').replace(/ /g, '');
    expect(text).toContain('合同编号');
    expect(text).toContain('供应方');
    expect(text).toContain(String(truth.expected['amount']).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    expect(text).toContain('采购方');
  });
});

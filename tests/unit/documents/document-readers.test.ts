import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../../src/engine/local/engine-profile';
import { DocumentExtraction, documentExtractionSchema, InvoiceFields } from '../../../src/contracts/documents.contract';
import { EvaluatedField } from '../../../src/documents/evaluation/expected-fields.loader';
import { extractedValue, sameValue } from '../../../src/documents/evaluation/field-comparison';
import { scannedPdf } from './scanned-pdf.fixture';
import { invoicesDir, truthFor } from './shared-invoices.fixture';

const run = promisify(execFile);

/** pdf.js is ESM-only and jest runs CommonJS, so PDFs are read through the CLI, as a user would. */
async function extractWithCli(file: string, ...flags: string[]): Promise<DocumentExtraction> {
  const { stdout } = await run(process.execPath, [path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(projectRoot, 'src', 'documents', 'extract-document.cli.ts'), file, ...flags], { cwd: projectRoot, maxBuffer: 10_000_000 });
  return documentExtractionSchema.parse(JSON.parse(stdout));
}

function invoiceFields(extraction: DocumentExtraction): InvoiceFields {
  if (extraction.documentType !== 'invoice') throw new Error('an invoice was expected');
  return extraction.fields;
}

describe('reading PDF documents', () => {
  it('when a Factur-X PDF is read from its printed text only, then the fields equal those of its embedded XML', async () => {
    // given
    const file = path.join(invoicesDir, 'zugferd_facturx', 'EN16931_Einfach_DueDate.pdf');
    // when
    const [fromXml, fromText] = await Promise.all([extractWithCli(file), extractWithCli(file, '--no-xml')]);
    // then
    expect(fromXml.textSources).toEqual(['structured-xml']);
    expect(fromText.textSources).toEqual(['text-layer']);
    const [xml, text] = [invoiceFields(fromXml), invoiceFields(fromText)];
    for (const field of ['invoiceNumber', 'issueDate', 'dueDate', 'sellerName', 'sellerTaxId', 'buyerName', 'netAmount', 'taxAmount', 'totalAmount', 'currency'] as const) {
      expect({ field, value: text[field].value }).toEqual({ field, value: xml[field].value });
    }
    expect(text.lines.value?.map((line) => line.amount)).toEqual(xml.lines.value?.map((line) => line.amount));
  }, 60_000);

  it('when a PDF is only a scanned picture, then its fields are read by OCR and equal the truth file', async () => {
    // given a scan of a real invoice: its page as JPEG inside a PDF without text layer
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scan-'));
    try {
      await run('pdftoppm', ['-r', '150', '-jpeg', '-singlefile', path.join(invoicesDir, 'invoice2data', 'AzureInterior.pdf'), path.join(dir, 'page')]);
      const scan = path.join(dir, 'scan.pdf');
      await writeFile(scan, scannedPdf(await readFile(path.join(dir, 'page.jpg')), 150));
      const truth = await truthFor(path.join('invoice2data', 'AzureInterior.pdf'));
      // when
      const extraction = await extractWithCli(scan);
      // then
      expect(extraction.textSources).toEqual(['ocr']);
      const fields = invoiceFields(extraction);
      for (const field of ['invoiceNumber', 'issueDate', 'dueDate', 'totalAmount', 'netAmount', 'taxAmount', 'currency'] as EvaluatedField[]) {
        const expected = truth.expected[field] ?? null;
        expect({ field, matches: sameValue(field, expected, extractedValue(fields, field)) }).toEqual({ field, matches: true });
      }
      expect(fields.totalAmount.source).toBe('ocr');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

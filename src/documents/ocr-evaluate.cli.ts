import path from 'node:path';
import { projectRoot } from '../engine/local/engine-profile';
import { InvoiceFields } from '../contracts/documents.contract';
import { DocumentExtractionService, ExtractOptions } from './document-extraction.service';
import { readEmbeddedInvoice } from './pdf-embedded-invoice.reader';
import { Comparison, evaluationReport, Timing } from './evaluation/evaluation-report';
import { EvaluatedField, loadExpectedDocuments } from './evaluation/expected-fields.loader';
import { extractedValue, sameValue } from './evaluation/field-comparison';

/**
 * `npm run ocr:evaluate`: reads every document of ../shared/data/invoices/ in every way the
 * product can (PDF as it is, PDF text without its embedded XML, PDF rasterised and OCR'd,
 * pictures, OFD), compares with the truth files and prints per-field and per-variant
 * exact-match rates, seconds per page, and last `FIELD_ACCURACY <rate>`.
 */
interface Variant {
  name: string;
  options: ExtractOptions;
}

async function main(): Promise<void> {
  const invoicesDir = path.resolve(projectRoot, '..', 'shared', 'data', 'invoices');
  const documents = await loadExpectedDocuments(invoicesDir);
  const service = new DocumentExtractionService();
  const comparisons: Comparison[] = [];
  const timings: Timing[] = [];
  try {
    for (const document of documents) {
      const name = path.relative(invoicesDir, document.file);
      for (const variant of await variantsOf(document.file)) {
        const started = process.hrtime.bigint();
        const extraction = await service.extract(document.file, variant.options);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (extraction.documentType !== 'invoice') throw new Error('invoice expected');
        if (variant.name === 'ofd' || variant.name === 'pdf-embedded-xml') timings.push({ kind: `${variant.name} document`, seconds });
        const fields: InvoiceFields = extraction.fields;
        const results = (Object.entries(document.expected) as [EvaluatedField, string | number | null][]).map(([field, expected]) => {
          const actual = extractedValue(fields, field);
          const confidence = field === 'lineCount' ? fields.lines.confidence : fields[field].confidence;
          return { document: name, variant: variant.name, field, expected, actual, confidence, match: sameValue(field, expected, actual) };
        });
        comparisons.push(...results);
        const manual = extraction.needsManualEntry.fields.map((f) => f.field).join(', ') || '—';
        console.log(`${name.padEnd(44)} ${variant.name.padEnd(17)} ${results.filter((r) => r.match).length}/${results.length} fields  ${seconds.toFixed(2)} s  manual entry: ${manual}`);
      }
    }
    timings.push(...service.reader.timings.map((t) => ({ kind: labelOf(t.kind), seconds: t.seconds })));
  } finally {
    await service.close();
  }
  for (const line of evaluationReport(comparisons, timings)) console.log(line);
}

async function variantsOf(file: string): Promise<Variant[]> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.ofd') return [{ name: 'ofd', options: {} }];
  if (extension !== '.pdf') return [{ name: 'image', options: {} }];
  const embedded = (await readEmbeddedInvoice(file)) !== null;
  return [
    ...(embedded ? [{ name: 'pdf-embedded-xml', options: {} }] : []),
    { name: 'pdf-text', options: { useEmbeddedXml: false, pdfMode: 'auto' } },
    { name: 'pdf-rasterised', options: { useEmbeddedXml: false, pdfMode: 'ocr' } },
  ];
}

function labelOf(kind: string): string {
  const labels: Record<string, string> = {
    'text-layer-page': 'text-layer PDF page',
    'ocr-page': 'rasterised page + OCR',
    'ocr-image-regions-page': 'text PDF page, pictures OCR\'d',
    image: 'image (PNG) + OCR',
  };
  return labels[kind] ?? kind;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

import path from 'node:path';
import { projectRoot } from '../engine/local/engine-profile';
import { InvoiceFields } from '../contracts/documents.contract';
import { DocumentExtractionService, ExtractOptions } from './document-extraction.service';
import { readEmbeddedInvoice } from './pdf-embedded-invoice.reader';
import { Comparison, evaluationReport, Timing } from './evaluation/evaluation-report';
import { EvaluatedField, loadExpectedDocuments } from './evaluation/expected-fields.loader';
import { extractedValue, sameValue } from './evaluation/field-comparison';
import { generateDocuments, reusedTextsDirectory } from './evaluation/generated-documents';
import { compareGenerated, GeneratedComparison, generatedReport, PageTiming } from './evaluation/generated-evaluation';

/**
 * `npm run ocr:evaluate`: first the reference set, every document of ../shared/data/invoices/
 * in every way the product can read it (PDF as it is, PDF text without its embedded XML, PDF
 * rasterised and OCR'd, pictures, OFD), with per-field and per-variant exact-match rates and
 * seconds per page; then the generated set (generated-documents.ts: 105 layouts, sixty-four of them
 * held out), with accuracy per layout, seen vs held out, silent errors and seconds per page.
 * The last line is `FIELD_ACCURACY <held-out rate>`.
 * Options: --generated-only, --reference-only, --per-layout N (fewer generated documents),
 * --seen-only (while writing rules: held-out documents are not read and their figures not shown),
 * --reuse-texts (the generated documents' texts kept in .cache/ocr-texts/ and read back from there
 * the next time: re-scores changed rules in seconds; the OCR of the day a text was kept stays).
 */
interface Variant {
  name: string;
  options: ExtractOptions;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg, i) => !['--generated-only', '--reference-only', '--seen-only', '--reuse-texts', '--per-layout'].includes(arg) && args[i - 1] !== '--per-layout');
  if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')}: --generated-only, --reference-only, --seen-only, --reuse-texts or --per-layout N`);
  const perLayoutAt = args.indexOf('--per-layout');
  const perLayout = perLayoutAt >= 0 ? Number(args[perLayoutAt + 1]) : Infinity;
  if (!(perLayout > 0)) throw new Error('--per-layout needs a positive number');
  if (!args.includes('--generated-only')) {
    const lines = await evaluateReference();
    for (const line of lines) console.log(line.replace(/^FIELD_ACCURACY /, 'Reference set (shared invoices, seen while writing rules) field accuracy: '));
  }
  if (!args.includes('--reference-only')) {
    const reuseTexts = args.includes('--reuse-texts');
    if (reuseTexts) console.log('Texts read before are reused (--reuse-texts): the seconds below are not reading times.');
    for (const line of await evaluateGenerated(perLayout, args.includes('--seen-only'), reuseTexts)) console.log(line);
  }
}

async function evaluateGenerated(perLayout: number, seenOnly: boolean, reuseTexts: boolean): Promise<string[]> {
  const documents = await generateDocuments(path.join(projectRoot, '.cache', 'ocr-evaluation'), (layout, index) => index < perLayout && !(seenOnly && layout.heldOut));
  const service = new DocumentExtractionService(undefined, { textCacheDirectory: reuseTexts ? reusedTextsDirectory(projectRoot) : undefined });
  const comparisons: GeneratedComparison[] = [];
  const timings: PageTiming[] = [];
  try {
    for (const document of documents) {
      const name = path.basename(document.file);
      const started = process.hrtime.bigint();
      const extraction = await service.extract(document.file, { documentType: document.truth.documentType });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      timings.push({ rendering: document.truth.rendering, seconds: seconds / Math.max(1, extraction.pages) });
      const results = compareGenerated(name, document.truth, document.heldOut, extraction);
      comparisons.push(...results);
      const manual = extraction.needsManualEntry.fields.map((f) => f.field).join(', ') || '—';
      console.log(`${name.padEnd(34)} ${document.heldOut ? 'held out' : 'seen    '} ${results.filter((r) => r.match).length}/${results.length} fields  ${seconds.toFixed(2)} s  manual entry: ${manual}`);
    }
  } finally {
    await service.close();
  }
  return generatedReport(comparisons, timings);
}

async function evaluateReference(): Promise<string[]> {
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
    timings.push(...service.readTimings.map((t) => ({ kind: labelOf(t.kind), seconds: t.seconds })));
  } finally {
    await service.close();
  }
  return evaluationReport(comparisons, timings);
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
